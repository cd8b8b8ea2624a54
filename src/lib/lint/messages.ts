import { strings } from '../i18n';
import type { RuleId, Severity } from './types';

/** The severity of each rule, in the order the report lists the rules. */
const SEVERITIES: Record<RuleId, Severity> = {
  'example-invalid': 'error',
  'example-undeclared': 'error',
  'example-missing-field': 'info',
  'description-missing': 'warning',
  'description-reused': 'info',
  'description-mismatch': 'warning',
  'since-later': 'info',
  'schema-unused': 'warning',
  'pattern-backtracking': 'warning',
  'handwritten-differs': 'info',
  'source-disagreement': 'info',
};

/** Every rule: its severity, its title and what it checks (the texts from the locale's table). */
export const rules = Object.fromEntries(
  (Object.keys(SEVERITIES) as RuleId[]).map((rule) => [
    rule,
    { severity: SEVERITIES[rule], ...strings.lint.rules[rule] },
  ]),
) as Record<RuleId, { severity: Severity; title: string; explanation: string }>;

export const findingMessages = strings.lint.findings;
