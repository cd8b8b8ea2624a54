import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadSpecDir } from '../../../../src/lib/openapi/load';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('the ZStack description under openapi/', () => {
  it('is valid OpenAPI 3.1 for a standard validator', async () => {
    const doc = parse(await readFile(`${root}openapi/zstack-vm.yaml`, 'utf8'));
    const result = await new Validator().validate(doc);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it('describes the VM lifecycle, FlattenVmInstance, LogInByAccount, LogOut and the api-jobs query', async () => {
    const [error, set] = await loadSpecDir(`${root}openapi`, root);
    expect(error).toBeNull();
    const ops = Object.fromEntries(
      set!.operations.map((op) => [
        op.operationId,
        `${op.method} ${op.path} ${op.isAsync ? 'async' : 'sync'} ${op.requiresAuth ? 'auth' : 'no-auth'}`,
      ]),
    );
    expect(ops).toEqual({
      QueryVmInstance: 'GET /zstack/v1/vm-instances sync auth',
      QueryVmInstanceByUuid: 'GET /zstack/v1/vm-instances/{uuid} sync auth',
      DestroyVmInstance: 'DELETE /zstack/v1/vm-instances/{uuid} async auth',
      StartVmInstance: 'PUT /zstack/v1/vm-instances/{uuid}/actions async auth',
      GetVmConsoleAddress: 'GET /zstack/v1/vm-instances/{uuid}/console-addresses sync auth',
      RebootVmInstance: 'PUT /zstack/v1/vm-instances/{uuid}/actions async auth',
      StopVmInstance: 'PUT /zstack/v1/vm-instances/{uuid}/actions async auth',
      FlattenVmInstance: 'PUT /zstack/v1/vm-instances/{uuid}/actions async auth',
      LogInByAccount: 'PUT /zstack/v1/accounts/login sync no-auth',
      LogOut: 'DELETE /zstack/v1/accounts/sessions/{sessionUuid} sync no-auth',
      GetApiJobResult: 'GET /zstack/v1/api-jobs/{uuid} sync no-auth',
    });
  });
});
