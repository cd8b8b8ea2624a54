import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpecDir } from '../../../src/lib/openapi/load';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (name: string) => readFile(`${root}content/guides/${name}.mdx`, 'utf8');

describe('the 异步 API guide', () => {
  it('states ZStack’s rule (APIEvent is asynchronous), not the HTTP method', async () => {
    const text = await read('async');
    expect(text).not.toMatch(/非 GET 接口都是异步/);
    expect(text).toContain('APISyncCallMessage');
    expect(text).toContain('`APIEvent`：**异步**');
    for (const name of ['GetVersion', 'GetCurrentTime', 'CheckApiPermission', 'LogInByAccount', 'QueryVmInstance'])
      expect(text).toContain(name);
  });

  it(
    'agrees with the description: no query or login operation is asynchronous, and some asynchronous ones are not GET',
    { timeout: 30_000 },
    async () => {
      const [error, set] = await loadSpecDir(`${root}openapi`, root);
      if (error) throw error;
      const sync = set.operations.filter(
        (op) => op.operationId.startsWith('Query') || op.operationId === 'LogInByAccount',
      );
      expect(sync.map((op) => op.operationId).sort()).toEqual([
        'LogInByAccount',
        'QueryVmInstance',
        'QueryVmInstanceByUuid',
      ]);
      expect(sync.filter((op) => op.isAsync).map((op) => op.operationId)).toEqual([]);
      expect(set.operations.some((op) => op.isAsync && op.method !== 'GET')).toBe(true);
    },
  );
});

describe('the 认证与会话 guide', () => {
  it('explains both sessions and AccessKey signing as ZStack’s REST server and SDKs do them', async () => {
    const text = await read('auth');
    expect(text).toContain('Authorization: OAuth <会话 UUID>');
    expect(text).toContain('Authorization: ZStack <AccessKeyId>:<签名>');
    expect(text).toContain('HmacSHA1');
    expect(text).toContain('`Date`');
    expect(text).toMatch(/PUT\n\s+Tue, 01 Dec 2026 10:20:57 Asia\/Shanghai\n\s+\/v1\/vm-instances\//);
    expect(text).toContain('`accessKeyId` 与 `accessKeySecret`');
  });
});
