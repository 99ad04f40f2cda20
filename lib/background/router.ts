/**
 * The background's message router: raw message → parseRequest (zod) → sender
 * check → handler → Result. Nothing is trusted before both checks pass, and a
 * handler that throws becomes { ok: false, error } instead of a rejected
 * promise across the boundary.
 */
import type { Browser, Runtime } from 'webextension-polyfill';
import { fail, ok, parseRequest, type Request, type RequestOf, type RequestType, type ResponseMap, type Result } from '../messages';
import { normalizeHost, pageUrl, siteKey } from '../db';
import type { DbContext } from './db-context';
import type { TabStore } from './tab-store';
import { classifySender, type SenderInfo, type SenderKind } from './senders';
import { openFact, type OpenFactApi } from './open-fact';
import { broadcastStatus } from './broadcast';

export interface RouterDeps {
  api: OpenFactApi & Pick<Browser, 'runtime' | 'tabs'>;
  db: DbContext;
  tabs: TabStore;
}

type Handler<T extends RequestType> = (data: RequestOf<T>['data'], sender: SenderInfo, deps: RouterDeps) => Promise<Result<ResponseMap[T]>>;

/** Which senders may send what. Types missing here (page:*) are for the content script, not us. */
const ALLOWED: Partial<Record<RequestType, readonly SenderKind[]>> = {
  'snapshot:get': ['content', 'page'],
  'tab:findings': ['content'],
  'site:status': ['content', 'page'],
  'site:set': ['page'],
  'pause:set': ['page'],
  'note:create-passage': ['content', 'page'],
  'fact:open': ['content', 'page'],
};

const handlers: { [T in RequestType]?: Handler<T> } = {
  async 'snapshot:get'(_data, _sender, { db }) {
    return ok(await (await db.repo()).getSnapshot());
  },
  async 'tab:findings'(data, sender, { tabs }) {
    if (sender.tabId === undefined) return fail('tab:findings must come from a tab');
    await tabs.put(sender.tabId, sender.frameId, { url: sender.url, ...data });
    return ok(null);
  },
  async 'site:status'(data, sender, { db, tabs }) {
    // Remember which page this tab shows, so a later pause or site switch can reach it.
    if (sender.kind === 'content' && sender.tabId !== undefined && sender.frameId === 0) await tabs.notePageUrl(sender.tabId, sender.url);
    return ok(await (await db.repo()).siteStatus(data.url));
  },
  async 'site:set'(data, _sender, deps) {
    const host = normalizeHost(data.host);
    if (host === null) return fail(`not a site: ${data.host.slice(0, 100)}`);
    const repo = await deps.db.repo();
    await repo.setSiteEnabled(host, data.enabled);
    await broadcastStatus(deps.api, await repo.getSettings(), { onlyHost: host, reportedUrl: topUrl(deps) });
    return ok(null);
  },
  async 'pause:set'(data, _sender, deps) {
    const repo = await deps.db.repo();
    await repo.setPaused(data.paused);
    await broadcastStatus(deps.api, await repo.getSettings(), { reportedUrl: topUrl(deps) });
    return ok(null);
  },
  async 'note:create-passage'(data, sender, { db }) {
    // A content script only notes passages of the site it runs on.
    if (sender.kind === 'content' && siteKey(data.url) !== siteKey(sender.url)) return fail('note url is not the sender page');
    const { body, factId, ...quote } = data;
    const note = await (await db.repo()).createNote({
      target: { kind: 'passage', ...quote, url: pageUrl(quote.url), ...(factId ? { factId } : {}) },
      body,
    });
    return ok({ id: note.id });
  },
  async 'fact:open'(data, _sender, { api }) {
    if (!/^[a-z0-9-]+$/.test(data.factId)) return fail('not a fact id');
    await openFact(api, data.factId);
    return ok(null);
  },
};

const topUrl = (deps: RouterDeps) => (tabId: number) => deps.tabs.pageUrl(tabId);

export async function route(raw: unknown, rawSender: Runtime.MessageSender, deps: RouterDeps): Promise<Result<unknown>> {
  const parsed = parseRequest(raw);
  if (!parsed.ok) return parsed;
  const request: Request = parsed.value;
  const sender = classifySender(rawSender, deps.api.runtime);
  if (!sender) return fail('sender refused');
  const allowed = ALLOWED[request.type];
  if (!allowed) return fail(`${request.type} is handled by the content script`);
  if (!allowed.includes(sender.kind)) return fail(`${request.type} is not accepted from a ${sender.kind === 'content' ? 'content script' : 'extension page'}`);
  const handler = handlers[request.type] as Handler<RequestType>;
  try {
    return await handler(request.data as never, sender, deps);
  } catch (error) {
    return fail(error instanceof Error ? error.message.slice(0, 500) : 'internal error');
  }
}
