// The clustering worker: its whole code as text (scripts/worker-source.mjs bundles it) and the
// page's side of it, in a chunk of its own so that pages with ordinary data sets never
// download either.
import { startBlobWorker } from './blob-worker.js';
import type { ClusterAnswer, WorkerRequest } from './cluster-answer.js';
import source from './cluster-worker.js?worker-source';

/** Talks to one clustering worker. Constructing it throws where the page refuses workers. */
export class ClusterWorkerClient {
  private readonly worker = startBlobWorker(source);
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (result: ClusterAnswer) => void; reject: (error: Error) => void }
  >();
  /** Why it cannot answer (failed, or stopped): later questions are refused at once. */
  private failure?: Error;
  private markStarted!: () => void;
  /**
   * Resolves once the worker runs (or has failed). Starting a worker takes several steps on
   * the page's main thread: work that would keep it busy can wait for this first.
   */
  readonly started = new Promise<void>((resolve) => (this.markStarted = resolve));

  constructor() {
    this.worker.onmessage = ({ data }: MessageEvent<{ id?: number; result: ClusterAnswer }>) => {
      this.markStarted();
      if (data.id === undefined) return; // the worker saying it runs
      this.pending.get(data.id)?.resolve(data.result);
      this.pending.delete(data.id);
    };
    this.worker.onerror = (event) => {
      event.preventDefault(); // handled: the index falls back to the main thread
      // Also when nothing waits yet: a worker started early and refused (a blob worker blocked
      // by CSP fails with this event in some browsers) must not take the next load.
      this.fail(new Error(event.message || 'The cluster worker failed'));
    };
  }

  /** Indexes `[lon, lat, …]`; false when the worker failed (blocked, crashed). */
  async load(coordinates: Float64Array): Promise<boolean> {
    try {
      // A copy: the caller indexes `coordinates` itself if this fails.
      await this.ask({ type: 'load', coordinates: coordinates.slice() });
      return true;
    } catch {
      return false;
    }
  }

  ask(request: WorkerRequest): Promise<ClusterAnswer> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(
        { id, request },
        request.type === 'load' ? [request.coordinates.buffer] : [],
      );
    });
  }

  /** Stops the worker; what still waits for an answer is refused (never left waiting). */
  terminate(): void {
    this.worker.terminate();
    this.fail(new Error('The cluster worker was stopped'));
  }

  private fail(error: Error): void {
    this.markStarted();
    this.failure = error;
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}
