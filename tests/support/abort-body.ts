import { connect } from 'node:net';

/**
 * Starts a request whose body never arrives whole: the headers promise `declared` bytes,
 * part of the body is sent, then the connection is closed (or reset). Resolves once the
 * socket is closed; never rejects.
 */
export function abortMidBody(url: string, options: AbortOptions = {}): Promise<void> {
  const {
    method = 'PUT',
    path = '/zstack/v1/accounts/login',
    headers = {},
    declared = 4096,
    sent = '{"logInByAccount":{"accountName":"adm',
    reset = false,
  } = options;
  const target = new URL(url);
  const fields = {
    Host: target.host,
    'Content-Type': 'application/json',
    ...headers,
    'Content-Length': String(declared),
  };
  const head = [`${method} ${path} HTTP/1.1`, ...Object.entries(fields).map(([name, value]) => `${name}: ${value}`)];
  return new Promise((resolve) => {
    const socket = connect(Number(target.port), target.hostname, () => {
      socket.write(`${head.join('\r\n')}\r\n\r\n${sent}`, () => {
        // Give the server a moment to start reading the body before the client goes away.
        setTimeout(() => (reset ? socket.resetAndDestroy() : socket.destroy()), 5);
      });
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
  });
}

export interface AbortOptions {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  /** The Content-Length announced. */
  declared?: number;
  /** What is sent of the body before the connection goes. */
  sent?: string;
  /** A TCP reset instead of an orderly close. */
  reset?: boolean;
}
