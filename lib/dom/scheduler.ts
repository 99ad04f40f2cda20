/**
 * Running work without janking the page: start when the page is idle, then
 * run in slices of a few milliseconds, yielding to the event loop between
 * slices so that no task comes near the 50 ms long-task mark.
 */

export interface SchedulerWindow {
  setTimeout(cb: () => void, ms?: number): unknown;
  clearTimeout(id: unknown): void;
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => unknown;
  cancelIdleCallback?: (id: unknown) => void;
  performance?: { now(): number };
  scheduler?: { yield?: () => Promise<void> };
}

export interface SliceRunnerOptions {
  /** Milliseconds of work per slice. */
  budgetMs?: number;
  /** Run the first slice when idle (true) or right away (false). */
  waitForIdle?: boolean;
  /** Upper bound on how long idle waiting may take. */
  idleTimeoutMs?: number;
  signal?: AbortSignal;
  /** Called when `step` reports no more work. */
  onDrained?: () => void;
  /** Called with each slice's duration (for tests and the benchmark). */
  onSlice?: (ms: number) => void;
}

export interface SliceRunner {
  /** Make sure a run is scheduled or in progress. Cheap to call often. */
  kick(): void;
  readonly running: boolean;
}

/** Resolves when the page is idle (or after `timeoutMs`, whichever first). */
export function whenIdle(win: SchedulerWindow, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return;
    if (typeof win.requestIdleCallback === 'function') {
      const id = win.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
      signal?.addEventListener('abort', () => win.cancelIdleCallback?.(id), { once: true });
    } else {
      const id = win.setTimeout(() => resolve(), Math.min(timeoutMs, 50));
      signal?.addEventListener('abort', () => win.clearTimeout(id), { once: true });
    }
  });
}

/** Give the page's own tasks (input, rendering) a turn. */
export function yieldToPage(win: SchedulerWindow): Promise<void> {
  const y = win.scheduler?.yield;
  if (typeof y === 'function') return y.call(win.scheduler);
  return new Promise((resolve) => void win.setTimeout(resolve, 0));
}

/**
 * Calls `step` (one small unit of work; returns false when there is nothing
 * left) repeatedly in slices of at most `budgetMs`. One unit must itself stay
 * well under the budget: callers split big units (long blocks) themselves.
 */
export function createSliceRunner(win: SchedulerWindow, step: () => boolean, opts: SliceRunnerOptions = {}): SliceRunner {
  const budget = opts.budgetMs ?? 8;
  const now = () => (win.performance ? win.performance.now() : Date.now());
  let running = false;
  let again = false;

  const run = async (): Promise<void> => {
    // Never scan inside the caller's task (e.g. a MutationObserver callback): at least a microtask later.
    if (opts.waitForIdle ?? true) await whenIdle(win, opts.idleTimeoutMs ?? 1000, opts.signal);
    else await Promise.resolve();
    for (;;) {
      if (opts.signal?.aborted) break;
      const started = now();
      let more = true;
      again = false;
      while (more && now() - started < budget) more = step();
      opts.onSlice?.(now() - started);
      if (!more && !again) break;
      await yieldToPage(win);
    }
    running = false;
    if (!opts.signal?.aborted) opts.onDrained?.();
  };

  return {
    kick() {
      if (opts.signal?.aborted) return;
      if (running) {
        again = true;
        return;
      }
      running = true;
      void run();
    },
    get running() {
      return running;
    },
  };
}
