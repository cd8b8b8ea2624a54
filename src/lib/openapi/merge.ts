import type { OpenAPIV3_1 } from 'openapi-types';
import type { ParsedSpec } from './parse';
import { getByPointer, getPointer, getSegments, isPlainObject } from '../schema/pointer';

type Node = Record<string, unknown>;

/** A fact that a hand-written operation states differently from the generated one it overrides. */
export interface HandwrittenDifference {
  operationId: string;
  /** The key that differs, e.g. `description`, `type`, `path`. */
  key: string;
  handwritten: { file: string; pointer: string; value: unknown };
  generated: { file: string; pointer: string; value: unknown };
}

/** One hand-written operation and the generated one with the same operationId. */
export interface OperationPair {
  operationId: string;
  hand: { path: string; method: string };
  generated: { spec: ParsedSpec; path: string; method: string };
}

/** Whether the importer wrote this document (its root carries `x-zstack-generated: true`). */
export function isGeneratedSpec(spec: ParsedSpec): boolean {
  return (spec.doc as unknown as Node)['x-zstack-generated'] === true;
}

/** Keys whose differing values the quality report lists; the rest (examples, prose layout …) are the hand-written document's to add. */
const COMPARED_KEYS = new Set(['summary', 'description', 'type', 'format', 'default', 'enum', 'required', 'x-zstack-since', 'x-zstack-async', 'maxLength', 'minimum', 'maximum']);

/**
 * The hand-written document with each paired operation completed from its
 * generated twin, field by field: whatever the hand-written one states wins
 * (examples, corrections, descriptions, prose), and the generated one fills in
 * what it lacks (parameters, request and response properties, the component
 * schemas they reach, vendor extensions). The generated document is not
 * changed. Hand-written code rather than a JSON merge-patch library because
 * the merge follows OpenAPI's meaning (parameters by name and location,
 * `$ref`s between two documents, `required` kept as written).
 */
export function mergeOperations(hand: ParsedSpec, pairs: OperationPair[]): { spec: ParsedSpec; differences: HandwrittenDifference[] } {
  const doc = structuredClone(hand.doc) as unknown as Node;
  const differences: HandwrittenDifference[] = [];
  const mergedComponents = new Set<string>();
  for (const pair of pairs) new Merger(doc, hand.file, pair, differences, mergedComponents).mergeOperation();
  return { spec: { file: hand.file, doc: doc as unknown as OpenAPIV3_1.Document }, differences };
}

class Merger {
  private readonly source: Node;

  constructor(
    private readonly target: Node,
    private readonly handFile: string,
    private readonly pair: OperationPair,
    private readonly differences: HandwrittenDifference[],
    /** Components already completed in the hand-written document, by generated file and reference. */
    private readonly mergedComponents: Set<string>,
  ) {
    this.source = pair.generated.spec.doc as unknown as Node;
  }

  mergeOperation() {
    const { hand, generated } = this.pair;
    const handPointer = getPointer(['paths', hand.path, hand.method]);
    const genPointer = getPointer(['paths', generated.path, generated.method]);
    const handOp = getByPointer(this.target, handPointer) as Node;
    const genOp = getByPointer(this.source, genPointer) as Node;
    if (hand.path !== generated.path) this.note('path', handPointer, hand.path, genPointer, generated.path);
    if (hand.method !== generated.method) this.note('method', handPointer, hand.method, genPointer, generated.method);
    this.mergeParameters(handOp, handPointer, genPointer);
    for (const [key, value] of Object.entries(genOp)) {
      if (key === 'parameters' || key === 'operationId') continue;
      if (key === 'responses' || key === 'x-zstack-job-responses') {
        handOp[key] = this.mergeMap(handOp[key], `${handPointer}/${key}`, value, `${genPointer}/${key}`, (h, hp, g, gp) => this.mergeResponse(h, hp, g, gp));
      } else if (key === 'requestBody') {
        handOp[key] = handOp[key] === undefined ? this.importValue(value) : this.mergeResponse(handOp[key], `${handPointer}/${key}`, value, `${genPointer}/${key}`);
      } else if (handOp[key] === undefined) {
        handOp[key] = this.importValue(value);
      } else {
        this.compare(key, `${handPointer}/${key}`, handOp[key], `${genPointer}/${key}`, value);
      }
    }
  }

