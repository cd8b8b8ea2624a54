import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { getDownloadOrder, mergeDocuments } from '../lib/openapi/bundle';
import { ensureSpecSet } from '../lib/openapi/site';

export const prerender = true;

export const GET: APIRoute = async () => {
  const { specs } = await ensureSpecSet();
  // No anchors or aliases: the documents share objects, and a reader of the file expects them written out.
  const text = stringify(mergeDocuments(getDownloadOrder(specs)), { aliasDuplicateObjects: false, lineWidth: 0 });
  return new Response(text, { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
