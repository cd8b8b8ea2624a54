/**
 * Request headers the proxy passes on to ZStack; every other one stays behind. Not
 * X-Web-Hook (ZStack would POST the result to any URL it names), not Cookie (the portal's
 * own), not Host, X-Forwarded-* or hop-by-hop headers.
 */
const FORWARDED_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'Accept', 'X-Job-UUID', 'X-API-Timeout'] as const;

/** Headers that describe one connection, not the message (RFC 9110 §7.6.1). */
const HOP_BY_HOP_HEADERS = [
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
] as const;

/**
 * Response headers ZStack's answer loses on the way back: cookies would land on the
 * portal's origin, and a forged X-Portal-Error would pass ZStack's answer off as ours.
 */
const DROPPED_RESPONSE_HEADERS = [...HOP_BY_HOP_HEADERS, 'set-cookie', 'set-cookie2', 'x-portal-error'] as const;

const FORWARDED = new Map(FORWARDED_REQUEST_HEADERS.map((name) => [name.toLowerCase(), name]));
const DROPPED = new Set<string>(DROPPED_RESPONSE_HEADERS);

/** The request headers to send to ZStack, with their canonical names. */
export function getForwardedRequestHeaders(headers: Iterable<readonly [string, string]>): Array<[string, string]> {
  const forwarded: Array<[string, string]> = [];
  for (const [name, value] of headers) {
    const canonical = FORWARDED.get(name.toLowerCase());
    if (canonical !== undefined) forwarded.push([canonical, value]);
  }
  return forwarded;
}

/** The response headers to return to the browser: ZStack's, less the dropped ones and those its Connection header names. */
export function getReturnedResponseHeaders(headers: Iterable<readonly [string, string]>): Array<[string, string]> {
  const pairs = [...headers];
  const named = new Set(
    pairs
      .filter(([name]) => name.toLowerCase() === 'connection')
      .flatMap(([, value]) => value.split(','))
      .map((token) => token.trim().toLowerCase()),
  );
  return pairs.filter(([name]) => !DROPPED.has(name.toLowerCase()) && !named.has(name.toLowerCase())).map(([name, value]) => [name, value]);
}
