import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpecDir } from '../../../../src/lib/openapi/load';
import { getBodyDiagnostics } from '../../../../src/lib/request/body-diagnostics';
import {
  hashPassword,
  maskSession,
  SessionStore,
  SESSION_KEY,
  type StorageLike,
} from '../../../../src/lib/request/session';
import { pollJob } from '../../../../src/lib/request/poll';
import type { HttpAnswer } from '../../../../src/lib/request/answer';
import { getErrorChain, getErrorCode, isSessionExpired } from '../../../../src/lib/request/answer';
import { tokenizeJson } from '../../../../src/lib/request/json-tokens';
import { formatListInput, parseListInput } from '../../../../src/lib/request/model';
import { explanations, getAnswerNote } from '../../../../src/lib/request/explain';
import { makeEditorSchema } from '../../../../src/lib/request/editor-schema';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

async function getFlatten() {
  const [error, set] = await loadSpecDir(`${root}openapi`, root);
  if (error) throw error;
  return set.operations.find((o) => o.operationId === 'FlattenVmInstance')!;
}

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

function answer(status: number, body: unknown): HttpAnswer {
  return {
    status,
    statusText: '',
    headers: [],
    body: typeof body === 'string' ? body : JSON.stringify(body),
    elapsedMs: 1,
  };
}

describe('body diagnostics', () => {
  it('flags a non-boolean full with its position, in Chinese', async () => {
    const op = await getFlatten();
    const text = '{"flattenVmInstance": {"full": "yes"}}';
    const [diagnostic, ...rest] = getBodyDiagnostics(text, op.body!.schema);
    expect(rest).toEqual([]);
    expect(diagnostic).toEqual({
      message: 'flattenVmInstance.full：类型错误，应为 Boolean（true 或 false）',
      pointer: '/flattenVmInstance/full',
      offset: 31,
      length: 5,
    });
  });

  it('flags unknown keys and a missing action key', async () => {
    const op = await getFlatten();
    const messages = getBodyDiagnostics('{"flattenvminstance": {}}', op.body!.schema).map((d) => d.message);
    expect(messages).toContain('flattenvminstance：未知字段，接口不接受该字段');
    expect(messages).toContain('请求体：缺少必填字段 flattenVmInstance');
  });

  it('names an empty key instead of leaving the message without a subject', async () => {
    const op = await getFlatten();
    expect(getBodyDiagnostics('{"": 1, "flattenVmInstance": {}}', op.body!.schema).map((d) => d.message)).toEqual([
      '""：未知字段，接口不接受该字段',
    ]);
  });

  it('reports the first JSON syntax error, with its line and column, instead of throwing', async () => {
    const op = await getFlatten();
    const diagnostics = getBodyDiagnostics('{\n  "flattenVmInstance": {"full": tru}', op.body!.schema);
    expect(diagnostics.map((d) => d.message)).toEqual(['JSON 语法错误（第 2 行第 33 列）：无效的符号']);
    expect(diagnostics[0]!.offset).toBe('{\n  "flattenVmInstance": {"full": '.length);
  });

  it('accepts the description example', async () => {
    const op = await getFlatten();
    expect(getBodyDiagnostics(JSON.stringify(op.example.body), op.body!.schema)).toEqual([]);
  });
});

describe('session store', () => {
  it('keeps the session for the tab unless asked to remember it', () => {
    const tab = memoryStorage();
    const persistent = memoryStorage();
    const store = new SessionStore(tab, persistent);
    store.set({ uuid: 'a'.repeat(32), target: { mode: 'mock' }, remember: false });
    expect(tab.data.has(SESSION_KEY)).toBe(true);
    expect(persistent.data.has(SESSION_KEY)).toBe(false);
    store.set({ uuid: 'b'.repeat(32), target: { mode: 'mock' }, remember: true });
    expect(tab.data.has(SESSION_KEY)).toBe(false);
    expect(store.get()!.uuid).toBe('b'.repeat(32));
    store.clear();
    expect(store.get()).toBeNull();
  });

  it('ignores a corrupt or malformed stored session', () => {
    const tab = memoryStorage();
    tab.setItem(SESSION_KEY, '{not json');
    expect(new SessionStore(tab, memoryStorage()).get()).toBeNull();
    tab.setItem(SESSION_KEY, JSON.stringify({ uuid: 'not-a-session' }));
    expect(new SessionStore(tab, memoryStorage()).get()).toBeNull();
  });

  it('masks the session in any text', () => {
    const session = 'c'.repeat(32);
    expect(maskSession(`Authorization: OAuth ${session}`, session)).toBe('Authorization: OAuth ••••••••••••••••');
  });

  it('hashes the password with SHA-512 as LogInByAccount expects', async () => {
    expect(await hashPassword('password')).toBe(
      'b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86',
    );
  });
});

