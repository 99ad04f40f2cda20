import { describe, expect, test } from 'vitest';
import { whenIdle, yieldToPage, type SchedulerWindow } from '../../lib/dom/scheduler';

/** A window whose clock we move by hand, counting how each yield was taken. */
function fakeWindow() {
  const counts = { yields: 0, timers: 0 };
  let clock = 0;
  const win: SchedulerWindow = {
    setTimeout(cb) {
      counts.timers++;
      queueMicrotask(cb);
      return 0;
    },
    clearTimeout() {},
    performance: { now: () => clock },
    scheduler: {
      yield: () => {
        counts.yields++;
        return Promise.resolve();
      },
    },
  };
  return { win, counts, advance: (ms: number) => (clock += ms) };
}

describe('yieldToPage', () => {
  test('prefers scheduler.yield while continuations are short', async () => {
    const { win, counts, advance } = fakeWindow();
    for (let i = 0; i < 4; i++) {
      await yieldToPage(win);
      advance(8);
    }
    expect(counts).toEqual({ yields: 4, timers: 0 });
  });

  test("gives the page's timers a real turn at least every 40 ms of back-to-back work", async () => {
    const { win, counts, advance } = fakeWindow();
    // 100 slices of 8 ms = 800 ms of scanning: at least 800 / 48 timer turns.
    for (let i = 0; i < 100; i++) {
      await yieldToPage(win);
      advance(8);
    }
    expect(counts.timers).toBeGreaterThanOrEqual(16);
    expect(counts.yields).toBeGreaterThan(counts.timers);
  });

  test('falls back to a timer where scheduler.yield is missing', async () => {
    const { win, counts } = fakeWindow();
    delete win.scheduler;
    await yieldToPage(win);
    expect(counts.timers).toBe(1);
  });
});

describe('whenIdle', () => {
  test('leaves no abort listener behind once idle came, and an abort before it cancels the wait', async () => {
    const pending: (() => void)[] = [];
    const cancelled: number[] = [];
    const win = {
      ...fakeWindow().win,
      requestIdleCallback: (cb: () => void) => pending.push(cb),
      cancelIdleCallback: (id: number) => void cancelled.push(id),
    } as unknown as SchedulerWindow;
    const controller = new AbortController();
    let listeners = 0;
    const { signal } = controller;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = ((...args: Parameters<typeof add>) => (listeners++, add(...args))) as typeof add;
    signal.removeEventListener = ((...args: Parameters<typeof remove>) => (listeners--, remove(...args))) as typeof remove;
    for (let i = 0; i < 100; i++) {
      const idle = whenIdle(win, 1000, signal);
      pending.shift()!();
      await idle;
    }
    expect(listeners).toBe(0);
    void whenIdle(win, 1000, signal);
    expect(listeners).toBe(1);
    controller.abort();
    expect(cancelled).toEqual([1]);
  });
});
