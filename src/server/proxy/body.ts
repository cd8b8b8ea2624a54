import { getByteSize, makeProxyError, type ProxyError } from '../../lib/proxy/messages';

/**
 * The request body, whole, or a refusal once it passes `maxBytes` or takes longer than
 * `timeoutMs` to arrive (a client that trickles its body would hold the route open). A
 * declared Content-Length over the limit is refused before a byte is read.
 */
export async function readRequestBody(
  request: Request,
  maxBytes: number,
  timeoutMs: number,
): Promise<[ProxyError, null] | [null, Uint8Array]> {
  const tooLarge = makeProxyError('body-too-large', getByteSize(maxBytes));
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return [tooLarge, null];
  if (request.body === null) return [null, new Uint8Array(0)];
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
  try {
    for (;;) {
      const read = await Promise.race([reader.read(), late]);
      // Cancelling would reset the connection before the refusal is written; the server
      // discards the rest of the body once the answer is sent.
      if (read === 'late') return release(reader, makeProxyError('body-timeout', String(timeoutMs / 1000)));
      if (read.done) break;
      size += read.value.byteLength;
      if (size > maxBytes) return release(reader, tooLarge);
      chunks.push(read.value);
    }
  } finally {
    clearTimeout(timer);
  }
  return [null, concat(chunks, size)];
}

function release(reader: ReadableStreamDefaultReader<Uint8Array>, error: ProxyError): [ProxyError, null] {
  reader.releaseLock();
  return [error, null];
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
