import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { JsonSchema } from '../../../../src/lib/schema/json-schema';
import { getCheckedSchemas } from '../../../../src/lib/mock/checked-schemas';
import type { EngineOperation } from '../../../../src/lib/mock/engine';
import type { OperationModel } from '../../../../src/lib/openapi/operation';
import { makePanelData } from '../../../../src/lib/request/panel-data';
import { LOGIN_BODY, loadEngineOperations, makeTestEngine, RUNNING_VM } from './mock-helpers';

const compiled = vi.hoisted(() => [] as unknown[]);

// Records every schema the engine has compiled: in the browser, each must have come from the build.
vi.mock('#schema-compiler', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src/lib/schema/compile')>();
  return {
    ...actual,
    compileSchema: (schema: JsonSchema) => {
      compiled.push(schema);
      return actual.compileSchema(schema);
    },
  };
});

let operations: EngineOperation[];

beforeAll(async () => {
  operations = await loadEngineOperations();
});

describe('getCheckedSchemas', () => {
  it("holds every schema the panel's mock validates against while it answers, rightly or not", () => {
    const flatten = operations.find((op) => op.operationId === 'FlattenVmInstance')!;
    const data = makePanelData(flatten as OperationModel, operations as OperationModel[]);
    const panelOperations = [data.operation, ...data.support];
    let now = 0;
    const engine = makeTestEngine(panelOperations, () => now, { strictSessions: false });
    let headers = {};
    const send = (method: string, url: string, body?: string, fail = false) =>
      engine.handle(body === undefined ? { method, url, headers } : { method, url, headers, body }, { fail });
    const session = JSON.parse(send('PUT', '/zstack/v1/accounts/login', LOGIN_BODY).body).inventory.uuid as string;
    headers = { authorization: `OAuth ${session}` };
    const actions = `/zstack/v1/vm-instances/${RUNNING_VM}/actions`;
    expect(send('PUT', actions, '{"flattenVmInstance": {"full": false}, "systemTags": "ssd"}').body).toBe(
      'Invalid value for field [systemTags], [ssd] is not a valid list.',
    );
    for (const fail of [false, true]) {
      const submitted = send('PUT', actions, '{"flattenVmInstance": {"full": false}}', fail);
      expect(submitted.status).toBe(202);
      now += 600_000;
      expect(send('GET', new URL(JSON.parse(submitted.body).location as string).pathname).status).toBe(
        fail ? 503 : 200,
      );
    }
    expect(send('GET', `/zstack/v1/vm-instances?q=uuid=${RUNNING_VM}`).status).toBe(200);

    const checked = new Set(getCheckedSchemas(panelOperations));
    expect(compiled.length).toBeGreaterThan(2);
    expect(compiled.filter((schema) => !checked.has(schema as JsonSchema))).toEqual([]);
  });
});
