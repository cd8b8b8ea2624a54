import { getStringArg, readGroovyCalls, type GroovyCall, type GroovyValue } from './groovy-reader';

/**
 * What one `*Doc_zh_cn.groovy` template says: an API message's title, category, URLs and
 * parameter columns, or an event's, reply's or inventory's fields and refs. Every entry keeps
 * its line, so a disagreement with the Java can name it.
 */
export function readDocTemplate(source: string): DocTemplate {
  const doc = readGroovyCalls(source).find((c) => c.name === 'doc')?.block ?? [];
  const template: DocTemplate = { urls: [], fields: [], refs: [] };
  const title = getStringArg(doc, 'title');
  if (title !== undefined) template.title = title;
  const category = doc.find((c) => c.name === 'category');
  if (category?.args[0]?.kind === 'string') template.category = { value: category.args[0].value, line: category.line };
  const desc = getStringArg(doc, 'desc');
  if (desc !== undefined) template.desc = desc;
  const rest = doc.find((c) => c.name === 'rest')?.block ?? [];
  const request = rest.find((c) => c.name === 'request')?.block;
  if (request) {
    template.urls = request.flatMap((c) =>
      c.name === 'url' && c.args[0]?.kind === 'string' ? [{ value: c.args[0].value, line: c.line }] : [],
    );
    const clz = getClassArg(request, 'clz');
    if (clz) template.requestClass = clz;
    const params = request.find((c) => c.name === 'params');
    if (params?.args[0]?.kind === 'class') template.paramsFrom = params.args[0].name;
    if (params?.block) template.columns = params.block.filter((c) => c.name === 'column').map(readColumn);
  }
  const response = rest.find((c) => c.name === 'response')?.block;
  if (response) {
    const clz = getClassArg(response, 'clz');
    if (clz) template.responseClass = clz;
  }
  template.fields = doc.filter((c) => c.name === 'field' && c.block).map((c) => readEntry(c));
  template.refs = doc
    .filter((c) => c.name === 'ref' && c.block)
    .map((c) => ({ ...readEntry(c), ...getRefExtras(c.block!) }));
  return template;
}

function readColumn(call: GroovyCall): DocColumn {
  const block = call.block ?? [];
  const column: DocColumn = { name: getStringArg(block, 'name') ?? '', line: call.line };
  const enclosedIn = getStringArg(block, 'enclosedIn');
  if (enclosedIn) column.enclosedIn = enclosedIn;
  const desc = getStringArg(block, 'desc');
  if (desc !== undefined) column.desc = desc;
  const location = getStringArg(block, 'location');
  if (location !== undefined) column.location = location;
  const type = getStringArg(block, 'type');
  if (type !== undefined) column.type = type;
  const optional = block.find((c) => c.name === 'optional')?.args[0];
  if (optional?.kind === 'boolean') column.optional = optional.value;
  const since = getStringArg(block, 'since');
  if (since !== undefined) column.since = since;
  const values = block.find((c) => c.name === 'values');
  if (values) column.values = values.args.flatMap(getStrings);
  return column;
}

function readEntry(call: GroovyCall): DocField {
  const block = call.block ?? [];
  const entry: DocField = { name: getStringArg(block, 'name') ?? '', line: call.line };
  const desc = getStringArg(block, 'desc');
  if (desc !== undefined) entry.desc = desc;
  const type = getStringArg(block, 'type');
  if (type !== undefined) entry.type = type;
  const since = getStringArg(block, 'since');
  if (since !== undefined) entry.since = since;
  return entry;
}

function getRefExtras(block: GroovyCall[]): { clz?: string; path?: string } {
  const extras: { clz?: string; path?: string } = {};
  const clz = getClassArg(block, 'clz');
  if (clz) extras.clz = clz;
  const path = getStringArg(block, 'path');
  if (path) extras.path = path;
  return extras;
}

function getClassArg(calls: GroovyCall[], name: string): string | undefined {
  const value = calls.find((c) => c.name === name)?.args[0];
  return value?.kind === 'class' ? value.name : undefined;
}

function getStrings(value: GroovyValue): string[] {
  if (value.kind === 'string') return [value.value];
  if (value.kind === 'list') return value.items.flatMap(getStrings);
  return [];
}

export interface DocTemplate {
  title?: string;
  category?: { value: string; line: number };
  desc?: string;
  urls: Array<{ value: string; line: number }>;
  requestClass?: string;
  responseClass?: string;
  /** `params SomeClass.class`: the columns are those of that class's template. */
  paramsFrom?: string;
  columns?: DocColumn[];
  fields: DocField[];
  refs: Array<DocField & { clz?: string; path?: string }>;
}

export interface DocColumn {
  name: string;
  line: number;
  enclosedIn?: string;
  desc?: string;
  location?: string;
  type?: string;
  optional?: boolean;
  since?: string;
  values?: string[];
}

export interface DocField {
  name: string;
  line: number;
  desc?: string;
  type?: string;
  since?: string;
}
