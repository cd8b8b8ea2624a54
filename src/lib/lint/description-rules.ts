import type { ParsedSpec } from '../openapi/parse';
import { findingMessages, rules } from './messages';
import { getFieldDefinitions, type FieldDefinition } from './schema-sites';
import type { Finding, RuleId } from './types';

/** What ZStack's doc generator writes when a field has no description. */
const PLACEHOLDERS = new Set(['暂无描述']);
/** Only whitespace, punctuation or symbols: no description at all. */
const NO_WORDS = /^[\s\p{P}\p{S}]*$/u;
const TRAILING = /[\s\p{P}]+$/u;
/**
 * ZStack's boilerplate, meant to be shared by fields of different names:
 * a field named after the same thing in different words is not a mistake.
 */
const GENERIC = new Set([
  '资源的UUID,唯一标示该资源',
  '资源名称',
  '资源的详细描述',
  '创建时间',
  '最后一次修改时间',
  '保留字段,默认为null',
]);
/** Qualifiers that name a different concept, and the name parts that would justify them. */
const QUALIFIERS: Array<{ term: string; name: RegExp }> = [
  { term: '来源', name: /src|source|from|origin/i },
  { term: '目标', name: /dst|dest|target|to(?=[A-Z])/ },
  { term: '目的', name: /dst|dest|target|to(?=[A-Z])/ },
  { term: '返回记录数', name: /count|total/i },
];

/**
 * The description rules: fields without a real description, one text shared
 * by fields of different names (unless one name ends with the other, or the
 * text is ZStack's shared boilerplate), and a description that names another
 * concept (a qualifier of `QUALIFIERS` that the field's name does not carry).
 * A bare `$ref` shows its schema's description: that counts against a missing
 * description, not as a text reused or written for the field.
 * `getLink` gives the page row of a definition, when a page shows it.
 */
export function getDescriptionFindings(spec: ParsedSpec, getLink: (pointer: string) => Finding['link']): Finding[] {
  const definitions = getFieldDefinitions(spec.doc);
  const make = (rule: RuleId, definition: FieldDefinition, message: string): Finding => {
    const link = getLink(definition.pointer);
    const finding: Finding = {
      severity: rules[rule].severity,
      rule,
      message,
      file: spec.file,
      pointer: definition.pointer,
    };
    return link ? { ...finding, link } : finding;
  };
  const findings: Finding[] = [];
  const namesByText = new Map<string, Set<string>>();
  for (const definition of definitions) {
    const text = getNormalText(definition.description ?? '');
    if (text === '')
      findings.push(make('description-missing', definition, findingMessages.descriptionEmpty(definition.name)));
    else if (PLACEHOLDERS.has(text))
      findings.push(
        make(
          'description-missing',
          definition,
          findingMessages.descriptionPlaceholder(definition.name, definition.description!.trim()),
        ),
      );
    else if (!GENERIC.has(text) && !definition.inherited)
      namesByText.set(text, (namesByText.get(text) ?? new Set()).add(definition.name));
  }
  for (const definition of definitions) {
    const names = definition.inherited ? undefined : namesByText.get(getNormalText(definition.description ?? ''));
    if (names) {
      const others = [...names].filter((n) => !isSameConcept(n, definition.name));
      if (others.length > 0)
        findings.push(
          make(
            'description-reused',
            definition,
            findingMessages.descriptionReused(definition.name, definition.description!.trim(), others),
          ),
        );
    }
  }
  for (const definition of definitions) {
    const text = definition.inherited ? '' : (definition.description?.trim() ?? '');
    const qualifier = QUALIFIERS.find((q) => text.includes(q.term) && !q.name.test(definition.name));
    if (qualifier)
      findings.push(
        make(
          'description-mismatch',
          definition,
          findingMessages.descriptionMismatch(definition.name, text, qualifier.term),
        ),
      );
  }
  return findings;
}

/** `uuid` and `vmInstanceUuid` may share 云主机UUID: the path's `uuid` is the VM's. One name ending with the other is one concept. */
function isSameConcept(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.endsWith(y) || y.endsWith(x);
}

/** The text as compared: trimmed, without trailing punctuation; empty when it has no words. */
function getNormalText(description: string): string {
  const text = description.trim();
  return NO_WORDS.test(text) ? '' : text.replace(TRAILING, '');
}
