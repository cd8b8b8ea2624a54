import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createCompression } from '../src/server/compression';

// bench/node_modules, from bench/package.json (bench/install.ts): the portal's own install carries no peer.
const MODULES = fileURLToPath(new URL('./node_modules/', import.meta.url));
const REDOCLY = `${MODULES}@redocly/cli/bin/cli.js`;
/** Where `redocly build-docs` points its pages for Redoc's browser bundle; the bench serves the same file itself. */
const REDOC_CDN = /https:\/\/cdn\.redocly\.com\/redoc\/v([\d.]+)\/bundles\/redoc\.standalone\.js/g;
/** Pre-rendering a 5,000-operation description takes Redoc minutes; past this the peer is reported as not rendered. */
const PRERENDER_TIMEOUT_MS = Number(process.env['BENCH_PRERENDER_TIMEOUT_S'] ?? 600) * 1000;

/**
 * The peers at their current versions, each opened on its own deep link to the operation.
 * Redoc 3 is what `redocly build-docs` writes: the first screen pre-rendered into the HTML,
 * the description inline, then hydrated by Redoc's browser bundle. Swagger UI and Scalar
 * render in the browser from `spec.json`.
 */
export const PEERS: Peer[] = [
  {
    name: 'Redoc',
    package: '@redocly/cli',
    assets: { '/redoc.standalone.js': '@redocly/cli/lib/chunks/redoc.standalone.js' },
    makePage: renderRedoc,
    hash: '#/vm-instance-operations/flattenvminstance',
    heading: 'h1, h2',
  },
  {
    name: 'Swagger UI',
    package: 'swagger-ui-dist',
    assets: {
      '/swagger-ui.css': 'swagger-ui-dist/swagger-ui.css',
      '/swagger-ui-bundle.js': 'swagger-ui-dist/swagger-ui-bundle.js',
    },
    makePage: () =>
      makeClientPage(
        'Swagger UI',
        `<link rel="stylesheet" href="/swagger-ui.css"><div id="swagger-ui"></div><script src="/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: 'spec.json', dom_id: '#swagger-ui', deepLinking: true });</script>`,
      ),
    hash: '#/VM%20Instance%20Operations/FlattenVmInstance',
    heading: '.opblock-summary-operation-id, .opblock-summary-description',
  },
  {
    name: 'Scalar',
    package: '@scalar/api-reference',
    assets: { '/scalar.js': '@scalar/api-reference/dist/browser/standalone.js' },
    makePage: () =>
      makeClientPage(
        'Scalar',
        `<div id="app"></div><script src="/scalar.js"></script>
<script>Scalar.createApiReference('#app', { url: 'spec.json', withDefaultFonts: false });</script>`,
      ),
    hash: '#tag/vm-instance-operations/PUT/zstack/v1/vm-instances/{uuid}/actions/FlattenVmInstance',
    heading: 'h1, h2, h3, h4',
  },
];

/**
 * Serves every peer's page for every description from loopback, compressed
 * exactly as the portal's own server compresses (src/server/compression.ts):
 * `/<description>/<peer>/` and `/<description>/<peer>/spec.json`; and the
 * plain-text floor, `/floor/`: the seed page's text as a bare HTML page.
 * A peer whose page cannot be made for a description (Redoc's pre-rendering
 * past its time limit) is left out of that description, with the reason.
 */
