import type { OperationModel } from '../openapi/operation';
import { isGeneratedSpec } from '../openapi/merge';
import type { ParsedSpec } from '../openapi/parse';
import { makeJsonSchema } from '../schema/json-schema';
import { getByPointer, isPlainObject, getPointer } from '../schema/pointer';
import { resolveSchema, type FieldNode, type SchemaContext } from '../openapi/schema';
import { checkExample, formatExamplePath, type ExampleProblem } from './example-check';
import { getNearestFieldId, getParameters } from './field-rows';
import { findingMessages, rules } from './messages';
import type { Finding, RuleId } from './types';

const RULES: Record<ExampleProblem['kind'], RuleId> = {
  invalid: 'example-invalid',
  undeclared: 'example-undeclared',
  missing: 'example-missing-field',
};

/**
 * Every example of the operations' parameters, request bodies and responses
 * (job results too), checked against its schema. An example shared by several
 * operations (a component response) is reported once, on the first.
 */
export function getExampleFindings(spec: ParsedSpec, operations: OperationModel[]): Finding[] {
  const findings = new Map<string, Finding>();
  // An imported example is ZStack's own __example__(), which sets the fields it needs: that it leaves the optional
  // ones out is no fault to report (729 hints at ZStack's size). A wrong value in it still is.
  const generated = isGeneratedSpec(spec);
  for (const op of operations.filter((o) => o.file === spec.file)) {
    for (const site of getExampleSites({ doc: spec.doc, file: spec.file }, op)) {
      for (const problem of checkExample(makeJsonSchema(spec.doc, site.schema), site.value)) {
        if (generated && problem.kind === 'missing') continue;
        const rule = RULES[problem.kind];
        const names = problem.path.filter((s): s is string => typeof s === 'string');
        // A field missing from every item of a list is one finding, at its first item.
        const key =
          problem.kind === 'missing'
            ? `${rule}|${site.pointer}|${names.join('.')}`
            : `${rule}|${site.pointer}${getPointer(problem.path)}|${problem.reason ?? ''}`;
        if (findings.has(key)) continue;
        const fieldId = site.getFieldId(names);
        findings.set(key, {
          severity: rules[rule].severity,
          rule,
          message: getMessage(problem),
          file: spec.file,
          pointer: site.pointer + getPointer(problem.path),
          link: fieldId ? { operationId: op.operationId, fieldId } : { operationId: op.operationId },
        });
      }
    }
  }
  return [...findings.values()];
}

function getMessage(problem: ExampleProblem): string {
  const where = formatExamplePath(problem.path);
  if (problem.kind === 'undeclared') return findingMessages.exampleUndeclared(where, problem.schemaName);
  if (problem.kind === 'missing') return findingMessages.exampleMissingField(where, problem.schemaName);
  return findingMessages.exampleInvalid(where, problem.reason ?? '');
}

interface ExampleSite {
  /** The example value's pointer in the document. */
  pointer: string;
  value: unknown;
  schema: unknown;
  getFieldId: (names: string[]) => string | undefined;
}

function getExampleSites(ctx: SchemaContext, op: OperationModel): ExampleSite[] {
  const sites: ExampleSite[] = [];
  for (const { pointer, parameter } of getParameters(ctx, op)) {
    const id = `${String(parameter['in'])}.${String(parameter['name'])}`;
    const schema = isPlainObject(parameter['schema']) ? parameter['schema'] : {};
    for (const example of getExamples(ctx, parameter, pointer))
      sites.push({ ...example, schema, getFieldId: () => id });
  }
  if (op.body) sites.push(...getMediaSites(ctx, `${op.pointer}/requestBody`, op.body.fields));
  for (const response of op.responses) {
    const group = response.phase === 'submit' ? 'responses' : 'x-zstack-job-responses';
    sites.push(...getMediaSites(ctx, `${op.pointer}/${group}/${response.status}`, response.fields));
  }
  return sites;
}

/** The examples of every media type of a request body or response. */
function getMediaSites(ctx: SchemaContext, pointer: string, fields: FieldNode[]): ExampleSite[] {
  const owner = resolveSchema(ctx, getByPointer(ctx.doc, pointer), pointer);
  const content = isPlainObject(owner.schema['content']) ? owner.schema['content'] : {};
  return Object.entries(content).flatMap(([contentType, media]) => {
    if (!isPlainObject(media) || media['schema'] === undefined) return [];
    const mediaPointer = `${owner.pointer}/content/${getPointer([contentType]).slice(1)}`;
    return getExamples(ctx, media, mediaPointer).map((example) => ({
      ...example,
      schema: media['schema'],
      getFieldId: (names: string[]) => getNearestFieldId(fields, names),
    }));
  });
}

/** `example`, and the `value` of each entry of `examples` (following `$ref` to components/examples). */
function getExamples(
  ctx: SchemaContext,
  owner: Record<string, unknown>,
  pointer: string,
): Array<{ pointer: string; value: unknown }> {
  const found: Array<{ pointer: string; value: unknown }> = [];
  if (owner['example'] !== undefined) found.push({ pointer: `${pointer}/example`, value: owner['example'] });
  const examples = isPlainObject(owner['examples']) ? owner['examples'] : {};
  for (const [name, entry] of Object.entries(examples)) {
    const resolved = resolveSchema(ctx, entry, `${pointer}/examples/${getPointer([name]).slice(1)}`);
    if (resolved.schema['value'] !== undefined)
      found.push({ pointer: `${resolved.pointer}/value`, value: resolved.schema['value'] });
  }
  return found;
}
