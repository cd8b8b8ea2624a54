import type { OperationModel } from '../openapi/operation';
import type { RequestModel } from '../request/model';
import { formatLiteral, getBody } from './literals';
import { POLLING_COMMENT } from './polling';

const INDENT = '  ';

/**
 * JavaScript `fetch` (a module, for top-level await): the request, then for
 * an asynchronous API the polling loop 202 → location every second → 200 or 503.
 */
export function generateFetch(op: OperationModel, request: RequestModel): string {
  const options: string[] = [];
  if (request.method !== 'GET') options.push(`method: ${JSON.stringify(request.method)},`);
  if (request.headers.length > 0)
    options.push(`headers: ${formatLiteral(Object.fromEntries(request.headers), 'js', INDENT, 1)},`);
  const body = getBody(request);
  if (body && 'json' in body) options.push(`body: JSON.stringify(${formatLiteral(body.json, 'js', INDENT, 1)}),`);
  if (body && 'text' in body) options.push(`body: ${JSON.stringify(body.text)},`);
  const call =
    options.length > 0
      ? `fetch(${JSON.stringify(request.url)}, {\n${options.map((o) => INDENT + o).join('\n')}\n})`
      : `fetch(${JSON.stringify(request.url)})`;
  const lines = [`${op.isAsync ? 'let' : 'const'} response = await ${call};`];
  if (op.isAsync) {
    lines.push(
      `// ${POLLING_COMMENT}`,
      'if (response.status === 202) {',
      '  const { location } = await response.json();',
      '  do {',
      '    await new Promise((resolve) => setTimeout(resolve, 1000));',
      '    response = await fetch(location);',
      '  } while (response.status === 202);',
      '}',
    );
  }
  lines.push(
    'if (response.status === 503) {',
    '  const { error } = await response.json();',
    '  throw new Error(`${error.code}: ${error.description}`);',
    '}',
    'if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);',
    'console.log(await response.json());',
  );
  return lines.join('\n');
}
