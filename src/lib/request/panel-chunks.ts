/**
 * Content-addressed chunks of JSON values: the 在线调试 panel's data of every
 * operation is written as one small file of the operation's own, plus files
 * shared by many operations (inventory schemas, the login and job-query
 * operations …), each named by the hash of its text, so that a browser that
 * opened the panel on one page downloads on the next only what is new to it.
 *
 * A reference is `{"$chunk": "<name>"}`. An object of the value that itself has a
 * `$chunk` or `$literal` key is written `{"$literal": {…}}`, so that every value
 * survives the round trip, whatever its keys.
 */

import { withTrailingSlash } from '../base-url';

const CHUNK_KEY = '$chunk';
const LITERAL_KEY = '$literal';
/** Where the shared chunks are served, relative to the site's base (src/pages/try-it/[name].json.ts). */
export const CHUNK_FOLDER = 'try-it';
/** Below this many bytes of JSON a part stays where it is: a request costs more than it would save. */
export const MIN_CHUNK_BYTES = 1024;

/**
 * Splits the values (one per operation) into their own parts and shared chunks.
 * Bottom up, every object or array whose JSON (its own large parts already
 * replaced by references) is at least `minBytes` long is a candidate; a
 * candidate that ends up referenced from one place only goes back into that
 * place, so that a file holds what is the operation's own and a chunk is shared.
 * Each chunk is named by `hash` of its final text (the name of the content a
 * browser may keep for good). Values are JSON values (what JSON.parse gives).
 */
export async function splitIntoChunks<K>(
  values: Map<K, unknown>,
  hash: (text: string) => Promise<string>,
  minBytes = MIN_CHUNK_BYTES,
): Promise<ChunkedFiles<K>> {
  const encoder = new Encoder(minBytes);
  const roots = new Map<K, unknown>();
  for (const [key, value] of values) roots.set(key, JSON.parse(encoder.encode(value)));
  const candidates = new Map([...encoder.candidates].map(([id, text]) => [id, JSON.parse(text) as unknown]));
  const counts = new Map<string, number>();
  const countRefs = (node: unknown) => forEachRef(node, (id) => counts.set(id, (counts.get(id) ?? 0) + 1));
  roots.forEach(countRefs);
  candidates.forEach(countRefs);

  const names = new Map<string, Promise<string>>();
  const chunks = new Map<string, string>();
  const children = new Map<string, string[]>();
  // Inline the candidates referenced once; name every other by its text, children first.
  const finish = (node: unknown): unknown =>
    mapRefs(node, (id) => (counts.get(id) === 1 ? finish(candidates.get(id)) : { [CHUNK_KEY]: id }));
  const nameOf = (id: string): Promise<string> => {
    let name = names.get(id);
    if (!name) {
      name = resolveNames(finish(candidates.get(id)), nameOf).then(async ({ node, refs }) => {
        const text = JSON.stringify(node);
        const chunkName = await hash(text);
        chunks.set(chunkName, text);
        children.set(chunkName, refs);
        return chunkName;
      });
      names.set(id, name);
    }
    return name;
  };
  const files = new Map<K, ChunkedFile>();
  for (const [key, root] of roots) {
    const { node, refs } = await resolveNames(finish(root), nameOf);
    files.set(key, { chunks: [...getClosure(refs, children)], data: node });
  }
  return { files, chunks };
}

/** The value a file stands for, given the parsed text of every chunk it lists (by name). */
export function joinChunks(file: ChunkedFile, chunks: ReadonlyMap<string, unknown>): unknown {
  const decode = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(decode);
    if (!isObject(node)) return node;
    const keys = Object.keys(node);
    if (keys.length === 1 && keys[0] === CHUNK_KEY) {
      const name = node[CHUNK_KEY] as string;
      if (!chunks.has(name)) throw new Error(`missing chunk ${name}`);
      return decode(chunks.get(name));
    }
    return Object.fromEntries(Object.entries(getEntries(node)).map(([key, value]) => [key, decode(value)]));
  };
  return decode(file.data);
}

/**
 * Loads every chunk a file lists, all at once (`load` fetches one by name and
 * parses it), and joins them. A chunk the browser already has comes from its cache.
 */
export async function loadChunks(file: ChunkedFile, load: (name: string) => Promise<unknown>): Promise<unknown> {
  const texts = await Promise.all(file.chunks.map(async (name) => [name, await load(name)] as const));
  return joinChunks(file, new Map(texts));
}

/** The URL of a shared chunk: `<base>try-it/<name>.json`. */
export function getChunkHref(base: string, name: string): string {
  return `${withTrailingSlash(base)}${CHUNK_FOLDER}/${name}.json`;
}

/**
 * The chunks a page's panel downloads when the browser already has those of the
 * pages whose files are `seen`: what is new to it (its own try-it.json aside).
 */
export function getNewChunks(file: ChunkedFile, seen: Iterable<ChunkedFile>): string[] {
  const cached = new Set([...seen].flatMap((other) => other.chunks));
  return file.chunks.filter((name) => !cached.has(name));
}