export async function startPeerServer(specs: Record<string, unknown>, floorText: string): Promise<PeerServer> {
  const files = new Map<string, { body: Buffer; type: string }>();
  const versions: Record<string, string> = {};
  for (const peer of PEERS) {
    versions[peer.name] = await getPackageVersion(peer.package);
    for (const [route, module] of Object.entries(peer.assets)) {
      files.set(route, { body: await readFile(MODULES + module), type: getType(route) });
    }
  }
  const failures: Record<string, Record<string, string>> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const json = Buffer.from(JSON.stringify(spec));
    for (const peer of PEERS) {
      const base = `/${name}/${getPeerSlug(peer)}/`;
      try {
        const page = await peer.makePage(json);
        if (page.version) versions[peer.name] = page.version;
        files.set(base, { body: Buffer.from(page.html), type: 'text/html; charset=utf-8' });
        files.set(`${base}spec.json`, { body: json, type: 'application/json' });
      } catch (error) {
        (failures[name] ??= {})[peer.name] = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      }
    }
  }
  files.set('/floor/', { body: Buffer.from(makeFloorPage(floorText)), type: 'text/html; charset=utf-8' });
  const compress = createCompression();
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) return void response.writeHead(404).end();
    compress(request, response, () => {
      response
        .writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.body.length, 'Cache-Control': 'no-store' })
        .end(file.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    floorUrl: `${url}/floor/`,
    versions,
    getPeers: (name) => PEERS.filter((peer) => !failures[name]?.[peer.name]),
    failures,
    getPageUrl: (name, peer) => `${url}/${name}/${getPeerSlug(peer)}/${peer.hash}`,
    close: () => close(server),
  };
}

export function getPeerSlug(peer: Peer): string {
  return peer.name.toLowerCase().replace(/\s+/g, '-');
}

/** The plain-text floor: the text alone, one paragraph a line, no style and no script. */
export function makeFloorPage(text: string): string {
  const paragraphs = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => `<p>${escapeHtml(line)}</p>`);
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Plain-text floor</title></head>
<body>
${paragraphs.join('\n')}
</body>
</html>
`;
}

/** `redocly build-docs` on the description, its CDN bundle pointed at the bench's own copy (no network is reachable). */
async function renderRedoc(spec: Buffer): Promise<PeerPage> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-redoc-'));
  try {
    await writeFile(join(dir, 'spec.json'), spec);
    await promisify(execFile)(process.execPath, [REDOCLY, 'build-docs', 'spec.json', '--output', 'redoc.html'], {
      cwd: dir,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' },
      timeout: PRERENDER_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: Error & { killed?: boolean }) => {
      throw new Error(
        error.killed
          ? `pre-rendering took over ${PRERENDER_TIMEOUT_MS / 1000} s`
          : `build-docs failed: ${error.message}`,
      );
    });
    const html = await readFile(join(dir, 'redoc.html'), 'utf8');
    const version = [...html.matchAll(REDOC_CDN)][0]?.[1];
    if (!version) throw new Error('build-docs wrote no reference to Redoc’s bundle');
    return { html: html.replace(REDOC_CDN, '/redoc.standalone.js'), version };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function makeClientPage(title: string, body: string): Promise<PeerPage> {
  return Promise.resolve({
    html: `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · ZStack API</title></head>
<body>
${body}
</body>
</html>
`,
  });
}

async function getPackageVersion(name: string): Promise<string> {
  const json = JSON.parse(await readFile(`${MODULES}${name}/package.json`, 'utf8')) as { version: string };
  return json.version;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function getType(route: string): string {
  return extname(route) === '.css' ? 'text/css' : 'text/javascript';
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export interface Peer {
  name: string;
  /** The npm package (bench/package.json) whose version the results report. */
  package: string;
  /** Route → the file under bench/node_modules/ that it serves. */
  assets: Record<string, string>;
  /** The peer's page for a description (its JSON). */
  makePage: (spec: Buffer) => Promise<PeerPage>;
  /** The peer's own deep link to the operation, where it has one. */
  hash: string;
  /** Where the peer writes operation headings; the bench waits for one with the operation's text. */
  heading: string;
}

interface PeerPage {
  html: string;
  /** The renderer's version when the package carries another's (@redocly/cli carries Redoc). */
  version?: string;
}

export interface PeerServer {
  url: string;
  floorUrl: string;
  /** Each peer's version as measured: `Redoc` is the Redoc that `@redocly/cli` pre-renders with. */
  versions: Record<string, string>;
  /** The peers whose page could be made for the description. */
  getPeers: (description: string) => Peer[];
  /** Description → peer → why its page could not be made. */
  failures: Record<string, Record<string, string>>;
  getPageUrl: (description: string, peer: Peer) => string;
  close: () => Promise<void>;
}
