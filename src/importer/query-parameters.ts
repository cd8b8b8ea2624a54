import type { Schema } from './schemas';

/**
 * The query string of a ZStack query API as RestServer reads it (not the message's Java
 * fields: `conditions` and `sortBy` travel as `q` and `sort`), worded like the
 * hand-written QueryVmInstance.
 */
export function getQueryParameters(): Schema[] {
  return [
    {
      name: 'q',
      in: 'query',
      required: false,
      description:
        '查询条件，可重复出现，多个条件之间为“与”关系；每个条件写作“字段名、操作符、值”，如 `q=name=web`、`q=uuid?=a,b`。操作符：=、!=、>、<、>=、<=、?=（属于）、!?=（不属于）、~=（模糊匹配）、!~=、is null、not null。',
      style: 'form',
      explode: true,
      schema: { type: 'array', items: { type: 'string' } },
    },
    {
      name: 'limit',
      in: 'query',
      required: false,
      description: '最多返回的记录数，类似MySQL的limit。',
      schema: { type: 'integer', format: 'int32', default: 1000 },
    },
    {
      name: 'start',
      in: 'query',
      required: false,
      description: '起始查询记录位置，类似MySQL的offset。跟limit配合使用可以实现分页。',
      schema: { type: 'integer', format: 'int32' },
    },
    {
      name: 'count',
      in: 'query',
      required: false,
      description:
        '计数查询，相当于MySQL中的count()函数。为 true 时只返回满足查询条件的记录数 total，不返回 inventories。',
      schema: { type: 'boolean', default: false },
    },
    {
      name: 'replyWithCount',
      in: 'query',
      required: false,
      description: '为 true 时，在返回的记录之外同时返回满足查询条件的记录总数 total，用于分页。',
      schema: { type: 'boolean', default: false },
    },
    {
      name: 'sort',
      in: 'query',
      required: false,
      description:
        '排序字段，前缀 `+` 为升序、`-` 为降序（无前缀为升序），例如 `-createDate`。对应 SDK 的 sortBy 与 sortDirection。',
      schema: { type: 'string' },
    },
    {
      name: 'fields',
      in: 'query',
      required: false,
      description:
        '只返回指定的字段，以英文逗号分隔，例如 `name,uuid`，等同于MySQL中的select字段功能。只能指定非嵌套的字段。',
      schema: { type: 'string' },
    },
    {
      name: 'groupBy',
      in: 'query',
      required: false,
      description: '以字段分组，相当于MySQL中的group by关键字，例如 `groupBy=state`。',
      schema: { type: 'string' },
    },
    {
      name: 'filterName',
      in: 'query',
      required: false,
      description: '过滤器名称，由服务端按名称对查询结果做额外过滤。',
      schema: { type: 'string' },
    },
  ];
}
