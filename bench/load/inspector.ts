/**
 * Talks to a child process's inspector (started with `--inspect=127.0.0.1:0`): forces a
 * full garbage collection and reads `process.memoryUsage()` from inside the process.
 */
export class Inspector {
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
      if (message.id !== undefined) this.pending.get(message.id)?.(message.result);
    });
  }

  static async connect(url: string): Promise<Inspector> {
    const socket = new WebSocket(url);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', reject, { once: true });
    });
    return new Inspector(socket);
  }

  async collectGarbage(): Promise<void> {
    await this.call('HeapProfiler.collectGarbage');
  }

  async getMemory(): Promise<MemoryFigures> {
    const result = (await this.call('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    })) as {
      result: { value: string };
    };
    const usage = JSON.parse(result.result.value) as NodeJS.MemoryUsage;
    return { rssMiB: toMiB(usage.rss), heapUsedMiB: toMiB(usage.heapUsed), externalMiB: toMiB(usage.external) };
  }

  close(): void {
    this.socket.close();
  }

  private call(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }
}

/** The inspector's WebSocket URL from what a process printed, or undefined. */
export function getInspectorUrl(output: string): string | undefined {
  return /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1];
}

function toMiB(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

export interface MemoryFigures {
  rssMiB: number;
  heapUsedMiB: number;
  externalMiB: number;
}
