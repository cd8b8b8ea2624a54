/** A changelog entry as the pages need it: newest first, filtered by operation. */
export interface ChangelogEntryLike {
  id: string;
  data: { version: string; date: Date; operations: string[] };
}

export function getSortedEntries<T extends ChangelogEntryLike>(entries: T[], operationId?: string): T[] {
  return entries
    .filter((e) => operationId === undefined || e.data.operations.includes(operationId))
    .sort(
      (a, b) =>
        b.data.date.getTime() - a.data.date.getTime() ||
        compareVersions(b.data.version, a.data.version) ||
        a.id.localeCompare(b.id),
    );
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** One key for the ways of writing a version (5.1, 5.1.0): templates write both, and they are one release. */
export function getVersionKey(version: string): string {
  const parts = version.split('.').map((n) => Number.parseInt(n, 10) || 0);
  while (parts.length > 1 && parts.at(-1) === 0) parts.pop();
  return parts.join('.');
}

/** The versions, once each however written (the longest way: 5.1.0 for 5.1 and 5.1.0), newest first. */
export function getDistinctVersions(versions: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const version of versions) {
    const key = getVersionKey(version);
    const seen = byKey.get(key);
    if (seen === undefined || version.length > seen.length) byKey.set(key, version);
  }
  return [...byKey.values()].sort((a, b) => compareVersions(b, a));
}
