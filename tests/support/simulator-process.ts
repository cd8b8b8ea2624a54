import { fileURLToPath, pathToFileURL } from 'node:url';
import { startReadyProcess, type PortalProcess } from '../../src/server/portal-process';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READY = /ZStack 模拟器已启动：(http:\/\/\S+?)\/zstack\/v1/;

/**
 * The simulator's own command (`src/simulator/main.ts`) in a process of its own, as
 * `npm start` runs it, on a port the OS picks: a crash shows as that process gone, not as
 * an error of the test runner. `url` is its base URL; what it prints goes to `onOutput`.
 */
export function startSimulatorProcess(onOutput: (text: string) => void = () => undefined): Promise<PortalProcess> {
  const loader = pathToFileURL(`${ROOT}node_modules/tsx/dist/loader.mjs`).href;
  return startReadyProcess(['--import', loader, `${ROOT}src/simulator/main.ts`, '--port', '0'], process.env, READY, {
    onOutput,
  });
}
