/**
 * The content script's side of lib/messages.ts: typed requests to the
 * background, and the popup's requests to this page (validated and
 * sender-checked: only this extension's own pages, never a tab).
 */
import { browser } from 'wxt/browser';
import { fail, parseRequest, type Request, type RequestOf, type RequestType, type ResponseMap, type Result } from '../../lib/messages';

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

export type PageRequest = Extract<Request, { type: 'page:findings' | 'page:reveal' | 'page:status' }>;
/** undefined: not for this frame (leave it to the frame that answers). */
type PageHandler = (req: PageRequest) => Result<unknown> | undefined;

/**
 * Listen for popup → page requests. Returns the remover. Anything that is not
 * one of ours (other types, other senders) is left unanswered so that other
 * frames' listeners can reply.
 */
export function listenForPageRequests(handle: PageHandler, signal: AbortSignal): void {
  const listener = (raw: unknown, sender: { id?: string; tab?: unknown }): Promise<Result<unknown>> | undefined => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const parsed = parseRequest(raw);
    if (!parsed.ok) return Promise.resolve(parsed);
    const req = parsed.value;
    if (req.type !== 'page:findings' && req.type !== 'page:reveal' && req.type !== 'page:status') return undefined;
    const reply = handle(req);
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

/** Has an extension update or uninstall cut this script off? */
export function isOrphaned(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}
