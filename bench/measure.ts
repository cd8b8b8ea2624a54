import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/browser';
import { TryItPanel } from '../tests/browser/pages/try-it-panel';

const QUIET_MS = 500;
const LOAD_TIMEOUT_MS = 30_000;
const VISIBLE_TIMEOUT_MS = 30_000;
/** How long opening the panel or a mock answer may take before the run gives up (a busy machine needs tens of seconds). */
const CLICK_TIMEOUT_MS = 120_000;
/** How long a page's main thread may stay busy after the wait before its timings are given up. */
const BUSY_TIMEOUT_MS = 10_000;
/** Before a load is measured, the machine's CPUs must have been this idle for SETTLE_WINDOW_MS (at most SETTLE_MAX_MS). */
const SETTLE_BUSY = 0.15;
const SETTLE_WINDOW_MS = 100;
const SETTLE_MAX_MS = 5_000;

/**
 * Observers installed before any page script: paint timings, long tasks, and
 * the first frame in which the awaited element is visible in the viewport
 * (looked for every frame and watched by an IntersectionObserver, so the time is
 * the frame in which the reader could see it, not when a script inserted it or
 * when it sat below the fold).
 */
function makeInitScript(target: VisibleTarget | null): string {
  return `(() => {
  const bench = (window.__bench = { lcp: null, longTasks: [], visibleAt: null, target: null });
  // Room for every file the panel brings (the default buffer keeps 250 and drops the rest).
  performance.setResourceTimingBufferSize(5000);
  new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  // Watched by an IntersectionObserver, not by reading the element's box every frame: reading layout from a frame
  // callback makes the browser lay the page out then, before its first paint (and a block whose layout the page skips
  // while off screen, content-visibility, at once): the observer would slow down the very paint it times. The
  // observer's entries are computed in the browser's own rendering step; entry.time is that frame's.
  const observed = new WeakSet();
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const box = entry.boundingClientRect;
      if (bench.visibleAt !== null || !entry.isIntersecting || box.width === 0 || box.height === 0) continue;
      if (!entry.target.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      bench.visibleAt = entry.time;
      observer.disconnect();
    }
  });
  const getCandidates = (t) =>
    t.kind === 'hash'
      ? [document.getElementById(decodeURIComponent(location.hash.slice(1)))]
      : [...document.querySelectorAll(t.selector)].filter((el) => t.texts.includes(el.textContent.trim()));
  const tick = () => {
    if (bench.visibleAt !== null) return;
    if (bench.target && document.body) {
      for (const el of getCandidates(bench.target)) {
        if (!el || observed.has(el)) continue;
        observed.add(el);
        observer.observe(el);
      }
    }
    requestAnimationFrame(tick);
  };
  const checks = {
    editable: () => {
      const panel = document.querySelector('try-it-panel');
      // Monaco takes input through a native EditContext element where Chromium has one, else a textarea.
      const area = panel && panel.querySelector('.monaco-editor .native-edit-context, .monaco-editor textarea:not([readonly])');
      if (!panel || panel.dataset.ready !== 'true' || !area) return false;
      area.focus();
      return document.activeElement === area;
    },
    answered: () => document.querySelector('try-it-panel [data-result-status][data-final]') !== null,
  };
  bench.clicks = {};
  bench.pressedAt = {};
  bench.armClick = (selector, name) => {
    const target = document.querySelector(selector);
    // The files are counted from the pointer's or the focus's arrival on the target, or its press (a page may start
    // loading on any of them: the panel does when the pointer enters its button), the time from the click.
    for (const type of ['pointerenter', 'focus', 'pointerdown']) {
      target.addEventListener(type, () => (bench.pressedAt[name] ??= performance.now()), { capture: true, once: true });
    }
    target.addEventListener('click', () => {
      const started = performance.now();
      bench.pressedAt[name] ??= started;
      const poll = () => (checks[name]() ? (bench.clicks[name] = performance.now() - started) : requestAnimationFrame(poll));
      poll();
    }, { capture: true, once: true });
  };
  bench.target = ${JSON.stringify(target)};
  if (bench.target) requestAnimationFrame(tick);
})();`;
}

/** The CPUs' time counters summed over every core, in milliseconds. */
export interface CpuTimes {
  idle: number;
  total: number;
}

export function readCpuTimes(): CpuTimes {
  let idle = 0;
  let total = 0;
  for (const { times } of cpus()) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total };
}

/** The share of the CPUs' time spent busy between two readings (0 when no time passed). */
export function getBusyShare(before: CpuTimes, after: CpuTimes): number {
  const total = after.total - before.total;
  return total > 0 ? 1 - (after.idle - before.idle) / total : 0;
}

