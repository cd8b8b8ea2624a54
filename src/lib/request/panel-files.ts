import { createHash } from 'node:crypto';
import { ensureSpecSet } from '../openapi/site';
import { makePanelData } from './panel-data';
import { splitIntoChunks, type ChunkedFiles } from './panel-chunks';

let panelFiles: Promise<ChunkedFiles<string>> | undefined;

/**
 * The 在线调试 data of every operation, split once per build: each operation's
 * try-it.json and the shared chunks (/try-it/<name>.json) they reference.
 */
export function ensurePanelFiles(): Promise<ChunkedFiles<string>> {
  panelFiles ??= ensureSpecSet().then(({ operations }) =>
    splitIntoChunks(new Map(operations.map((op) => [op.operationId, makePanelData(op, operations)])), (text) =>
      Promise.resolve(createHash('sha256').update(text).digest('hex').slice(0, 16)),
    ),
  );
  return panelFiles;
}
