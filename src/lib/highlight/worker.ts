/**
 * The highlighting thread (see highlight-thread.ts): answers each { id, code, lang } with
 * { id, html, ms } as renderHighlighted makes it, in the order asked, or { id, error }.
 */
import { parentPort } from 'node:worker_threads';
import { ensureHighlighter, renderHighlighted } from './render';

export interface HighlightRequest {
  id: number;
  code: string;
  lang: string;
}

/** The markup and the time it took on the thread (ms), or why it could not be made. */
export type HighlightReply = { id: number; html: string; ms: number } | { id: number; error: string };

const port = parentPort;
if (port) {
  port.on('message', (request: HighlightRequest) => {
    ensureHighlighter().then(
      (shiki) => {
        const started = performance.now();
        const html = renderHighlighted(shiki, request.code, request.lang);
        port.postMessage({ id: request.id, html, ms: performance.now() - started });
      },
      (error: unknown) => port.postMessage({ id: request.id, error: String(error) }),
    );
  });
}
