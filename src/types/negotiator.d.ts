/**
 * The part of `negotiator` (the `compression` middleware's own Accept-Encoding
 * negotiation) that precompressed-static.ts uses; the package has no types of its own.
 */
declare module 'negotiator' {
  import type { IncomingMessage } from 'node:http';

  export default class Negotiator {
    constructor(request: IncomingMessage);
    /** The first of `available` the request accepts, ties going to the order of `preferred`. */
    encoding(available: string[], preferred?: string[]): string | undefined;
  }
}
