import { getJobLocation, type HttpAnswer } from './answer';

export const POLL_INTERVAL_MS = 1000;
/** ZStack's SDKs give up after 3 hours. */
export const POLL_TIMEOUT_MS = 3 * 60 * 60 * 1000;

export interface PollOptions {
  /** Sends `GET location` (through whichever transport the panel uses). */
  get: (location: string, signal: AbortSignal) => Promise<HttpAnswer>;
  signal: AbortSignal;
  onProgress?: (attempt: number, answer: HttpAnswer) => void;
  intervalMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/**
 * Follows an asynchronous call: polls the job location of its 202 about once
 * a second, as ZStack's SDKs do, until the answer is no longer 202.
 */
export async function pollJob(first: HttpAnswer, options: PollOptions): Promise<HttpAnswer> {
  const location = getJobLocation(first);
  if (!location) return first;
  const {
    get,
    signal,
    onProgress,
    intervalMs = POLL_INTERVAL_MS,
    timeoutMs = POLL_TIMEOUT_MS,
    sleep = delay,
  } = options;
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    await sleep(intervalMs, signal);
    const answer = await get(location, signal);
    onProgress?.(attempt, answer);
    if (answer.status !== 202 || Date.now() > deadline) return answer;
  }
}

/** Waits, or rejects with the signal's reason as soon as it aborts. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
