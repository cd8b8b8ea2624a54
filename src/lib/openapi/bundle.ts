// One downloadable description of the whole API (/openapi.json, /openapi.yaml),
// merged from every document under openapi/.

import type { OpenAPIV3_1 } from 'openapi-types';
import { getOperationEntries } from './operation-entries';
import { isGeneratedSpec } from './merge';
import type { ParsedSpec } from './parse';
import { isPlainObject } from '../schema/pointer';
import { strings } from '../i18n';

type Json = Record<string, unknown>;

export const MERGED_TITLE = 'ZStack Cloud REST API';

const MERGED_DESCRIPTION = strings.spec.mergedDescription;

/**
 * Merges documents into one valid OpenAPI 3.1 document.
 *
 * ZStack serves many APIs on one method and path (19 actions on
 * `PUT /vm-instances/{uuid}/actions`, told apart by the body's action key),
 * which one document cannot hold twice. Each of them gets its own path,
 * `<path>/<operationId>`, with the real one in `x-zstack-path` on the path
 * item. We chose that over one operation with a `oneOf` of the action bodies
 * because the actions differ in more than their bodies: each has its own
 * responses, asynchronous job result, summary, since and SDK action, which a
 * `oneOf` would fold into one operation and a client generator into one
 * method. Every API sharing a method and path is suffixed, the first as well,
 * so that no action looks like the path's only one. A generator only has to
 * read `x-zstack-path` to call the right address.
 *
 * An operationId already merged is left out: callers list hand-written
 * documents first, and they win over generated ones (see load.ts).
 *
 * Components of the same name and content are kept once; a later document's
 * component that differs is renamed `<name>_<n>` and that document's
 * references follow it.
 */
export function mergeDocuments(docs: OpenAPIV3_1.Document[]): OpenAPIV3_1.Document {
  const first = docs[0];
  if (!first) throw new Error('no document to merge');
  const shared = countMethodPaths(docs);
  const mergedIds = new Set<string>();
  const paths: Record<string, Json> = {};
  const components: Record<string, Json> = {};
  const tags = new Map<string, Json>();
  for (const original of docs) {
    const doc = renameClashes(original, components);
    for (const [kind, entries] of Object.entries(doc.components ?? {})) {
      if (!isPlainObject(entries)) continue;
      components[kind] = { ...components[kind], ...entries };
    }
    for (const tag of doc.tags ?? []) if (!tags.has(tag.name)) tags.set(tag.name, tag as unknown as Json);
    for (const { path, method } of getOperationEntries(doc)) {
      const item = doc.paths![path]! as Json;
      const operation = { ...(item[method] as Json) };
      const id = String(operation['operationId']);
      if (mergedIds.has(id)) continue;
      mergedIds.add(id);
      if (doc.security && !operation['security']) operation['security'] = doc.security;
      const isShared = (shared.get(`${method} ${path}`) ?? 0) > 1;
      const key = isShared ? `${path}/${String(operation['operationId'])}` : path;
      const target = (paths[key] ??= { ...getItemFields(item), ...(isShared ? { 'x-zstack-path': path } : {}) });
      if (doc.servers && JSON.stringify(doc.servers) !== JSON.stringify(first.servers)) operation['servers'] ??= doc.servers;
      target[method] = operation;
    }
  }
  const merged: Json = {
    openapi: first.openapi,
    info: { title: MERGED_TITLE, version: getNewestVersion(docs), description: MERGED_DESCRIPTION },
    ...(first.servers ? { servers: first.servers } : {}),
    ...(tags.size > 0 ? { tags: [...tags.values()] } : {}),
    paths,
    components,
  };
  return merged as unknown as OpenAPIV3_1.Document;
}

/** The documents to merge, hand-written ones first so that they win over the generated ones they override. */
export function getDownloadOrder(specs: ParsedSpec[]): OpenAPIV3_1.Document[] {
  return [...specs.filter((s) => !isGeneratedSpec(s)), ...specs.filter((s) => isGeneratedSpec(s))].map((s) => s.doc);
}

function countMethodPaths(docs: OpenAPIV3_1.Document[]): Map<string, number> {
  const counts = new Map<string, number>();
  const ids = new Set<string>();
  for (const doc of docs) {
    for (const { path, method } of getOperationEntries(doc)) {
      const id = String(doc.paths![path]![method]!.operationId);
      if (ids.has(id)) continue;
      ids.add(id);
      counts.set(`${method} ${path}`, (counts.get(`${method} ${path}`) ?? 0) + 1);
    }
  }
  return counts;
}

/** What a path item says besides its operations (parameters, servers, summary …), which every split item keeps. */
function getItemFields(item: Json): Json {
  const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
  return Object.fromEntries(Object.entries(item).filter(([key]) => !methods.has(key)));
}

function getNewestVersion(docs: OpenAPIV3_1.Document[]): string {
  const versions = docs.map((d) => d.info.version);
  return versions.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return a.localeCompare(b);
}

/** The document with each component that clashes with one already merged renamed, and its references rewritten. */
function renameClashes(doc: OpenAPIV3_1.Document, merged: Record<string, Json>): OpenAPIV3_1.Document {
  const renames = new Map<string, string>();
  for (const [kind, entries] of Object.entries(doc.components ?? {})) {
    if (!isPlainObject(entries)) continue;
    for (const [name, value] of Object.entries(entries)) {
      const existing = merged[kind]?.[name];
      if (existing === undefined || JSON.stringify(existing) === JSON.stringify(value)) continue;
      let n = 2;
      while (merged[kind]?.[`${name}_${n}`] !== undefined || isPlainObject(entries) && entries[`${name}_${n}`] !== undefined) n++;
      renames.set(`#/components/${kind}/${name}`, `#/components/${kind}/${name}_${n}`);
    }
  }
  if (renames.size === 0) return doc;
  const renamed = rewriteRefs(doc, renames) as OpenAPIV3_1.Document & { components: Record<string, Json> };
  for (const [from, to] of renames) {
    const [, , kind, name] = from.split('/') as [string, string, string, string];
    const entries = renamed.components[kind]!;
    entries[to.split('/')[3]!] = entries[name];
    delete entries[name];
  }
  return renamed;
}

function rewriteRefs(value: unknown, renames: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, renames));
  if (!isPlainObject(value)) return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '$ref' && typeof v === 'string') {
      const hit = [...renames].find(([from]) => v === from || v.startsWith(`${from}/`));
      out[key] = hit ? hit[1] + v.slice(hit[0].length) : v;
    } else out[key] = rewriteRefs(v, renames);
  }
  return out;
}
