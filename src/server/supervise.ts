import type { ChildProcess } from 'node:child_process';
import { strings } from '../lib/i18n';
import { stopChild } from './portal-process';

export interface SupervisedChild {
  /** What the reader calls it, e.g. 门户. */
  name: string;
  child: ChildProcess;
}

export interface SupervisionEnd {
  /** The exit code for the supervisor: 0 when asked to stop, else non-zero. */
  code: number;
  /** Why it ended, in Chinese, when a child ended on its own. */
  message?: string;
}

export const supervisionMessages = strings.server.supervision;

/**
 * Keeps processes that only work together running together. Resolves once `stop` is
 * aborted (every child stopped, code 0), or once any child exits on its own, whatever the
 * reason: then the others are stopped too (SIGTERM, then SIGKILL after a grace period),
 * and the end carries a non-zero code and a message naming the one that ended. No child
 * outlives the supervision.
 */
export function superviseChildren(children: SupervisedChild[], stop: AbortSignal): Promise<SupervisionEnd> {
  return new Promise((resolve) => {
    let ending = false;
    const end = (result: SupervisionEnd) => {
      if (ending) return;
      ending = true;
      stop.removeEventListener('abort', onAbort);
      void Promise.all(children.map(({ child }) => stopChild(child))).then(() => resolve(result));
    };
    const onAbort = () => end({ code: 0 });
    if (stop.aborted) return onAbort();
    stop.addEventListener('abort', onAbort, { once: true });
    for (const entry of children) {
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        const others = children.filter((c) => c !== entry).map((c) => c.name);
        end({
          code: code === null || code === 0 ? 1 : code,
          message: supervisionMessages.died(entry.name, code, signal, others),
        });
      };
      if (entry.child.exitCode !== null || entry.child.signalCode !== null)
        return onExit(entry.child.exitCode, entry.child.signalCode);
      entry.child.once('exit', onExit);
    }
  });
}
