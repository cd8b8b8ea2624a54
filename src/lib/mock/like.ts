/**
 * MySQL's LIKE under a case-insensitive collation: `%` any run of characters, `_` one
 * character, everything else itself. Hand-written rather than a regular expression built
 * from the pattern: `.*` per `%` backtracks (nine of them blocked the event loop for 12 s),
 * and no maintained library matches SQL LIKE without building one. The pattern is split at
 * each `%`; the first piece must start the value, the last must end it, and every piece
 * between is placed at its leftmost fit after the previous one (a leftmost fit never
 * excludes a match that a later fit would allow). Each piece is compared once per start
 * position, so the time is at most the value's length times the pattern's, with nothing
 * retried across pieces.
 */
export function matchesLike(value: string, pattern: string): boolean {
  const text = fold(value);
  const pieces = splitPattern(fold(pattern));
  const first = pieces[0]!;
  if (pieces.length === 1) return text.length === first.length && fitsAt(text, 0, first);
  const last = pieces.at(-1)!;
  const end = text.length - last.length;
  if (first.length > end || !fitsAt(text, 0, first) || !fitsAt(text, end, last)) return false;
  let at = first.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = findFit(text, at, end, piece);
    if (found === -1) return false;
    at = found + piece.length;
  }
  return true;
}

/** The value as code points, each lower-cased where that keeps it one code point (as a collation compares them). */
function fold(text: string): string[] {
  return [...text].map((c) => {
    const lower = c.toLowerCase();
    return lower.length === c.length ? lower : c;
  });
}

/** The pattern's pieces between `%`s: `a%b_c` → `[a] [b _ c]`; `%` alone gives two empty pieces. */
function splitPattern(pattern: string[]): string[][] {
  const pieces: string[][] = [[]];
  for (const c of pattern) {
    if (c === '%') pieces.push([]);
    else pieces.at(-1)!.push(c);
  }
  return pieces;
}

function fitsAt(text: string[], at: number, piece: string[]): boolean {
  for (let i = 0; i < piece.length; i++) {
    if (piece[i] !== '_' && piece[i] !== text[at + i]) return false;
  }
  return true;
}

/** The first position in [from, end − piece length] where the piece fits, or −1. */
function findFit(text: string[], from: number, end: number, piece: string[]): number {
  for (let at = from; at + piece.length <= end; at++) if (fitsAt(text, at, piece)) return at;
  return -1;
}
