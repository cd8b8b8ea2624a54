import { describe, expect, it } from 'vitest';
import { SessionStore, SESSION_KEY, type CurrentSession, type StorageLike } from '../../../../src/lib/request/session';
import {
  getInitialTarget,
  getLogoutTarget,
  getTargetSummary,
  getTargetWarning,
  MOCK_TARGET,
  readTarget,
  targetMessages,
  TARGET_KEY,
  writeTarget,
  type SendTarget,
} from '../../../../src/lib/request/target';

const NODE_A = 'http://127.0.0.1:8080';
const NODE_B = 'http://10.0.0.5:8080';
const LIVE_A: SendTarget = { mode: 'live', endpoint: NODE_A };

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

function session(target: SendTarget): CurrentSession {
  return { uuid: 'a'.repeat(32), accountName: 'admin', target, remember: false };
}

describe('the session record', () => {
  it('stores the mode and endpoint the session was obtained from, and reads them back', () => {
    const tab = memoryStorage();
    new SessionStore(tab, memoryStorage()).set(session(LIVE_A));
    expect(JSON.parse(tab.data.get(SESSION_KEY)!).target).toEqual(LIVE_A);
    expect(new SessionStore(tab, memoryStorage()).get()!.target).toEqual(LIVE_A);
  });

  it('reads a session stored with the former origin field as its target', () => {
    const tab = memoryStorage();
    tab.setItem(SESSION_KEY, JSON.stringify({ uuid: 'b'.repeat(32), origin: NODE_B, remember: false }));
    expect(new SessionStore(tab, memoryStorage()).get()).toEqual({
      uuid: 'b'.repeat(32),
      target: { mode: 'live', endpoint: NODE_B },
      remember: false,
    });
    tab.setItem(SESSION_KEY, JSON.stringify({ uuid: 'b'.repeat(32), origin: 'mock', remember: false }));
    expect(new SessionStore(tab, memoryStorage()).get()!.target).toEqual(MOCK_TARGET);
  });

  it('ignores a session that does not say where it came from', () => {
    const tab = memoryStorage();
    tab.setItem(SESSION_KEY, JSON.stringify({ uuid: 'b'.repeat(32), target: { mode: 'live' }, remember: false }));
    expect(new SessionStore(tab, memoryStorage()).get()).toBeNull();
  });
});

describe('the target a panel opens with', () => {
  it('is the reader’s last choice in the tab, when its endpoint is offered', () => {
    expect(getInitialTarget(session(MOCK_TARGET), LIVE_A, [NODE_A])).toEqual({ target: LIVE_A });
    expect(getInitialTarget(session(LIVE_A), MOCK_TARGET, [NODE_A])).toEqual({ target: MOCK_TARGET });
  });

  it('is where the session came from when the tab has no choice yet (a remembered session in a new tab)', () => {
    expect(getInitialTarget(session(LIVE_A), null, [NODE_A])).toEqual({ target: LIVE_A });
  });

  it('matches the endpoint with or without a trailing slash, and uses the offered spelling', () => {
    expect(getInitialTarget(null, { mode: 'live', endpoint: `${NODE_A}/` }, [NODE_A])).toEqual({ target: LIVE_A });
  });

  it('is the mock without a session or a choice', () => {
    expect(getInitialTarget(null, null, [NODE_A])).toEqual({ target: MOCK_TARGET });
  });

  it('falls back to the mock with a warning, not silently, when the live endpoint is not offered here', () => {
    expect(getInitialTarget(session(LIVE_A), null, [])).toEqual({
      target: MOCK_TARGET,
      warning: targetMessages.endpointGone(NODE_A),
    });
    expect(getInitialTarget(null, LIVE_A, [NODE_B]).warning).toBe(targetMessages.endpointGone(NODE_A));
  });
});

describe('the target of 退出', () => {
  it('is the live endpoint the session came from, even when the panel is in Mock mode', () => {
    expect(getLogoutTarget(session(LIVE_A), [NODE_B, NODE_A])).toEqual({ target: LIVE_A, reachable: true });
  });

  it('is the mock for a mock session, whatever endpoints are offered', () => {
    expect(getLogoutTarget(session(MOCK_TARGET), [])).toEqual({ target: MOCK_TARGET, reachable: true });
  });

  it('is unreachable when the session’s endpoint is not offered here (it is never sent to another endpoint or the mock)', () => {
    expect(getLogoutTarget(session(LIVE_A), [NODE_B])).toEqual({ target: LIVE_A, reachable: false });
    expect(targetMessages.logoutUnreachable(NODE_A)).toContain('服务器上的会话仍然有效');
  });
});

describe('the warning about a session used elsewhere', () => {
  it('names where the session came from and where the request goes', () => {
    expect(getTargetWarning(session(LIVE_A), MOCK_TARGET)).toBe(
      `当前会话取自 ${NODE_A}，请求将发往 Mock：该会话在那里可能无效。`,
    );
  });

  it('says nothing without a session or when the targets agree', () => {
    expect(getTargetWarning(null, MOCK_TARGET)).toBeUndefined();
    expect(getTargetWarning(session(LIVE_A), { mode: 'live', endpoint: `${NODE_A}/` })).toBeUndefined();
  });
});

describe('the remembered choice', () => {
  it('round-trips through storage and rejects what is not a target', () => {
    const tab = memoryStorage();
    expect(readTarget(tab)).toBeNull();
    writeTarget(tab, LIVE_A);
    expect(readTarget(tab)).toEqual(LIVE_A);
    for (const raw of [
      '{oops',
      '{"mode":"live"}',
      '{"mode":"live","endpoint":""}',
      '"mock"',
      'null',
      '{"mode":"other"}',
    ]) {
      tab.setItem(TARGET_KEY, raw);
      expect(readTarget(tab), raw).toBeNull();
    }
  });
});

describe('the summary of the 在线调试 section', () => {
  it('says whether requests go to the mock, the simulator or a real management node', () => {
    expect(getTargetSummary(MOCK_TARGET, [NODE_A])).toBe(
      '使用当前认证信息和示例参数，在浏览器内向 Mock 提交请求（不经过服务器）。',
    );
    expect(getTargetSummary(LIVE_A, [`${NODE_A}/`])).toBe(
      '使用当前认证信息和示例参数，经门户代理向 ZStack 模拟器 http://127.0.0.1:8080 提交请求。',
    );
    expect(getTargetSummary({ mode: 'live', endpoint: NODE_B }, [NODE_A])).toBe(
      '使用当前认证信息和示例参数，经门户代理向 ZStack 管理节点 http://10.0.0.5:8080 提交真实请求。',
    );
  });
});
