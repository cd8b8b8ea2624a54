import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pruneToSchema } from '../../../../src/lib/schema/properties';
import { SEED_RESOURCES } from '../../../../src/lib/mock/seed';
import { makeSeededStore } from '../../../../src/lib/mock/store';
import { formatTimestamp } from '../../../../src/lib/mock/values';
import { findRoute } from '../../../../src/lib/mock/routing';
import { ResourceSchemas } from '../../../../src/lib/mock/resources';
import type { EngineOperation } from '../../../../src/lib/mock/engine';
import { DEFAULT_ACCOUNTS, SessionStore } from '../../../../src/lib/mock/sessions';
import { loadSpecDir } from '../../../../src/lib/openapi/load';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

async function getOperations() {
  const [error, set] = await loadSpecDir(`${root}openapi`, root);
  if (error) throw error;
  return set.operations;
}

describe('formatTimestamp', () => {
  it.each([
    [new Date(2017, 10, 14, 22, 20, 57), 'Nov 14, 2017 10:20:57 PM'],
    [new Date(2026, 0, 5, 0, 7, 3), 'Jan 5, 2026 12:07:03 AM'],
    [new Date(2026, 5, 30, 12, 0, 0), 'Jun 30, 2026 12:00:00 PM'],
  ])('writes %s as ZStack writes a Timestamp', (date, text) => {
    expect(formatTimestamp(date.getTime())).toBe(text);
  });
});

describe('findRoute', () => {
  const op = (operationId: string, method: string, path: string) => ({ operationId, method, path }) as EngineOperation;
  const operations = [
    op('QueryManagementNodeByUuid', 'GET', '/zstack/v1/management-nodes/{uuid}'),
    op('IsReadyToGo', 'GET', '/zstack/v1/management-nodes/ready'),
    op('DeleteManagementNode', 'DELETE', '/zstack/v1/management-nodes/{uuid}'),
  ];
  const ids = (method: string, path: string) => {
    const route = findRoute(operations, method, path);
    return route.kind === 'api' ? route.candidates.map((c) => c.op.operationId) : route;
  };

  it('takes a path written out over a template that also matches it, as ZStack’s RestServer does', () => {
    expect(ids('GET', '/zstack/v1/management-nodes/ready')).toEqual(['IsReadyToGo']);
    expect(ids('GET', '/zstack/v1/management-nodes/abc')).toEqual(['QueryManagementNodeByUuid']);
    // The written-out path answers for every method: there is no DELETE on it.
    expect(ids('DELETE', '/zstack/v1/management-nodes/ready')).toEqual({
      kind: 'method-not-allowed',
      allowed: ['GET'],
    });
  });
});

describe('ResourceSchemas.makeResource', () => {
  it('takes the call’s parameters of the resource’s field names only where their JSON type fits the field', () => {
    const schema = {
      $ref: '#/$defs/Event',
      $defs: {
        Event: { type: 'object', properties: { inventory: { $ref: '#/$defs/ThingInventory' } } },
        ThingInventory: {
          type: 'object',
          properties: {
            uuid: { type: 'string' },
            name: { type: 'string' },
            size: { type: 'integer' },
            config: { type: 'object', additionalProperties: true },
          },
        },
      },
    };
    const create = {
      method: 'POST',
      path: '/zstack/v1/things',
      responses: [{ status: '200', phase: 'submit', schema }],
    };
    const schemas = new ResourceSchemas([create as unknown as EngineOperation]);
    // DiscoverExternalPrimaryStorage's `config` is the text of the inventory's map: the answer keeps a map.
    const thing = schemas.makeResource('ThingInventory', { name: 'x', size: 3, config: '{"a":1}' }, 0)!;
    expect([thing['name'], thing['size'], typeof thing['config']]).toEqual(['x', 3, 'object']);
    expect(schemas.makeResource('ThingInventory', { size: 1.5 }, 0)!['size']).toBe(0);
  });
});

