/**
 * What the content script found in each tab (for the toolbar badge), the page
 * URL each tab reported, and the passage of a note being written in a card.
 *
 * The MV3 service worker can be stopped at any moment, so nothing lives only in
 * a global: everything goes to storage.session (in memory, cleared when the
 * browser quits, not readable by content scripts), or storage.local where
 * session is missing (older Firefox; then stale entries are cleared at start-up).
 *
 * storage.session is one quota (10 MB) for every tab, and pages decide how many
 * frames they have and what those frames say. So (docs/design.md, section 7):
 *  - an entry has a fixed size: counts and a URL cut to MAX_URL_CHARS, never the findings
 *    themselves (the popup asks the page for those);
 *  - a frame that found nothing is not stored (the top frame is, for its URL);
 *  - a tab keeps at most MAX_FRAMES_PER_TAB frame entries and MAX_NOTES_PER_TAB note
 *    passages, the oldest go first;
 *  - a frame's entry goes when the frame does (forgetFrame, from its port's disconnect);
 *  - a failed write (quota) is swallowed here: it may cost a badge count, never an answer.
 */
import type { Browser, Storage } from 'webextension-polyfill';
import type { PassageNoteInput, VerdictCounts } from '../messages';

export interface FrameFindings {
  /** The frame's URL when it reported, cut to MAX_URL_CHARS. */
  url: string;
  mentions: number;
  claims: number;
  at: number;
  /** Claims per verdict (absent from a content script that does not send them). */
  verdicts?: VerdictCounts;
  /** The reporting document (sender.documentId, Chrome): a late disconnect of a previous document does not remove it. */
  doc?: string;
}

export interface TabFindings {
  mentions: number;
  claims: number;
  /** Summed over the frames that sent them. */
  verdicts: VerdictCounts;
  frames: Record<number, FrameFindings>;
}

/** The passage a card's note is about, kept until the note frame saves or closes. */
export interface NoteDraft {
  token: string;
  frameId: number;
  passage: Omit<PassageNoteInput, 'body'>;
  at: number;
}

export const MAX_URL_CHARS = 2048;
export const MAX_FRAMES_PER_TAB = 32;
export const MAX_NOTES_PER_TAB = 4;

const PREFIX = 'tab:';
const FRAME = 'frame:';
const NOTE = 'note:';
const TOP_URL = 'top-url';

export type TabStoreApi = Pick<Browser, 'storage'> & Partial<Pick<Browser, 'action' | 'browserAction'>>;

export function storageArea(api: Pick<Browser, 'storage'>): { area: Storage.StorageArea; persistent: boolean } {
  const session = (api.storage as Partial<Storage.Static>).session;
  return session ? { area: session, persistent: false } : { area: api.storage.local, persistent: true };
}

const cutUrl = (url: string) => url.slice(0, MAX_URL_CHARS);

/** Same document, ignoring the #fragment; URLs cut at MAX_URL_CHARS compare as different pages. */
function samePage(a: string, b: string): boolean {
  if (a.length >= MAX_URL_CHARS || b.length >= MAX_URL_CHARS) return false;
  const strip = (url: string) => (url.includes('#') ? url.slice(0, url.indexOf('#')) : url);
  return strip(a) === strip(b);
}

/** The badge's colour: the worst verdict in the tab (the number is the claim count; colour is a second signal). */
export const BADGE_COLOURS = {
  contradicted: '#c62828',
  mixed: '#b45309',
  supported: '#2e7d32',
  neutral: '#5f6368',
} as const;

export function badgeColour(verdicts: VerdictCounts): string {
  if (verdicts.contradicted > 0) return BADGE_COLOURS.contradicted;
  if (verdicts.mixed > 0) return BADGE_COLOURS.mixed;
  if (verdicts.supported > 0) return BADGE_COLOURS.supported;
  return BADGE_COLOURS.neutral;
}

const noVerdicts = (): VerdictCounts => ({ contradicted: 0, mixed: 0, supported: 0, related: 0 });

export function badgeText(claims: number): string {
  if (claims <= 0) return '';
  return claims > 999 ? '999+' : String(claims);
}

