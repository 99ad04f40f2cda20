/**
 * The content script's own lifecycle (docs/design.md, section 7). One
 * AbortController that only our own checks end: the extension cut us off (an
 * update or uninstall leaves the script orphaned: runtime.id is gone), found by
 * a timer and whenever a port or a message fails. Nothing the page can post or
 * dispatch reaches it; WXT's context, which a page event could abort, is not used.
 */

export interface LifetimeDeps {
  /** Has the extension runtime gone away under us? */
  isOrphaned(): boolean;
  setInterval(handler: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
  setTimeout(handler: () => void, ms: number): unknown;
  /** How often to look (ms). */
  checkEveryMs?: number;
}

export interface Lifetime {
  readonly signal: AbortSignal;
  readonly ended: boolean;
  /** Look now (a port disconnected, a message failed): ends the lifetime if orphaned. */
  check(): boolean;
  /** Ends everything hanging off `signal`. Only our own checks call this. */
  end(reason: string): void;
  /** Resolves after `ms`, or at once when the lifetime has ended. */
  sleep(ms: number): Promise<void>;
}

export function createLifetime(deps: LifetimeDeps): Lifetime {
  const controller = new AbortController();
  const signal = controller.signal;
  const timer = deps.setInterval(() => void check(), deps.checkEveryMs ?? 2000);
  signal.addEventListener('abort', () => deps.clearInterval(timer), { once: true });

  const end = (reason: string) => {
    if (!signal.aborted) controller.abort(reason);
  };
  const check = (): boolean => {
    if (signal.aborted) return true;
    if (deps.isOrphaned()) end('orphaned');
    return signal.aborted;
  };
  return {
    signal,
    get ended() {
      return signal.aborted;
    },
    check,
    end,
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        if (signal.aborted) return resolve();
        deps.setTimeout(resolve, ms);
        signal.addEventListener('abort', () => resolve(), { once: true });
      }),
  };
}
