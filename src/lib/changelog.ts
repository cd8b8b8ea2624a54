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
