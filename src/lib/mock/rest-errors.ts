import type { EngineAnswer } from './types';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  202: 'Accepted',
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * What ZStack's REST layer (RestServer.java) answers by itself, before any API
 * runs: plain text, in its own wording.
 */
export const restErrors = {
  noApi: (path: string) => makeTextAnswer(404, `no api mapping to ${path}`),
  methodNotAllowed: (method: string, uri: string, allowed: string[]) =>
    makeTextAnswer(405, `The method[${method}] is not allowed for the path[${uri}]`, { allow: allowed.join(', ') }),
  jobMethodNotAllowed: () =>
    makeTextAnswer(405, 'only GET method is allowed for querying job status', { allow: 'GET' }),
  jobExpired: () => makeTextAnswer(404, 'the job has been expired'),
  missingHeader: (name: string) => makeTextAnswer(400, `missing header '${name}'`),
  authorizationType: (scheme: string) => makeTextAnswer(400, `Authorization type must be '${scheme}'`),
  actionMapping: (url: string) => makeTextAnswer(400, `the body doesn't contain action mapping to the URL[${url}]`),
  booleanField: (field: string, value: string) =>
    makeTextAnswer(
      400,
      `Invalid value for boolean field [${field}], [${value}] is not a valid boolean string[true, false].`,
    ),
  integerField: (field: string, value: string) =>
    makeTextAnswer(400, `[${field}] field is excepted an int or long, but was [${value}].`),
  multipleValues: (name: string) =>
    makeTextAnswer(
      400,
      `Invalid query parameter[${name}], only one value is allowed for the parameter but multiple values found`,
    ),
  queryInteger: (name: string) => makeTextAnswer(400, `Invalid query parameter. '${name}' must be an integer`),
  queryOperator: (condition: string, operators: string[]) =>
    makeTextAnswer(
      400,
      `Invalid query parameter. The '${condition}' in the parameter[q] doesn't contain any query operator. Valid query operators are [${operators.join(', ')}]`,
    ),
  // ZStack (Gson) sets no bound; the simulator must, and refuses as the REST layer refuses a bad body: plain text.
  bodyTooDeep: (limit: number) =>
    makeTextAnswer(400, `Invalid request body, the JSON is nested more than ${limit} levels deep`),
  invalidField: (field: string, reason: string) => makeTextAnswer(400, `Invalid value for field [${field}], ${reason}`),
  jobUuid: () => makeTextAnswer(400, "Invalid header[X-Job-UUID], it must be a UUID with '-' stripped"),
  duplicateJob: (id: string) => makeTextAnswer(400, `Duplicate job uuid[${id}]`),
  // ZStack parses the header with Long.parseLong and answers the exception's message.
  apiTimeout: (value: string) => makeTextAnswer(500, `For input string: "${value}"`),
  // Gson's exceptions surface as the 500 body; a missing body is a NullPointerException without a message.
  malformedJson: (reason: string) => makeTextAnswer(500, `com.google.gson.stream.MalformedJsonException: ${reason}`),
  notAnObject: (token: string, column: number) =>
    makeTextAnswer(
      500,
      `java.lang.IllegalStateException: Expected BEGIN_OBJECT but was ${token} at line 1 column ${column} path $`,
    ),
  noBody: () => makeTextAnswer(500, ''),
};

export function makeTextAnswer(status: number, text: string, headers: Record<string, string> = {}): EngineAnswer {
  return {
    status,
    statusText: STATUS_TEXT[status] ?? '',
    headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
    body: text,
  };
}

export function makeJsonAnswer(status: number, body: unknown): EngineAnswer {
  return {
    status,
    statusText: STATUS_TEXT[status] ?? '',
    headers: { 'content-type': 'application/json;charset=UTF-8' },
    body: JSON.stringify(body),
  };
}
