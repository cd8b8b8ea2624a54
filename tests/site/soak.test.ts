/**
 * A short soak: for a few seconds, clients start request bodies and go away mid-stream
 * (an orderly close or a reset), against the simulator and through the portal's proxy;
 * then both must still answer. A crash here is a process gone, a hang an answer missing.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startPortalProcess, type PortalProcess } from '../../src/server/portal-process';
import { LOGIN_BODY } from '../unit/lib/mock/mock-helpers';
import { abortMidBody } from '../support/abort-body';
import { startSimulatorProcess } from '../support/simulator-process';

const SOAK_MS = 3_000;
const CONCURRENCY = 8;
const FLATTEN_PATH = '/zstack/v1/vm-instances/ce09028b684c3eb78219f5e20bddc3d5/actions';

let simulator: PortalProcess;
let portal: PortalProcess;
let output = '';

beforeAll(async () => {
  simulator = await startSimulatorProcess((text) => (output += text));
  portal = await startPortalProcess(
    `${inject('siteDir')}/server/portal.mjs`,
    {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      PORTAL_PROXY_ENDPOINTS: simulator.url,
      PORTAL_PROXY_TIMEOUT_MS: '2000',
    },
    { onOutput: (text) => (output += text) },
  );
}, 60_000);

afterAll(async () => {
  await Promise.all([portal?.stop(), simulator?.stop()]);
});

/** One aborted request, its target, path, size and way of ending varied by the round. */
function abortOne(round: number): Promise<void> {
  const viaProxy = round % 2 === 0;
  const path = round % 3 === 0 ? FLATTEN_PATH : '/zstack/v1/accounts/login';
  const sent = '{"logInByAccount":{"accountName":"admin","password":"'.slice(0, (round * 7) % 50);
  return abortMidBody(viaProxy ? portal.url : simulator.url, {
    path: viaProxy ? `/proxy${path}` : path,
    headers: viaProxy
      ? {
          Origin: portal.url,
          'X-Portal-Endpoint': simulator.url,
          Authorization: 'OAuth 0123456789abcdef0123456789abcdef',
        }
      : {},
    declared: 64 + ((round * 131) % 4096),
    sent,
    reset: round % 4 < 2,
  });
}

async function logIn(base: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(`${base}/zstack/v1/accounts/login`, {
    method: 'PUT',
    headers,
    body: LOGIN_BODY,
    signal: AbortSignal.timeout(10_000),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('the simulator and the proxy under aborted request bodies', () => {
  it('still answer after a few seconds of bodies cut off mid-stream', async () => {
    let round = 0;
    const until = Date.now() + SOAK_MS;
    const worker = async () => {
      while (Date.now() < until) await abortOne(round++);
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(round).toBeGreaterThan(CONCURRENCY * 5);
    for (const child of [portal.child, simulator.child])
      expect([child.exitCode, child.signalCode]).toEqual([null, null]);
    expect(await logIn(simulator.url)).toBe(200);
    expect(
      await logIn(`${portal.url}/proxy`, {
        Origin: portal.url,
        'X-Portal-Endpoint': simulator.url,
        'Content-Type': 'application/json',
      }),
    ).toBe(200);
    expect(output).not.toMatch(/Unhandled|Could not render|\n\s+at /);
  }, 60_000);
});
