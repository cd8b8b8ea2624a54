// Pure: the operations a mistyped address may have meant (the 404 page's 你要找的可能是).
// Edit distance from fastest-levenshtein; what counts as near is ours.
import { distance } from 'fastest-levenshtein';
import type { NavOperation } from '../openapi/nav';

/** Suggestions shown at most. */
const MAX_SUGGESTIONS = 5;
/** The shortest word that suggests the operations whose id contains it (/api/FlattenVm/ → FlattenVmInstance). */
const MIN_PART_LENGTH = 4;

/**
 * The operations whose id the word names up to its letter case, is a few letters away from (one typo in five
 * letters, at least one), or, for a word of four letters or more, contains: nearest first, then the shorter id.
 */
export function suggestOperations(word: string, operations: NavOperation[]): NavOperation[] {
  const typed = word.trim().toLowerCase();
  if (typed === '') return [];
  const allowed = Math.max(1, Math.floor(typed.length / 5));
  const scored = operations.flatMap((op) => {
    const id = op.operationId.toLowerCase();
    if (id === typed) return [{ op, score: 0 }];
    if (typed.length >= MIN_PART_LENGTH && id.includes(typed))
      return [{ op, score: 1 + (id.length - typed.length) / 100 }];
    // Ids far longer or shorter than the word cannot be within the distance: skip computing it.
    if (Math.abs(id.length - typed.length) > allowed) return [];
    const d = distance(typed, id);
    return d <= allowed ? [{ op, score: d }] : [];
  });
  return scored
    .sort((a, b) => a.score - b.score || a.op.operationId.length - b.op.operationId.length)
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.op);
}
