import { describe, expect, test } from 'vitest';
import { yieldToPage, type SchedulerWindow } from '../../lib/dom/scheduler';

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
