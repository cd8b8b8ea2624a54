import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { startReadyProcess, type PortalProcess } from '../../../src/server/portal-process';
import { superviseChildren } from '../../../src/server/supervise';

const READY = /ready (\S+)/;
const running: PortalProcess[] = [];

/** A child that says it is ready, then runs until stopped (or exits with `exitCode` after `exitAfterMs`). */
async function startChild(name: string, exit?: { code: number; afterMs: number }): Promise<PortalProcess> {
  const script = `console.log('ready ${name}'); setInterval(() => {}, 1000);${exit ? ` setTimeout(() => process.exit(${exit.code}), ${exit.afterMs});` : ''}`;
  const child = await startReadyProcess(['-e', script], process.env, READY, {
    detached: true,
    onOutput: () => undefined,
  });
  running.push(child);
  return child;
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.stop()));
});

describe('superviseChildren', () => {
  it('stops the portal and ends non-zero, in Chinese, when the simulator is killed', async () => {
    const [portal, simulator] = await Promise.all([startChild('portal'), startChild('simulator')]);
    const ended = superviseChildren(
      [
        { name: '门户', child: portal.child },
        { name: '模拟器', child: simulator.child },
      ],
      new AbortController().signal,
    );
    simulator.child.kill('SIGKILL');
    expect(await ended).toEqual({ code: 1, message: '模拟器进程意外退出（信号 SIGKILL），门户已停止。' });
    expect(hasExited(portal.child)).toBe(true);
  }, 20_000);

  it('passes on the exit code of a child that exits on its own, and stops the other', async () => {
    const [portal, simulator] = await Promise.all([
      startChild('portal', { code: 3, afterMs: 200 }),
      startChild('simulator'),
    ]);
    const ended = await superviseChildren(
      [
        { name: '门户', child: portal.child },
        { name: '模拟器', child: simulator.child },
      ],
      new AbortController().signal,
    );
    expect(ended).toEqual({ code: 3, message: '门户进程意外退出（退出码 3），模拟器已停止。' });
    expect(hasExited(simulator.child)).toBe(true);
  }, 20_000);

  it('stops every child and ends with 0 when asked to stop', async () => {
    const children = await Promise.all([startChild('a'), startChild('b')]);
    const controller = new AbortController();
    const ended = superviseChildren(
      children.map((c, i) => ({ name: String(i), child: c.child })),
      controller.signal,
    );
    controller.abort();
    expect(await ended).toEqual({ code: 0 });
    expect(children.every((c) => hasExited(c.child))).toBe(true);
  }, 20_000);
});
