import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = '\0monaco-css:';
const SINK = '\0monaco-css-sink';
/** The module every stylesheet module adds its text through: the texts added in one task, one element (text added to an element in the page would have it parsed again). */
const SINK_CODE = [
  `let style;`,
  `export function addMonacoStyle(text) {`,
  `  if (typeof document === 'undefined') return;`,
  `  if (!style) {`,
  `    const batch = (style = document.createElement('style'));`,
  `    batch.dataset.source = 'monaco';`,
  `    queueMicrotask(() => {`,
  `      style = undefined;`,
  `      document.head.append(batch);`,
  `    });`,
  `  }`,
  `  style.append(text);`,
  `}`,
].join('\n');
const SUFFIX = '.style.js';
const URL_REF = /url\((['"]?)(\.{1,2}\/[^'")?#]+)([^'")]*)\1\)/g;

/**
 * Monaco's modules import their own CSS. Astro hoists every stylesheet a
 * page's scripts can reach, even through a dynamic import, into the page's
 * <head> — which would download Monaco's styles before the panel is opened.
 * This plugin turns those imports into modules that add the style when
 * Monaco itself is loaded; the fonts they name become ordinary assets.
 * The stylesheets a task adds (Monaco's 80-odd when its chunk runs) go into
 * one <style> element, added a microtask after the first: every <style> added
 * to a page costs a pass over its style sheets, about a millisecond each on a
 * reference page, on the way to the editor.
 */
export function monacoCssOnDemand(): Plugin {
  return {
    name: 'zstack-monaco-css-on-demand',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source === SINK) return SINK;
      if (!source.endsWith('.css') || !importer?.includes('/node_modules/monaco-editor/')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      // The suffix keeps Vite's CSS pipeline away from the generated module.
      return resolved ? `${PREFIX}${resolved.id}${SUFFIX}` : null;
    },
    async load(id) {
      if (id === SINK) return SINK_CODE;
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
        `import { addMonacoStyle } from ${JSON.stringify(SINK)};`,
        ...imports,
        `addMonacoStyle(${parts.join(' + ')});`,
      ].join('\n');
    },
  };
}
