// The one lazy boundary around Monaco: every worker import and the JSON
// language configuration live here, loaded only when a panel opens.
import * as monaco from 'monaco-editor/editor/editor.api';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
// editor.api carries no editor contributions: the ones the body editor uses are
// imported here, before any editor exists (a contribution registered later
// never attaches to an editor already created).
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/folding/browser/folding';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/format/browser/formatActions';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import type { BodyDiagnostic } from '../../lib/request/body-diagnostics';

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

/** This module's script (Monaco with it), which a later page compiles ahead (element.ts). */
export const scriptUrl = import.meta.url;

const schemas = new Map<string, { uri: string; fileMatch: string[]; schema: unknown }>();

export interface BodyEditor {
  getValue(): string;
  setValue(text: string): void;
  onChange(listener: () => void): void;
  onSubmit(listener: () => void): void;
  setDiagnostics(diagnostics: BodyDiagnostic[]): void;
  focus(): void;
}

/** Creates the JSON body editor of an operation, with its schema for completion and hover. */
export function createBodyEditor(
  container: HTMLElement,
  options: { operationId: string; value: string; schema?: unknown; label: string },
): BodyEditor {
  const modelUri = monaco.Uri.parse(`inmemory://zstack-portal/${options.operationId}/body.json`);
  if (options.schema) {
    schemas.set(options.operationId, {
      uri: `inmemory://zstack-portal/${options.operationId}/schema.json`,
      fileMatch: [modelUri.toString()],
      schema: options.schema,
    });
  }
  // setDiagnosticsOptions replaces the whole configuration: pass every schema each time.
  // Our own Chinese diagnostics (ajv) replace the worker's English ones.
  jsonDefaults.setDiagnosticsOptions({
    validate: false,
    allowComments: false,
    enableSchemaRequest: false,
    schemas: [...schemas.values()],
  });
  const model = monaco.editor.getModel(modelUri) ?? monaco.editor.createModel(options.value, 'json', modelUri);
  const editor = monaco.editor.create(container, {
    model,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 13,
    tabSize: 2,
    ariaLabel: options.label,
    theme: getEditorTheme(),
    quickSuggestions: { strings: true, other: true, comments: false },
    fixedOverflowWidgets: true,
  });
  followPageTheme();
  return {
    getValue: () => model.getValue(),
    setValue: (text) => model.setValue(text),
    onChange: (listener) => void model.onDidChangeContent(() => listener()),
    onSubmit: (listener) => editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, listener),
    setDiagnostics: (diagnostics) =>
      monaco.editor.setModelMarkers(
        model,
        'zstack-portal',
        diagnostics.map((d) => {
          const start = model.getPositionAt(d.offset);
          const end = model.getPositionAt(d.offset + d.length);
          return {
            message: d.message,
            severity: monaco.MarkerSeverity.Error,
            startLineNumber: start.lineNumber,
            startColumn: start.column,
            endLineNumber: end.lineNumber,
            endColumn: end.column,
          };
        }),
      ),
    focus: () => editor.focus(),
  };
}

/** The page's theme: the reader's choice (data-theme on <html>) or else the system's. */
function getEditorTheme(): string {
  const chosen = document.documentElement.dataset['theme'];
  const dark = chosen ? chosen === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? 'portal-dark' : 'portal-light';
}

// Monaco's own themes, on the page's background (global.css --bg), so the editor sits in the panel like its other fields.
monaco.editor.defineTheme('portal-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#ffffff' },
});
monaco.editor.defineTheme('portal-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#0d1117', 'editorGutter.background': '#0d1117' },
});

let following = false;
function followPageTheme() {
  if (following) return;
  following = true;
  const update = () => monaco.editor.setTheme(getEditorTheme());
  new MutationObserver(update).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', update);
}
