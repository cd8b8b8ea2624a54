import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HighlightReply, HighlightRequest } from './worker';

/**
 * The environment variable that turns the highlighting thread on, holding the project's root
 * (src/integrations/openapi-check.ts sets it for `astro build`): without it, code is highlighted
 * on the calling thread.
 */
export const HIGHLIGHT_THREAD_VARIABLE = 'PORTAL_HIGHLIGHT_THREAD_ROOT';

/**
 * From how many operations the build uses the thread: starting it (tsx, then Shiki's grammars
 * again) costs about as much as highlighting a hundred operations' samples, so a small API's
 * build is faster, and lighter on a busy machine, without it.
 */
export const HIGHLIGHT_THREAD_MIN_OPERATIONS = 100;

/**
 * The thread's heap limit: Shiki's grammars and the line cache need far less, and a thread
 * that reached it stops (the build then highlights on its own thread) rather than raising the
 * build's memory, budgeted for the whole process tree.
 */
const THREAD_HEAP_MB = 256;

/**
 * Highlighting on a thread of its own, so that the build renders other pages meanwhile (Astro's
 * build.concurrency): a 2-core machine's second core had nothing to do while Shiki took a fifth
 * of the build's main thread. One thread: its answers come in the order asked, and its line
 * cache (line-cache.ts) sees every sample.
 *
 * The thread runs src/lib/highlight/worker.ts through tsx's loader: the pages' modules are a
 * bundle Vite wrote for the server, which has no worker entry, and the build always runs from
 * the project's root (Astro's own default). When the thread cannot start or stops, it answers
 * `undefined` and the caller highlights on its own thread, as before.
 */
export class HighlightThread {
  #worker: Worker | undefined;
  #failed = false;
  /** Why the thread is not available, when it failed (not when it was closed): the build says so (build-stats.ts). */
  failure: string | undefined;
  #nextId = 0;
  readonly #pending = new Map<number, (answer: ThreadAnswer | undefined) => void>();

  constructor(private readonly root: string) {}

  /** The markup and its time on the thread, or undefined when the thread is not available (highlight on this thread instead). */
  highlight(code: string, lang: string): Promise<ThreadAnswer | undefined> {
    const worker = this.#ensureWorker();
    if (!worker) return Promise.resolve(undefined);
    const id = this.#nextId++;
    // Only while an answer is awaited does the thread keep the process alive.
    if (this.#pending.size === 0) worker.ref();
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      worker.postMessage({ id, code, lang } satisfies HighlightRequest);
    });
  }

  /** Ends the thread (its pending answers come back undefined). */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#failed = true;
    this.#settleAll();
    await worker?.terminate();
  }

  #ensureWorker(): Worker | undefined {
    if (this.#worker || this.#failed) return this.#worker;
    try {
      const require = createRequire(join(this.root, 'package.json'));
      const tsx = pathToFileURL(require.resolve('tsx/esm/api')).href;
      const entry = pathToFileURL(join(this.root, 'src/lib/highlight/worker.ts')).href;
      const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
      const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
        resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
      });
      worker.unref();
      worker.on('message', (reply: HighlightReply) => this.#settle(reply));
      worker.on('error', (error) => this.#fail(error.message));
      worker.on('exit', (code) => this.#fail(`exit code ${code}`));
      this.#worker = worker;
    } catch (error) {
      this.#failed = true;
      this.failure = (error as Error).message;
    }
    return this.#worker;
  }

  #settle(reply: HighlightReply) {
    const resolve = this.#pending.get(reply.id);
    this.#pending.delete(reply.id);
    resolve?.('html' in reply ? { html: reply.html, ms: reply.ms } : undefined);
    if (this.#pending.size === 0) this.#worker?.unref();
  }

  #fail(reason: string) {
    // The first reason counts (an error is followed by the thread's exit); a closed thread has not failed.
    if (!this.#failed) this.failure ??= reason;
    this.#failed = true;
    this.#worker = undefined;
    this.#settleAll();
  }

  #settleAll() {
    for (const resolve of this.#pending.values()) resolve(undefined);
    this.#pending.clear();
  }
}

export interface ThreadAnswer {
  html: string;
  /** How long the thread took to make it. */
  ms: number;
}
