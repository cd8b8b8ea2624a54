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
 * portal's origin, a forged X-Portal-Error would pass ZStack's answer off as ours, and the
 * portal decides alone how its origin's answers may be read, rendered or framed (ZStack's
 * CORS headers would open them to other sites).
 */
const DROPPED_RESPONSE_HEADERS = [
  ...HOP_BY_HOP_HEADERS,
  'set-cookie',
  'set-cookie2',
  'x-portal-error',
  'content-security-policy',
  'content-security-policy-report-only',
  'content-disposition',
  'x-content-type-options',
  'x-frame-options',
  'timing-allow-origin',
] as const;
const DROPPED_RESPONSE_PREFIXES = ['access-control-'] as const;

/**
 * Answers from ZStack are data for the panel, never documents of the portal's origin: no
 * sniffing, a sandbox without any source should one be opened anyway, and any type a
 * browser would render (HTML, SVG, XML …; anything but JSON and plain text) is a download.
 */
const SAFETY_HEADERS: ReadonlyArray<[string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Content-Security-Policy', "sandbox; default-src 'none'; frame-ancestors 'none'"],
];
const INERT_TYPES = new Set(['application/json', 'text/plain']);

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

/**
 * The response headers to return to the browser: ZStack's, less the dropped ones and those
 * its Connection header names, then the portal's safety headers.
 */
export function getReturnedResponseHeaders(headers: Iterable<readonly [string, string]>): Array<[string, string]> {
  const pairs = [...headers];
  const named = new Set(
    pairs
      .filter(([name]) => name.toLowerCase() === 'connection')
      .flatMap(([, value]) => value.split(','))
      .map((token) => token.trim().toLowerCase()),
  );
  const isDropped = (name: string) =>
    DROPPED.has(name) || named.has(name) || DROPPED_RESPONSE_PREFIXES.some((prefix) => name.startsWith(prefix));
  const kept = pairs
    .filter(([name]) => !isDropped(name.toLowerCase()))
    .map(([name, value]): [string, string] => [name, value]);
  const type = pairs.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  const download: Array<[string, string]> = isInertType(type) ? [] : [['Content-Disposition', 'attachment']];
  return [...kept, ...SAFETY_HEADERS, ...download];
}

/** `application/json;charset=UTF-8` → true; `text/html`, `image/svg+xml` or no type → false. */
function isInertType(contentType: string): boolean {
  const essence = contentType.split(';')[0]!.trim().toLowerCase();
  return INERT_TYPES.has(essence) || (essence.startsWith('application/') && essence.endsWith('+json'));
}
