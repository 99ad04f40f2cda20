/**
 * The background's message router: raw message → parseRequest (zod) → sender
 * check → handler → Result. Nothing is trusted before both checks pass, and a
 * handler that throws becomes { ok: false, error } instead of a rejected
 * promise across the boundary.
 */
import type { Browser, Runtime } from 'webextension-polyfill';
import { fail, ok, parseRequest, type Request, type RequestOf, type RequestType, type ResponseMap, type Result } from '../messages';
import { normalizeHost, pageUrl, siteKey, statusFor, type Settings } from '../db';
import type { DbContext } from './db-context';
import type { TabStore } from './tab-store';
import { classifySender, type SenderInfo, type SenderKind } from './senders';
import { openFact, type OpenFactApi } from './open-fact';
import { broadcastStatus } from './broadcast';
import { currentSettings, mirrorSettings } from './settings-mirror';
import { relayNoteEvent, newNoteToken } from './note-drafts';
import type { ScanService } from './scan-service';

export interface RouterDeps {
  api: OpenFactApi & Pick<Browser, 'runtime' | 'tabs' | 'storage'>;
  db: DbContext;
  tabs: TabStore;
  /** The engine, once per browser (scan-service.ts). */
  scans: ScanService;
}

type Handler<T extends RequestType> = (data: RequestOf<T>['data'], sender: SenderInfo, deps: RouterDeps) => Promise<Result<ResponseMap[T]>>;

/** Which senders may send what. Types missing here (page:*) are for the content script, not us. */
const ALLOWED: Partial<Record<RequestType, readonly SenderKind[]>> = {
  'snapshot:get': ['content', 'page'],
  // Content scripts carry no engine and no claims (issue 11): the background scans for them.
  'page:prefilter': ['content'],
  'page:scan': ['content'],
  'card:get': ['content'],
  'tab:findings': ['content'],
  'site:status': ['content', 'page'],
  'site:set': ['page'],
  'pause:set': ['page'],
  // The options page (an extension page); never a content script, which a page could drive.
  'settings:get': ['page'],
  'settings:set': ['page'],
  // A content script never sends a note's text (a page could make it): it names the passage,
  // and the note frame, an extension page the page cannot script, sends what the reader typed.
  'note:create-passage': ['page'],
  'note:open': ['content'],
  'note:save': ['frame'],
  'note:close': ['frame'],
  'fact:open': ['content', 'page'],
};

const SENDER_WORDS: Record<SenderKind, string> = { content: 'a content script', page: 'an extension page', frame: 'the note frame' };

