import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadSpecDir } from '../../../../src/lib/openapi/load';
import { makeRequest } from '../../../../src/lib/request/model';
import { generateCurl } from '../../../../src/lib/samples/curl';
import { generatePythonSdk } from '../../../../src/lib/samples/python-sdk';
import { makeSamples } from '../../../../src/lib/samples';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

async function getPokeThing() {
  const [error, set] = await loadSpecDir(join(fixtures, 'valid'), fixtures);
  if (error) throw error;
  return set.operations[0]!;
}

describe('request model', () => {
  it('fills the server, path parameters, JSON body and the OAuth header', async () => {
    const op = await getPokeThing();
    const request = makeRequest(op);
    expect(request.url).toBe('http://localhost:8080/zstack/v1/things/0123456789abcdef0123456789abcdef/actions');
    expect(request.headers).toEqual([
      ['Content-Type', 'application/json;charset=UTF-8'],
      ['Authorization', 'OAuth <session-uuid>'],
    ]);
    expect(request.body).toBe('{"pokeThing":{"hard":true,"count":3000000000},"systemTags":[],"userTags":[]}');
  });

  it('sends no Authorization when the session is null, and shows the placeholder when it is absent', async () => {
    const op = await getPokeThing();
    expect(makeRequest(op, { session: null }).headers).toEqual([['Content-Type', 'application/json;charset=UTF-8']]);
    expect(makeRequest(op).headers.at(-1)).toEqual(['Authorization', 'OAuth <session-uuid>']);
  });

  it('encodes path values and appends query parameters', async () => {
    const op = await getPokeThing();
    const request = makeRequest(op, {
      path: { uuid: 'a/b c' },
      query: { limit: 10, q: ['name=x', 'state=Running'] },
      baseUrl: 'http://127.0.0.1:9000/',
    });
    expect(request.url).toBe(
      'http://127.0.0.1:9000/zstack/v1/things/a%2Fb%20c/actions?limit=10&q=name%3Dx&q=state%3DRunning',
    );
  });
});

describe('samples', () => {
  it('escapes single quotes in the curl body and quotes a URL with a query', async () => {
    const op = await getPokeThing();
    const curl = generateCurl(
      makeRequest(op, { body: { pokeThing: { note: "it's" } }, query: { q: 'a&b' }, session: 'f'.repeat(32) }),
    );
    expect(curl).toBe(
      [
        `curl -H "Content-Type: application/json;charset=UTF-8" \\`,
        `-H "Authorization: OAuth ${'f'.repeat(32)}" \\`,
        `-X PUT -d '{"pokeThing":{"note":"it'\\''s"}}' \\`,
        `'http://localhost:8080/zstack/v1/things/0123456789abcdef0123456789abcdef/actions?q=a%26b'`,
      ].join('\n'),
    );
  });

  it('writes the Python SDK (zssdk) action with Python literals and tags when set', async () => {
    const op = await getPokeThing();
    const request = makeRequest(op, {
      body: { pokeThing: { hard: false }, systemTags: ['a::b'] },
      baseUrl: 'http://10.0.0.5:8989',
    });
    expect(generatePythonSdk(op, request)).toBe(
      [
        '# -*- coding: utf-8 -*-',
        '# 需要 Python 2.7、urllib3 和 ZStack 的 zssdk.py（放在同一目录）',
        'import zssdk',
        '',
        'zssdk.configure(hostname="10.0.0.5", port=8989, context_path="/zstack")',
        '',
        'action = zssdk.PokeThingAction()',
        'action.uuid = "0123456789abcdef0123456789abcdef"',
        'action.hard = False',
        'action.systemTags = ["a::b"]',
        'action.sessionId = "<session-uuid>"',
        '# 或用 AccessKey 认证（不设 sessionId）：SDK 用 HmacSHA1 对 "<METHOD>\\n<Date>\\n/v1<path>" 签名，',
        '# 发送 Date 头和 Authorization: ZStack <AccessKeyId>:<签名>',
        '# action.accessKeyId = "<AccessKeyId>"',
        '# action.accessKeySecret = "<AccessKeySecret>"',
        '# 异步 API：call() 每秒轮询一次任务结果，直到成功或失败；zssdk 的 call() 默认只等 15 秒，这里与 ZStack 的默认轮询时限一样等 3 小时',
        'action.timeout = 10800',
        'res = action.call()',
        'if res.error:',
        '    raise Exception(res.error.code, res.error.details)',
      ].join('\n'),
    );
  });

  it('offers every client in a fixed order, says what the SDK samples need, and offers only the HTTP ones for an API without an SDK action', async () => {
    const op = await getPokeThing();
    expect(makeSamples(op, makeRequest(op)).map((s) => [s.id, s.label, s.lang, s.note])).toEqual([
      ['curl', 'curl', 'shellscript', undefined],
      [
        'java-sdk',
        'Java SDK',
        'java',
        '需要 ZStack Java SDK（sdk-<版本>.jar 及其依赖）和 JDK 11 或以上；保存为 PokeThingExample.java',
      ],
      ['python-sdk', 'Python SDK', 'python', '需要 Python 2.7、urllib3 和 ZStack 的 zssdk.py（放在同一目录）'],
      ['cli', 'zstack-cli', 'shellscript', undefined],
      ['javascript', 'JavaScript', 'javascript', undefined],
      ['python', 'Python', 'python', undefined],
      ['go', 'Go', 'go', undefined],
    ]);
    const { sdkAction: _, ...withoutAction } = op;
    expect(makeSamples(withoutAction, makeRequest(withoutAction)).map((s) => s.id)).toEqual([
      'curl',
      'javascript',
      'python',
      'go',
    ]);
  });
});
