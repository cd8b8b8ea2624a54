import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpecDir } from '../../../../src/lib/openapi/load';
import type { OperationModel } from '../../../../src/lib/openapi/operation';
import { makeRequest } from '../../../../src/lib/request/model';
import {
  makeLiveTransport,
  makeMockTransport,
  toWire,
  type MockEngineLike,
  type WireRequest,
} from '../../../../src/lib/request/transport';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const SESSION = '0123456789abcdef0123456789abcdef';
let poke: OperationModel;

beforeAll(async () => {
  const [error, set] = await loadSpecDir(`${fixtures}valid`, fixtures);
  if (error) throw error;
  poke = set.operations[0]!;
});

const wire: WireRequest = {
  method: 'PUT',
  url: 'http://10.0.0.5:8080/zstack/v1/things/abc/actions?x=1',
  headers: [
    ['Content-Type', 'application/json;charset=UTF-8'],
    ['Authorization', `OAuth ${SESSION}`],
  ],
  body: '{"pokeThing":{}}',
};

describe('toWire', () => {
  it('keeps the method, the URL, the headers and the body of a request, and nothing else', () => {
    const request = makeRequest(poke, { session: SESSION, baseUrl: 'http://10.0.0.5:8080' });
    expect(toWire(request)).toEqual({
      method: 'PUT',
      url: 'http://10.0.0.5:8080/zstack/v1/things/0123456789abcdef0123456789abcdef/actions',
      headers: [
        ['Content-Type', 'application/json;charset=UTF-8'],
        ['Authorization', `OAuth ${SESSION}`],
      ],
      body: '{"pokeThing":{"hard":true,"count":3000000000},"systemTags":[],"userTags":[]}',
    });
  });

  it('leaves the body out of a request that has none', () => {
    const request = makeRequest(poke, { session: null, body: undefined });
    expect(Object.keys(toWire(request))).toEqual(['method', 'url', 'headers']);
  });
});

describe('the live transport', () => {
  function makeRecorder(response: Response) {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return response;
    }) as unknown as typeof globalThis.fetch;
    return { calls, fetch };
  }

  it('sends through the proxy route, naming the endpoint in a header and sending no cookies', async () => {
    const { calls, fetch } = makeRecorder(
      new Response('{"ok":true}', { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json' } }),
    );
    const answer = await makeLiveTransport({ proxyBase: 'http://portal.test/docs/', fetch }).send(
      wire,
      AbortSignal.timeout(5000),
    );
    expect(calls).toHaveLength(1);
    const { url, init } = calls[0]!;
    expect(url).toBe('http://portal.test/docs/proxy/zstack/v1/things/abc/actions?x=1');
    expect(init).toMatchObject({ method: 'PUT', body: '{"pokeThing":{}}', credentials: 'omit', redirect: 'manual' });
    const headers = init.headers as Headers;
    expect(headers.get('X-Portal-Endpoint')).toBe('http://10.0.0.5:8080');
    expect(headers.get('Authorization')).toBe(`OAuth ${SESSION}`);
    expect(answer).toMatchObject({
      status: 200,
      statusText: 'OK',
      body: '{"ok":true}',
      headers: [['content-type', 'application/json']],
    });
    expect(answer.portalError).toBeUndefined();
  });

  it("reads the proxy's own error from its JSON body", async () => {
    const body = JSON.stringify({ portalError: { code: 'endpoint-not-allowed', message: '该地址不在允许列表中' } });
    const { fetch } = makeRecorder(
      new Response(body, { status: 403, headers: { 'X-Portal-Error': 'endpoint-not-allowed' } }),
    );
    const answer = await makeLiveTransport({ proxyBase: 'http://portal.test', fetch }).send(
      wire,
      AbortSignal.timeout(5000),
    );
    expect(answer.portalError).toEqual({ code: 'endpoint-not-allowed', message: '该地址不在允许列表中' });
  });

  it('takes the header code and the text as the error when the body of a proxy error is not JSON', async () => {
    const { fetch } = makeRecorder(
      new Response('bad gateway', { status: 502, headers: { 'X-Portal-Error': 'upstream-unreachable' } }),
    );
    const answer = await makeLiveTransport({ proxyBase: 'http://portal.test', fetch }).send(
      wire,
      AbortSignal.timeout(5000),
    );
    expect(answer.portalError).toEqual({ code: 'upstream-unreachable', message: 'bad gateway' });
  });
});

describe('the mock transport', () => {
  function makeEngine() {
    const calls: Array<[Parameters<MockEngineLike['handle']>[0], Parameters<MockEngineLike['handle']>[1]]> = [];
    const engine: MockEngineLike = {
      handle(req, opts) {
        calls.push([req, opts]);
        return {
          status: 202,
          statusText: 'Accepted',
          headers: { 'Content-Type': 'application/json' },
          body: '{"location":"x"}',
        };
      },
    };
    return { calls, engine };
  }

  it('hands the engine the path and query, lower-cased headers, the body and the failure switch', async () => {
    const { calls, engine } = makeEngine();
    const answer = await makeMockTransport(engine, { fail: () => true, latencyMs: 0 }).send(
      wire,
      AbortSignal.timeout(5000),
    );
    expect(calls).toEqual([
      [
        {
          method: 'PUT',
          url: '/zstack/v1/things/abc/actions?x=1',
          headers: { 'content-type': 'application/json;charset=UTF-8', authorization: `OAuth ${SESSION}` },
          body: '{"pokeThing":{}}',
        },
        { fail: true },
      ],
    ]);
    expect(answer).toMatchObject({
      status: 202,
      statusText: 'Accepted',
      headers: [['Content-Type', 'application/json']],
      body: '{"location":"x"}',
    });
  });

  it('sends no body key for a request without a body', async () => {
    const { calls, engine } = makeEngine();
    const { body: _body, ...get } = wire;
    await makeMockTransport(engine, { fail: () => false, latencyMs: 0 }).send(
      { ...get, method: 'GET' },
      AbortSignal.timeout(5000),
    );
    expect(Object.keys(calls[0]![0])).toEqual(['method', 'url', 'headers']);
    expect(calls[0]![1]).toEqual({ fail: false });
  });

  it('stops waiting when the request is aborted', async () => {
    const { calls, engine } = makeEngine();
    const controller = new AbortController();
    const sent = makeMockTransport(engine, { fail: () => false, latencyMs: 10_000 }).send(wire, controller.signal);
    controller.abort();
    await expect(sent).rejects.toThrow();
    expect(calls).toEqual([]);
  });
});
