import { isScalar, visit, type Document as YamlDocument, type Node as YamlNode } from 'yaml';
import { messages } from '../messages';

/** The YAML tags of JSON's own values; any other (`!!binary`, `!!timestamp`, `!!set` …) builds something JSON has not. */
const JSON_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));
const YAML_TAG_PREFIX = 'tag:yaml.org,2002:';

/**
 * The first node of a parsed YAML document that plain JSON cannot hold — an
 * explicit tag other than JSON's types, or a number that is not finite
 * (`.inf`, `.nan`, or one too large for a double, such as `1e400`) — with its
 * offset in the text and why. A description is JSON-compatible YAML.
 */
export function findNonJsonNode(doc: YamlDocument, text: string): { offset: number; reason: string; isTag: boolean } | null {
  let found: { offset: number; reason: string; isTag: boolean } | null = null;
  visit(doc, {
    Node: (_key, node: YamlNode) => {
      const offset = node.range?.[0] ?? 0;
      if (node.tag !== undefined && !JSON_TAGS.has(node.tag)) {
        const tag = node.tag.startsWith(YAML_TAG_PREFIX) ? `!!${node.tag.slice(YAML_TAG_PREFIX.length)}` : node.tag;
        found = { offset, reason: messages.specYamlTag(tag), isTag: true };
        return visit.BREAK;
      }
      if (isScalar(node) && typeof node.value === 'number' && !Number.isFinite(node.value)) {
        const source = node.range ? text.slice(node.range[0], node.range[1]) : String(node.value);
        found = { offset, reason: messages.specNumberNotFinite(source.trim()), isTag: false };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
