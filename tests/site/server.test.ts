import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { readdir, readFile, rename } from 'node:fs/promises';
import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readBuiltFile } from '../support/built-files';
import { startSite, type RunningSite } from '../support/server';

let site: RunningSite;

beforeAll(async () => {
  site = await startSite(inject('siteDir'));
});

afterAll(() => site?.close());

/** A GET with the given Accept-Encoding, read raw (Node's http does not decode). */
function get(
  path: string,
  acceptEncoding: string | undefined,
): Promise<{
  status: number;
  encoding: string | undefined;
  vary: string | undefined;
  headers: IncomingHttpHeaders;
  body: Buffer;
}> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${site.url}${path}`,
      { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            encoding: res.headers['content-encoding'],
            vary: res.headers['vary'],
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe("the portal's server", () => {
  it('sends an operation address of the wrong case to the operation’s page, and leaves other addresses alone', async () => {
    const moved = await get('/api/flattenvminstance/?x=1', undefined);
    expect([moved.status, moved.headers.location]).toEqual([301, '/api/FlattenVmInstance/?x=1']);
    expect((await get('/api/FLATTENVMINSTANCE/samples/', undefined)).headers.location).toBe(
      '/api/FlattenVmInstance/samples/',
    );
    expect((await get('/api/FlattenVmInstance/', undefined)).status).toBe(200);
    expect((await get('/api/NoSuchOperation/', undefined)).status).toBe(404);
  });

  it('stores the pages and their data compressed only, and sends the stored copy as it is to a browser that accepts brotli', async () => {
    const client = `${inject('siteDir')}/client`;
    const page = `${client}/api/FlattenVmInstance/index.html`;
    // Only the copy is on disk; the not-found page the adapter reads itself and /_astro/ stay plain.
    await expect(readFile(page)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(readFile(`${client}/api/FlattenVmInstance/try-it.json`)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await readFile(`${client}/404.html`, 'utf8')).length).toBeGreaterThan(0);
    const copy = await readFile(`${page}.br`);
    const answer = await get('/api/FlattenVmInstance/', 'gzip, deflate, br');
    expect([answer.status, answer.encoding, answer.vary]).toEqual([200, 'br', 'Accept-Encoding']);
    expect(answer.body.equals(copy)).toBe(true);
    expect(answer.headers['content-length']).toBe(String(copy.length));
    expect(answer.headers['etag']).toBeTruthy();
    const built = brotliDecompressSync(copy);
    expect(built.toString('utf8')).toContain('扁平合并云主机');
    expect(answer.body.length).toBeLessThan(built.length / 4);
  });

  it('decompresses a stored page for a client without brotli: gzip, or plain when it asks for no encoding, with the same headers', async () => {
    const built = await readBuiltFile(`${inject('siteDir')}/client/api/FlattenVmInstance/index.html`);
    const br = await get('/api/FlattenVmInstance/', 'br');
    const gzip = await get('/api/FlattenVmInstance/', 'gzip');
    expect([gzip.status, gzip.encoding, gzip.vary]).toEqual([200, 'gzip', 'Accept-Encoding']);
    expect(gunzipSync(gzip.body).equals(built)).toBe(true);
    // The address without its trailing slash names the same page, as the adapter resolves it.
    for (const path of ['/api/FlattenVmInstance/', '/api/FlattenVmInstance']) {
      const plain = await get(path, undefined);
      expect([path, plain.status, plain.encoding, plain.body.equals(built)]).toEqual([path, 200, undefined, true]);
      for (const header of ['content-type', 'cache-control', 'content-security-policy', 'x-frame-options'])
        expect([header, plain.headers[header], gzip.headers[header]]).toEqual([
          header,
          br.headers[header],
          br.headers[header],
        ]);
    }
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('keeps content-named 在线调试 data immutable whatever the encoding, and answers 404 for a stored name that is not there', async () => {
    const own = JSON.parse(
      (await readBuiltFile(`${inject('siteDir')}/client/api/FlattenVmInstance/try-it.json`)).toString(),
    ) as {
      chunks: string[];
    };
    for (const accept of ['br', 'gzip', undefined]) {
      const chunk = await get(`/try-it/${own.chunks[0]}.json`, accept);
      expect([accept, chunk.status, chunk.headers['cache-control'], chunk.headers['content-type']]).toEqual([
        accept,
        200,
        'public, max-age=31536000, immutable',
        'application/json; charset=utf-8',
      ]);
    }
    for (const accept of ['br', 'gzip', undefined]) {
      const missing = await get('/api/NoSuchOperation/', accept);
      expect([accept, missing.status]).toEqual([accept, 404]);
      const climbing = await get('/api/%2e%2e/%2e%2e/package.json', accept);
      expect([accept, climbing.status]).toEqual([accept, 404]);
    }
  });

  it("compresses the scripts and the panel's data, and still answers the proxy's routes", async () => {
    const assets = await readdir(`${inject('siteDir')}/client/_astro`, { withFileTypes: true });
    const script = assets.find((entry) => entry.name.startsWith('panel.') && entry.name.endsWith('.js'))!;
    for (const path of [`/_astro/${script.name}`, '/api/FlattenVmInstance/try-it.json']) {
      const answer = await get(path, 'br');
      expect([path, answer.status, answer.encoding]).toEqual([path, 200, 'br']);
    }
    const config = await get('/proxy/config', 'br');
    expect(config.status).toBe(200);
    const body = config.encoding === 'br' ? brotliDecompressSync(config.body) : config.body;
    expect(JSON.parse(body.toString())).toHaveProperty('endpoints');
  });

  it('serves the files of public/ as they are, robots.txt keeping crawlers off the proxy', async () => {
    for (const name of ['robots.txt', 'favicon.svg']) {
      const answer = await get(`/${name}`, undefined);
      expect([
        name,
        answer.status,
        answer.body.equals(await readFile(new URL(`../../public/${name}`, import.meta.url))),
      ]).toEqual([name, 200, true]);
    }
    expect((await get('/robots.txt', undefined)).body.toString()).toContain('Disallow: /proxy/');
  });

  it("sends the build's brotli and gzip copies of Monaco, each exactly the built file, and the plain file to a client asking for none", async () => {
    const dir = `${inject('siteDir')}/client/_astro`;
    const name = (await readdir(dir)).find((entry) => /^monaco-editor\.[\w-]+\.js$/.test(entry))!;
    const built = await readFile(`${dir}/${name}`);
    const plain = await get(`/_astro/${name}`, undefined);
    expect([plain.status, plain.encoding, plain.body.equals(built)]).toEqual([200, undefined, true]);
    for (const [accept, encoding, suffix, decode] of [
      ['gzip, deflate, br', 'br', '.br', brotliDecompressSync],
      ['gzip', 'gzip', '.gz', gunzipSync],
    ] as const) {
      const copy = await readFile(`${dir}/${name}${suffix}`);
      const answer = await get(`/_astro/${name}`, accept);
      expect([encoding, answer.status, answer.encoding, answer.vary]).toEqual([
        encoding,
        200,
        encoding,
        'Accept-Encoding',
      ]);
      // The build's copy as it is on disk (not compressed again), which decodes to the built file.
      expect(answer.body.equals(copy)).toBe(true);
      expect(decode(answer.body).equals(built)).toBe(true);
      expect(answer.headers['content-length']).toBe(String(copy.length));
      for (const header of ['content-type', 'cache-control', 'content-security-policy', 'x-frame-options'])
        expect([header, answer.headers[header]]).toEqual([header, plain.headers[header]]);
    }
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('compresses an asset on the fly when its precompressed copy is missing', async () => {
    const dir = `${inject('siteDir')}/client/_astro`;
    const name = (await readdir(dir)).find((entry) => /^panel\.[\w-]+\.js$/.test(entry))!;
    const built = await readFile(`${dir}/${name}`);
    await rename(`${dir}/${name}.br`, `${dir}/${name}.br.aside`);
    try {
      const answer = await get(`/_astro/${name}`, 'br');
      expect([answer.status, answer.encoding, answer.vary]).toEqual([200, 'br', 'Accept-Encoding']);
      expect(brotliDecompressSync(answer.body).equals(built)).toBe(true);
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    } finally {
      await rename(`${dir}/${name}.br.aside`, `${dir}/${name}.br`);
    }
  });
});