export function createTabStore(api: TabStoreApi) {
  const { area, persistent } = storageArea(api);
  const tabPrefix = (tabId: number) => `${PREFIX}${tabId}:`;
  const frameKey = (tabId: number, frameId: number) => `${tabPrefix(tabId)}${FRAME}${frameId}`;
  const noteKey = (tabId: number, frameId: number) => `${tabPrefix(tabId)}${NOTE}${frameId}`;
  const topUrlKey = (tabId: number) => `${tabPrefix(tabId)}${TOP_URL}`;

  /** Every stored entry of one tab (or of all tabs), by key. */
  async function entries(tabId?: number): Promise<Record<string, unknown>> {
    const all = await area.get(null);
    const prefix = tabId === undefined ? PREFIX : tabPrefix(tabId);
    return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith(prefix)));
  }

  function ofKind<T>(stored: Record<string, unknown>, kind: string): [number, T][] {
    const out: [number, T][] = [];
    for (const [k, value] of Object.entries(stored)) {
      const at = k.indexOf(`:${kind}`);
      if (at < 0) continue;
      const id = Number(k.slice(at + kind.length + 1));
      if (Number.isInteger(id)) out.push([id, value as T]);
    }
    return out;
  }

  function total(stored: Record<string, unknown>): TabFindings {
    const result: TabFindings = { mentions: 0, claims: 0, verdicts: noVerdicts(), frames: {} };
    for (const [frameId, frame] of ofKind<FrameFindings>(stored, FRAME)) {
      result.frames[frameId] = frame;
      result.mentions += frame.mentions;
      result.claims += frame.claims;
      if (frame.verdicts) for (const v of Object.keys(result.verdicts) as (keyof VerdictCounts)[]) result.verdicts[v] += frame.verdicts[v];
    }
    return result;
  }

  async function get(tabId: number): Promise<TabFindings> {
    return total(await entries(tabId));
  }

  async function setBadge(tabId: number, claims: number, verdicts: VerdictCounts = noVerdicts()): Promise<void> {
    const action = api.action ?? api.browserAction;
    if (!action) return;
    try {
      await action.setBadgeText({ tabId, text: badgeText(claims) });
      if (claims > 0) await action.setBadgeBackgroundColor({ tabId, color: badgeColour(verdicts) });
    } catch {
      // The tab closed meanwhile: nothing to show.
    }
  }

  /** Writes, or swallows the failure (quota): callers' answers never depend on it. */
  async function trySet(items: Record<string, unknown>): Promise<boolean> {
    try {
      await area.set(items);
      return true;
    } catch {
      return false;
    }
  }

  async function tryRemove(keys: string[]): Promise<void> {
    if (!keys.length) return;
    try {
      await area.remove(keys);
    } catch {
      // Nothing more to do: the tab's entries go when it closes or navigates.
    }
  }

  /** Keys of the oldest entries of one kind beyond `keep` (never the top frame's). */
  function overflow<T extends { at: number }>(tabId: number, list: [number, T][], keep: number, key: (tabId: number, id: number) => string): string[] {
    const removable = list.filter(([id]) => !(key === frameKey && id === 0)).sort((a, b) => a[1].at - b[1].at);
    const excess = list.length - keep;
    return excess > 0 ? removable.slice(0, excess).map(([id]) => key(tabId, id)) : [];
  }

  async function clear(tabId: number): Promise<void> {
    await tryRemove(Object.keys(await entries(tabId)));
    await setBadge(tabId, 0);
  }

  return {
    get,
    /**
     * The tab's page URL as its top frame's content script last told us (site:status
     * at start-up, then every findings report). Needed because without the "tabs"
     * permission the background cannot read tab.url.
     */
    async pageUrl(tabId: number): Promise<string | undefined> {
      const stored = await entries(tabId);
      return total(stored).frames[0]?.url ?? (stored[topUrlKey(tabId)] as string | undefined);
    },
    /** Remembers the top frame's URL. Never throws: a full storage must not change a site:status answer. */
    async notePageUrl(tabId: number, url: string): Promise<void> {
      await trySet({ [topUrlKey(tabId)]: cutUrl(url) });
    },
    /** A new top document in the tab: drop everything stored for the previous one. Never throws. */
    async newPage(tabId: number, url: string): Promise<void> {
      try {
        await tryRemove(Object.keys(await entries(tabId)));
      } catch {
        // Unreadable storage: the old entries go with the tab.
      }
      await trySet({ [topUrlKey(tabId)]: cutUrl(url) });
      await setBadge(tabId, 0);
    },
    async put(tabId: number, frameId: number, report: { url: string; mentions: number; claims: number; verdicts?: VerdictCounts; doc?: string }): Promise<TabFindings> {
      try {
        const key = frameKey(tabId, frameId);
        if (frameId !== 0 && report.mentions === 0 && report.claims === 0) {
          await tryRemove([key]);
        } else {
          const entry: FrameFindings = { url: cutUrl(report.url), mentions: report.mentions, claims: report.claims, at: Date.now() };
          if (report.verdicts) entry.verdicts = { ...report.verdicts };
          if (report.doc) entry.doc = report.doc.slice(0, 128);
          if (!(await trySet({ [key]: entry }))) await tryRemove([key]);
        }
        const stored = await entries(tabId);
        const frames = ofKind<FrameFindings>(stored, FRAME);
        const gone = overflow(tabId, frames, MAX_FRAMES_PER_TAB, frameKey);
        await tryRemove(gone);
        for (const k of gone) delete stored[k];
        const tab = total(stored);
        await setBadge(tabId, tab.claims, tab.verdicts);
        return tab;
      } catch {
        return { mentions: 0, claims: 0, verdicts: noVerdicts(), frames: {} };
      }
    },
    /** A frame's document went away (its port disconnected): its findings and its note passage go too. */
    async forgetFrame(tabId: number, frameId: number, doc?: string): Promise<void> {
      try {
        const stored = await entries(tabId);
        const frame = stored[frameKey(tabId, frameId)] as FrameFindings | undefined;
        // A new document in the same frame may already have reported: keep its entry.
        const keys = frame && (!doc || !frame.doc || frame.doc === doc) ? [frameKey(tabId, frameId)] : [];
        if (stored[noteKey(tabId, frameId)] !== undefined) keys.push(noteKey(tabId, frameId));
        if (!keys.length) return;
        await tryRemove(keys);
        for (const k of keys) delete stored[k];
        const tab = total(stored);
        await setBadge(tabId, tab.claims, tab.verdicts);
      } catch {
        // Storage unreadable: the entry goes with the tab.
      }
    },
    /** Keeps the passage a card is about to take a note on; returns false when it cannot be stored. */
    async putNote(tabId: number, draft: NoteDraft): Promise<boolean> {
      const stored = await entries(tabId);
      const notes = ofKind<NoteDraft>(stored, NOTE).filter(([id]) => id !== draft.frameId);
      await tryRemove(overflow(tabId, notes, MAX_NOTES_PER_TAB - 1, noteKey));
      return trySet({ [noteKey(tabId, draft.frameId)]: draft });
    },
    /** The draft with this token in this tab, if any. */
    async findNote(tabId: number, token: string): Promise<NoteDraft | null> {
      const hit = ofKind<NoteDraft>(await entries(tabId), NOTE).find(([, d]) => d.token === token);
      return hit ? hit[1] : null;
    },
    async dropNote(tabId: number, draft: NoteDraft): Promise<void> {
      const key = noteKey(tabId, draft.frameId);
      const current = (await area.get(key))[key] as NoteDraft | undefined;
      if (current?.token === draft.token) await tryRemove([key]);
    },
    clear,
    /**
     * tabs.onUpdated with a URL (where the browser shows it to us): a new URL invalidates the
     * tab's findings; a change of #fragment only (in-page link, hash router) does not. A bare
     * status "loading" says nothing: an iframe loading (an ad, our own note frame) sends it too.
     * New top documents are noticed by their content script's first site:status (newPage).
     */
    async navigated(tabId: number, change: { status?: string; url?: string }): Promise<void> {
      if (change.url === undefined) return;
      const top = (await get(tabId)).frames[0];
      if (top && samePage(top.url, change.url)) return;
      await clear(tabId);
    },
    /** At browser start-up: tab ids from a previous session mean nothing (only matters for storage.local). */
    async clearAll(): Promise<void> {
      if (!persistent) return;
      await tryRemove(Object.keys(await entries()));
    },
  };
}

export type TabStore = ReturnType<typeof createTabStore>;
