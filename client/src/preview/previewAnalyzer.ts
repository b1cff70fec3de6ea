// The extension host's side of the preview's analysis worker: one worker, started on first use,
// one analysis at a time, and only the newest text waits (each keystroke supersedes the last).
import { Worker } from 'node:worker_threads';
import type { PreviewAnalysisRequest, PreviewAnalysisResponse } from './analysisProtocol';

/**
 * An analysis is linear and takes seconds at most; one that runs longer than this is stopped (the
 * worker is ended and started again for the next text), so a preview can never wait forever.
 */
const ANALYSIS_TIME_LIMIT_MS = 30_000;

export type PreviewAnalysis = { ok: true; result: PreviewAnalysisResponse } | { ok: false; problem: string } | { ok: 'superseded' };

interface Waiting {
  request: Omit<PreviewAnalysisRequest, 'id'>;
  resolve(analysis: PreviewAnalysis): void;
}

export class PreviewAnalyzer {
  private worker: Worker | undefined;
  private nextId = 1;
  private running: (Waiting & { id: number; timer: ReturnType<typeof setTimeout> }) | undefined;
  private queued: Waiting | undefined;
  private disposed = false;

  /** `workerPath`: the bundled worker (dist/previewWorker.js). */
  constructor(private readonly workerPath: string) {}

  /** Analyses `request` off the extension host; a newer call before this one starts supersedes it. */
  analyze(request: Omit<PreviewAnalysisRequest, 'id'>): Promise<PreviewAnalysis> {
    if (this.disposed) return Promise.resolve({ ok: 'superseded' });
    return new Promise((resolve) => {
      this.queued?.resolve({ ok: 'superseded' });
      this.queued = { request, resolve };
      this.startNext();
    });
  }

  dispose(): void {
    this.disposed = true;
    this.queued?.resolve({ ok: 'superseded' });
    this.queued = undefined;
    this.finishRunning({ ok: 'superseded' });
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private startNext(): void {
    if (this.running || !this.queued || this.disposed) return;
    const waiting = this.queued;
    this.queued = undefined;
    let worker: Worker;
    try {
      worker = this.worker ??= this.startWorker();
    } catch (error) {
      waiting.resolve({ ok: false, problem: `The graph preview could not start its analysis: ${messageOf(error)}` });
      return;
    }
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.stopWorker();
      this.finishRunning({
        ok: false,
        problem: `Analysing this document took longer than ${ANALYSIS_TIME_LIMIT_MS / 1000} s and was stopped.`,
      });
    }, ANALYSIS_TIME_LIMIT_MS);
    this.running = { ...waiting, id, timer };
    worker.postMessage({ ...waiting.request, id } satisfies PreviewAnalysisRequest);
  }

  private startWorker(): Worker {
    const worker = new Worker(this.workerPath);
    worker.on('message', (response: PreviewAnalysisResponse) => {
      if (this.running?.id === response.id) this.finishRunning({ ok: true, result: response });
    });
    worker.on('error', (error) => {
      if (this.worker === worker) this.worker = undefined;
      this.finishRunning({ ok: false, problem: `The graph preview's analysis failed: ${messageOf(error)}` });
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.finishRunning({ ok: false, problem: "The graph preview's analysis stopped unexpectedly." });
    });
    // The worker must not keep the extension host alive on shutdown.
    worker.unref();
    return worker;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private finishRunning(analysis: PreviewAnalysis): void {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    clearTimeout(running.timer);
    running.resolve(analysis);
    this.startNext();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
