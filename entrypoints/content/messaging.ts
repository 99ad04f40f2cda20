/**
 * The content script's side of lib/messages.ts: typed requests to the
 * background, the requests addressed to this page (validated and
 * sender-checked: only this extension's own pages and background, never a tab),
 * and the port that tells the background this frame is alive.
 * Nothing here reads or posts anything through the page's window or document.
 */
/**
 * The extension API without webextension-polyfill (10 KB of the bundle, issue 11): Firefox's
 * `browser` and Chrome MV3's `chrome` both return promises from sendMessage; replies to page
 * requests are synchronous, so sendResponse is called at once (no `return true` needed).
 */
interface PortLike {
  disconnect(): void;
  onDisconnect: { addListener(fn: () => void): void };
}
type MessageListener = (raw: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (reply: unknown) => void) => undefined;
interface RuntimeLike {
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(fn: MessageListener): void; removeListener(fn: MessageListener): void };
  connect(info: { name: string }): PortLike;
  getURL(path: string): string;
}
const api = globalThis as unknown as { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };
/** Read each time: an orphaned script's runtime loses its id (isOrphaned). */
const runtime = (): RuntimeLike => (api.browser?.runtime ?? api.chrome?.runtime)!;
import { FRAME_PORT, fail, type Result } from '../../lib/protocol/base';
import type { RequestOf, RequestType, ResponseMap } from '../../lib/messages';
import { asPageRequest, type PageRequest } from '../../lib/content/guards';
import type { Lifetime } from '../../lib/content/lifetime';

/**
 * Ask the background; a dead extension context or a malformed reply becomes { ok: false }.
 * `check` validates the value of a reply this script reads (lib/content/guards.ts).
 */
export async function ask<T extends RequestType>(type: T, data: RequestOf<T>['data'], check?: (v: unknown) => boolean): Promise<Result<ResponseMap[T]>> {
  try {
    const reply = (await runtime().sendMessage({ type, data })) as Result<ResponseMap[T]> | undefined;
    if (!reply || typeof reply !== 'object' || typeof reply.ok !== 'boolean') return fail(`no reply to ${type}`);
    if (!reply.ok) return typeof reply.error === 'string' ? reply : fail(`bad reply to ${type}`);
    if (check && !check(reply.value)) return fail(`malformed reply to ${type}`);
    return reply;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

export type { PageRequest };
/** undefined: not for this frame (leave it to the frame that answers). */
type PageHandler = (req: PageRequest) => Result<unknown> | undefined;

/**
 * Listen for popup/background → page requests until `signal` aborts. Anything
 * that is not one of ours (other types, other senders) is left unanswered so
 * that other frames' listeners can reply.
 */
export function listenForPageRequests(handle: PageHandler, signal: AbortSignal): void {
  const listener: MessageListener = (raw, sender, sendResponse) => {
    if (sender.id !== runtime().id || sender.tab) return undefined;
    const req = asPageRequest(raw);
    if (!req) {
      // Ours but malformed: refused with a reason; other types are left to their receivers.
      const type = (raw as { type?: unknown } | null)?.type;
      if (typeof type === 'string' && type.startsWith('page:')) sendResponse(fail(`malformed ${type.slice(0, 40)}`));
      return undefined;
    }
    const reply = handle(req);
    if (reply !== undefined) sendResponse(reply);
    return undefined;
  };
  runtime().onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      runtime().onMessage.removeListener(listener);
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
  let port: PortLike | null = null;
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
        port = runtime().connect({ name: FRAME_PORT });
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
    return !runtime()?.id;
  } catch {
    return true;
  }
}

/** The note frame's address (per-session random origin in Chrome: web_accessible_resources use_dynamic_url). */
export function noteFrameUrl(token: string): string {
  return `${runtime().getURL('/note-frame.html')}#${token}`;
}

/** An extension file's address (web-accessible ones only load in the page: card-module.ts). */
export function extensionUrl(path: string): string {
  return runtime().getURL(path);
}
