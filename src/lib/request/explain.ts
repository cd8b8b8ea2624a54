import { strings } from '../i18n';
import { getErrorChain, getErrorCode, isSessionExpired, type HttpAnswer } from './answer';

/** Explanations of answers a reader may not expect, from the string table: the wording is a tested contract. */
export const explanations = strings.panel.explanations;

/** ZStack's own wording when a call needs a session and carries none. */
const MISSING_AUTHORIZATION = "missing header 'Authorization'";

/** What the panel says about a final answer, if it needs saying. */
export function getAnswerNote(answer: HttpAnswer): string | undefined {
  if (answer.portalError) return explanations.portalError(answer.portalError.message);
  if (isSessionExpired(answer)) return explanations.sessionExpired;
  if (answer.status === 400 && answer.body.includes(MISSING_AUTHORIZATION)) return explanations.missingSession;
  if ([400, 404, 405].includes(answer.status)) return explanations.restLayer(answer.status);
  // A job still running when polling gave up.
  if (answer.status === 202) return explanations.pollTimeout;
  if (getErrorChain(getErrorCode(answer)).length > 0) return explanations.jobFailed;
  return undefined;
}
