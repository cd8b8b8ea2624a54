import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalProcess } from '../../../src/server/portal-process';
import { abortMidBody } from '../../support/abort-body';
import { startSimulatorProcess } from '../../support/simulator-process';
import { LOGIN_BODY } from '../../unit/lib/mock/mock-helpers';

let simulator: PortalProcess;

beforeAll(async () => {
  simulator = await startSimulatorProcess();
}, 60_000);

afterAll(() => simulator?.stop());

async function logInStatus(): Promise<number> {
  const response = await fetch(`${simulator.url}/zstack/v1/accounts/login`, {
    method: 'PUT',
    body: LOGIN_BODY,
    signal: AbortSignal.timeout(5_000),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('the simulator under socket faults', () => {
  it('keeps running and answering after clients close or reset the connection mid-body', async () => {
    await abortMidBody(simulator.url);
    await abortMidBody(simulator.url, { reset: true });
    await abortMidBody(simulator.url, { declared: 2 * 1024 * 1024, sent: 'x'.repeat(1000) });
    await abortMidBody(simulator.url, {
      path: '/zstack/v1/vm-instances/ce09028b684c3eb78219f5e20bddc3d5/actions',
      reset: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([simulator.child.exitCode, simulator.child.signalCode]).toEqual([null, null]);
    expect(await logInStatus()).toBe(200);
  }, 15_000);
});