/**
 * Waits until the machine is quiet: the browser closing the last page (a peer's renderer freeing its heap, the
 * panel's workers) would otherwise be measured as part of the next page's load, whichever it is. Every load the
 * bench measures, ours, the floor's and the peers', waits the same way.
 */
export async function waitForQuiet(): Promise<void> {
  const started = Date.now();
  let last = readCpuTimes();
  while (Date.now() - started < SETTLE_MAX_MS) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_WINDOW_MS));
    const now = readCpuTimes();
    if (getBusyShare(last, now) < SETTLE_BUSY) return;
    last = now;
  }
}

/** A fresh browser context, opened once the machine is quiet, that reaches loopback only: no load leaves the machine. */
async function openLoopbackContext(browser: Browser): Promise<BrowserContext> {
  await waitForQuiet();
  const context = await browser.newContext();
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
  return context;
}

/** A first visit's page: a loopback-only context (above) with the HTTP cache off, `initScript` run before any page script. */
export async function openFirstVisit(browser: Browser, initScript?: string) {
  const context = await openLoopbackContext(browser);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, page, cdp };
}

/** Loads `url` in a fresh context and measures the first load, with no interaction. */
export async function measureLoad(
  browser: Browser,
  url: string,
  target?: VisibleTarget,
): Promise<LoadSample & { page: Page; context: BrowserContext; network: NetworkTally }> {
  const { context, page } = await openFirstVisit(browser, makeInitScript(target ?? null));
  const network = watchNetwork(context);
  await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
  // A peer that blocks its main thread for minutes may never fire load; the figures then say so.
  await page.waitForLoadState('load', { timeout: VISIBLE_TIMEOUT_MS }).catch(() => undefined);
  await network.quiet();
  let visibleMs: number | null = null;
  if (target) {
    const visible = page
      .waitForFunction(() => (window as unknown as BenchWindow).__bench.visibleAt, undefined, {
        timeout: VISIBLE_TIMEOUT_MS,
        polling: 100,
      })
      .then((handle) => handle.jsonValue() as Promise<number>);
    visibleMs = await withDeadline(visible, VISIBLE_TIMEOUT_MS, null);
    await network.quiet();
  }
  const timings = await withDeadline(
    page.evaluate(() => {
      const bench = (window as unknown as BenchWindow).__bench;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      return {
        fcpMs: fcp,
        lcpMs: bench.lcp,
        longTaskMs: bench.longTasks.reduce((a, b) => a + b, 0) as number | null,
        longTasks: bench.longTasks.length,
        busy: false,
      };
    }),
    BUSY_TIMEOUT_MS,
    { fcpMs: null, lcpMs: null, longTaskMs: null, longTasks: 0, busy: true },
  );
  return { ...timings, visibleMs, ...(await network.snapshot()), page, context, network };
}

/**
 * Opens the 在线调试 panel of a loaded operation page, logs in (mock mode,
 * admin/password) and sends the example request; times each step from the
 * trusted click that starts it.
 */
export async function measurePanel(page: Page, network: NetworkTally): Promise<PanelSample> {
  const panel = new TryItPanel(page);
  const editableMs = await openPanel(page);
  await network.quiet();
  const opened = await getFilesSinceClick(page, 'editable');
  await panel.useMode('mock');
  await panel.logIn('password');
  await armClick(page, 'try-it-panel [data-send]', 'answered');
  const result = await panel.send();
  if (result.status !== '200') throw new Error(`the mock answered ${result.status}: ${result.statusLine}`);
  const answeredMs = await waitForClickTime(page, 'answered');
  return { editableMs, answeredMs, ...opened };
}

/**
 * The 在线调试 panel on a second operation page: in one browser context with its cache on, as a
 * reader goes from page to page, opens page A's panel, reads (the network falls quiet: Monaco's
 * lazily loaded parts have arrived), then opens page B's; counts only what B's panel brought over
 * the network (a file served from the cache costs nothing, a revalidated one its 304), and the
 * time from B's click to an editable Monaco.
 */
