import { getLocation, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { messages } from '../messages';
import { getPointer } from '../schema/pointer';

/**
 * The first JSON syntax fault of a `.json` document, or null. YAML reads most
 * broken JSON as something else (a `// comment` becomes part of a key), so a
 * `.json` file is first held to JSON's own grammar, which the editor's parser knows.
 */
export function findJsonSyntaxFault(text: string): { offset: number; pointer: string; reason: string } | null {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  const code = printParseErrorCode(first.error) as keyof typeof messages.jsonErrors;
  const location = getLocation(text, first.offset);
  // At a key, the path ends with the key being read, which is not there yet.
  const path = location.isAtPropertyKey ? location.path.slice(0, -1) : location.path;
  return { offset: first.offset, pointer: getPointer(path), reason: messages.jsonErrors[code] ?? code };
}
