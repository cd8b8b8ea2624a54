import { spawn, type ChildProcess } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const LISTENING = /listening on\s+(?:local:\s*)?(https?:\/\/\S+)/i;

/**
 * Runs the built portal (the Node adapter's standalone server) as a child process and
 * resolves once it listens. Its own "listening on" line is swallowed (the caller prints
 * the URL in its own words); everything else it prints passes through, or to `onOutput`
 * (which then gets every byte, the listening line too).
 */
export function startPortalProcess(
  entry: string,
  env: NodeJS.ProcessEnv,
  options: PortalProcessOptions = {},
): Promise<PortalProcess> {
  return startReadyProcess([...(options.nodeArgs ?? []), entry], env, LISTENING, options);
}

/**
 * Runs `node <args>` as a child process and resolves once its output matches `ready`,
 * with the pattern's first group as `url`. Until then its output is kept (and reported if
 * it exits first); afterwards it passes through, or to `onOutput`.
 */
export function startReadyProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  options: ProcessOptions = {},
): Promise<PortalProcess> {
  // Detached: a terminal's Ctrl+C reaches the supervisor alone, which then stops its children itself.
  const child = spawn(process.execPath, args, {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  options.onSpawn?.(child);
  return new Promise((resolve, reject) => {
    let output = '';
    let isReady = false;
    const onOutput = (chunk: Buffer, sink: NodeJS.WriteStream) => {
      options.onOutput?.(chunk.toString());
      if (isReady) return void (options.onOutput === undefined && sink.write(chunk));
      output += chunk.toString();
      // Colour codes (FORCE_COLOR) must not hide the line or end up in the URL.
      const match = ready.exec(stripVTControlCharacters(output));
      if (match === null) return;
      isReady = true;
      resolve({ url: match[1]!, child, stop: () => stopChild(child) });
    };
    child.stdout!.on('data', (chunk: Buffer) => onOutput(chunk, process.stdout));
    child.stderr!.on('data', (chunk: Buffer) => onOutput(chunk, process.stderr));
    child.once('exit', (code, signal) => {
      if (!isReady) reject(new PortalExitError(code, signal, output));
    });
  });
}

/** How long a child gets to exit after SIGTERM before it is killed. */
const STOP_GRACE_MS = 5_000;

/** Ends a child process with SIGTERM (SIGKILL if it is still there after a grace period); resolves once it has exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The portal exited before it listened; `output` is what it printed. */
export class PortalExitError extends Error {
  readonly output: string;

  constructor(code: number | null, signal: NodeJS.Signals | null, output: string) {
    super(`process exited before it was ready (code ${code}, signal ${signal})`);
    this.name = 'PortalExitError';
    this.output = output;
  }
}

export interface ProcessOptions {
  /** Takes all the output, instead of this process's stdout and stderr. */
  onOutput?: (text: string) => void;
  /** Its own process group: signals sent to the terminal's group do not reach it. */
  detached?: boolean;
  /** Called with the child as soon as it exists, before it is ready: a supervisor can stop it whenever it must. */
  onSpawn?: (child: ChildProcess) => void;
}

export interface PortalProcessOptions extends ProcessOptions {
  /** Options for node itself, before the entry (e.g. `--inspect=127.0.0.1:0`). */
  nodeArgs?: string[];
}

export interface PortalProcess {
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}
