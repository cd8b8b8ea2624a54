import type { APIRoute } from 'astro';
import { mergeDocuments } from '../lib/openapi/merge';
import { ensureSpecSet } from '../lib/openapi/site';

export const prerender = true;

export const GET: APIRoute = async () => {
  const { specs } = await ensureSpecSet();
  return new Response(JSON.stringify(mergeDocuments(specs.map((s) => s.doc)), null, 2), { headers: { 'Content-Type': 'application/json' } });
};
