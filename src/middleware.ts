import { defineMiddleware } from 'astro:middleware';
import { DATA_POLICY } from './components/ui/csp-policy';

/**
 * What Astro renders on demand — the proxy's answers, whatever ZStack's content
 * type, and the 404 — gets a policy that runs and loads nothing, and may be
 * framed by nobody. The pages are prerendered: they carry their policy in a
 * <meta> (the hashes of the portal's own inline scripts, fixed at build time),
 * and the portal's server (src/server/serve.ts) sends it as a header too.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered) return response;
  try {
    response.headers.set('Content-Security-Policy', DATA_POLICY);
    response.headers.set('X-Frame-Options', 'DENY');
    return response;
  } catch {
    // The headers of a fetched response are immutable: answer with a copy.
    const copy = new Response(response.body, response);
    copy.headers.set('Content-Security-Policy', DATA_POLICY);
    copy.headers.set('X-Frame-Options', 'DENY');
    return copy;
  }
});
