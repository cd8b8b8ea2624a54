import { createScanner } from 'jsonc-parser';

// jsonc-parser declares SyntaxKind as an ambient const enum, which strict
// module syntax cannot read; these are its values.
const SyntaxKind = {
  OpenBraceToken: 1,
  CloseBraceToken: 2,
  OpenBracketToken: 3,
  CloseBracketToken: 4,
  CommaToken: 5,
  ColonToken: 6,
  NullKeyword: 7,
  TrueKeyword: 8,
  FalseKeyword: 9,
  StringLiteral: 10,
  NumericLiteral: 11,
  EOF: 17,
} as const;

export type JsonTokenKind = 'key' | 'string' | 'number' | 'keyword' | 'punctuation' | 'text';

/**
 * Splits JSON text into tokens for highlighting. The panel turns them into
 * text nodes, so an answer from a server is never parsed as HTML.
 */
export function tokenizeJson(text: string): Array<{ text: string; kind: JsonTokenKind }> {
  const scanner = createScanner(text, false);
  const tokens: Array<{ text: string; kind: JsonTokenKind }> = [];
  let expectKey = false;
  const stack: string[] = [];
  for (let kind: number = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    const value = text.slice(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength());
    switch (kind) {
      case SyntaxKind.OpenBraceToken:
        stack.push('{');
        expectKey = true;
        tokens.push({ text: value, kind: 'punctuation' });
        break;
      case SyntaxKind.OpenBracketToken:
        stack.push('[');
        expectKey = false;
        tokens.push({ text: value, kind: 'punctuation' });
        break;
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken:
        stack.pop();
        tokens.push({ text: value, kind: 'punctuation' });
        break;
      case SyntaxKind.CommaToken:
        expectKey = stack.at(-1) === '{';
        tokens.push({ text: value, kind: 'punctuation' });
        break;
      case SyntaxKind.ColonToken:
        expectKey = false;
        tokens.push({ text: value, kind: 'punctuation' });
        break;
      case SyntaxKind.StringLiteral:
        tokens.push({ text: value, kind: expectKey ? 'key' : 'string' });
        break;
      case SyntaxKind.NumericLiteral:
        tokens.push({ text: value, kind: 'number' });
        break;
      case SyntaxKind.TrueKeyword:
      case SyntaxKind.FalseKeyword:
      case SyntaxKind.NullKeyword:
        tokens.push({ text: value, kind: 'keyword' });
        break;
      default:
        tokens.push({ text: value, kind: 'text' });
    }
  }
  return tokens;
}

/** Pretty-prints JSON text; anything else is returned unchanged. */
export function formatBody(text: string): { text: string; isJson: boolean } {
  try {
    return { text: JSON.stringify(JSON.parse(text), null, 2), isJson: true };
  } catch {
    return { text, isJson: false };
  }
}
