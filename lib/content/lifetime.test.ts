// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { createLifetime } from './lifetime';

const timers = () => ({
  setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
  clearInterval: (id: unknown) => clearInterval(id as ReturnType<typeof setInterval>),
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
});

describe('content script lifetime', () => {
  test('ends only when the runtime is gone, found by its own timer', () => {
    vi.useFakeTimers();
    try {
      let orphaned = false;
      const life = createLifetime({ isOrphaned: () => orphaned, checkEveryMs: 2000, ...timers() });
      const ended = vi.fn();
      life.signal.addEventListener('abort', ended);
      vi.advanceTimersByTime(10_000);
      expect(life.ended).toBe(false);
      orphaned = true;
      vi.advanceTimersByTime(2000);
      expect(life.ended).toBe(true);
      expect(ended).toHaveBeenCalledTimes(1);
      expect(life.signal.reason).toBe('orphaned');
      expect(vi.getTimerCount()).toBe(0); // its own check stops too
    } finally {
      vi.useRealTimers();
    }
  });

  test('check() looks at once (a port disconnected); a live runtime keeps it going', () => {
    let orphaned = false;
    const life = createLifetime({ isOrphaned: () => orphaned, checkEveryMs: 60_000, ...timers() });
    expect(life.check()).toBe(false);
    orphaned = true;
    expect(life.check()).toBe(true);
    expect(life.ended).toBe(true);
  });

  test('nothing a page can do reaches it: page events and messages are not listened to', () => {
    const life = createLifetime({ isOrphaned: () => false, checkEveryMs: 60_000, ...timers() });
    // What WXT's context listened to: a document CustomEvent and window messages.
    document.dispatchEvent(new CustomEvent('x:content:wxt:content-script-started', { detail: { contentScriptName: 'content', messageId: 'page' } }));
    window.postMessage({ type: 'x:content:wxt:content-script-started', contentScriptName: 'content', messageId: 'page' }, '*');
    expect(life.ended).toBe(false);
    life.end('test over');
  });

  test('sleep resolves after the delay, or at once when ended', async () => {
    const life = createLifetime({ isOrphaned: () => false, checkEveryMs: 60_000, ...timers() });
    await life.sleep(5);
    const pending = life.sleep(60_000);
    life.end('stop');
    await pending;
    expect(life.ended).toBe(true);
  });
});
