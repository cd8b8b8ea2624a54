/**
 * A base path or URL with exactly one trailing slash: `/docs` → `/docs/`, `` → `/`.
 * Astro's BASE_URL ends in a slash or not depending on the configuration.
 */
export function withTrailingSlash(base: string): string {
  return base.replace(/\/?$/, '/');
}

/** A base path or URL and a path that starts with `/`, joined by one slash: (`http://h:8080/`, `/zstack`) → `http://h:8080/zstack`. */
export function joinPath(base: string, path: string): string {
  return base.replace(/\/$/, '') + path;
}
