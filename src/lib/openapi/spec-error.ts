import { messages } from '../messages';

/** A fault in an OpenAPI document, located by file and JSON pointer. */
export class SpecError extends Error {
  readonly file: string;
  readonly pointer: string;
  readonly reason: string;

  constructor(file: string, pointer: string, reason: string) {
    super(messages.specInvalid(`${file}#${pointer}`, reason));
    this.name = 'SpecError';
    this.file = file;
    this.pointer = pointer;
    this.reason = reason;
  }
}

export function isSpecError(value: unknown): value is SpecError {
  return value instanceof SpecError;
}

export function getPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

export function getSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  return pointer
    .replace(/^#/, '')
    .split('/')
    .slice(1)
    .map((s) => decodeURIComponent(s).replaceAll('~1', '/').replaceAll('~0', '~'));
}
