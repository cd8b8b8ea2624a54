import { createHash } from 'node:crypto';
import type { SequenceRequest } from 'autocannon';

const PASSWORD = createHash('sha512').update('password').digest('hex');
const RUNNING_VM = 'ce09028b684c3eb78219f5e20bddc3d5';
export const LOGIN_BODY = JSON.stringify({ logInByAccount: { accountName: 'admin', password: PASSWORD } });
export const FLATTEN_BODY = '{"flattenVmInstance":{"full":true,"dryRun":false},"systemTags":[],"userTags":[]}';
const JSON_TYPE = 'application/json;charset=UTF-8';

/** What each kind of request may answer under load; anything else is an error. */
export const EXPECTED: Record<RequestKind, number[]> = { login: [200], submit: [202], poll: [200, 202] };

/**
 * One browser's cycle, as the panel sends it through the proxy: log in, submit
 * FlattenVmInstance with that session, poll the job, submit again, poll another
 * connection's job and then its own. One login, two submissions, three polls.
 */
export function makeScenario(tally: Tally): SequenceRequest[] {
  const record = (kind: RequestKind) => (status: number) => tally.count(kind, status);
  const submit: SequenceRequest = {
    method: 'PUT',
    path: `/proxy/zstack/v1/vm-instances/${RUNNING_VM}/actions`,
    setupRequest: (request, context) => ({
      ...request,
      headers: { ...request.headers, Authorization: `OAuth ${String(context['session'])}`, 'Content-Type': JSON_TYPE },
      body: FLATTEN_BODY,
    }),
    onResponse: (status, body, context) => {
      tally.count('submit', status);
      if (status !== 202) return;
      const location = (JSON.parse(body) as { location: string }).location;
      tally.locations.push(location);
      context['job'] = new URL(location).pathname;
    },
  };
  const pollOwn: SequenceRequest = {
    method: 'GET',
    setupRequest: (request, context) => ({ ...request, path: `/proxy${String(context['job'])}` }),
    onResponse: record('poll'),
  };
  const pollAny: SequenceRequest = {
    method: 'GET',
    setupRequest: (request) => ({
      ...request,
      path: `/proxy${new URL(tally.locations[Math.floor(Math.random() * tally.locations.length)]!).pathname}`,
    }),
    onResponse: record('poll'),
  };
  const login: SequenceRequest = {
    method: 'PUT',
    path: '/proxy/zstack/v1/accounts/login',
    headers: { 'Content-Type': JSON_TYPE },
    body: LOGIN_BODY,
    onResponse: (status, body, context) => {
      tally.count('login', status);
      if (status === 200) context['session'] = (JSON.parse(body) as { inventory: { uuid: string } }).inventory.uuid;
    },
  };
  return [login, submit, pollOwn, submit, pollAny, pollOwn];
}

/** Counts answers by kind and status, and keeps every job location handed out. */
export class Tally {
  readonly statuses: Record<RequestKind, Record<string, number>> = { login: {}, submit: {}, poll: {} };
  readonly locations: string[] = [];

  count(kind: RequestKind, status: number): void {
    this.statuses[kind][status] = (this.statuses[kind][status] ?? 0) + 1;
  }

  /** Answers outside EXPECTED, by kind and status. */
  getUnexpected(): Array<{ kind: RequestKind; status: number; count: number }> {
    return (Object.keys(this.statuses) as RequestKind[]).flatMap((kind) =>
      Object.entries(this.statuses[kind])
        .filter(([status]) => !EXPECTED[kind].includes(Number(status)))
        .map(([status, count]) => ({ kind, status: Number(status), count })),
    );
  }
}

export type RequestKind = 'login' | 'submit' | 'poll';
