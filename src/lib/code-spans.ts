/** A run of a description's text: plain, or a Markdown code span's content. */
export interface TextRun {
  text: string;
  code: boolean;
}

/**
 * A description's Markdown code spans (`q=name=web`), for the page to set in the code face; the rest is text, escaped
 * as any text is. Only code spans: ZStack's descriptions are plain text that uses backticks for values and names, and
 * a description is never rendered as HTML (an OpenAPI document is untrusted). As in CommonMark, a span opens with a
 * run of backticks and closes at the next run of the same length; a run with no such partner stays as it is.
 * Written by hand rather than with a Markdown library, which would bring all of Markdown for this one construct:
 * the runs are found in one pass and each length's list is walked once, so the time is linear in the text's length.
 */
export function splitCodeSpans(text: string): TextRun[] {
  if (!text.includes('`')) return [{ text, code: false }];
  const ticks = findTickRuns(text);
  const byLength = new Map<number, number[]>();
  ticks.forEach((run, index) => byLength.set(run.length, [...(byLength.get(run.length) ?? []), index]));
  const next = new Map<number, number>();
  const runs: TextRun[] = [];
  let from = 0;
  for (let index = 0; index < ticks.length; index++) {
    const open = ticks[index]!;
    if (open.start < from) continue;
    const same = byLength.get(open.length)!;
    let k = next.get(open.length) ?? 0;
    while (k < same.length && same[k]! <= index) k++;
    next.set(open.length, k);
    if (k === same.length) continue;
    const close = ticks[same[k]!]!;
    if (open.start > from) runs.push({ text: text.slice(from, open.start), code: false });
    runs.push({ text: stripOneSpace(text.slice(open.start + open.length, close.start)), code: true });
    from = close.start + close.length;
    index = same[k]!;
  }
  if (from < text.length) runs.push({ text: text.slice(from), code: false });
  return runs;
}

function findTickRuns(text: string): Array<{ start: number; length: number }> {
  const runs: Array<{ start: number; length: number }> = [];
  for (let at = text.indexOf('`'); at >= 0; at = text.indexOf('`', at)) {
    const start = at;
    while (text[at] === '`') at++;
    runs.push({ start, length: at - start });
  }
  return runs;
}

/** CommonMark strips one space at each end when both are there (`` `a` `` → `a`). */
function stripOneSpace(code: string): string {
  return code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '' ? code.slice(1, -1) : code;
}
