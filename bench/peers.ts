import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCompression } from '../src/server/compression';

// bench/node_modules, from bench/package.json (bench/install.ts): the portal's own install carries no peer.
const MODULES = fileURLToPath(new URL('./node_modules/', import.meta.url));

/** The peers, each a page that renders `/spec.json` with the peer's own browser bundle. */
export const PEERS: Peer[] = [
  {
    name: 'Redoc',
    assets: { '/redoc.standalone.js': 'redoc/bundles/redoc.standalone.js' },
    html: `<redoc spec-url="spec.json"></redoc><script src="/redoc.standalone.js"></script>`,
    hash: '#operation/FlattenVmInstance',
    heading: 'h2',
  },
  {
    name: 'Swagger UI',
    assets: {
      '/swagger-ui.css': 'swagger-ui-dist/swagger-ui.css',
      '/swagger-ui-bundle.js': 'swagger-ui-dist/swagger-ui-bundle.js',
    },
    html: `<link rel="stylesheet" href="/swagger-ui.css"><div id="swagger-ui"></div><script src="/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: 'spec.json', dom_id: '#swagger-ui', deepLinking: true });</script>`,
    hash: '#/VM%20Instance%20Operations/FlattenVmInstance',
    heading: '.opblock-summary-operation-id, .opblock-summary-description',
  },
  {
    name: 'Scalar',
    assets: { '/scalar.js': '@scalar/api-reference/dist/browser/standalone.js' },
    html: `<div id="app"></div><script src="/scalar.js"></script>
<script>Scalar.createApiReference('#app', { url: 'spec.json', withDefaultFonts: false });</script>`,
    hash: '',
    heading: 'h1, h2, h3, h4',
  },
];

/**
 * Serves every peer's page for every description from loopback, compressed
 * exactly as the portal's own server compresses (src/server/compression.ts):
 * `/<description>/<peer>/` and `/<description>/<peer>/spec.json`.
 */
export async function startPeerServer(specs: Record<string, unknown>): Promise<PeerServer> {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const peer of PEERS) {
    for (const [route, module] of Object.entries(peer.assets)) {
      files.set(route, { body: await readFile(MODULES + module), type: getType(route) });
    }
  }
  for (const [name, spec] of Object.entries(specs)) {
    const json = Buffer.from(JSON.stringify(spec));
    for (const peer of PEERS) {
      const base = `/${name}/${getPeerSlug(peer)}/`;
      files.set(base, { body: Buffer.from(makePage(peer)), type: 'text/html; charset=utf-8' });
      files.set(`${base}spec.json`, { body: json, type: 'application/json' });
    }
  }
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
    getPageUrl: (name, peer) => `${url}/${name}/${getPeerSlug(peer)}/${peer.hash}`,
    close: () => close(server),
  };
}

export function getPeerSlug(peer: Peer): string {
  return peer.name.toLowerCase().replace(/\s+/g, '-');
}

function makePage(peer: Peer): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${peer.name} · ZStack API</title></head>
<body>
${peer.html}
</body>
</html>
`;
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
  /** Route → the file under bench/node_modules/ that it serves. */
  assets: Record<string, string>;
  html: string;
  /** The peer's own deep link to the operation, where it has one. */
  hash: string;
  /** Where the peer writes operation headings; the bench waits for one with the operation's text. */
  heading: string;
}

export interface PeerServer {
  url: string;
  getPageUrl: (description: string, peer: Peer) => string;
  close: () => Promise<void>;
}
