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

/**
 * Resolves when the page is idle (or after `timeoutMs`, whichever first). Its abort listener goes
 * once it resolves: one call per slice over a page's lifetime must not pile listeners on the signal.
 */
export function whenIdle(win: SchedulerWindow, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return;
    let cancel = () => {};
    const done = () => {
      signal?.removeEventListener('abort', cancel);
      resolve();
    };
    if (typeof win.requestIdleCallback === 'function') {
      const id = win.requestIdleCallback(done, { timeout: timeoutMs });
      cancel = () => win.cancelIdleCallback?.(id);
    } else {
      const id = win.setTimeout(done, Math.min(timeoutMs, 50));
      cancel = () => win.clearTimeout(id);
    }
    signal?.addEventListener('abort', cancel, { once: true });
  });
}

/** How long continuations may run back to back before the page's timers get a turn. */
const TIMER_TURN_MS = 40;
const lastTimerTurn = new WeakMap<SchedulerWindow, number>();

/**
 * Give the page's own tasks (input, rendering, timers) a turn.
 *
 * `scheduler.yield()` keeps input responsive, but its continuation is queued
 * ahead of ordinary tasks: in Chromium 156 a long chain of yields starved the
 * page's own timers (a 100 ms interval did not fire for 16 s during a 3.5 MB
 * scan, and an orphaned script's cleanup timer waited as long). So at least
 * every TIMER_TURN_MS the scan yields through a real timer task, which queues
 * behind the page's due timers.
 */
export function yieldToPage(win: SchedulerWindow): Promise<void> {
  const now = win.performance ? win.performance.now() : Date.now();
  const last = lastTimerTurn.get(win);
  if (last === undefined) lastTimerTurn.set(win, now);
  const y = win.scheduler?.yield;
  if (typeof y === 'function' && now - (last ?? now) < TIMER_TURN_MS) return y.call(win.scheduler);
  lastTimerTurn.set(win, now);
  return new Promise((resolve) => void win.setTimeout(resolve, 0));
}

/** Most steps run back to back between two clock readings (see the slice loop). */
const MAX_GROUP = 16;

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
  let group = 1;

  const run = async (): Promise<void> => {
    // Never scan inside the caller's task (e.g. a MutationObserver callback): at least a microtask later.
    if (opts.waitForIdle ?? true) await whenIdle(win, opts.idleTimeoutMs ?? 1000, opts.signal);
    else await Promise.resolve();
    for (;;) {
      if (opts.signal?.aborted) break;
      const started = now();
      let more = true;
      again = false;
      for (let t = started; more && t - started < budget; ) {
        // Steps are often a microsecond (a block with no name in it), when reading the clock
        // after each would be a third of the work: run them in groups sized so a group takes
        // well under a millisecond, shrinking the group as soon as steps get expensive.
        for (let i = 0; i < group && more; i++) more = step();
        const after = now();
        if (after - t < 0.2 && group < MAX_GROUP) group *= 2;
        else if (after - t > 1 && group > 1) group >>= 1;
        t = after;
      }
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

/**
 * Runs `cb` in a task after the page's next rendered frame, when its layout is
 * clean, so box queries made by `cb` are cheap instead of forcing the first
 * layout of a large page inside our task. Hidden tabs render no frames: a
 * timer runs it there (and caps the wait anywhere).
 */
export function afterNextFrame(
  win: SchedulerWindow & { requestAnimationFrame?: (cb: () => void) => unknown },
  cb: () => void,
  signal?: AbortSignal,
  maxWaitMs = 500,
): void {
  let done = false;
  const run = () => {
    if (done || signal?.aborted) return;
    done = true;
    cb();
  };
  const fallback = win.setTimeout(run, maxWaitMs);
  signal?.addEventListener('abort', () => win.clearTimeout(fallback), { once: true });
  if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(() => void win.setTimeout(run, 0));
}
