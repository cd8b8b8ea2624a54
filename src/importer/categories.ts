import { CATEGORY_TABLE as TABLE } from '../lib/zstack/categories';

/*
 * ZStack's template `category` codes as the portal's readable category paths (the table: src/lib/zstack/
 * categories.ts). A code missing there falls back to `[其他接口, 未分类（<code>）]` and is listed as a warning, so a
 * new code is seen, not hidden.
 */

const BY_CODE = new Map(TABLE.flatMap(([codes, path]) => codes.map((code) => [code, path] as const)));

/** The category path of a template's code; `known: false` for a code the table lacks. */
export function getCategoryPath(code: string | undefined): { path: string[]; known: boolean } {
  const path = code === undefined ? undefined : BY_CODE.get(code);
  if (path) return { path, known: true };
  return { path: ['其他接口', code ? `未分类（${code}）` : '未分类'], known: false };
}

/** A file-name-safe slug of a category code, for the generated documents' names. */
export function getCategorySlug(code: string | undefined, path: string[]): string {
  const known =
    code !== undefined && BY_CODE.has(code) ? TABLE.find(([codes]) => codes.includes(code))![0][0]! : undefined;
  const source = known ?? (code && /^[\w.]+$/.test(code) ? code : path.length > 0 ? 'other' : 'other');
  return source
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[._]/g, '-')
    .toLowerCase();
}

/** What inferring a category needs of an imported API. */
export interface Categorised {
  name: string;
  file: string;
  category: string[];
  categoryKnown: boolean;
  slug: string;
  categoryInferredFrom?: string;
}

/**
 * A few of ZStack's templates say 「未知类别」 (or a code no table knows) for an API whose siblings are well
 * filed: such an API joins the category most of the other APIs declared in the same source folder have, so a
 * reader finds DeleteIpAddress beside the other three-layer-network APIs rather than under 未分类. Ties go to the
 * category met first in the folder; an API with no categorised sibling stays under 其他接口.
 */
export function inferCategories(apis: Categorised[]): void {
  const byFolder = new Map<string, Categorised[]>();
  for (const api of apis) {
    if (!api.categoryKnown) continue;
    const folder = getFolder(api.file);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), api]);
  }
  for (const api of apis) {
    if (api.categoryKnown) continue;
    const siblings = byFolder.get(getFolder(api.file)) ?? [];
    const counts = new Map<string, { count: number; sibling: Categorised }>();
    for (const sibling of siblings) {
      const key = sibling.category.join('\u0000');
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { count: 1, sibling });
    }
    const best = [...counts.values()].reduce<{ count: number; sibling: Categorised } | undefined>(
      (top, entry) => (!top || entry.count > top.count ? entry : top),
      undefined,
    );
    if (!best) continue;
    api.category = [...best.sibling.category];
    api.slug = best.sibling.slug;
    api.categoryInferredFrom = getFolder(api.file);
  }
}

function getFolder(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}
