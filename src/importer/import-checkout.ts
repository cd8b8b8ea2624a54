import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeApi, type ImportedApi } from './api-model';
import { inferCategories } from './categories';
import { ClassIndex, getAnnotation, type ClassRef } from './java-classes';
import type { JavaClass } from './java-reader';
import { SchemaRegistry } from './schemas';
import { makeDocuments, type GeneratedDocument } from './write-openapi';
import { strings } from '../lib/i18n';

const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'target', 'build']);

/**
 * Reads a ZStack checkout (a plain directory tree) and returns the generated documents and
 * what happened to every `@RestRequest` class: imported, or skipped with a reason.
 */
export function importCheckout(
  root: string,
  onProgress: (done: number, total: number) => void = () => {},
): ImportResult {
  const paths = listFiles(root);
  const index = new ClassIndex(root, paths);
  const registry = new SchemaRegistry(index, root);
  const candidates = paths.filter(
    (p) => p.endsWith('.java') && readFileSync(join(root, p), 'utf8').includes('@RestRequest'),
  );
  const found: ClassRef[] = [];
  for (const path of candidates) {
    const top = index.getFile(path);
    const visit = (cls: JavaClass, outer?: ClassRef) => {
      const fqn = outer ? `${outer.fqn}.${cls.name}` : `${top.package ? `${top.package}.` : ''}${cls.name}`;
      const ref: ClassRef = { path, file: top, cls, fqn, ...(outer ? { outer: [outer, ...(outer.outer ?? [])] } : {}) };
      if (getAnnotation(cls, 'RestRequest')) found.push(ref);
      cls.nested.forEach((n) => visit(n, ref));
    };
    top.classes.forEach((c) => visit(c));
  }
  const apis: ImportedApi[] = [];
  const skipped: ImportResult['skipped'] = [];
  const seenIds = new Map<string, string>();
  found.forEach((ref, i) => {
    onProgress(i + 1, found.length);
    const [reason, api] = makeApi(ref, registry);
    const clash = api?.operations.map((o) => o.operationId).find((id) => seenIds.has(id));
    if (!api) skipped.push({ className: ref.cls.name, file: ref.path, reason });
    else if (clash)
      skipped.push({
        className: ref.cls.name,
        file: ref.path,
        reason: strings.importer.skip.operationIdTaken(clash, String(seenIds.get(clash))),
      });
    else {
      api.operations.forEach((o) => seenIds.set(o.operationId, ref.cls.name));
      apis.push(api);
    }
  });
  const warnings = [...new Set(registry.warnings)];
  inferCategories(apis);
  for (const api of apis) {
    if (!api.categoryKnown)
      warnings.push(
        strings.importer.warnings.unknownCategory(api.name, api.categoryCode, api.category, api.categoryInferredFrom),
      );
  }
  const documents = makeDocuments(apis, registry, readVersion(root));
  return { found: found.length, apis, skipped, warnings, documents };
}

/** The checkout's version from its VERSION file (MAJOR=5, MINOR=2, UPDATE=1 → 5.2.1). */
function readVersion(root: string): string {
  const file = join(root, 'VERSION');
  if (!existsSync(file)) return 'unknown';
  const values = Object.fromEntries(
    [...readFileSync(file, 'utf8').matchAll(/^(\w+)=(\S+)$/gm)].map((m) => [m[1], m[2]]),
  );
  return [values['MAJOR'], values['MINOR'], values['UPDATE']].filter(Boolean).join('.') || 'unknown';
}

function listFiles(root: string, prefix = ''): string[] {
  const result: string[] = [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) result.push(...listFiles(root, relative));
    } else if (entry.isFile() && /\.(java|groovy)$/.test(entry.name)) result.push(relative);
  }
  return result;
}

export interface ImportResult {
  found: number;
  apis: ImportedApi[];
  skipped: Array<{ className: string; file: string; reason: string }>;
  warnings: string[];
  documents: GeneratedDocument[];
}
