// Where elkjs runs in the preview: in a Web Worker, so a layout of seconds never freezes the page
// (scrolling, clicks, the run pane). The worker script is elkjs's own (dist/elk-worker.js, named in
// the page's data-elk-worker); a webview may not start a worker from its resource URL directly (another
// origin), so the script is fetched and started from a blob: URL, which the page's CSP allows.
// Without a worker (no URL, the fetch or the Worker refused), and until the worker has loaded (the
// first graph of a page arrives sooner), elkjs runs in the page as before.
import ElkWithWorker from 'elkjs/lib/elk-api.js';
import ElkInThread from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ElkRunner } from './layoutScheduler';

export class BrowserElkRunner implements ElkRunner {
  private worker: InstanceType<typeof ElkWithWorker> | undefined;
  private inThread: InstanceType<typeof ElkInThread> | undefined;
  private blobUrl: Promise<string | undefined> | undefined;
  private readonly pending = new Set<(error: Error) => void>();
  /** Where the layouts ran, for the tests and the benchmark: 'worker' or 'page'. */
  where: 'worker' | 'page' | undefined;

  constructor(private readonly workerScriptUrl: string | undefined) {}

  /** True once the worker has answered: until then the page's own elkjs lays out (the first graph arrives before the worker has loaded). */
  private workerAnswered = false;

  async layout(graph: ElkNode): Promise<ElkNode> {
    const elk = this.workerAnswered ? await this.instance() : (this.inThread ??= new ElkInThread());
    return new Promise<ElkNode>((resolve, reject) => {
      this.pending.add(reject);
      elk.layout(graph).then(
        (result) => {
          this.pending.delete(reject);
          resolve(result);
        },
        (error: unknown) => {
          this.pending.delete(reject);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  /** Loads the worker and has it lay out an empty graph, so the first real layout finds it ready. */
  async warm(): Promise<void> {
    try {
      await (await this.instance()).layout({ id: 'warm-up', children: [] });
      this.workerAnswered = this.worker !== undefined;
    } catch {
      // The first real layout reports any problem.
    }
  }

  /** Stops the layout in progress: the worker is ended (and made anew, warm, for the next layout). */
  cancel(): void {
    if (this.worker) {
      this.worker.terminateWorker();
      this.worker = undefined;
      this.workerAnswered = false;
      void this.warm();
    }
    for (const reject of this.pending) reject(new Error('layout cancelled for a newer graph'));
    this.pending.clear();
  }

  private async instance(): Promise<Pick<InstanceType<typeof ElkInThread>, 'layout'>> {
    if (this.worker) return this.worker;
    const url = await (this.blobUrl ??= this.loadWorkerScript());
    if (url) {
      try {
        this.worker = new ElkWithWorker({ workerFactory: () => new Worker(url) });
        this.where = 'worker';
        document.body.dataset.layoutThread = 'worker';
        return this.worker;
      } catch {
        // Fall through to the page's own thread.
      }
    }
    this.where = 'page';
    document.body.dataset.layoutThread = 'page';
    return (this.inThread ??= new ElkInThread());
  }

  private async loadWorkerScript(): Promise<string | undefined> {
    if (!this.workerScriptUrl || typeof Worker === 'undefined') return undefined;
    try {
      const response = await fetch(this.workerScriptUrl);
      if (!response.ok) return undefined;
      const script = await response.text();
      return URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
    } catch {
      return undefined;
    }
  }
}
