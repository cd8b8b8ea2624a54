import type { APIRoute } from 'astro';
import { ensurePanelFiles } from '../../lib/request/panel-files';

export const prerender = true;

// The parts of the 在线调试 data that many operations share, each written once and named by its content
// (src/lib/request/panel-chunks.ts): a browser keeps them for good, and the next page's panel fetches only what is new.
export async function getStaticPaths() {
  const { chunks } = await ensurePanelFiles();
  return [...chunks.keys()].map((name) => ({ params: { name } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { chunks } = await ensurePanelFiles();
  return new Response(chunks.get(params['name']!), { headers: { 'Content-Type': 'application/json' } });
};
