import type { APIRoute } from 'astro';
import type { OperationModel } from '../../../lib/openapi/operation';
import { ensureSpecSet, getOperationPaths } from '../../../lib/openapi/site';
import { makePanelData } from '../../../lib/request/panel-data';

export const prerender = true;

export const getStaticPaths = getOperationPaths;

export const GET: APIRoute<{ op: OperationModel }> = async ({ props }) => {
  const { operations } = await ensureSpecSet();
  const op = props.op;
  return new Response(JSON.stringify(makePanelData(op, operations)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
