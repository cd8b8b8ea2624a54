import { fileURLToPath } from 'node:url';
import { beforeAll } from 'vitest';
import { loadSpecDir } from '../../../../src/lib/openapi/load';
import type { OperationModel } from '../../../../src/lib/openapi/operation';
import { makeRequest, type RequestModel, type RequestValues } from '../../../../src/lib/request/model';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** The operations of the portal's description and of the mini fixture, by operationId. */
export async function loadSampleOperations(): Promise<Map<string, OperationModel>> {
  const operations = new Map<string, OperationModel>();
  for (const [dir, base] of [
    ['openapi', root],
    ['tests/fixtures/valid', `${root}tests/fixtures/`],
  ] as const) {
    const [error, set] = await loadSpecDir(root + dir, base);
    if (error) throw error;
    for (const op of set.operations) operations.set(op.operationId, op);
  }
  return operations;
}

/** Loads the operations before the file's tests; the returned function generates one sample of an operation's request, from its example values or the given ones. */
export function useSamples(): (
  generate: (op: OperationModel, request: RequestModel) => string,
  operationId: string,
  values?: Partial<RequestValues>,
) => string {
  let operations: Map<string, OperationModel>;
  beforeAll(async () => {
    operations = await loadSampleOperations();
  });
  return (generate, operationId, values) => {
    const op = operations.get(operationId)!;
    return generate(op, makeRequest(op, values));
  };
}
