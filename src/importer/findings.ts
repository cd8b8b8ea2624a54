import { strings } from '../lib/i18n';
import { isTemplatePlaceholder } from './titles';
/**
 * Where ZStack's sources disagree. The Java declaration wins; each disagreement is written
 * into the operation as `x-zstack-source-findings` for the documentation-quality report.
 */
export const findingRules = strings.importer.findings;

export type FindingRule = keyof typeof findingRules;

/** An empty description, or the literal text `null` that many templates carry. */
export function isEmptyDesc(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || trimmed.toLowerCase() === 'null' || isTemplatePlaceholder(trimmed);
}

export interface SourceFinding {
  rule: FindingRule;
  message: string;
  /** Relative to the checkout, with `/` separators. */
  file: string;
  line: number;
  field?: string;
}
