import type { APIRoute } from 'astro';
import { getDownloadOrder, mergeDocuments } from '../lib/openapi/bundle';
import { ensureSpecSet } from '../lib/openapi/site';

export const prerender = true;

export const GET: APIRoute = async () => {
  const { specs } = await ensureSpecSet();
  return new Response(JSON.stringify(mergeDocuments(getDownloadOrder(specs)), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
