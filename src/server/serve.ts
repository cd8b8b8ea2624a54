/**
 * The portal's server: the Astro Node adapter's handler (the prerendered pages
 * and their assets, and the proxy's on-demand routes), behind HTTP compression.
 * The adapter's own standalone server sends every page uncompressed; this one
 * listens the same way (HOST, PORT, SERVER_CERT_PATH and SERVER_KEY_PATH) and
 * is what `npm start` and a deployment run: `node dist/server/portal.mjs`.
 *
 * Bundled at build time next to the adapter's entry.mjs (src/integrations/portal-server.ts).
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { PAGE_HEADER_POLICY } from '../components/ui/csp-policy';
import { createCompression } from './compression';
import { createCaseRedirect } from './case-redirect';
import { refuseUnservedMethod } from './methods';
import { createPrecompressedStatic, isImmutablePath } from './precompressed-static';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

// The adapter's entry starts its own server on import unless told not to.
process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
const { handler } = (await import(new URL('./entry.mjs', import.meta.url).href)) as { handler: Handler };

const compress = createCompression();
// The adapter's client folder (its default, beside this server folder): the build's .br and .gz copies of /_astro/
// and the pages and data it stores compressed only.
const clientDir = fileURLToPath(new URL('../client/', import.meta.url));
const precompressed = createPrecompressedStatic(clientDir, compress);
const redirectCase = createCaseRedirect(clientDir);
const listener: Handler = (request, response) => {
  if (refuseUnservedMethod(request, response)) return;
  // Every answer, a static page or the 404 alike; the proxy's route replaces the policy with its own.
  response.setHeader('Content-Security-Policy', PAGE_HEADER_POLICY);
  response.setHeader('X-Frame-Options', 'DENY');
  if (isImmutablePath((request.url ?? '').split('?')[0]!))
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  if (redirectCase(request, response)) return;
  precompressed(request, response, () => compress(request, response, () => handler(request, response)));
};
const cert = process.env['SERVER_CERT_PATH'];
const key = process.env['SERVER_KEY_PATH'];
const tls = cert !== undefined && key !== undefined;
const server = tls
  ? createHttpsServer({ cert: readFileSync(cert), key: readFileSync(key) }, listener)
  : createHttpServer(listener);

const host = process.env['HOST'] ?? 'localhost';
const port = process.env['PORT'] === undefined ? 4321 : Number(process.env['PORT']);

server.on('error', (error) => {
  console.error(error.message);
  process.exit(1);
});
server.listen(port, host, () => {
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  console.log(
    `Server listening on ${tls ? 'https' : 'http'}://${host === 'localhost' ? 'localhost' : shown}:${address.port}`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
