import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/server';
import { startSite, type RunningSite } from '../support/server';

/** What the browser's address bar shows: the load balancer in front of both instances. */
const PUBLIC_HOST = 'portal.test';
const PASSWORD = createHash('sha512').update('password').digest('hex');
const RUNNING_VM = 'ce09028b684c3eb78219f5e20bddc3d5';
const FLATTEN_BODY = '{"flattenVmInstance":{"full":true,"dryRun":true},"systemTags":[],"userTags":[]}';

let simulator: Simulator;
let a: RunningSite;
let b: RunningSite;

beforeAll(async () => {
  // Long enough for polls through both instances on a loaded machine, where one exchange can take half a second.
  simulator = await startSimulator({ port: 0, jobDurationMs: 2_000 });
  // Every instance is told the public name the balancer serves it under.
  const env = { PORTAL_PROXY_ENDPOINTS: simulator.url, PORTAL_ALLOWED_HOSTS: PUBLIC_HOST };
  [a, b] = await Promise.all([startSite(inject('siteDir'), env), startSite(inject('siteDir'), env)]);
});

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await simulator?.close();
});

describe('two proxy instances', () => {
  it('serve one browser session interchangeably: log in through A, submit through B, poll through both', async () => {
    const login = await send(
      a,
      'PUT',
      '/proxy/zstack/v1/accounts/login',
      {},
      JSON.stringify({ logInByAccount: { accountName: 'admin', password: PASSWORD } }),
    );
    expect(login.status).toBe(200);
    const session = JSON.parse(login.body).inventory.uuid as string;

    const submitted = await send(
      b,
      'PUT',
      `/proxy/zstack/v1/vm-instances/${RUNNING_VM}/actions`,
      { Authorization: `OAuth ${session}` },
      FLATTEN_BODY,
    );
    expect(submitted.status).toBe(202);
    const location = new URL(JSON.parse(submitted.body).location as string);
    expect(location.origin).toBe(simulator.url);

    const polls: Array<[string, number]> = [];
    for (let i = 0; i < 100; i++) {
      const instance = i % 2 === 0 ? a : b;
      const poll = await send(instance, 'GET', `/proxy${location.pathname}`, { Authorization: `OAuth ${session}` });
      polls.push([instance === a ? 'A' : 'B', poll.status]);
      if (poll.status !== 202) {
        expect(poll.status).toBe(200);
        expect(JSON.parse(poll.body).inventory).toMatchObject({ uuid: RUNNING_VM });
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(polls.at(-1)?.[1]).toBe(200);
    expect(new Set(polls.filter(([, status]) => status === 202).map(([name]) => name))).toEqual(new Set(['A', 'B']));
  });
});

/**
 * One request to an instance as the load balancer passes it on: the public Host and the
 * browser's Origin, the endpoint header the panel adds.
 */
function send(
  site: RunningSite,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const all = { Host: PUBLIC_HOST, Origin: `http://${PUBLIC_HOST}`, 'X-Portal-Endpoint': simulator.url, ...headers };
    if (body !== undefined) Object.assign(all, { 'Content-Type': 'application/json;charset=UTF-8' });
    const req = request(`${site.url}${path}`, { method, headers: all }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