  /** Parameters match by location and name; generated path parameters the hand-written path has no place for are left out. */
  private mergeParameters(handOp: Node, handPointer: string, genPointer: string) {
    const genItemPointer = genPointer.slice(0, genPointer.lastIndexOf('/'));
    const handItemPointer = handPointer.slice(0, handPointer.lastIndexOf('/'));
    const genEntries = [
      ...this.listParameters(this.source, `${genItemPointer}/parameters`),
      ...this.listParameters(this.source, `${genPointer}/parameters`),
    ];
    const handOwn = this.listParameters(this.target, `${handPointer}/parameters`);
    const handAll = [...this.listParameters(this.target, `${handItemPointer}/parameters`), ...handOwn];
    const template = new Set([...this.pair.hand.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!));
    const own = Array.isArray(handOp['parameters']) ? (handOp['parameters'] as unknown[]) : [];
    const seen = new Set<string>();
    for (const gen of genEntries) {
      if (seen.has(gen.key)) continue;
      seen.add(gen.key);
      const match = handAll.findLast((h) => h.key === gen.key);
      if (!match) {
        if (gen.param['in'] === 'path' && !template.has(String(gen.param['name']))) continue;
        own.push(this.importValue(gen.param));
        continue;
      }
      const index = handOwn.indexOf(match);
      const merged = this.mergeObject(match.param, match.pointer, gen.param, gen.pointer);
      // A parameter of the path item serves other operations too: it is compared, never changed.
      if (index >= 0) own[index] = merged;
    }
    if (own.length > 0) handOp['parameters'] = own;
  }

  private listParameters(doc: Node, pointer: string) {
    const list = getByPointer(doc, pointer);
    if (!Array.isArray(list)) return [];
    return list.map((raw, i) => {
      const { node, pointer: at } = resolveRef(doc, raw, `${pointer}/${i}`);
      return { key: `${String(node['in'])}:${String(node['name'])}`, param: node, pointer: at };
    });
  }

  private mergeResponse(hand: unknown, handPointer: string, gen: unknown, genPointer: string): unknown {
    if (!isPlainObject(hand) || !isPlainObject(gen)) return hand;
    const h = resolveRef(this.target, hand, handPointer);
    const g = resolveRef(this.source, gen, genPointer);
    if (h.node !== hand) return hand; // a shared component response: completed through its schemas only
    const out: Node = { ...h.node };
    for (const [key, value] of Object.entries(g.node)) {
      if (key === 'content') {
        out[key] = this.mergeMap(out[key], `${h.pointer}/content`, value, `${g.pointer}/content`, (hm, hmp, gm, gmp) => this.mergeMedia(hm, hmp, gm, gmp));
      } else if (out[key] === undefined) out[key] = this.importValue(value);
      else this.compare(key, `${h.pointer}/${key}`, out[key], `${g.pointer}/${key}`, value);
    }
    return out;
  }

  private mergeMedia(hand: unknown, handPointer: string, gen: unknown, genPointer: string): unknown {
    if (!isPlainObject(hand) || !isPlainObject(gen)) return hand;
    const out: Node = { ...hand };
    for (const [key, value] of Object.entries(gen)) {
      if (key === 'schema') out[key] = out[key] === undefined ? this.importValue(value) : this.mergeSchema(out[key], `${handPointer}/schema`, value, `${genPointer}/schema`);
      else if (out[key] === undefined && !(key === 'example' && out['examples'] !== undefined) && !(key === 'examples' && out['example'] !== undefined)) {
        out[key] = this.importValue(value);
      }
    }
    return out;
  }

  /**
   * A schema of each side, either inline or a `$ref`: a referenced
   * hand-written component is completed once, in place (every hand-written
   * operation that uses it gains the generated properties).
   */
  private mergeSchema(hand: unknown, handPointer: string, gen: unknown, genPointer: string): unknown {
    if (!isPlainObject(hand) || !isPlainObject(gen)) return hand;
    const h = resolveRef(this.target, hand, handPointer);
    const g = resolveRef(this.source, gen, genPointer);
    if (h.pointer === handPointer) return this.mergeObject(hand, handPointer, g.node, g.pointer);
    const key = `${this.pair.generated.spec.file}#${g.pointer}>${h.pointer}`;
    if (this.mergedComponents.has(key)) return hand;
    this.mergedComponents.add(key);
    setByPointer(this.target, h.pointer, this.mergeObject(h.node, h.pointer, g.node, g.pointer));
    return hand;
  }

