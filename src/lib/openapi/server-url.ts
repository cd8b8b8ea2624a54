/** Where the portal is served when the build is not told (`PORTAL_SITE`, as astro.config.mjs's `site`). */
export const DEFAULT_PORTAL_ORIGIN = 'http://localhost:4321';

const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
const VARIABLE = /\{([^}]+)\}/g;

/**
 * A server URL as the samples and the panel use it. OpenAPI allows a URL
 * relative to where the description is served — the portal —, so a relative
 * one (`/`, `/zstack`, `./api`) is resolved against the portal's origin.
 * Variables stay in place; null when, with their defaults, it is no URL.
 */
export function resolveServerUrl(url: string, variables: Record<string, string>, portalOrigin: string = DEFAULT_PORTAL_ORIGIN): string | null {
  const fill = (text: string) => text.replace(VARIABLE, (_, name: string) => variables[name] ?? name);
  const resolved = ABSOLUTE.test(fill(url)) ? url : trimEndSlashes(`${new URL(portalOrigin).origin}/${url.replace(/^\.?\/+/, '')}`);
  return URL.canParse(fill(resolved)) ? resolved : null;
}

/** Without a regular expression: `/\/+$/` backtracks over a long run of slashes. */
function trimEndSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '/') end--;
  return text.slice(0, end);
}
