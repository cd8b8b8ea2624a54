import type { APIRoute } from 'astro';
import { ensureNavData } from '../../lib/openapi/site';

export const prerender = true;

// One file, named by its content: every page's sidebar asks for the same URL, which never changes meaning.
export async function getStaticPaths() {
  const { hash } = await ensureNavData();
  return [{ params: { hash } }];
}

export const GET: APIRoute = async () => {
  const { file } = await ensureNavData();
  return new Response(file, { headers: { 'Content-Type': 'application/json' } });
};
