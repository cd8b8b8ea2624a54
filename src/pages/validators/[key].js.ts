import type { APIRoute } from 'astro';
import { getCheckedSchemas } from '../../lib/mock/checked-schemas';
import { ensureSpecSet } from '../../lib/openapi/site';
import type { JsonSchema } from '../../lib/schema/json-schema';
import { getValidatorKey } from '../../lib/schema/schema-key';
import { getStandaloneValidator } from '../../lib/schema/standalone';

export const prerender = true;

// One module per distinct validator, named by its content: the 在线调试 panel of any page imports the ones it needs
// (ensureCompiledValidators), so a schema many operations share is compiled, written and downloaded once.
export async function getStaticPaths() {
  const { operations } = await ensureSpecSet();
  const byKey = new Map<string, JsonSchema>();
  for (const schema of getCheckedSchemas(operations)) {
    const key = await getValidatorKey(schema);
    if (!byKey.has(key)) byKey.set(key, schema);
  }
  return [...byKey].map(([key, schema]) => ({ params: { key }, props: { schema } }));
}

export const GET: APIRoute<{ schema: JsonSchema }> = ({ props }) =>
  new Response(getStandaloneValidator(props.schema), { headers: { 'Content-Type': 'text/javascript' } });
