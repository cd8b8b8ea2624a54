import { spawn, type ChildProcess } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const LISTENING = /listening on\s+(?:local:\s*)?(https?:\/\/\S+)/i;

/**
 * Runs the built portal (the Node adapter's standalone server) as a child process and
 * resolves once it listens. Its own "listening on" line is swallowed (the caller prints
 * the URL in its own words); everything else it prints passes through, or to `onOutput`
 * (which then gets every byte, the listening line too).
 */
export function startPortalProcess(entry: string, env: NodeJS.ProcessEnv, options: PortalProcessOptions = {}): Promise<PortalProcess> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    let ready = false;
    const onOutput = (chunk: Buffer, sink: NodeJS.WriteStream) => {
      options.onOutput?.(chunk.toString());
      if (ready) return void (options.onOutput === undefined && sink.write(chunk));
      output += chunk.toString();
      // Colour codes (FORCE_COLOR) must not hide the line or end up in the URL.
      const match = LISTENING.exec(stripVTControlCharacters(output));
      if (match === null) return;
      ready = true;
      resolve({ url: match[1]!, child, stop: () => stopChild(child) });
    };
    child.stdout!.on('data', (chunk: Buffer) => onOutput(chunk, process.stdout));
    child.stderr!.on('data', (chunk: Buffer) => onOutput(chunk, process.stderr));
    child.once('exit', (code, signal) => {
      if (!ready) reject(new PortalExitError(code, signal, output));
    });
  });
}

/** Ends a child process with SIGTERM; resolves once it has exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The portal exited before it listened; `output` is what it printed. */
export class PortalExitError extends Error {
  readonly output: string;

  constructor(code: number | null, signal: NodeJS.Signals | null, output: string) {
    super(`portal exited before listening (code ${code}, signal ${signal})`);
    this.name = 'PortalExitError';
    this.output = output;
  }
}

export interface PortalProcessOptions {
  /** Options for node itself, before the entry (e.g. `--inspect=127.0.0.1:0`). */
  nodeArgs?: string[];
  /** Takes all the output, instead of this process's stdout and stderr. */
  onOutput?: (text: string) => void;
}

export interface PortalProcess {
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}
