import type { Schema } from './schemas';

/** The parts every generated document shares with the hand-written ones under openapi/. */
export const SERVERS = [
  {
    url: 'http://{host}:{port}',
    description: 'ZStack 管理节点',
    variables: {
      host: { default: 'localhost', description: '管理节点地址' },
      port: { default: '8080', description: '管理节点 REST 端口' },
    },
  },
];

export const SECURITY_SCHEMES = {
  ZStackSession: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description:
      'ZStack 会话认证。请求头 Authorization 的值为 `OAuth <会话UUID>`（OAuth 与会话UUID之间恰好一个空格），会话UUID 是 LogInByAccount 返回的 inventory.uuid。缺少该请求头或认证类型不是 OAuth 时返回 HTTP 400；会话无效或已过期时不返回 401，而是返回错误码 ID.1001（HTTP 503，异步接口在任务结果中返回）。',
  },
};

const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });

export const RESPONSES: Record<string, Schema> = {
  JobAccepted: {
    description: '任务已提交。轮询 location 获取执行结果。',
    // The address as ZStack writes it; sampled from `format: uri`, it was http://example.com.
    content: {
      'application/json': {
        ...json('JobLocation')['application/json'],
        example: { location: 'http://localhost:8080/zstack/v1/api-jobs/0123456789abcdef0123456789abcdef' },
      },
    },
  },
  BadRequest: {
    description: '请求参数或请求头有误，由 REST 层直接返回纯文本错误信息（HTTP 400，不是 JSON）。',
    content: { 'text/plain': { schema: { type: 'string' } } },
  },
  JobFailed: { description: '任务执行失败，返回错误码。', content: json('ErrorResponse') },
  ApiFailed: { description: '接口执行失败，返回错误码。', content: json('ErrorResponse') },
};

export const SHARED_SCHEMAS: Record<string, Schema> = {
  JobLocation: {
    type: 'object',
    description: '异步接口首次响应的内容：任务结果的查询地址。',
    required: ['location'],
    properties: {
      location: { type: 'string', format: 'uri', description: '任务结果的查询地址，对其发送 GET 请求轮询任务结果。' },
      apiTimeout: { type: 'integer', format: 'int64', description: '该任务的超时时间，单位为毫秒。' },
    },
  },
  ErrorResponse: {
    type: 'object',
    description: '接口失败时返回的结构。',
    required: ['error'],
    properties: {
      error: {
        $ref: '#/components/schemas/ErrorCode',
        description: '错误码,若不为null,则表示操作失败, 操作成功时该字段为null。',
      },
    },
  },
};

/** Used when a checkout lacks ErrorCode.java (the fixtures): the shape ZStack's ErrorCode has. */
export const ERROR_CODE: Schema = {
  type: 'object',
  description: '错误码。cause 指向引发当前错误的源错误，可逐层嵌套。',
  required: ['code', 'description'],
  properties: {
    code: { type: 'string', description: '错误码号,错误的全局唯一标识,例如SYS.1000, HOST.1001' },
    description: { type: 'string', description: '错误的概要描述' },
    details: { type: 'string', description: '错误的详细信息' },
    elaboration: { type: 'string', description: '保留字段,默认为null' },
    location: { type: 'string', description: '错误发生的位置（出错的工作流步骤名）。' },
    cost: { type: 'string', description: '生成错误详细说明（elaboration）的耗时。' },
    opaque: { type: 'object', additionalProperties: true, description: '保留字段,默认为null' },
    cause: {
      $ref: '#/components/schemas/ErrorCode',
      description: '根错误,引发当前错误的源错误,若无原错误,该字段为null',
    },
  },
};

export const TAG_PROPERTIES: Record<string, Schema> = {
  systemTags: { type: 'array', description: '系统标签', items: { type: 'string' } },
  userTags: { type: 'array', description: '用户标签', items: { type: 'string' } },
};

export const TAG_QUERY_PARAMETERS: Schema[] = [
  {
    name: 'systemTags',
    in: 'query',
    required: false,
    description: '系统标签，可重复出现。',
    style: 'form',
    explode: true,
    schema: { type: 'array', items: { type: 'string' } },
  },
  {
    name: 'userTags',
    in: 'query',
    required: false,
    description: '用户标签，可重复出现。',
    style: 'form',
    explode: true,
    schema: { type: 'array', items: { type: 'string' } },
  },
];
