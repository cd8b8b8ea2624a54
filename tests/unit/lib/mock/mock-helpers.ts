import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { ZStackEngine, type EngineOperation, type EngineOptions } from '../../../../src/lib/mock/engine';
import { loadSpecDir } from '../../../../src/lib/openapi/load';

/** The repository root: `openapi/` below it holds the description. */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** SHA-512 hex of the default admin's password, as LogInByAccount sends it. */
export const PASSWORD = createHash('sha512').update('password').digest('hex');
export const LOGIN_BODY = JSON.stringify({ logInByAccount: { accountName: 'admin', password: PASSWORD } });

/** VMs of the description's examples and the seed data, named by their state. */
export const RUNNING_VM = 'ce09028b684c3eb78219f5e20bddc3d5';
export const STOPPED_VM = '5d1c0a3e2b7f4c69a8e0d2b4c6f81357';
export const PAUSED_VM = '8a4f3d6b5ea24f9cdb13a5e7f92b468a';
export const MIGRATING_VM = 'bd7c6a9e8bd54c2fae46d8bac25e79bd';
export const DESTROYED_VM = 'e0af9dcb1e084f5cdb79abdef58bace0';

/** The repository's operations as the engine reads them (with their vendor extensions). */
export async function loadEngineOperations(): Promise<EngineOperation[]> {
  const [error, set] = await loadSpecDir(`${ROOT}openapi`, ROOT);
  if (error) throw error;
  return set.operations;
}

/** The ErrorCode ZStack answers when a VM's state does not allow a message. */
export function getVmStateError(state: string, message: string, allowed: string) {
  const details = `current vm instance state[${state}] doesn't allow to proceed message[org.zstack.header.vm.${message}], allowed states are [${allowed}]`;
  return {
    error: {
      code: 'SYS.1006',
      description: 'An operation failed',
      details,
      cause: { code: 'VM.1010', description: 'VM is not in state that allows required operation', details },
    },
  };
}

/** A strict engine on the simulator's address and a clock the test moves, answering from the description's examples. */
export function makeTestEngine(
  operations: EngineOperation[],
  now: () => number,
  options: Partial<EngineOptions> = {},
): ZStackEngine {
  return new ZStackEngine(operations, {
    baseUrl: 'http://127.0.0.1:8080',
    now,
    strictSessions: true,
    seed: 'examples',
    throwOnImpossibleAnswer: true,
    ...options,
  });
}
