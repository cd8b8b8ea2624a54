import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = '\0monaco-css:';
const SUFFIX = '.style.js';
const URL_REF = /url\((['"]?)(\.{1,2}\/[^'")?#]+)([^'")]*)\1\)/g;

/**
 * Monaco's modules import their own CSS. Astro hoists every stylesheet a
 * page's scripts can reach, even through a dynamic import, into the page's
 * <head> — which would download Monaco's styles before the panel is opened.
 * This plugin turns those imports into modules that add the style when
 * Monaco itself is loaded; the fonts they name become ordinary assets.
 */
export function monacoCssOnDemand(): Plugin {
  return {
    name: 'zstack-monaco-css-on-demand',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith('.css') || !importer?.includes('/node_modules/monaco-editor/')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      // The suffix keeps Vite's CSS pipeline away from the generated module.
      return resolved ? `${PREFIX}${resolved.id}${SUFFIX}` : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      const css = await readFile(file, 'utf8');
      const imports: string[] = [];
      const parts: string[] = [];
      let last = 0;
      for (const match of css.matchAll(URL_REF)) {
        const name = `asset${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${resolve(dirname(file), match[2]!)}?url`)};`);
        parts.push(
          JSON.stringify(css.slice(last, match.index)),
          `'url(' + ${name} + ${JSON.stringify(match[3] ?? '')} + ')'`,
        );
        last = match.index + match[0].length;
      }
      parts.push(JSON.stringify(css.slice(last)));
      return [
        ...imports,
        `if (typeof document !== 'undefined') {`,
        `  const style = document.createElement('style');`,
        `  style.dataset.source = 'monaco';`,
        `  style.textContent = ${parts.join(' + ')};`,
        `  document.head.append(style);`,
        `}`,
      ].join('\n');
    },
  };
}
