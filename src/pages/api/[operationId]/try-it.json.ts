import type { APIRoute, GetStaticPaths } from 'astro';
import { ensureSpecSet } from '../../../lib/openapi/site';
import { makePanelData } from '../../../lib/request/panel-data';

export const prerender = true;

export const getStaticPaths: GetStaticPaths = async () => {
  const { operations } = await ensureSpecSet();
  return operations.map((op) => ({ params: { operationId: op.operationId } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { operations } = await ensureSpecSet();
  const op = operations.find((o) => o.operationId === params['operationId'])!;
  return new Response(JSON.stringify(makePanelData(op, operations)), { headers: { 'Content-Type': 'application/json' } });
};
