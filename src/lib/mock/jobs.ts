import type { EngineAnswer } from './types';

export interface Job {
  id: string;
  /** When the job ends; until then, polling answers 202. */
  doneAt: number;
  /** Runs once, when the job ends: applies its effect and builds the answer to polling. */
  finish: () => EngineAnswer;
  answer?: EngineAnswer;
}

/**
 * ZStack's store of asynchronous jobs (AsyncRestApiStore). Jobs end lazily:
 * whenever the engine handles a request, every job whose time has come
 * finishes, oldest first, so an injected clock drives everything.
 */
export class JobStore {
  private readonly jobs = new Map<string, Job>();
  private readonly running = new Set<Job>();
  /** In the order they finished, which (the clock never going back) is the order their results expire. */
  private readonly finished = new Set<Job>();

  constructor(private readonly retentionMs: number) {}

  /** Whether the id is taken: a job running, or one whose result is still kept. */
  has(id: string): boolean {
    return this.jobs.has(id);
  }

  add(job: Job): void {
    this.jobs.set(job.id, job);
    this.running.add(job);
  }

  settle(now: number): void {
    const due = [...this.running].filter((j) => j.doneAt <= now).sort((a, b) => a.doneAt - b.doneAt);
    for (const job of due) {
      job.answer = job.finish();
      this.running.delete(job);
      this.finished.add(job);
    }
    for (const job of this.finished) {
      if (now < job.doneAt + this.retentionMs) break;
      this.finished.delete(job);
      this.jobs.delete(job.id);
    }
  }

  /** The result of a job: still running, its answer, or gone (never existed, or expired). */
  query(id: string): 'running' | 'expired' | EngineAnswer {
    const job = this.jobs.get(id);
    if (!job) return 'expired';
    return job.answer ?? 'running';
  }
}
