import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document as YamlDocument, type Node as YamlNode, type YAMLError } from 'yaml';
import { strings } from '../i18n';
import { getPointer, getSegments } from '../schema/pointer';
import { findJsonSyntaxFault } from './json-syntax';
import { findNonJsonNode } from './yaml-values';
import { getLineColumn } from '../text-position';

/** Per anchor: a handful of reuses is normal, a "billion laughs" document needs thousands. */
const MAX_ALIAS_COUNT = 100;
/** C0 controls and DEL, which YAML forbids in a document (tab, line feed and carriage return aside). */
const CONTROL_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;

/** A fault found while reading a file as YAML: where (JSON pointer, '' for the file) and why. */
export interface YamlFault {
  pointer: string;
  reason: string;
}

export interface YamlText {
  value: unknown;
  /** `（第 N 行）` for the node at a JSON pointer (or its nearest ancestor), or ''. */
  getLineNote: (pointer: string) => string;
}

/**
 * Decodes a file as UTF-8 and reads it as one YAML (or JSON) document, with
 * every fault located by line and, where the document has got that far, by JSON pointer.
 */
export function readYaml(bytes: Uint8Array, options: { json?: boolean } = {}): [YamlFault, null] | [null, YamlText] {
  const utf16 = getUtf16Name(bytes);
  if (utf16) return [{ pointer: '', reason: strings.spec.specUtf16(utf16) }, null];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    return [locate(lenient, lenient.indexOf('\uFFFD'), (line, col) => strings.spec.specNotUtf8(line, col)), null];
  }
  if (text.trim() === '') return [{ pointer: '', reason: strings.spec.specEmpty }, null];
  const control = text.search(CONTROL_CHAR);
  if (control >= 0) {
    const code = `U+${text.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0')}`;
    return [locate(text, control, (line, col) => strings.spec.specControlChar(line, col, code)), null];
  }
  const jsonFault = options.json ? findJsonSyntaxFault(text) : null;
  if (jsonFault) return [{ ...locate(text, jsonFault.offset, (line, col) => strings.spec.specJsonSyntax(line, col, jsonFault.reason)), pointer: jsonFault.pointer }, null];

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const fault = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (fault) {
    const { line, col } = lineCounter.linePos(fault.pos[0]);
    const reason = fault.code === 'TAG_RESOLVE_FAILED' ? strings.spec.specYamlTag(text.slice(fault.pos[0], fault.pos[1])) : getYamlReason(fault);
    return [{ pointer: getPointerAt(doc, text, fault.pos[0]), reason: strings.spec.specYamlSyntax(line, col, reason) }, null];
  }
  const nonJson = findNonJsonNode(doc, text);
  if (nonJson) {
    const { line, col } = lineCounter.linePos(nonJson.offset);
    const reason = nonJson.isTag ? strings.spec.specYamlSyntax(line, col, nonJson.reason) : strings.spec.specUnsupportedValue(line, col, nonJson.reason);
    return [{ pointer: getPointerAt(doc, text, nonJson.offset), reason }, null];
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // yaml throws one kind of error here: an alias expanded more often than maxAliasCount allows.
    return [{ pointer: '', reason: strings.spec.specYamlAliasBomb(MAX_ALIAS_COUNT) }, null];
  }
  return [null, { value, getLineNote: (pointer) => getLineNote(doc, lineCounter, pointer) }];
}

/**
 * The JSON pointer of the deepest key or value whose text contains `offset`.
 * A key that runs over several lines is where the parser lost its way, not a name the author wrote: stop above it.
 */
function getPointerAt(doc: YamlDocument, text: string, offset: number): string {
  const path: string[] = [];
  let node: unknown = doc.contents;
  descend: while (isMap(node) || isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      if (isSeq(node)) {
        if (!contains(getRange(item), offset)) continue;
        path.push(String(index));
        node = item;
        continue descend;
      }
      const pair = item as { key: unknown; value: unknown };
      const keyRange = getRange(pair.key);
      const valueRange = getRange(pair.value);
      if (!keyRange || !contains([keyRange[0], 0, valueRange?.[2] ?? keyRange[2]], offset)) continue;
      if (text.slice(keyRange[0], keyRange[1]).includes('\n')) break descend;
      path.push(isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
      if (!contains(valueRange, offset)) break descend;
      node = pair.value;
      continue descend;
    }
    break;
  }
  return getPointer(path);
}

function contains(range: [number, number, number] | undefined, offset: number): boolean {
  return range !== undefined && range[0] <= offset && offset < Math.max(range[2], range[0] + 1);
}

function getRange(node: unknown): [number, number, number] | undefined {
  const range = (node as YamlNode | null)?.range;
  return Array.isArray(range) ? range : undefined;
}

function getLineNote(doc: YamlDocument, lineCounter: LineCounter, pointer: string): string {
  const segments = getSegments(pointer);
  for (let n = segments.length; n >= 0; n--) {
    const node = doc.getIn(segments.slice(0, n), true);
    if ((isMap(node) || isSeq(node) || isScalar(node)) && node.range) {
      return strings.spec.specLineNote(lineCounter.linePos(node.range[0]).line);
    }
  }
  return '';
}

function getYamlReason(error: YAMLError): string {
  // yaml reports an unclosed {…} or […] as an indentation fault of what follows it.
  if (error.code === 'BAD_INDENT' && error.message.startsWith('Flow ')) return strings.spec.yamlErrors.BAD_INDENT_FLOW;
  return strings.spec.yamlErrors[error.code as keyof typeof strings.spec.yamlErrors] ?? error.message.split('\n')[0] ?? error.code;
}

/** The position of `index` in a text that cannot be parsed as it stands: only the line is certain. */
function locate(text: string, index: number, reason: (line: number, col: number) => string): YamlFault {
  const { line, column: col } = getLineColumn(text, index);
  const doc = parseDocument(text.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFD]/g, ' '), { uniqueKeys: false });
  return { pointer: doc.errors.length === 0 ? getPointerAt(doc, text, index) : '', reason: reason(line, col) };
}

function getUtf16Name(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return undefined;
}
