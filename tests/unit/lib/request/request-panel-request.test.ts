import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpecDir } from '../../../../src/lib/openapi/load';
import type { OperationModel } from '../../../../src/lib/openapi/operation';
import { JOB_PATH, makePanelData } from '../../../../src/lib/request/panel-data';
import { makePanelRequest, splitParamId } from '../../../../src/lib/request/panel-request';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const SESSION = '0123456789abcdef0123456789abcdef';
let operations: OperationModel[];
const byId = (id: string) => operations.find((op) => op.operationId === id)!;

beforeAll(async () => {
  const [error, set] = await loadSpecDir(`${root}openapi`, root);
  if (error) throw error;
  operations = set.operations;
});

describe('the panel data', () => {
  it('brings the login, the logout, the job query and the query of the resource an API acts on', () => {
    const data = makePanelData(byId('FlattenVmInstance'), operations);
    expect(data.operation.operationId).toBe('FlattenVmInstance');
    expect(data.support.map((op) => op.operationId)).toEqual([
      'QueryVmInstance',
      'LogInByAccount',
      'LogOut',
      'GetApiJobResult',
    ]);
    expect(data.support.find((op) => op.path === JOB_PATH)?.operationId).toBe('GetApiJobResult');
  });

  it('leaves the operation itself out of its support', () => {
    expect(makePanelData(byId('LogInByAccount'), operations).support.map((op) => op.operationId)).toEqual([
      'LogOut',
      'GetApiJobResult',
    ]);
  });

  it('carries an editor schema only for an operation with a body', () => {
    expect(makePanelData(byId('FlattenVmInstance'), operations).editorSchema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
    });
    expect(makePanelData(byId('GetApiJobResult'), operations).editorSchema).toBeUndefined();
  });
});

describe('the current request of the panel', () => {
  const flatten = (bodyText: string, session?: string, forSending = false) =>
    makePanelRequest(byId('FlattenVmInstance'), {
      params: [{ id: 'path.uuid', list: false, value: 'a/b' }],
      bodyText,
      baseUrl: 'http://10.0.0.5:8080',
      session,
      forSending,
    });

  it('fills the path from its input, encoded, on the chosen endpoint, with the session', () => {
    const request = flatten('{"flattenVmInstance": {"full": false}}', SESSION);
    expect(request.url).toBe('http://10.0.0.5:8080/zstack/v1/vm-instances/a%2Fb/actions');
    expect(request.body).toBe('{"flattenVmInstance":{"full":false}}');
    expect(request.headers).toEqual([
      ['Content-Type', 'application/json;charset=UTF-8'],
      ['Authorization', `OAuth ${SESSION}`],
    ]);
  });

  it('sends a body that is not JSON as typed', () => {
    expect(flatten('{"flattenVmInstance": ').body).toBe('{"flattenVmInstance": ');
  });

  it('sends no body when the editor is blank', () => {
    const request = flatten('  \n');
    expect(request.body).toBeUndefined();
    expect(request.headers.map(([name]) => name)).toEqual(['Authorization']);
  });

  it('shows the session placeholder without a session, and sends no Authorization', () => {
    expect(flatten('{}').headers).toContainEqual(['Authorization', 'OAuth <session-uuid>']);
    expect(flatten('{}', undefined, true).headers).toEqual([['Content-Type', 'application/json;charset=UTF-8']]);
  });

  it('takes a list parameter one value per line and leaves empty parameters out of the query', () => {
    const request = makePanelRequest(byId('QueryVmInstance'), {
      params: [
        { id: 'query.q', list: true, value: 'state=Running\n\n  name=vm-1 \n' },
        { id: 'query.limit', list: false, value: '20' },
        { id: 'query.start', list: false, value: '' },
        { id: 'query.sort', list: true, value: '\n' },
      ],
      bodyText: '',
      baseUrl: 'http://localhost:8080',
      forSending: true,
    });
    expect(request.url).toBe('http://localhost:8080/zstack/v1/vm-instances?q=state%3DRunning&q=name%3Dvm-1&limit=20');
  });

  it('splits an input id at its first dot only', () => {
    expect(splitParamId('query.fields.name')).toEqual(['query', 'fields.name']);
  });
});
