import type { OperationModel } from '../openapi/operation';
import { getItemType } from '../openapi/schema';
import { isPlainObject } from '../schema/pointer';
import type { RequestModel } from '../request/model';
import {
  ACCESS_KEY_ID_PLACEHOLDER,
  ACCESS_KEY_SECRET_PLACEHOLDER,
  SDK_ACCESS_KEY_COMMENT,
  SDK_POLLING_COMMENT,
} from './polling';
import { getSdkAction, getSdkEndpoint, getSdkFields, getSdkSession } from './sdk-values';
import { strings } from '../i18n';

const INDENT = '    ';

/** What the Java sample needs, said in its first comment and in its note. */
export function getJavaSdkNote(op: OperationModel): string {
  return strings.sampleCode.javaNote(getClassName(op));
}

/**
 * ZStack's Java SDK (org.zstack.sdk), as a whole program: ZSClient.configure()
 * once, then the action with public fields and call(), which polls an
 * asynchronous API's job (for up to ZSConfig's default polling timeout, 3 hours).
 */
export function generateJavaSdk(op: OperationModel, request: RequestModel): string {
  const action = getSdkAction(op);
  const { hostname, port, contextPath } = getSdkEndpoint(request);
  const config = [`.setHostname(${JSON.stringify(hostname)})`, `.setPort(${port})`];
  // ZSConfig adds the context path as path segments, without the leading slash.
  if (contextPath) config.push(`.setContextPath(${JSON.stringify(contextPath.replace(/^\//, ''))})`);
  const body = [
    'ZSClient.configure(new ZSConfig.Builder()',
    ...[...config, '.build());'].map((c) => INDENT + INDENT + c),
    '',
    `${action} action = new ${action}();`,
  ];
  const types = getFieldTypes(op);
  for (const [name, value] of getSdkFields(op, request))
    body.push(`action.${name} = ${toJava(value, types.get(name))};`);
  const session = getSdkSession(op, request);
  if (session !== undefined) {
    body.push(`action.sessionId = ${toJava(session)};`);
    body.push(...SDK_ACCESS_KEY_COMMENT.map((line) => `// ${line}`));
    body.push(
      `// action.accessKeyId = ${toJava(ACCESS_KEY_ID_PLACEHOLDER)};`,
      `// action.accessKeySecret = ${toJava(ACCESS_KEY_SECRET_PLACEHOLDER)};`,
    );
  }
  if (op.isAsync) body.push(`// ${SDK_POLLING_COMMENT}${strings.sampleCode.javaPollingLimit}`);
  body.push(`${action}.Result res = action.call();`, 'res.throwExceptionIfError();');
  return [
    `// ${getJavaSdkNote(op)}`,
    ...[action, 'ZSClient', 'ZSConfig'].map((name) => `import org.zstack.sdk.${name};`),
    '',
    `public class ${getClassName(op)} {`,
    `${INDENT}public static void main(String[] args) {`,
    ...body.map((line) => (line === '' ? '' : INDENT + INDENT + line)),
    `${INDENT}}`,
    '}',
  ].join('\n');
}

function getClassName(op: OperationModel): string {
  return `${getSdkAction(op).replace(/Action$/, '')}Example`;
}

/**
 * The ZStack types of the fields an action is given (Long, Integer, Float, List<Long> …), by name: the SDK declares
 * its fields as boxed types (java.lang.Long …), to which Java converts no other literal: `Long x = 0;` does not
 * compile, `Long x = 0L;` does.
 */
function getFieldTypes(op: OperationModel): Map<string, string> {
  const types = new Map<string, string>();
  if (!op.body) return types;
  const { actionKey, fields } = op.body;
  for (const field of fields) {
    if (field.name !== actionKey) types.set(field.name, field.type);
    else for (const child of field.children) types.set(child.name, child.type);
  }
  return types;
}

/** The most pairs java.util.Map.of takes. */
const MAX_MAP_OF_PAIRS = 10;
/** How the page labels a map whose values have a type (schema.ts): Map<String, Long>. */
const MAP_PREFIX = 'Map<String, ';

/** A JSON value as a Java expression, for a field of ZStack type `type` when it is known. */
function toJava(value: unknown, type?: string): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return toJavaNumber(value, type);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const item = type ? getItemType({ type }) : undefined;
    return `java.util.Arrays.asList(${value.map((v) => toJava(v, item)).join(', ')})`;
  }
  if (isPlainObject(value)) {
    // Map<String, Long>'s values are long literals too: Map.of("a", 0) is a Map<String, Integer>.
    const values = type?.startsWith(MAP_PREFIX) && type.endsWith('>') ? type.slice(MAP_PREFIX.length, -1) : undefined;
    const entries = Object.entries(value);
    // Map.of takes ten pairs at most; past that, Map.ofEntries (CreateVmInstance's nic parameters had twelve).
    if (entries.length > MAX_MAP_OF_PAIRS)
      return `new java.util.HashMap<>(java.util.Map.ofEntries(${entries
        .map(([k, v]) => `java.util.Map.entry(${JSON.stringify(k)}, ${toJava(v, values)})`)
        .join(', ')}))`;
    return `new java.util.HashMap<>(java.util.Map.of(${entries
      .map(([k, v]) => `${JSON.stringify(k)}, ${toJava(v, values)}`)
      .join(', ')}))`;
  }
  return 'null';
}

function toJavaNumber(value: number, type: string | undefined): string {
  const text = String(value);
  const whole = /^-?\d+$/.test(text);
  if (/^(long|Long)$/.test(type ?? '') && whole) return `${text}L`;
  if (/^(float|Float)$/.test(type ?? '')) return `${text}f`;
  if (/^(double|Double)$/.test(type ?? '') && whole) return `${text}.0`;
  return whole && Math.abs(value) > 2147483647 ? `${text}L` : text;
}
