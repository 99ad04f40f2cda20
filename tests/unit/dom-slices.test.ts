import { describe, expect, it } from 'vitest';
import { afterNextFrame, createSliceRunner, type SchedulerWindow } from '../../lib/dom/scheduler';

/** A window whose clock and timers the test drives. */
function fakeWindow(stepCost: () => number) {
  let clock = 0;
  let reads = 0;
  const timers: { at: number; cb: () => void; id: number }[] = [];
  const frames: (() => void)[] = [];
  let nextId = 1;
  const win: SchedulerWindow & { requestAnimationFrame(cb: () => void): number } = {
    setTimeout(cb, ms = 0) {
      const id = nextId++;
      timers.push({ at: clock + ms, cb, id });
      return id;
    },
    clearTimeout(id) {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    performance: {
      now: () => {
        reads++;
        return clock;
      },
    },
    requestAnimationFrame(cb) {
      frames.push(cb);
      return frames.length;
    },
  };
  return {
    win,
    advance: (ms: number) => (clock += ms),
    step: () => (clock += stepCost()),
    get reads() {
      return reads;
    },
    /** Run due timers (and microtasks in between) until none are due. */
    async flush() {
      for (;;) {
        await new Promise((r) => setImmediate(r));
        timers.sort((a, b) => a.at - b.at);
        const due = timers[0] && timers[0].at <= clock ? timers.shift()! : null;
        if (!due) return;
        due.cb();
      }
    },
    frame() {
      for (const cb of frames.splice(0)) cb();
    },
  };
}

describe('slice runner', () => {
  it('reads the clock once per group of cheap steps, and keeps slices near the budget', async () => {
    const f = fakeWindow(() => 0.001);
    let left = 20_000;
    const slices: number[] = [];
    const runner = createSliceRunner(f.win, () => (f.step(), --left > 0), { budgetMs: 8, waitForIdle: false, onSlice: (ms) => slices.push(ms) });
    runner.kick();
    await f.flush();
    expect(left).toBe(0);
    // 20,000 steps with a clock read after each would be 20,000 reads.
    expect(f.reads).toBeLessThan(20_000 / 8);
    expect(Math.max(...slices)).toBeLessThan(9);
  });

  it('falls back to one step per clock read when steps are expensive', async () => {
    const f = fakeWindow(() => 3);
    let left = 12;
    const slices: number[] = [];
    const runner = createSliceRunner(f.win, () => (f.step(), --left > 0), { budgetMs: 8, waitForIdle: false, onSlice: (ms) => slices.push(ms) });
    runner.kick();
    await f.flush();
    expect(left).toBe(0);
    // 3 ms steps: a slice stops after the step that crosses 8 ms (never a group of 16 × 3 ms).
    expect(Math.max(...slices)).toBeLessThanOrEqual(12);
  });
});

describe('afterNextFrame', () => {
  it('runs in a task after the next frame, once', async () => {
    const f = fakeWindow(() => 0);
    let runs = 0;
    afterNextFrame(f.win, () => runs++, undefined, 500);
    await f.flush();
    expect(runs).toBe(0); // no frame yet, fallback not due
    f.frame();
    expect(runs).toBe(0); // not inside the frame callback itself
    await f.flush();
    expect(runs).toBe(1);
    f.advance(600);
    await f.flush();
    expect(runs).toBe(1); // the fallback timer does not run it again
  });

  it('runs from the fallback timer where no frame comes (hidden tab), and not after abort', async () => {
    const f = fakeWindow(() => 0);
    let runs = 0;
    afterNextFrame(f.win, () => runs++, undefined, 500);
    f.advance(500);
    await f.flush();
    expect(runs).toBe(1);
    const abort = new AbortController();
    afterNextFrame(f.win, () => runs++, abort.signal, 500);
    abort.abort();
    f.frame();
    f.advance(500);
    await f.flush();
    expect(runs).toBe(1);
  });
});
