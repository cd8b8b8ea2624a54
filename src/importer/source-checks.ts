import type { RestRequest } from './annotations';
import type { DocColumn, DocTemplate } from './doc-templates';
import { findingRules, isEmptyDesc, type SourceFinding } from './findings';
import { strings } from '../lib/i18n';

/** The disagreements of one template column with the Java field it documents. */
export function checkColumn(
  column: DocColumn,
  field: string,
  location: 'path' | 'query' | 'body',
  javaType: string,
  file: string,
  findings: SourceFinding[],
) {
  const at = { file, line: column.line, field };
  const said = column.location === 'url' ? 'path' : column.location;
  if (said && said !== location)
    findings.push({
      rule: 'location-mismatch',
      message: findingRules['location-mismatch'](field, column.location!, location),
      ...at,
    });
  if (column.desc === undefined || isEmptyDesc(column.desc))
    findings.push({
      rule: 'description-empty',
      message: findingRules['description-empty'](field, column.desc ?? ''),
      ...at,
    });
  if (!column.since) findings.push({ rule: 'since-missing', message: findingRules['since-missing'](field), ...at });
  if (column.type && !isSameType(column.type, javaType))
    findings.push({
      rule: 'type-mismatch',
      message: findingRules['type-mismatch'](field, column.type, javaType),
      ...at,
    });
}

/** Template types are loose (`List` for `List<String>`, `boolean` for `Boolean`): compare the outer name, ignoring case. */
function isSameType(said: string, actual: string): boolean {
  const outer = (t: string) => t.replace(/<.*$/, '').replace(/^.*\./, '').toLowerCase();
  const a = outer(said);
  const b = outer(actual);
  const aliases: Record<string, string> = {
    integer: 'int',
    arraylist: 'list',
    set: 'list',
    collection: 'list',
    hashmap: 'map',
    linkedhashmap: 'map',
  };
  return (aliases[a] ?? a) === (aliases[b] ?? b);
}

/** Template URLs that are none of the paths @RestRequest declares. */
export function checkUrls(
  template: DocTemplate,
  file: string,
  rest: RestRequest,
  paths: string[],
  findings: SourceFinding[],
) {
  const declared = new Set(paths.map((p) => `${rest.method} /v1${p}`));
  for (const url of template.urls) {
    const normalized = url.value.trim().replace(/\s+/, ' ');
    if (!declared.has(normalized))
      findings.push({
        rule: 'url-mismatch',
        message: findingRules['url-mismatch'](url.value, [...declared].join(strings.importer.listSeparator)),
        file,
        line: url.line,
      });
  }
}
