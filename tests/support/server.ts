import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningSite {
  url: string;
  close: () => Promise<void>;
}

/** Starts the built portal (the Node adapter's standalone server) on a port the OS picks. */
export async function startSite(siteDir: string, env: Record<string, string> = {}): Promise<RunningSite> {
  const child = spawn(process.execPath, [`${siteDir}/server/entry.mjs`], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[\d.:]+)/i.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    setTimeout(() => reject(new Error(`server did not start: ${output}`)), 20_000);
  });
  return { url, close: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
