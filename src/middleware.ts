import { createHash } from 'node:crypto';
import { defineMiddleware } from 'astro:middleware';

/** The policy <meta> that src/components/ui/Csp.astro writes (Astro escapes the quotes in it). */
const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/i;
/** An inline <script> (one without src) and its text. */
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
/** Answers that are not pages (the proxy's JSON) load nothing and may be framed by nobody. */
const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";
/** Only a header can say this; a <meta> policy ignores it. */
const FRAME_POLICY = "frame-ancestors 'self'";

/**
 * Completes the Content Security Policy of every page: while Astro renders a
 * page (at build time for the static ones) the hashes of its inline scripts
 * join script-src in the <meta>, so those scripts, and only those, run. Pages
 * and data served on demand also get the policy as a header.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const isPage = (response.headers.get('content-type') ?? '').startsWith('text/html');
  if (!isPage) return context.isPrerendered ? response : withHeader(response, DATA_POLICY);
  const [html, policy] = addScriptHashes(await response.text());
  const page = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
  page.headers.delete('content-length');
  return policy && !context.isPrerendered ? withHeader(page, `${policy}; ${FRAME_POLICY}`) : page;
});

/** The page with its inline scripts' hashes in the policy <meta>, and the resulting policy (none without the <meta>). */
function addScriptHashes(html: string): [string, string | undefined] {
  const meta = POLICY_META.exec(html);
  if (!meta) return [html, undefined];
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    ([, text]) =>
      `'sha256-${createHash('sha256')
        .update(text ?? '')
        .digest('base64')}'`,
  );
  const policy = unescapeAttribute(meta[1]!).replace(/script-src[^;]*/, (sources) => [sources, ...new Set(hashes)].join(' '));
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
  return [html.slice(0, meta.index) + tag + html.slice(meta.index + meta[0].length), policy];
}

function unescapeAttribute(value: string): string {
  return value.replaceAll('&#39;', "'").replaceAll('&#x27;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

function withHeader(response: Response, policy: string): Response {
  try {
    response.headers.set('Content-Security-Policy', policy);
    return response;
  } catch {
    // The headers of a fetched response are immutable: answer with a copy.
    const copy = new Response(response.body, response);
    copy.headers.set('Content-Security-Policy', policy);
    return copy;
  }
}