describe('operation extensions', () => {
  it('carries the vendor extensions of each operation from its document', async () => {
    const operations = await getOperations();
    const extensions = Object.fromEntries(operations.map((op) => [op.operationId, op.extensions]));
    expect(extensions['FlattenVmInstance']).toMatchObject({
      'x-zstack-allowed-states': ['Running', 'Stopped', 'Paused'],
      'x-zstack-async': true,
    });
    expect(extensions['LogInByAccount']).toMatchObject({ 'x-zstack-session': 'logIn' });
    expect(extensions['LogOut']).toMatchObject({ 'x-zstack-session': 'logOut' });
  });
});

describe('pruneToSchema', () => {
  const schema = {
    $defs: {
      ErrorCode: {
        type: 'object',
        properties: {
          code: { type: 'string' },
          cause: { $ref: '#/$defs/ErrorCode' },
          opaque: { type: 'object', additionalProperties: true },
        },
      },
    },
    type: 'object',
    properties: { error: { $ref: '#/$defs/ErrorCode' }, list: { type: 'array', items: { $ref: '#/$defs/ErrorCode' } } },
  };

  it('leaves out properties the schema does not declare, through references and lists', () => {
    const value = {
      error: { code: 'A', usedIpUuid: 'x', cause: { code: 'B', extra: 1 } },
      list: [{ code: 'C', more: true }],
      stray: 1,
    };
    expect(pruneToSchema(schema, schema, value)).toEqual({
      error: { code: 'A', cause: { code: 'B' } },
      list: [{ code: 'C' }],
    });
  });

  it('keeps everything in an object that allows other properties', () => {
    const value = { error: { code: 'A', opaque: { anything: [1], goes: { here: true } } } };
    expect(pruneToSchema(schema, schema, value)).toEqual(value);
  });
});

describe('makeSeededStore', () => {
  it('holds the example VM and one derived VM per seed record, each with its own volumes and NICs', async () => {
    const store = makeSeededStore(await getOperations(), SEED_RESOURCES);
    const vms = ['ce09028b684c3eb78219f5e20bddc3d5', ...SEED_RESOURCES.map((r) => r.replace[r.from]!)].map((uuid) =>
      store.get('VmInstanceInventory', uuid)!,
    );
    expect(vms.map((vm) => [vm['name'], vm['state']])).toEqual([
      ['Test-VM', 'Running'],
      ['Test-VM-Stopped', 'Stopped'],
      ['Test-VM-Paused', 'Paused'],
      ['Test-VM-Migrating', 'Migrating'],
      ['Test-VM-Destroyed', 'Destroyed'],
    ]);
    const parts = vms.flatMap((vm) => [
      vm['rootVolumeUuid'],
      ...(vm['vmNics'] as Array<{ uuid: string; vmInstanceUuid: string }>).map((n) => n.uuid),
    ]);
    expect(new Set(parts).size).toBe(parts.length);
    expect(
      vms.every((vm) => (vm['vmNics'] as Array<{ vmInstanceUuid: string }>)[0]!.vmInstanceUuid === vm['uuid']),
    ).toBe(true);
    expect(vms[1]).not.toHaveProperty('hostUuid');
  });
});

describe('SessionStore', () => {
  const admin = DEFAULT_ACCOUNTS[0]!;

  it('forgets expired sessions when the next one is issued, and they stay invalid', () => {
    const store = new SessionStore({ accounts: DEFAULT_ACCOUNTS, ttlMs: 1000, strict: true });
    const first = store.logIn(admin.accountName, admin.password, 0)!;
    store.logIn(admin.accountName, admin.password, 5000);
    expect((store as unknown as { issued: Map<string, number> }).issued.has(first.uuid)).toBe(false);
    expect(store.isValid(first.uuid, 5000)).toBe(false);
  });

  it('keeps a logged-out session invalid in the lenient browser store', () => {
    const store = new SessionStore({ accounts: DEFAULT_ACCOUNTS, ttlMs: 1000, strict: false });
    const session = store.logIn(admin.accountName, admin.password, 0)!;
    store.logOut(session.uuid);
    expect(store.isValid(session.uuid, 1)).toBe(false);
    expect(store.isValid('a'.repeat(32), 1)).toBe(true);
  });
});
