import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineAnswer, EngineOperation, ZStackEngine } from '../../../../src/lib/mock/engine';
import { loadSpecDir } from '../../../../src/lib/openapi/load';
import { formatTimestamp } from '../../../../src/lib/mock/values';
import { makeTestEngine } from './mock-helpers';

const fixtures = fileURLToPath(new URL('../../../fixtures/generated/', import.meta.url));
const API = '/zstack/v1';

let operations: EngineOperation[];

beforeAll(async () => {
  // Only the generated document: every operation of it has no example and no code of its own.
  const [error, set] = await loadSpecDir(join(fixtures, 'generated'), fixtures);
  if (error) throw error;
  operations = set.operations;
}, 60_000);

/** An engine on a clock the test moves, logged in as admin. */
function start() {
  let now = Date.parse('2026-12-01T08:00:00Z');
  // The description has no LogInByAccount: any session of 32 hex digits is valid, as in the browser's mock.
  const engine = makeTestEngine(operations, () => now, { strictSessions: false });
  const session = '0123456789abcdef0123456789abcdef';
  const call = (method: string, url: string, body?: unknown): EngineAnswer =>
    engine.handle({
      method,
      url: `${API}${url}`,
      headers: { authorization: `OAuth ${session}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  /** Submits an asynchronous call and polls its job once it has run. */
  const run = (method: string, url: string, body?: unknown) => {
    const submitted = call(method, url, body);
    expect(submitted.status).toBe(202);
    const location = new URL((JSON.parse(submitted.body) as { location: string }).location);
    now += 5_000;
    return engine.handle({ method: 'GET', url: location.pathname, headers: {} });
  };
  return { engine: engine as ZStackEngine, call, run };
}

const json = (answer: EngineAnswer) => JSON.parse(answer.body) as Record<string, unknown>;
const uuids = (answer: EngineAnswer) => (json(answer)['inventories'] as Array<{ uuid: string }>).map((i) => i.uuid);

describe('the mock on a generated description', () => {
  it('finds a resource created by its POST through the matching query, and no longer after its DELETE', () => {
    const { call, run } = start();
    const created = run('POST', '/things', { params: { name: 'thing-1', size: 42, kind: 'Big' } });
    expect(created.status).toBe(200);
    const inventory = json(created)['inventory'] as Record<string, unknown>;
    expect(inventory).toMatchObject({ name: 'thing-1', size: 42 });
    expect(inventory['uuid']).toMatch(/^[0-9a-f]{32}$/);
    // Created when the job ended, two seconds after the submission.
    expect(inventory['createDate']).toBe(formatTimestamp(Date.parse('2026-12-01T08:00:02Z')));

    const found = call('GET', `/things?q=name=thing-1`);
    expect([found.status, uuids(found)]).toEqual([200, [inventory['uuid']]]);
    expect(uuids(call('GET', `/things?q=uuid=${String(inventory['uuid'])}`))).toEqual([inventory['uuid']]);

    expect(run('DELETE', `/things/${String(inventory['uuid'])}`).status).toBe(200);
    expect(uuids(call('GET', `/things?q=name=thing-1`))).toEqual([]);
  });

  it('takes the uuid a create asks for, and answers an action on the created resource with it', () => {
    const { run } = start();
    const uuid = 'abcdefabcdefabcdefabcdefabcdef01';
    expect(run('POST', '/things', { params: { name: 'x', resourceUuid: uuid } }).status).toBe(200);
    const poked = run('PUT', `/things/${uuid}/actions`, { pokeThing: { hard: true } });
    expect(poked.status).toBe(200);
    expect((json(poked)['inventory'] as Record<string, unknown>)['uuid']).toBe(uuid);
  });

  it('seeds each queried type with a schema-generated resource when no example shows one', () => {
    const { call } = start();
    const all = call('GET', '/things?replyWithCount=true');
    expect(all.status).toBe(200);
    expect(json(all)['total']).toBe(1);
    const [seeded] = json(all)['inventories'] as Array<Record<string, unknown>>;
    expect(Object.keys(seeded!)).toEqual(
      expect.arrayContaining(['uuid', 'name', 'state', 'size', 'parts', 'createDate']),
    );
    expect(['Enabled', 'Disabled']).toContain(seeded!['state']);
  });

  it('answers a synchronous GET without example from its schema, and a missing resource with ZStack’s 503', () => {
    const { call } = start();
    const seeded = uuids(call('GET', '/things'))[0]!;
    expect(seeded).toBe('0123456789abcdef0123456789abcdef'); // the placeholder of the pages' samples
    const capacity = call('GET', `/things/${seeded}/capacity`);
    expect(capacity.status).toBe(200);
    expect(json(capacity)).toEqual({ capacity: expect.any(Number), usedRatio: expect.any(Number) });
    const missing = call('GET', '/things/fedcba9876543210fedcba9876543210/capacity');
    expect(missing.status).toBe(503);
    expect((json(missing)['error'] as { code: string }).code).toBe('SYS.1003');
  });

  it('refuses a wrong action key, a missing parameter and a value outside the enum as ZStack does', () => {
    const { call, run } = start();
    const seeded = uuids(call('GET', '/things'))[0]!;
    const wrongKey = call('PUT', `/things/${seeded}/actions`, { poke: { hard: true } });
    expect([wrongKey.status, wrongKey.body]).toEqual([400, expect.stringContaining('action mapping')]);
    // A POST's parameter name is not an action key: ZStack makes an empty message, which lacks its mandatory name.
    const noParams = run('POST', '/things', { param: { name: 'x' } });
    expect(noParams.status).toBe(503);
    expect(noParams.body).toContain('name');
    const badValue = run('POST', '/things', { params: { name: 'x', kind: 'Huge' } });
    expect(badValue.status).toBe(503);
    expect((json(badValue)['error'] as { code: string }).code).toBe('SYS.1007');
  });

  it('fails the job with 503 when asked to, and the resource is then not created', () => {
    const { engine, call } = start();
    const before = uuids(call('GET', '/things')).length;
    const submitted = engine.handle(
      {
        method: 'POST',
        url: `${API}/things`,
        headers: { authorization: 'OAuth 0123456789abcdef0123456789abcdef' },
        body: JSON.stringify({ params: { name: 'y' } }),
      },
      { fail: true },
    );
    expect(submitted.status).toBe(202);
    expect(uuids(call('GET', '/things')).length).toBe(before);
  });
});