const handlers: { [T in RequestType]?: Handler<T> } = {
  async 'snapshot:get'(_data, _sender, { db }) {
    return ok(await (await db.repo()).getSnapshot());
  },
  async 'page:prefilter'(_data, _sender, { scans }) {
    return ok(await scans.prefilter());
  },
  async 'page:scan'(data, _sender, { scans }) {
    return ok(await scans.scan(data));
  },
  async 'card:get'(data, _sender, { scans }) {
    return ok(await scans.card(data.facts));
  },
  async 'tab:findings'(data, sender, { tabs }) {
    if (sender.tabId === undefined) return fail('tab:findings must come from a tab');
    await tabs.put(sender.tabId, sender.frameId, {
      url: sender.url,
      mentions: data.mentions,
      claims: data.claims,
      ...(data.verdicts ? { verdicts: data.verdicts } : {}),
      ...(sender.documentId ? { doc: sender.documentId } : {}),
    });
    return ok(null);
  },
  async 'site:status'(data, sender, { api, db, tabs }) {
    // Remember which page this tab shows, so a later pause or site switch can reach it. Never
    // throws (a full storage.session must not change the answer: docs/design.md, section 7).
    if (sender.kind === 'content' && sender.tabId !== undefined && sender.frameId === 0) {
      // A top document starting up: whatever the tab showed before is gone, frames and notes too.
      if (data.first) await tabs.newPage(sender.tabId, sender.url);
      else await tabs.notePageUrl(sender.tabId, sender.url);
    }
    return ok(statusFor(await currentSettings(await db.repo(), api), data.url));
  },
  async 'site:set'(data, _sender, deps) {
    const host = normalizeHost(data.host);
    if (host === null) return fail(`not a site: ${data.host.slice(0, 100)}`);
    const repo = await deps.db.repo();
    await repo.setSiteEnabled(host, data.enabled);
    const settings = await repo.getSettings();
    await mirrorSettings(deps.api, settings);
    await broadcastStatus(deps.api, settings, { onlyHost: host, reportedUrl: topUrl(deps) });
    return ok(null);
  },
  async 'pause:set'(data, _sender, deps) {
    const repo = await deps.db.repo();
    await repo.setPaused(data.paused);
    const settings = await repo.getSettings();
    await mirrorSettings(deps.api, settings);
    await broadcastStatus(deps.api, settings, { reportedUrl: topUrl(deps) });
    return ok(null);
  },
  async 'settings:get'(_data, _sender, { api, db }) {
    return ok(settingsView(await currentSettings(await db.repo(), api)));
  },
  async 'settings:set'(data, _sender, deps) {
    const repo = await deps.db.repo();
    // Check every site before storing anything: a bad entry changes nothing.
    if (data.sites) {
      const bad = data.sites.find((host) => normalizeHost(host) === null);
      if (bad !== undefined) return fail(`not a site: ${bad.slice(0, 100)}`);
    }
    if (data.marks) await repo.setMarks(data.marks);
    if (data.sites) await repo.setSitesOff(data.sites);
    if (data.paused !== undefined) await repo.setPaused(data.paused);
    const settings = await repo.getSettings();
    await mirrorSettings(deps.api, settings);
    await broadcastStatus(deps.api, settings, { reportedUrl: topUrl(deps) });
    return ok(settingsView(settings));
  },
  async 'note:create-passage'(data, _sender, { db }) {
    return ok({ id: await createPassageNote(db, data) });
  },
  async 'note:open'(data, sender, { tabs }) {
    // A content script only notes passages of the site it runs on.
    if (sender.tabId === undefined) return fail('note:open must come from a tab');
    if (siteKey(data.url) !== siteKey(sender.url)) return fail('note url is not the sender page');
    const token = newNoteToken();
    const stored = await tabs.putNote(sender.tabId, { token, frameId: sender.frameId, passage: data, at: Date.now() });
    return stored ? ok({ token }) : fail('the note could not be started (storage full)');
  },
  async 'note:save'(data, sender, { api, db, tabs }) {
    const draft = sender.tabId === undefined ? null : await tabs.findNote(sender.tabId, data.token);
    if (!draft || sender.tabId === undefined) return fail('this note is no longer open; hover the highlight again');
    const id = await createPassageNote(db, { ...draft.passage, body: data.body });
    await tabs.dropNote(sender.tabId, draft);
    await relayNoteEvent(api, sender.tabId, draft, 'saved');
    return ok({ id });
  },
  async 'note:close'(data, sender, { api, tabs }) {
    const draft = sender.tabId === undefined ? null : await tabs.findNote(sender.tabId, data.token);
    if (!draft || sender.tabId === undefined) return fail('this note is no longer open');
    await tabs.dropNote(sender.tabId, draft);
    await relayNoteEvent(api, sender.tabId, draft, data.reason);
    return ok(null);
  },
  async 'fact:open'(data, _sender, { api }) {
    if (!/^[a-z0-9-]+$/.test(data.factId)) return fail('not a fact id');
    await openFact(api, data.factId);
    return ok(null);
  },
};

async function createPassageNote(db: DbContext, data: RequestOf<'note:create-passage'>['data']): Promise<string> {
  const { body, factId, ...quote } = data;
  const note = await (await db.repo()).createNote({
    target: { kind: 'passage', ...quote, url: pageUrl(quote.url), ...(factId ? { factId } : {}) },
    body,
  });
  return note.id;
}

/** Settings as the options page shows them: the sites switched off as a sorted list. */
function settingsView(settings: Settings): ResponseMap['settings:get'] {
  const sites = Object.entries(settings.sites)
    .filter(([, on]) => on === false)
    .map(([host]) => host)
    .sort();
  return { paused: settings.paused, sites, marks: { ...settings.marks } };
}

const topUrl = (deps: RouterDeps) => (tabId: number) => deps.tabs.pageUrl(tabId);

export async function route(raw: unknown, rawSender: Runtime.MessageSender, deps: RouterDeps): Promise<Result<unknown>> {
  const parsed = parseRequest(raw);
  if (!parsed.ok) return parsed;
  const request: Request = parsed.value;
  const sender = classifySender(rawSender, deps.api.runtime);
  if (!sender) return fail('sender refused');
  const allowed = ALLOWED[request.type];
  if (!allowed) return fail(`${request.type} is handled by the content script`);
  if (!allowed.includes(sender.kind)) return fail(`${request.type} is not accepted from ${SENDER_WORDS[sender.kind]}`);
  const handler = handlers[request.type] as Handler<RequestType>;
  try {
    return await handler(request.data as never, sender, deps);
  } catch (error) {
    return fail(error instanceof Error ? error.message.slice(0, 500) : 'internal error');
  }
}
