import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../src/simulator/server';
import { ROOT } from '../../unit/lib/mock/mock-helpers';

let simulator: Simulator;

// Loading the descriptions and spawning tsx take seconds on a loaded 2-core machine: explicit bounds, not the 5 s default.
const SPAWN_TIMEOUT_MS = 60_000;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
}, SPAWN_TIMEOUT_MS);

afterAll(() => simulator.close());

/** Runs the simulator's command line to its exit: its code and what it printed to stderr. */
async function runMain(args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await promisify(execFile)(`${ROOT}node_modules/.bin/tsx`, ['src/simulator/main.ts', ...args], {
      cwd: ROOT,
      // Within the test's bound: at a load average of 26, with another file beside it, one run took over 30 s.
      timeout: 50_000,
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
}

describe('the simulator command', () => {
  it(
    'refuses a port that is not one, with exit code 2',
    async () => {
      expect(await runMain(['--port', '99999'])).toEqual({
        code: 2,
        stderr: '端口无效：99999（应为 0～65535 的整数）\n',
      });
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'names the port when it is taken, with exit code 1',
    async () => {
      const port = Number(new URL(simulator.url).port);
      expect(await runMain([`--port=${port}`])).toEqual({
        code: 1,
        stderr: `端口 ${port} 已被占用，请用 --port 或 SIMULATOR_PORT 指定其他端口\n`,
      });
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'names a flag it does not know, with exit code 2',
    async () => {
      expect(await runMain(['--prot', '9000'])).toEqual({
        code: 2,
        stderr: '无法识别的参数：--prot（可用参数：--port <端口>、--host <地址>）\n',
      });
    },
    SPAWN_TIMEOUT_MS,
  );
});