  /** A schema, parameter or any other object: the hand-written keys win, `properties` and `items` are merged key by key. */
  private mergeObject(hand: Node, handPointer: string, gen: Node, genPointer: string): Node {
    const out: Node = { ...hand };
    for (const [key, value] of Object.entries(gen)) {
      const handValue = out[key];
      if (key === 'properties' && isPlainObject(handValue) && isPlainObject(value)) {
        out[key] = this.mergeMap(handValue, `${handPointer}/properties`, value, `${genPointer}/properties`, (h, hp, g, gp) =>
          this.mergeSchema(h, hp, g, gp),
        );
      } else if ((key === 'items' || key === 'schema' || key === 'additionalProperties') && isPlainObject(handValue) && isPlainObject(value)) {
        out[key] = this.mergeSchema(handValue, `${handPointer}/${key}`, value, `${genPointer}/${key}`);
      } else if (key === 'required' && Array.isArray(value) && handValue === undefined && isPlainObject(hand['properties'])) {
        // What the hand-written schema declares optional stays optional: its examples were written against that.
        const declared = new Set(Object.keys(hand['properties']));
        const added = value.filter((name) => !declared.has(String(name)));
        if (added.length > 0) out[key] = added;
      } else if (handValue === undefined) {
        out[key] = this.importValue(value);
      } else {
        this.compare(key, `${handPointer}/${key}`, handValue, `${genPointer}/${key}`, value);
      }
    }
    return out;
  }

  private mergeMap(hand: unknown, handPointer: string, gen: unknown, genPointer: string, merge: (h: unknown, hp: string, g: unknown, gp: string) => unknown): unknown {
    if (!isPlainObject(gen)) return hand;
    if (!isPlainObject(hand)) return hand === undefined ? this.importValue(gen) : hand;
    const out: Node = { ...hand };
    for (const [key, value] of Object.entries(gen)) {
      const at = getPointer([key]);
      out[key] = out[key] === undefined ? this.importValue(value) : merge(out[key], handPointer + at, value, genPointer + at);
    }
    return out;
  }

  private mergeComponent(ref: string) {
    if (ref.startsWith('#/components/schemas/')) this.mergeSchema({ $ref: ref }, '', { $ref: ref }, '');
  }

  /**
   * A copy of a value of the generated document, with every component it
   * references brought into the hand-written document: copied when missing,
   * completed when both have it.
   */
  private importValue(value: unknown): unknown {
    const copy = structuredClone(value);
    const pending: string[] = [];
    collectRefs(copy, pending);
    while (pending.length > 0) {
      const ref = pending.pop()!;
      if (!ref.startsWith('#/components/')) continue;
      const existing = getByPointer(this.target, ref.slice(1));
      if (existing !== undefined) {
        this.mergeComponent(ref);
        continue;
      }
      const component = structuredClone(getByPointer(this.source, ref.slice(1)));
      if (component === undefined) continue;
      setByPointer(this.target, ref.slice(1), component);
      collectRefs(component, pending);
    }
    return copy;
  }

  private compare(key: string, handPointer: string, handValue: unknown, genPointer: string, genValue: unknown) {
    if (!COMPARED_KEYS.has(key) || isPlainObject(handValue) || isPlainObject(genValue)) return;
    if (JSON.stringify(normalize(handValue)) === JSON.stringify(normalize(genValue))) return;
    this.note(key, handPointer, handValue, genPointer, genValue);
  }

  private note(key: string, handPointer: string, handValue: unknown, genPointer: string, genValue: unknown) {
    this.differences.push({
      operationId: this.pair.operationId,
      key,
      handwritten: { file: this.handFile, pointer: handPointer, value: handValue },
      generated: { file: this.pair.generated.spec.file, pointer: genPointer, value: genValue },
    });
  }
}

/** Lists are compared as sets (enum, required), strings without surrounding blanks. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => JSON.stringify(v)).sort();
  return typeof value === 'string' ? value.trim() : value;
}

function resolveRef(doc: Node, value: unknown, pointer: string): { node: Node; pointer: string } {
  let node = value;
  let at = pointer;
  for (let i = 0; i < 32 && isPlainObject(node) && typeof node['$ref'] === 'string' && node['$ref'].startsWith('#'); i++) {
    at = node['$ref'].slice(1);
    node = getByPointer(doc, at);
  }
  return { node: isPlainObject(node) ? node : {}, pointer: at };
}

function collectRefs(value: unknown, into: string[]) {
  if (Array.isArray(value)) value.forEach((v) => collectRefs(v, into));
  else if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') into.push(child);
      else if (key !== 'example' && key !== 'examples') collectRefs(child, into);
    }
  }
}

function setByPointer(doc: Node, pointer: string, value: unknown) {
  const segments = getSegments(pointer);
  let node: Node = doc;
  for (const segment of segments.slice(0, -1)) {
    if (!isPlainObject(node[segment])) node[segment] = {};
    node = node[segment] as Node;
  }
  node[segments.at(-1)!] = value;
}
