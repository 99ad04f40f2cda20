/**
 * The content script's side of lib/messages.ts: typed requests to the
 * background, the requests addressed to this page (validated and
 * sender-checked: only this extension's own pages and background, never a tab),
 * and the port that tells the background this frame is alive.
 * Nothing here reads or posts anything through the page's window or document.
 */
import { browser, type Browser } from 'wxt/browser';
import { FRAME_PORT, fail, parseRequest, type Request, type RequestOf, type RequestType, type ResponseMap, type Result } from '../../lib/messages';
import type { Lifetime } from '../../lib/content/lifetime';

/** Ask the background; a dead extension context or a malformed reply becomes { ok: false }. */
export async function ask<T extends RequestType>(type: T, data: RequestOf<T>['data']): Promise<Result<ResponseMap[T]>> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, data })) as Result<ResponseMap[T]> | undefined;
    if (!reply || typeof reply !== 'object' || typeof reply.ok !== 'boolean') return fail(`no reply to ${type}`);
    return reply;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

export type PageRequest = Extract<Request, { type: 'page:findings' | 'page:reveal' | 'page:status' | 'page:note' | 'page:text' }>;
const PAGE_TYPES: ReadonlySet<string> = new Set<PageRequest['type']>(['page:findings', 'page:reveal', 'page:status', 'page:note', 'page:text']);
/** undefined: not for this frame (leave it to the frame that answers). */
type PageHandler = (req: PageRequest) => Result<unknown> | undefined;

/**
 * Listen for popup/background → page requests until `signal` aborts. Anything
 * that is not one of ours (other types, other senders) is left unanswered so
 * that other frames' listeners can reply.
 */
export function listenForPageRequests(handle: PageHandler, signal: AbortSignal): void {
  const listener = (raw: unknown, sender: { id?: string; tab?: unknown }): Promise<Result<unknown>> | undefined => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const parsed = parseRequest(raw);
    if (!parsed.ok) return Promise.resolve(parsed);
    const req = parsed.value;
    if (!PAGE_TYPES.has(req.type)) return undefined;
    const reply = handle(req as PageRequest);
    return reply === undefined ? undefined : Promise.resolve(reply);
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal.addEventListener('abort', () => {
    try {
      browser.runtime.onMessage.removeListener(listener as never);
    } catch {
      // An orphaned script's runtime is gone; nothing to remove from.
    }
  });
}

/**
 * A port to the background held while this frame reports findings: when the frame
 * goes (removed, navigated, closed) the background sees the disconnect and drops
 * the frame's entry. A disconnect seen from here means the worker stopped (we
 * reconnect at the next report) or the extension is gone (the lifetime ends).
 */
export function holdFramePort(life: Lifetime): { ensure(): void } {
  let port: Browser.runtime.Port | null = null;
  const drop = () => {
    try {
      port?.disconnect();
    } catch {
      // Already gone.
    }
    port = null;
  };
  life.signal.addEventListener('abort', drop, { once: true });
  return {
    ensure() {
      if (port || life.ended) return;
      try {
        port = browser.runtime.connect({ name: FRAME_PORT }) as unknown as Browser.runtime.Port;
        port.onDisconnect.addListener(() => {
          port = null;
          life.check();
        });
      } catch {
        port = null;
        life.check();
      }
    },
  };
}

/** Has an extension update or uninstall cut this script off? */
export function isOrphaned(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/** The note frame's address (per-session random origin in Chrome: web_accessible_resources use_dynamic_url). */
export function noteFrameUrl(token: string): string {
  return `${browser.runtime.getURL('/note-frame.html')}#${token}`;
}
