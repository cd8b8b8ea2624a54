import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startPortalProcess, stopChild } from '../../src/server/portal-process';
import { getInspectorUrl, Inspector } from './inspector';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INSPECT = '--inspect=127.0.0.1:0';

/** The built portal, with its proxy allowed to reach `endpoint`, and an inspector on it. */
export async function startPortal(endpoint: string): Promise<MeasuredProcess> {
  let output = '';
  const portal = await startPortalProcess(
    `${ROOT}dist/server/portal.mjs`,
    { ...process.env, HOST: '127.0.0.1', PORT: '0', PORTAL_PROXY_ENDPOINTS: endpoint },
    { nodeArgs: [INSPECT], onOutput: (text) => (output += text) },
  );
  const inspector = await Inspector.connect(getInspectorUrl(output)!);
  return { url: portal.url, inspector, stop: () => stopWith(inspector, portal.stop) };
}

/** The simulator in its own process (see simulator.ts), with an inspector on it. */
export async function startSimulatorProcess(env: Record<string, string>): Promise<MeasuredProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', INSPECT, `${ROOT}bench/load/simulator.ts`], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      if (line !== undefined) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`simulator exited (${code}): ${stderr}`)));
  });
  const inspector = await Inspector.connect(getInspectorUrl(stderr)!);
  return { url, inspector, stop: () => stopWith(inspector, () => stopChild(child)) };
}

async function stopWith(inspector: Inspector, stop: () => Promise<void>): Promise<void> {
  inspector.close();
  await stop();
}

export interface MeasuredProcess {
  url: string;
  inspector: Inspector;
  stop: () => Promise<void>;
}
