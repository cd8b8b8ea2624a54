import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/server';
import { ROOT } from './mock-helpers';

let simulator: Simulator;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
});

afterAll(() => simulator.close());

/** Runs the simulator's command line to its exit: its code and what it printed to stderr. */
async function runMain(args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await promisify(execFile)(`${ROOT}node_modules/.bin/tsx`, ['src/simulator/main.ts', ...args], { cwd: ROOT, timeout: 30_000 });
    return { code: 0, stderr: '' };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
}

describe('the simulator command', () => {
  it('refuses a port that is not one, with exit code 2', async () => {
    expect(await runMain(['--port', '99999'])).toEqual({ code: 2, stderr: '端口无效：99999（应为 0～65535 的整数）\n' });
  });

  it('names the port when it is taken, with exit code 1', async () => {
    const port = Number(new URL(simulator.url).port);
    expect(await runMain([`--port=${port}`])).toEqual({ code: 1, stderr: `端口 ${port} 已被占用，请用 --port 或 SIMULATOR_PORT 指定其他端口\n` });
  });
});
