import { getByteSize, makeProxyError, type ProxyError } from '../../lib/proxy/messages';

/**
 * The request body, whole, or a refusal once it passes `maxBytes`. A declared
 * Content-Length over the limit is refused before a byte is read.
 */
export async function readRequestBody(request: Request, maxBytes: number): Promise<[ProxyError, null] | [null, Uint8Array]> {
  const tooLarge = makeProxyError('body-too-large', getByteSize(maxBytes));
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return [tooLarge, null];
  if (request.body === null) return [null, new Uint8Array(0)];
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Cancelling would reset the connection before the 413 is written; the server
      // discards the rest of the body once the answer is sent.
      reader.releaseLock();
      return [tooLarge, null];
    }
    chunks.push(value);
  }
  return [null, concat(chunks, size)];
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
