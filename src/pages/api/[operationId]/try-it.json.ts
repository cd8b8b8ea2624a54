import type { APIRoute } from 'astro';
import type { OperationModel } from '../../../lib/openapi/operation';
import { getOperationPaths } from '../../../lib/openapi/site';
import { ensurePanelFiles } from '../../../lib/request/panel-files';

export const prerender = true;

export const getStaticPaths = getOperationPaths;

// The operation's own part of its 在线调试 data, and the names of the shared chunks it needs (/try-it/<name>.json).
export const GET: APIRoute<{ op: OperationModel }> = async ({ props }) => {
  const { files } = await ensurePanelFiles();
  return new Response(JSON.stringify(files.get(props.op.operationId)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
