import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationModel } from '../../../src/lib/openapi/operation';
import { makeRequest, type RequestValues } from '../../../src/lib/request/model';
import { generateCurl } from '../../../src/lib/samples/curl';
import { generateFetch } from '../../../src/lib/samples/fetch';
import { generatePythonRequests } from '../../../src/lib/samples/python-requests';
import { startSimulator, type Simulator } from '../../../src/simulator/server';
import { loadSampleOperations } from '../../unit/lib/samples/samples-operations';

const run = promisify(execFile);
const RUNNING_VM = 'ce09028b684c3eb78219f5e20bddc3d5';
const MIGRATING_VM = 'bd7c6a9e8bd54c2fae46d8bac25e79bd';
const hasRequests = await run('python3', ['-c', 'import requests']).then(
  () => true,
  () => false,
);

let simulator: Simulator;
let dir: string;
let operations: Map<string, OperationModel>;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, jobDurationMs: 50 });
  dir = await mkdtemp(join(tmpdir(), 'samples-run-'));
  operations = await loadSampleOperations();
});

afterAll(async () => {
  await simulator?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function logIn(): Promise<string> {
  const op = operations.get('LogInByAccount')!;
  const request = makeRequest(op, { baseUrl: simulator.url });
  const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body! });
  return (await response.json()).inventory.uuid;
}

async function flatten(uuid: string, values: Partial<RequestValues> = {}) {
  const op = operations.get('FlattenVmInstance')!;
  return {
    op,
    request: makeRequest(op, { path: { uuid }, session: await logIn(), baseUrl: simulator.url, ...values }),
  };
}

/** Runs a sample as its reader would, unmodified; resolves with the exit code and both outputs. */
async function runSample(file: string, code: string, command: string) {
  const path = join(dir, file);
  await writeFile(path, code);
  return run(command, [path]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

describe('the samples run against the simulator', () => {
  it('submits with the curl sample and follows the job to 200 by polling with curl', async () => {
    const { request } = await flatten(RUNNING_VM);
    const submitted = await run('bash', ['-c', `${generateCurl(request)} -s -w '\\n%{http_code}'`]);
    const [body, status] = submitted.stdout.split('\n');
    expect(status).toBe('202');
    const { location } = JSON.parse(body!);
    let answer: string[];
    do {
      await new Promise((resolve) => setTimeout(resolve, 20));
      answer = (await run('curl', ['-s', '-w', '\n%{http_code}', location])).stdout.split('\n');
    } while (answer[1] === '202');
    expect(answer[1]).toBe('200');
    expect(JSON.parse(answer[0]!).inventory).toMatchObject({ uuid: RUNNING_VM, state: 'Running' });
  });

  it('prints the inventory of the finished job with the JavaScript fetch sample, run by Node', async () => {
    const { op, request } = await flatten(RUNNING_VM);
    const result = await runSample('flatten.mjs', generateFetch(op, request), process.execPath);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`uuid: '${RUNNING_VM}'`);
  });

  it('throws the ErrorCode of a failed job with the JavaScript fetch sample', async () => {
    const { op, request } = await flatten(MIGRATING_VM);
    const result = await runSample('fail.mjs', generateFetch(op, request), process.execPath);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Error: SYS\.1006: /);
  });

  it.skipIf(!hasRequests)(
    'prints the inventory of the finished job with the Python requests sample, run by python3',
    async () => {
      const { op, request } = await flatten(RUNNING_VM);
      const result = await runSample('flatten.py', generatePythonRequests(op, request), 'python3');
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`'uuid': '${RUNNING_VM}'`);
    },
  );

  it.skipIf(!hasRequests)('raises the ErrorCode of a failed job with the Python requests sample', async () => {
    const { op, request } = await flatten(MIGRATING_VM);
    const result = await runSample('fail.py', generatePythonRequests(op, request), 'python3');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/RuntimeError: SYS\.1006: /);
  });

  it.skipIf(!hasRequests)('logs in with the Python requests sample of LogInByAccount, without polling', async () => {
    const op = operations.get('LogInByAccount')!;
    const result = await runSample(
      'login.py',
      generatePythonRequests(op, makeRequest(op, { baseUrl: simulator.url })),
      'python3',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^\{'inventory': \{'uuid': '[0-9a-f]{32}'/);
  });
});
