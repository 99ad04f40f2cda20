/**
 * The popup's link to the page in the active tab: which tab that is, and the
 * two questions it asks the content script (page:findings, page:reveal).
 *
 * "Active tab" is resolved robustly because the popup is sometimes a tab itself
 * (opened by the background when action.openPopup is unavailable, and in the
 * end-to-end tests): an explicit ?tab=<id> wins (only extension code can open
 * this page; it can only read that tab's findings); otherwise the active tab of
 * the last focused window, unless that is one of our own pages, in which case
 * the most recently used other tab.
 */
import { z } from 'zod';
import { Finding, PageTextReply, type ResponseMap, type Result } from '../../lib/messages';
import type { Marks } from '../../lib/marks';

export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
}

type Tab = { id?: number; url?: string; title?: string; lastAccessed?: number; active?: boolean };

export interface TabsApi {
  query(q: Record<string, unknown>): Promise<Tab[]>;
  get(id: number): Promise<Tab>;
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
}

function isOwnPage(url: string | undefined, ownOrigin: string): boolean {
  return !!url && url.startsWith(ownOrigin);
}

const toInfo = (tab: Tab): TabInfo | null => (tab.id === undefined ? null : { id: tab.id, url: tab.url, title: tab.title });

export async function resolveTargetTab(tabs: TabsApi, search: string, ownOrigin: string): Promise<TabInfo | null> {
  const requested = new URLSearchParams(search).get('tab');
  if (requested && /^\d{1,10}$/.test(requested)) {
    try {
      return toInfo(await tabs.get(Number(requested)));
    } catch {
      return null;
    }
  }
  const active = (await tabs.query({ active: true, lastFocusedWindow: true })).find((t) => !isOwnPage(t.url, ownOrigin));
  if (active) return toInfo(active);
  // Without the "tabs" permission other tabs' URLs are hidden (undefined): those are candidates too.
  const recent = (await tabs.query({}))
    .filter((t) => t.id !== undefined && !isOwnPage(t.url, ownOrigin))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return recent[0] ? toInfo(recent[0]) : null;
}

/** The top frame answers for the whole tab (see the content script). */
const TOP_FRAME = { frameId: 0 };

const PageFindings = z.object({
  url: z.string().max(8192),
  title: z.string().max(2000),
  mentions: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
  findings: z.array(Finding).max(5000),
});

/** The content script's reply is data from a page's process: validated like any message. */
function unwrap<T>(raw: unknown, schema: z.ZodType<T>): T {
  const result = z
    .union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: z.string() })])
    .safeParse(raw);
  if (!result.success) throw new Error('the page answered with something unexpected');
  const reply = result.data as Result<unknown>;
  if (!reply.ok) throw new Error(reply.error);
  return schema.parse(reply.value);
}

export async function requestFindings(tabs: TabsApi, tabId: number): Promise<ResponseMap['page:findings']> {
  return unwrap(await tabs.sendMessage(tabId, { type: 'page:findings', data: {} }, TOP_FRAME), PageFindings);
}

export async function revealFinding(tabs: TabsApi, tabId: number, id: number): Promise<boolean> {
  return unwrap(await tabs.sendMessage(tabId, { type: 'page:reveal', data: { id } }, TOP_FRAME), z.object({ found: z.boolean() })).found;
}

/** The site switch or pause changed: the page turns its highlights off or on (every frame applies it). */
export async function sendPageStatus(tabs: TabsApi, tabId: number, state: { enabled: boolean; paused: boolean; marks: Marks }): Promise<void> {
  unwrap(await tabs.sendMessage(tabId, { type: 'page:status', data: state }), z.null());
}

/** The page's text, title, date and selection, for "Add this page as a source" (page:text). */
export async function requestPageText(tabs: TabsApi, tabId: number): Promise<ResponseMap['page:text']> {
  return unwrap(await tabs.sendMessage(tabId, { type: 'page:text', data: {} }, TOP_FRAME), PageTextReply);
}
