/** 错误 and 警告 fail a strict build (`PORTAL_LINT_STRICT=1`); 提示 never does. */
export type Severity = '错误' | '警告' | '提示';

export type RuleId =
  | 'example-invalid'
  | 'example-undeclared'
  | 'example-missing-field'
  | 'description-missing'
  | 'description-reused'
  | 'description-mismatch'
  | 'since-later'
  | 'schema-unused'
  | 'pattern-backtracking'
  | 'handwritten-differs';

/** One fault (or point to review) of the documentation, located by file and JSON pointer. */
export interface Finding {
  severity: Severity;
  rule: RuleId;
  message: string;
  file: string;
  pointer: string;
  /** The row of an operation page that shows the field: `/api/<operationId>/#<fieldId>`. */
  link?: { operationId: string; fieldId?: string };
  /** The other place that states the fact (the generated document, for `handwritten-differs`). */
  other?: { file: string; pointer: string };
}

export interface LintReport {
  findings: Finding[];
}
