import { startPortalProcess } from '../../src/server/portal-process';

export interface RunningSite {
  url: string;
  close: () => Promise<void>;
}

/** Starts the built portal's server (dist/server/portal.mjs of `siteDir`) on a port the OS picks; what it prints is dropped. */
export async function startSite(siteDir: string, env: Record<string, string> = {}): Promise<RunningSite> {
  const portal = await startPortalProcess(
    `${siteDir}/server/portal.mjs`,
    { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    { onOutput: () => undefined },
  );
  return { url: portal.url, close: portal.stop };
}