/** Whether a parsed JSON value has the shape of a ChunkedFile. */
export function isChunkedFile(value: unknown): value is ChunkedFile {
  return (
    isObject(value) &&
    'data' in value &&
    Array.isArray(value['chunks']) &&
    value['chunks'].every((name) => typeof name === 'string')
  );
}

/**
 * Writes values as JSON text with their large parts replaced by references (ids
 * given in order of first sight), keeping each candidate's text once. Text only,
 * built bottom up: no copy of the value is made.
 */
class Encoder {
  /** Each candidate's encoded text, by id. */
  readonly candidates = new Map<string, string>();
  readonly #ids = new Map<string, string>();
  readonly #seen = new WeakMap<object, string>();

  constructor(private readonly minBytes: number) {}

  encode(value: unknown): string {
    if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
    // The same large object (a support operation on every page, say) is encoded once.
    let text = this.#seen.get(value);
    if (text !== undefined) return text;
    if (Array.isArray(value)) {
      text = `[${value.map((item) => this.encode(item)).join(',')}]`;
    } else {
      const parts: string[] = [];
      let literal = false;
      for (const [key, item] of Object.entries(value)) {
        if (item === undefined) continue;
        literal ||= key === CHUNK_KEY || key === LITERAL_KEY;
        parts.push(`${JSON.stringify(key)}:${this.encode(item)}`);
      }
      text = literal ? `{"${LITERAL_KEY}":{${parts.join(',')}}}` : `{${parts.join(',')}}`;
    }
    if (text.length < this.minBytes) return text;
    text = this.#toRef(text);
    this.#seen.set(value, text);
    return text;
  }

  #toRef(text: string): string {
    let id = this.#ids.get(text);
    if (id === undefined) {
      id = String(this.#ids.size);
      this.#ids.set(text, id);
      this.candidates.set(id, text);
    }
    return `{"${CHUNK_KEY}":"${id}"}`;
  }
}

/** Calls `visit` with the id of every reference in the node, not entering them. */
function forEachRef(node: unknown, visit: (id: string) => void): void {
  if (Array.isArray(node)) node.forEach((item) => forEachRef(item, visit));
  else if (isObject(node)) {
    const id = getRef(node);
    if (id !== undefined) visit(id);
    else Object.values(getEntries(node)).forEach((item) => forEachRef(item, visit));
  }
}

/** A copy of the node with every reference replaced by `replace(id)`. */
function mapRefs(node: unknown, replace: (id: string) => unknown): unknown {
  if (Array.isArray(node)) return node.map((item) => mapRefs(item, replace));
  if (!isObject(node)) return node;
  const id = getRef(node);
  if (id !== undefined) return replace(id);
  const entries = Object.fromEntries(
    Object.entries(getEntries(node)).map(([key, value]) => [key, mapRefs(value, replace)]),
  );
  return isLiteral(node) ? { [LITERAL_KEY]: entries } : entries;
}

/** The node with the id of each remaining reference replaced by its chunk's name, and those names. */
async function resolveNames(
  node: unknown,
  nameOf: (id: string) => Promise<string>,
): Promise<{ node: unknown; refs: string[] }> {
  const ids = new Set<string>();
  forEachRef(node, (id) => ids.add(id));
  const names = new Map(await Promise.all([...ids].map(async (id) => [id, await nameOf(id)] as const)));
  return { node: mapRefs(node, (id) => ({ [CHUNK_KEY]: names.get(id)! })), refs: [...new Set(names.values())] };
}

/** Every chunk name reachable from these, through the chunks' own references. */
function getClosure(names: string[], children: ReadonlyMap<string, string[]>, found = new Set<string>()): Set<string> {
  for (const name of names) {
    if (found.has(name)) continue;
    found.add(name);
    getClosure(children.get(name) ?? [], children, found);
  }
  return found;
}

/** An encoded object's own entries: those of a `$literal` wrapper's content, else its own. */
function getEntries(node: Record<string, unknown>): Record<string, unknown> {
  return isLiteral(node) ? (node[LITERAL_KEY] as Record<string, unknown>) : node;
}

function isLiteral(node: Record<string, unknown>): boolean {
  const keys = Object.keys(node);
  return keys.length === 1 && keys[0] === LITERAL_KEY && isObject(node[LITERAL_KEY]);
}

function getRef(node: Record<string, unknown>): string | undefined {
  const keys = Object.keys(node);
  return keys.length === 1 && keys[0] === CHUNK_KEY && typeof node[CHUNK_KEY] === 'string'
    ? node[CHUNK_KEY]
    : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One operation's file: the names of every chunk it needs (fetched at once), and its value with references. */
export interface ChunkedFile {
  chunks: string[];
  data: unknown;
}

export interface ChunkedFiles<K> {
  files: Map<K, ChunkedFile>;
  /** Each shared chunk's text, by name. */
  chunks: Map<string, string>;
}
