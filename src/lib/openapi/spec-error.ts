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
