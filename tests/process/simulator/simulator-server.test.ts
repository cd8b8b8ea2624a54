import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpecDir } from '../../../src/lib/openapi/load';
import { makeRequest } from '../../../src/lib/request/model';
import { generateCurl } from '../../../src/lib/samples/curl';
import { startSimulator, type Simulator } from '../../../src/simulator/server';
import { LOGIN_BODY, ROOT, RUNNING_VM } from '../../unit/lib/mock/mock-helpers';

const JOB_ID = 'fedcba9876543210fedcba9876543210';
const FLATTEN_BODY = '{"flattenVmInstance":{"full":true,"dryRun":false},"systemTags":[],"userTags":[]}';
const RETENTION_MS = 400;

let simulator: Simulator;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, jobDurationMs: 50, jobRetentionMs: RETENTION_MS });
});

afterAll(() => simulator.close());

function send(method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  return fetch(simulator.url + path, body === undefined ? { method, headers } : { method, headers, body });
}

async function logIn(): Promise<string> {
  const response = await send('PUT', '/zstack/v1/accounts/login', {}, LOGIN_BODY);
  return (await response.json()).inventory.uuid;
}

function flatten(session: string, uuid = RUNNING_VM, headers: Record<string, string> = {}) {
  return send(
    'PUT',
    `/zstack/v1/vm-instances/${uuid}/actions`,
    { authorization: `OAuth ${session}`, 'content-type': 'application/json;charset=UTF-8', ...headers },
    FLATTEN_BODY,
  );
}

/** Polls a job location as the SDKs do (faster), until it stops answering 202. */
async function pollUntilDone(location: string): Promise<Response> {
  for (;;) {
    const response = await fetch(location);
    if (response.status !== 202) return response;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('simulator', () => {
  it('serves the API under /zstack/v1 of its own origin, on the port the OS chose', () => {
    expect(simulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(simulator.apiUrl).toBe(`${simulator.url}/zstack/v1`);
  });

  it('logs in, flattens a Running VM (202), and polls the job until 200', async () => {
    const session = await logIn();
    const submitted = await flatten(session);
    expect(submitted.status).toBe(202);
    const { location } = await submitted.json();
    expect(location).toMatch(new RegExp(`^${simulator.url}/zstack/v1/api-jobs/[0-9a-f]{32}$`));
    const done = await pollUntilDone(location);
    expect(done.status).toBe(200);
    expect((await done.json()).inventory).toMatchObject({ uuid: RUNNING_VM, state: 'Running' });
  });

  it('flattens a Stopped VM', async () => {
    const { location } = await (await flatten(await logIn(), '5d1c0a3e2b7f4c69a8e0d2b4c6f81357')).json();
    const done = await pollUntilDone(location);
    expect([done.status, (await done.json()).inventory.state]).toEqual([200, 'Stopped']);
  });

  it('fails the job of a Migrating VM with a 503 ErrorCode', async () => {
    const { location } = await (await flatten(await logIn(), 'bd7c6a9e8bd54c2fae46d8bac25e79bd')).json();
    const done = await pollUntilDone(location);
    expect(done.status).toBe(503);
    expect((await done.json()).error).toMatchObject({ code: 'SYS.1006', cause: { code: 'VM.1010' } });
  });

  it('fails the job with ID.1001 after logging out', async () => {
    const session = await logIn();
    expect((await send('DELETE', `/zstack/v1/accounts/sessions/${session}`)).status).toBe(200);
    const { location } = await (await flatten(session)).json();
    const done = await pollUntilDone(location);
    expect([done.status, (await done.json()).error.code]).toEqual([503, 'ID.1001']);
  });

  it('answers a call without Authorization with 400 in plain text', async () => {
    const response = await send(
      'PUT',
      '/zstack/v1/vm-instances/ce09028b684c3eb78219f5e20bddc3d5/actions',
      {},
      FLATTEN_BODY,
    );
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
      400,
      'text/plain;charset=UTF-8',
      "missing header 'Authorization'",
    ]);
  });

  it('answers 405 for a wrong method and 404 for an unknown path', async () => {
    const wrong = await send('GET', '/zstack/v1/accounts/login');
    expect([wrong.status, await wrong.text()]).toEqual([
      405,
      'The method[GET] is not allowed for the path[/zstack/v1/accounts/login]',
    ]);
    const unknown = await send('GET', '/zstack/v1/nothing');
    expect([unknown.status, await unknown.text()]).toEqual([404, 'no api mapping to /v1/nothing']);
    expect((await send('GET', '/elsewhere')).status).toBe(404);
  });

  it('uses X-Job-UUID as the job id, and refuses it twice', async () => {
    const session = await logIn();
    const first = await flatten(session, undefined, { 'x-job-uuid': JOB_ID });
    expect((await first.json()).location).toBe(`${simulator.url}/zstack/v1/api-jobs/${JOB_ID}`);
    const second = await flatten(session, undefined, { 'x-job-uuid': JOB_ID });
    expect([second.status, await second.text()]).toEqual([400, `Duplicate job uuid[${JOB_ID}]`]);
  });

  it('forgets a job result once its retention is over', async () => {
    const { location } = await (await flatten(await logIn())).json();
    expect((await pollUntilDone(location)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, RETENTION_MS + 50));
    const expired = await fetch(location);
    expect([expired.status, await expired.text()]).toEqual([404, 'the job has been expired']);
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const response = await send('PUT', '/zstack/v1/accounts/login', {}, 'x'.repeat(1024 * 1024 + 1));
    expect(response.status).toBe(413);
  });

  it('answers 202 to the curl command the portal generates, run by curl itself', async () => {
    const [error, set] = await loadSpecDir(`${ROOT}openapi`, ROOT);
    if (error) throw error;
    const op = set.operations.find((o) => o.operationId === 'FlattenVmInstance')!;
    const command = generateCurl(makeRequest(op, { session: await logIn(), baseUrl: simulator.url }));
    const { stdout } = await promisify(execFile)('bash', ['-c', `${command} -s -o /dev/null -w '%{http_code}'`]);
    expect(stdout).toBe('202');
  });
});
