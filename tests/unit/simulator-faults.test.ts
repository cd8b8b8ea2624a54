import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abortMidBody } from '../support/abort-body';
import { LOGIN_BODY, ROOT } from './mock-helpers';

const START_TIMEOUT_MS = 30_000;

let child: ChildProcess;
let url: string;
let exited: { code: number | null; stderr: string } | undefined;

/** The simulator's own command, in its own process: a crash there shows as an exit, not as a test runner's error. */
beforeAll(async () => {
  child = spawn(process.execPath, [`${ROOT}node_modules/tsx/dist/cli.mjs`, 'src/simulator/main.ts', '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.once('exit', (code) => (exited = { code, stderr }));
  url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/zstack\/v1/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    child.once('exit', () => reject(new Error(`the simulator exited before listening: ${stderr}`)));
  });
}, START_TIMEOUT_MS);

afterAll(() => {
  child.kill('SIGTERM');
});

async function logInStatus(): Promise<number> {
  const response = await fetch(`${url}/zstack/v1/accounts/login`, { method: 'PUT', body: LOGIN_BODY, signal: AbortSignal.timeout(5_000) });
  await response.arrayBuffer();
  return response.status;
}

describe('the simulator under socket faults', () => {
  it('keeps running and answering after clients close or reset the connection mid-body', async () => {
    await abortMidBody(url);
    await abortMidBody(url, { reset: true });
    await abortMidBody(url, { declared: 2 * 1024 * 1024, sent: 'x'.repeat(1000) });
    await abortMidBody(url, { path: '/zstack/v1/vm-instances/ce09028b684c3eb78219f5e20bddc3d5/actions', reset: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(exited).toBeUndefined();
    expect(await logInStatus()).toBe(200);
  }, 15_000);
});
