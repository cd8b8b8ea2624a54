/**
 * The 1-based line and column of `offset` in `text`, for messages that point into a text that could not be parsed
 * (a description file, a request body). Columns count UTF-16 units, as editors' offsets do.
 */
export function getLineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(offset, 0));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}
