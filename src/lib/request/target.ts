import { strings } from '../i18n';
import type { CurrentSession, StorageLike } from './session';

/** Where the panel sends a request: the in-browser mock, or a live endpoint through the portal's proxy. */
export type SendTarget = { mode: 'mock' } | { mode: 'live'; endpoint: string };

export const MOCK_TARGET: SendTarget = { mode: 'mock' };
export const TARGET_KEY = 'zstack-portal.target';

/** What the panel says about targets, from the string table. */
export const targetMessages = strings.panel.target;

/** "Mock", or the endpoint's base URL, as the session bar shows it. */
export function getTargetLabel(target: SendTarget): string {
  return target.mode === 'mock' ? 'Mock' : target.endpoint;
}

export function isSameTarget(a: SendTarget, b: SendTarget): boolean {
  return (
    a.mode === b.mode &&
    (a.mode === 'mock' || normalise(a.endpoint) === normalise((b as { endpoint: string }).endpoint))
  );
}

/**
 * Where a panel sends when it opens: the reader's last choice in this tab,
 * else where the session came from, else the mock. A live endpoint this page
 * cannot reach (not offered by /proxy/config, or no proxy at all) falls back to
 * the mock with a warning, so that the switch is never silent.
 */
export function getInitialTarget(
  session: CurrentSession | null,
  saved: SendTarget | null,
  endpoints: readonly string[],
): { target: SendTarget; warning?: string } {
  const wanted = saved ?? session?.target ?? MOCK_TARGET;
  if (wanted.mode === 'mock') return { target: MOCK_TARGET };
  const offered = findEndpoint(endpoints, wanted.endpoint);
  if (offered !== undefined) return { target: { mode: 'live', endpoint: offered } };
  return { target: MOCK_TARGET, warning: targetMessages.endpointGone(wanted.endpoint) };
}

/**
 * Where 退出 sends LogOut: where the session came from, whatever mode is
 * selected now. `reachable` is false when that endpoint is not offered here:
 * the session can then only be forgotten locally.
 */
export function getLogoutTarget(
  session: CurrentSession,
  endpoints: readonly string[],
): { target: SendTarget; reachable: boolean } {
  const from = session.target;
  if (from.mode === 'mock') return { target: MOCK_TARGET, reachable: true };
  const offered = findEndpoint(endpoints, from.endpoint);
  return offered === undefined
    ? { target: from, reachable: false }
    : { target: { mode: 'live', endpoint: offered }, reachable: true };
}

/**
 * What the 在线调试 section says it does with the target now selected: the in-browser
 * mock, the ZStack simulator (an endpoint `/proxy/config` lists among its simulators),
 * or a real management node.
 */
export function getTargetSummary(target: SendTarget, simulators: readonly string[]): string {
  const t = strings.panel.mode.summary;
  if (target.mode === 'mock') return t.mock;
  return findEndpoint(simulators, target.endpoint) === undefined
    ? t.live(target.endpoint)
    : t.simulator(target.endpoint);
}

/** A warning when the session was obtained elsewhere than where the panel now sends. */
export function getTargetWarning(session: CurrentSession | null, current: SendTarget): string | undefined {
  if (!session || isSameTarget(session.target, current)) return undefined;
  return targetMessages.sessionElsewhere(getTargetLabel(session.target), getTargetLabel(current));
}

/** The reader's last choice of mode and endpoint in this tab, shared by every page's panel. */
export function readTarget(storage: StorageLike): SendTarget | null {
  return parseTarget(storage.getItem(TARGET_KEY));
}

export function writeTarget(storage: StorageLike, target: SendTarget): void {
  storage.setItem(TARGET_KEY, JSON.stringify(target));
}

/** A stored target, or null when the text is not one. */
export function parseTarget(raw: unknown): SendTarget | null {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null) return null;
  const { mode, endpoint } = value as { mode?: unknown; endpoint?: unknown };
  if (mode === 'mock') return MOCK_TARGET;
  if (mode === 'live' && typeof endpoint === 'string' && endpoint !== '') return { mode: 'live', endpoint };
  return null;
}

function findEndpoint(endpoints: readonly string[], endpoint: string): string | undefined {
  return endpoints.find((e) => normalise(e) === normalise(endpoint));
}

function normalise(endpoint: string): string {
  let end = endpoint.length;
  while (end > 0 && endpoint[end - 1] === '/') end--;
  return endpoint.slice(0, end);
}
