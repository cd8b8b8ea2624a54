import type { RequestModel } from '../request/model';

/**
 * curl as ZStack's own documentation writes it: headers first, then the
 * method and the compact JSON body, the URL last.
 */
export function generateCurl(request: RequestModel): string {
  const lines = request.headers.map(([name, value]) => `-H ${quoteDouble(`${name}: ${value}`)}`);
  const method =
    request.body === undefined
      ? `-X ${request.method}`
      : `-X ${request.method} -d ${quoteSingle(compactJson(request.body))}`;
  return [
    'curl ' + (lines[0] ?? method),
    ...lines.slice(1),
    ...(lines.length > 0 ? [method] : []),
    quoteUrl(request.url),
  ].join(' \\\n');
}

function compactJson(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body));
  } catch {
    return body;
  }
}

function quoteDouble(value: string): string {
  return `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

function quoteSingle(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

function quoteUrl(url: string): string {
  return /^[\w:/.~%@-]+$/.test(url) ? url : quoteSingle(url);
}
