/** An HTTP answer as the panel shows it. */
export interface HttpAnswer {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
  /** Milliseconds from sending to the full body. */
  elapsedMs: number;
  /** Set when the portal's proxy refused or failed, not ZStack. */
  portalError?: { code: string; message: string };
}

export interface ZStackErrorCode {
  code?: string;
  description?: string;
  details?: string;
  cause?: ZStackErrorCode;
  [key: string]: unknown;
}

/** The ErrorCode of a 503 body, or undefined. */
export function getErrorCode(answer: HttpAnswer): ZStackErrorCode | undefined {
  if (answer.status !== 503) return undefined;
  try {
    const body = JSON.parse(answer.body) as { error?: ZStackErrorCode };
    return body.error;
  } catch {
    return undefined;
  }
}

/** Every code in an ErrorCode's cause chain, outermost first. */
export function getErrorChain(error: ZStackErrorCode | undefined): ZStackErrorCode[] {
  const chain: ZStackErrorCode[] = [];
  for (let e = error; e && chain.length < 32; e = e.cause) chain.push(e);
  return chain;
}

/** Whether the answer says the session is invalid or expired (ZStack's ID.1001, anywhere in the chain). */
export function isSessionExpired(answer: HttpAnswer): boolean {
  return getErrorChain(getErrorCode(answer)).some((e) => e.code === 'ID.1001');
}

/** The job location of an asynchronous call's 202, or undefined. */
export function getJobLocation(answer: HttpAnswer): string | undefined {
  if (answer.status !== 202) return undefined;
  try {
    const body = JSON.parse(answer.body) as { location?: unknown };
    return typeof body.location === 'string' ? body.location : undefined;
  } catch {
    return undefined;
  }
}

/** How many bytes a body takes in UTF-8. */
export function getUtf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