export async function measureSecondPanel(firstUrl: string, secondUrl: string): Promise<PanelSample> {
  // A profile on disk, as a reader's browser has: an in-memory (incognito) cache keeps no file as large as Monaco.
  const profile = await mkdtemp(join(tmpdir(), 'bench-profile-'));
  // Other hosts are refused by name resolution, not by context.route(): Playwright's routing turns the HTTP cache off,
  // and with it every file page B would have had from page A's visit was downloaded again.
  await waitForQuiet();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  try {
    await context.addInitScript(makeInitScript(null));
    const network = watchNetwork(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(firstUrl, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await openPanel(page);
    await network.quiet();
    await page.goto(secondUrl, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await network.quiet();
    const editableMs = await openPanel(page);
    await network.quiet();
    return { editableMs, answeredMs: null, ...(await getFilesSinceClick(page, 'editable')) };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * The header's search on first use: whether the page loaded any of the index before (it should
 * not), the bytes that opening it and one query bring, the time from typing `query` (the whole
 * text at once, as a paste) to its first result on screen, and the results' links.
 */
export async function measureSearch(browser: Browser, pageUrl: string, queries: string[]): Promise<SearchSample> {
  const context = await openLoopbackContext(browser);
  try {
    const page = await context.newPage();
    const network = watchNetwork(context);
    await page.goto(pageUrl, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await network.quiet();
    const before = await network.snapshot();
    await page.keyboard.press('/');
    await page.locator('dialog[data-search-dialog] input').waitFor({ state: 'visible', timeout: LOAD_TIMEOUT_MS });
    const answers: SearchSample['queries'] = [];
    for (const query of queries) {
      // A script as text: what the bundler adds to a named function (__name) does not exist in the page.
      const timed = (await page.evaluate(`new Promise((resolve) => {
        const query = ${JSON.stringify(query)};
        const input = document.querySelector('dialog[data-search-dialog] input');
        const results = document.querySelector('[data-search-results]');
        const started = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const poll = () => {
          const links = [...results.querySelectorAll('a')];
          if (results.dataset.query === query && links.length > 0) {
            return resolve({ ms: performance.now() - started, links: links.map((a) => new URL(a.href).pathname + new URL(a.href).hash) });
          }
          if (performance.now() - started > ${VISIBLE_TIMEOUT_MS}) return resolve({ ms: null, links: [] });
          requestAnimationFrame(poll);
        };
        poll();
      })`)) as { ms: number | null; links: string[] };
      answers.push({ query, firstResultMs: timed.ms, links: timed.links });
    }
    await network.quiet();
    const after = await network.snapshot();
    return {
      indexBytesBeforeUse: before.byUrl.filter((file) => isSearchFile(file.url)).reduce((t, f) => t + f.bytes, 0),
      firstUseBytes: after.bytes - before.bytes,
      queries: answers,
    };
  } finally {
    await context.close();
  }
}

/** Opens the panel of a loaded page with a trusted click; the time from it to an editable Monaco. */
async function openPanel(page: Page): Promise<number> {
  await armClick(page, 'try-it-panel [data-open]', 'editable');
  await page.locator('try-it-panel [data-open]').click();
  return waitForClickTime(page, 'editable');
}

/**
 * What the page fetched from the pointer's arrival on the target of the click timed as `check` on (or its focus, or
 * its press), as its Resource Timing entries say (the page's scripts, data, font and worker scripts alike): bytes on
 * the wire (body as sent plus Chromium's nominal 300 for the headers; a 304 costs its headers), the decoded body, and how many files came from the HTTP cache
 * without a request. (Playwright's request.sizes() counts a worker's script and a cache hit by their decoded
 * body.) A file served from the cache is not listed.
 */
async function getFilesSinceClick(
  page: Page,
  check: 'editable' | 'answered',
): Promise<Pick<PanelSample, 'openBytes' | 'openRequests' | 'openFiles' | 'cachedFiles'>> {
  const entries = await page.evaluate((check) => {
    const since = (window as unknown as BenchWindow).__bench.pressedAt[check] ?? 0;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= since)
      .map((entry) => {
        const { name, transferSize, encodedBodySize, decodedBodySize } = entry as PerformanceResourceTiming;
        return { url: new URL(name).pathname, transferSize, headers: transferSize - encodedBodySize, decodedBodySize };
      });
  }, check);
  const fetched = entries.filter((entry) => entry.transferSize > 0);
  const openFiles = fetched.map((entry) => ({
    url: entry.url,
    bytes: entry.transferSize,
    rawBytes: entry.headers + entry.decodedBodySize,
  }));
  return {
    openBytes: openFiles.reduce((total, file) => total + file.bytes, 0),
    openRequests: openFiles.length,
    openFiles,
    cachedFiles: entries.length - fetched.length,
  };
}

function isSearchFile(url: string): boolean {
  return /pagefind|search-index|search-element|search-fields/.test(url);
}

/** Times from the next trusted click on `selector` to the first frame in which the check named `check` holds. */
function armClick(page: Page, selector: string, check: 'editable' | 'answered'): Promise<void> {
  return page.evaluate(([selector, check]) => (window as unknown as BenchWindow).__bench.armClick(selector, check), [
    selector,
    check,
  ] as const);
}

/** Playwright's own timeouts wait for a page whose main thread is blocked; this one does not. */
function withDeadline<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([promise.catch(() => fallback), deadline]).finally(() => clearTimeout(timer));
}

async function waitForClickTime(page: Page, check: 'editable' | 'answered'): Promise<number> {
  const handle = await page.waitForFunction(
    (check) => (window as unknown as BenchWindow).__bench.clicks[check],
    check,
    {
      timeout: CLICK_TIMEOUT_MS,
      polling: 50,
    },
  );
  return (await handle.jsonValue()) as number;
}

/** Counts every request of the context (pages and workers) and its transferred bytes (headers and encoded body). */
function watchNetwork(context: BrowserContext): NetworkTally {
  const pending = new Set<Request>();
  const sizes: Array<Promise<{ type: string; url: string; bytes: number; rawBytes: number }>> = [];
  let failed = 0;
  let lastChange = performance.now();
  context.on('request', (request) => {
    pending.add(request);
    lastChange = performance.now();
  });
  context.on('requestfinished', (request) => {
    pending.delete(request);
    lastChange = performance.now();
    sizes.push(getSizes(request));
  });
  context.on('requestfailed', (request) => {
    pending.delete(request);
    lastChange = performance.now();
    failed += 1;
  });
  return {
    async quiet() {
      const deadline = performance.now() + LOAD_TIMEOUT_MS;
      while (performance.now() < deadline && (pending.size > 0 || performance.now() - lastChange < QUIET_MS)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async snapshot() {
      const done = await Promise.all(sizes);
      const byType: Record<string, number> = {};
      for (const { type, bytes } of done) byType[type] = (byType[type] ?? 0) + bytes;
      const byUrl = done.map(({ url, bytes, rawBytes }) => ({ url: new URL(url).pathname, bytes, rawBytes }));
      const sum = (key: 'bytes' | 'rawBytes') => done.reduce((total, s) => total + s[key], 0);
      return {
        bytes: sum('bytes'),
        rawBytes: sum('rawBytes'),
        requests: done.length + failed,
        failedRequests: failed,
        bytesByType: byType,
        byUrl,
      };
    },
  };
}

/**
 * What the response cost on the wire (headers and body as sent: compressed
 * where the server compressed it, and every server here compresses the same
 * way), and what it would have cost uncompressed (headers plus the decoded body).
 */
async function getSizes(request: Request): Promise<{ type: string; url: string; bytes: number; rawBytes: number }> {
  const entry = { type: request.resourceType(), url: request.url() };
  try {
    const sizes = await request.sizes();
    const body = await (await request.response())?.body().catch(() => null);
    const rawBody = body?.length ?? sizes.responseBodySize;
    // Chromium reports no body size for a worker's script; its decoded body is the best figure there is.
    const wireBody = sizes.responseBodySize > 0 ? sizes.responseBodySize : rawBody;
    return { ...entry, bytes: sizes.responseHeadersSize + wireBody, rawBytes: sizes.responseHeadersSize + rawBody };
  } catch {
    return { ...entry, bytes: 0, rawBytes: 0 };
  }
}

interface Timings {
  fcpMs: number | null;
  lcpMs: number | null;
  longTaskMs: number | null;
  longTasks: number;
  busy: boolean;
}

export type VisibleTarget = { kind: 'hash' } | { kind: 'text'; selector: string; texts: string[] };

export interface NetworkTally {
  quiet: () => Promise<void>;
  snapshot: () => Promise<NetworkSnapshot>;
}

/** What the requests so far cost. */
export interface NetworkSnapshot {
  /** On the wire: headers and bodies as sent (compressed). */
  bytes: number;
  /** The same uncompressed. */
  rawBytes: number;
  requests: number;
  failedRequests: number;
  bytesByType: Record<string, number>;
  byUrl: Array<{ url: string; bytes: number; rawBytes: number }>;
}

export interface LoadSample extends Timings, NetworkSnapshot {
  visibleMs: number | null;
}

export interface PanelSample {
  editableMs: number;
  /** From 发送 to the final mock answer; not measured on the second page. */
  answeredMs: number | null;
  /** Transferred: bodies as sent and headers (Chromium counts 300 bytes for them). */
  openBytes: number;
  /** Requests that went to the server (a revalidation with its 304 among them). */
  openRequests: number;
  openFiles: Array<{ url: string; bytes: number; rawBytes: number }>;
  /** Files the panel had from the HTTP cache without a request. */
  cachedFiles: number;
}

export interface SearchSample {
  /** What the page loaded of the search (script or index) before the reader opened it. */
  indexBytesBeforeUse: number;
  /** What opening the search and the queries brought (transferred). */
  firstUseBytes: number;
  queries: Array<{ query: string; firstResultMs: number | null; links: string[] }>;
}

interface BenchWindow {
  __bench: {
    lcp: number | null;
    longTasks: number[];
    visibleAt: number | null;
    clicks: Record<string, number | undefined>;
    pressedAt: Record<string, number | undefined>;
    armClick: (selector: string, check: string) => void;
  };
}