describe('job polling', () => {
  it('polls the location until the job is no longer running', async () => {
    const seen: string[] = [];
    const answers = [answer(202, {}), answer(202, {}), answer(200, { inventory: { uuid: 'x' } })];
    const final = await pollJob(answer(202, { location: 'http://localhost:8080/zstack/v1/api-jobs/abc' }), {
      get: async (location) => {
        seen.push(location);
        return answers.shift()!;
      },
      signal: new AbortController().signal,
      sleep: async () => {},
    });
    expect(final.status).toBe(200);
    expect(seen).toEqual(Array(3).fill('http://localhost:8080/zstack/v1/api-jobs/abc'));
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(
      pollJob(answer(202, { location: 'http://x/zstack/v1/api-jobs/a' }), {
        get: async () => answer(202, {}),
        signal: controller.signal,
        intervalMs: 5,
      }),
    ).rejects.toThrow('cancelled');
  });

  it('returns a synchronous answer as it is', async () => {
    const first = answer(200, { inventory: {} });
    expect(await pollJob(first, { get: async () => answer(500, ''), signal: new AbortController().signal })).toBe(
      first,
    );
  });
});

describe('answers', () => {
  it('finds ID.1001 anywhere in the cause chain', () => {
    const failed = answer(503, {
      error: { code: 'SYS.1000', cause: { code: 'ID.1001', description: 'invalid session' } },
    });
    expect(getErrorChain(getErrorCode(failed)).map((e) => e.code)).toEqual(['SYS.1000', 'ID.1001']);
    expect(isSessionExpired(failed)).toBe(true);
    expect(isSessionExpired(answer(503, { error: { code: 'SYS.1006' } }))).toBe(false);
  });

  it('explains each kind of final answer once, in Chinese', () => {
    expect(getAnswerNote(answer(400, "missing header 'Authorization'"))).toBe(explanations.missingSession);
    expect(getAnswerNote(answer(405, 'The method[POST] is not allowed'))).toBe(explanations.restLayer(405));
    expect(getAnswerNote(answer(503, { error: { code: 'SYS.1006', cause: { code: 'ID.1001' } } }))).toBe(
      explanations.sessionExpired,
    );
    expect(getAnswerNote(answer(503, { error: { code: 'SYS.1006' } }))).toBe(explanations.jobFailed);
    expect(getAnswerNote(answer(202, {}))).toBe(explanations.pollTimeout);
    expect(
      getAnswerNote({ ...answer(403, ''), portalError: { code: 'endpoint-not-allowed', message: '不允许' } }),
    ).toBe('门户代理：不允许');
    expect(getAnswerNote(answer(200, { inventory: {} }))).toBeUndefined();
  });

  it('tokenizes JSON into keys, strings, numbers and keywords', () => {
    expect(
      tokenizeJson('{"a": "<script>", "b": [1, true]}').filter((t) => t.kind !== 'punctuation' && t.kind !== 'text'),
    ).toEqual([
      { text: '"a"', kind: 'key' },
      { text: '"<script>"', kind: 'string' },
      { text: '"b"', kind: 'key' },
      { text: '1', kind: 'number' },
      { text: 'true', kind: 'keyword' },
    ]);
  });
});

describe('editor schema', () => {
  it('gives every body property a Chinese hover text with type, default and description', async () => {
    const op = await getFlatten();
    const schema = makeEditorSchema(op.body!.schema, op.body!.fields) as {
      $defs: Record<string, { properties: Record<string, { markdownDescription?: string; $ref?: string }> }>;
    };
    const request = schema.$defs['FlattenVmInstanceRequest']!;
    expect(request.properties['systemTags']!.markdownDescription).toBe(
      '**systemTags** · `List<String>` · 可选\n\n系统标签',
    );
    const action = request.properties['flattenVmInstance'] as unknown as {
      properties: Record<string, { markdownDescription: string }>;
    };
    expect(action.properties['full']!.markdownDescription).toBe(
      '**full** · `Boolean` · 可选 · 默认值 `true`\n\n扁平合并云主机上所有云盘',
    );
  });
});

describe('list parameters in the panel', () => {
  it('shows a list one value per line and reads back one value per non-blank line, trimmed', () => {
    expect(formatListInput(['state=Running', 'hypervisorType=KVM'])).toBe('state=Running\nhypervisorType=KVM');
    expect(formatListInput(3)).toBe('3');
    expect(parseListInput(' state=Running \n\n  \nname=web\n')).toEqual(['state=Running', 'name=web']);
    expect(parseListInput(formatListInput(['a', 'b']))).toEqual(['a', 'b']);
  });
});
