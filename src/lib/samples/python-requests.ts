import type { OperationModel } from '../openapi/operation';
import type { RequestModel } from '../request/model';
import { formatLiteral, getBody } from './literals';
import { POLLING_COMMENT } from './polling';

const INDENT = '    ';
const METHODS = new Set(['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']);

/** Python `requests`: the request, then for an asynchronous API the polling loop. */
export function generatePythonRequests(op: OperationModel, request: RequestModel): string {
  const args = [JSON.stringify(request.url)];
  if (request.headers.length > 0)
    args.push(`headers=${formatLiteral(Object.fromEntries(request.headers), 'python', INDENT, 1)}`);
  const body = getBody(request);
  if (body && 'json' in body) args.push(`json=${formatLiteral(body.json, 'python', INDENT, 1)}`);
  if (body && 'text' in body) args.push(`data=${JSON.stringify(body.text)}`);
  const name = METHODS.has(request.method) ? request.method.toLowerCase() : 'request';
  if (name === 'request') args.unshift(JSON.stringify(request.method));
  const lines = [
    ...(op.isAsync ? ['import time', ''] : []),
    'import requests',
    '',
    `response = requests.${name}(`,
    ...args.map((a) => `${INDENT}${a},`),
    ')',
  ];
  if (op.isAsync) {
    lines.push(
      `# ${POLLING_COMMENT}`,
      'if response.status_code == 202:',
      '    location = response.json()["location"]',
      '    while True:',
      '        time.sleep(1)',
      '        response = requests.get(location)',
      '        if response.status_code != 202:',
      '            break',
    );
  }
  lines.push(
    'if response.status_code == 503:',
    '    error = response.json()["error"]',
    `    raise RuntimeError(f"{error['code']}: {error.get('description')}")`,
    'response.raise_for_status()',
    'print(response.json())',
  );
  return lines.join('\n');
}
