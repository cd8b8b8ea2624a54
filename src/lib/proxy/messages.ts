import { strings } from '../i18n';

const t = strings.proxy;

/**
 * Every refusal of the proxy, with its HTTP status and its message for the reader (from
 * the string table), in one place: the wording is a tested contract, and the browser tells
 * these answers from ZStack's own by the `X-Portal-Error` header and the `portalError` body.
 */
export const PROXY_ERROR_HEADER = 'X-Portal-Error';

export const proxyErrors = {
  'host-not-allowed': { status: 403, message: t.errors['host-not-allowed'] },
  'endpoint-missing': { status: 400, message: t.errors['endpoint-missing'] },
  'endpoint-invalid': { status: 400, message: t.errors['endpoint-invalid'] },
  'endpoint-scheme': { status: 400, message: t.errors['endpoint-scheme'] },
  'endpoint-not-allowed': { status: 403, message: t.errors['endpoint-not-allowed'] },
  'endpoint-metadata-name': { status: 403, message: t.errors['endpoint-metadata-name'] },
  'endpoint-forbidden-address': { status: 403, message: t.errors['endpoint-forbidden-address'] },
  'path-not-allowed': { status: 400, message: t.errors['path-not-allowed'] },
  'method-not-allowed': { status: 405, message: t.errors['method-not-allowed'] },
  'body-too-large': { status: 413, message: t.errors['body-too-large'] },
  'body-timeout': { status: 408, message: t.errors['body-timeout'] },
  timeout: { status: 504, message: t.errors['timeout'] },
  'upstream-unreachable': { status: 502, message: t.errors['upstream-unreachable'] },
  'upstream-redirect': { status: 502, message: t.errors['upstream-redirect'] },
  'upstream-invalid': { status: 502, message: t.errors['upstream-invalid'] },
  'response-too-large': { status: 502, message: t.errors['response-too-large'] },
  'proxy-failed': { status: 500, message: t.errors['proxy-failed'] },
  'config-invalid': { status: 500, message: t.errors['config-invalid'] },
} as const;

/** Why the proxy configuration (environment variables) is invalid. */
export const proxyConfigMessages = t.config;

export function makeProxyError<C extends ProxyErrorCode>(code: C, ...args: MessageArgs<C>): ProxyError {
  const entry = proxyErrors[code];
  const message = (entry.message as (...a: MessageArgs<C>) => string)(...args);
  return { code, status: entry.status, message };
}

/** The JSON body of a refusal. */
export function getProxyErrorBody(error: ProxyError): string {
  return JSON.stringify({ portalError: { code: error.code, message: error.message } });
}

/** `1048576` → `1 MiB`, `1536` → `1.5 KiB`: limits as the reader thinks of them. */
export function getByteSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}

/** A refusal of the proxy, ready to be sent. */
export interface ProxyError {
  code: ProxyErrorCode;
  status: number;
  message: string;
}

export type ProxyErrorCode = keyof typeof proxyErrors;

type MessageArgs<C extends ProxyErrorCode> = Parameters<(typeof proxyErrors)[C]['message']>;
