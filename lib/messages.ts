/**
 * The one typed protocol between the parts of the extension. Every message is a
 * `{ type, data }` object validated with zod on arrival; every reply is
 * `{ ok: true, value } | { ok: false, error }` rather than a thrown error across
 * the boundary. Receivers also check the sender (see lib/background/router.ts
 * and the content script).
 *
 * Directions:
 *   content → background: page:prefilter, page:scan, card:get, tab:findings, site:status, note:open, fact:open
 *     (the engine and the claims live in the background, once per browser: the content script sends
 *     the text of blocks that name an entity and paints what comes back — issue 11, docs/design.md section 1)
 *   popup → background: snapshot:get
 *   popup   → background: site:set, pause:set, note:create-passage
 *   options page → background: settings:get, settings:set (marks, sites switched off, pause; applied live)
 *   note frame → background: note:save, note:close (the card's note field, docs/design.md section 7)
 *   popup   → content:    page:findings, page:reveal, page:text (the page's text, to add it as a source)
 *   popup/background → content: page:status (the site switch or global pause changed; turn on/off live)
 *   background → content: page:note (the note frame saved or closed)
 *
 * A content script never carries a note's text: it only names the passage (note:open) and
 * frames the note page; what the reader types goes from that frame to the background.
 */
import { z } from 'zod';
import { ClaimSnapshot, EntityId, IsoDate } from './model';
import { MARK_STYLES, type Marks } from './marks';
import type { PrefilterSpec } from './dom/prefilter';
import type { PageScanResult } from './engine/types';
import type { DocumentCarry } from './engine/claims';
import type { CardLookup } from '../components/card/card-model';
import { FRAME_PORT, fail, ok, type Result } from './protocol/base';

export { FRAME_PORT, fail, ok, type Result };

const MarkStyle = z.enum(MARK_STYLES);
/** How each verdict is marked on pages (lib/marks.ts). */
export const MarksMessage = z.object({ contradicted: MarkStyle, mixed: MarkStyle, supported: MarkStyle, related: MarkStyle });

const url = z.string().max(8192);

const count = z.number().int().nonnegative();
/** Claims per verdict on a page (the badge's colour follows the worst). */
export const VerdictCounts = z.object({ contradicted: count, mixed: count, supported: count, related: count });
export type VerdictCounts = z.infer<typeof VerdictCounts>;

/** What the options page may change at once; absent fields stay as they are. */
export const SettingsPatch = z.object({
  marks: MarksMessage.optional(),
  /** The full list of sites switched off (replaces it). */
  sites: z.array(z.string().max(512)).max(2000).optional(),
  paused: z.boolean().optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;


/** A summary of one highlight on the page, as the popup lists it. */
export const Finding = z.object({
  /** Stable within one page load: index into the content script's highlight list. */
  id: z.number().int().nonnegative(),
  kind: z.enum(['mention', 'claim']),
  entity: z.string().max(32).optional(),
  fact: z.string().max(128).optional(),
  verdict: z.enum(['supported', 'contradicted', 'mixed', 'related']).optional(),
  text: z.string().max(2000),
});
export type Finding = z.infer<typeof Finding>;

export const PassageNoteInput = z.object({
  url,
  title: z.string().max(2000),
  exact: z.string().min(1).max(10000),
  prefix: z.string().max(500),
  suffix: z.string().max(500),
  body: z.string().max(100_000),
  factId: z.string().max(128).optional(),
});
export type PassageNoteInput = z.infer<typeof PassageNoteInput>;

/** The passage of a note the card is about to take (everything but the text). */
export const NotePassage = PassageNoteInput.omit({ body: true });

/** Names one note being written: random, made by the background, known to the content script and the note frame only. */
export const NoteToken = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

const Holder = z.union([
  z.object({ kind: z.literal('entity'), id: EntityId, text: z.string().max(500) }),
  z.object({ kind: z.literal('other'), text: z.string().max(500) }),
  z.object({ kind: z.literal('unknown') }),
]);
/** What one block of a page leaves for the next (lib/engine/claims.ts DocumentCarry), kept by the content script between batches. */
export const Carry = z.object({ person: Holder.optional(), org: Holder.optional(), jurisdiction: z.enum(['us', 'canada', 'other']).optional() });

/** A page:scan batch: at most this many blocks and characters (the content script cuts longer blocks). */
export const SCAN_MAX_BLOCKS = 64;
export const SCAN_MAX_CHARS = 400_000;

export const Request = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page:prefilter'), data: z.object({}) }),
  z.object({
    type: z.literal('page:scan'),
    data: z
      .object({
        blocks: z.array(z.string().max(SCAN_MAX_CHARS)).min(1).max(SCAN_MAX_BLOCKS),
        named: z.array(EntityId).max(8),
        pageDate: IsoDate.optional(),
        carry: Carry.optional(),
      })
      .refine((d) => d.blocks.reduce((n, b) => n + b.length, 0) <= SCAN_MAX_CHARS, 'batch too large'),
  }),
  z.object({ type: z.literal('card:get'), data: z.object({ facts: z.array(z.string().max(128)).max(16) }) }),
  z.object({ type: z.literal('snapshot:get'), data: z.object({}) }),
  z.object({
    type: z.literal('tab:findings'),
    // Counts only: the badge needs nothing else, and the popup asks the page for the list.
    // verdicts: optional, so a content script from before this field still reports.
    data: z.object({ mentions: count, claims: count, verdicts: VerdictCounts.optional() }),
  }),
  // first: the content script's first ask in its document (a new top document replaces the tab's page).
  z.object({ type: z.literal('site:status'), data: z.object({ url, first: z.boolean().optional() }) }),
  z.object({ type: z.literal('site:set'), data: z.object({ host: z.string().max(512), enabled: z.boolean() }) }),
  z.object({ type: z.literal('pause:set'), data: z.object({ paused: z.boolean() }) }),
  z.object({ type: z.literal('settings:get'), data: z.object({}) }),
  z.object({ type: z.literal('settings:set'), data: SettingsPatch }),
  z.object({ type: z.literal('note:create-passage'), data: PassageNoteInput }),
  z.object({ type: z.literal('fact:open'), data: z.object({ factId: z.string().max(128) }) }),
  z.object({ type: z.literal('note:open'), data: NotePassage }),
  z.object({ type: z.literal('note:save'), data: z.object({ token: NoteToken, body: z.string().max(100_000) }) }),
  z.object({ type: z.literal('note:close'), data: z.object({ token: NoteToken, reason: z.enum(['cancel', 'escape']) }) }),
  z.object({ type: z.literal('page:findings'), data: z.object({}) }),
  z.object({ type: z.literal('page:reveal'), data: z.object({ id: z.number().int().nonnegative() }) }),
  z.object({ type: z.literal('page:text'), data: z.object({}) }),
  z.object({ type: z.literal('page:status'), data: z.object({ enabled: z.boolean(), paused: z.boolean(), marks: MarksMessage }) }),
  z.object({ type: z.literal('page:note'), data: z.object({ token: NoteToken, event: z.enum(['saved', 'cancel', 'escape']) }) }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** What each request answers with. */
export interface ResponseMap {
  'snapshot:get': ClaimSnapshot;
  'page:prefilter': PrefilterSpec;
  /** One result per block, offsets into that block's text; `named` and `carry` for the next batch. */
  'page:scan': { results: PageScanResult[]; named: EntityId[]; carry?: DocumentCarry };
  'card:get': CardLookup;
  'tab:findings': null;
  'site:status': { enabled: boolean; paused: boolean; host: string; marks: Marks };
  'site:set': null;
  'pause:set': null;
  'settings:get': { paused: boolean; sites: string[]; marks: Marks };
  'settings:set': { paused: boolean; sites: string[]; marks: Marks };
  'note:create-passage': { id: string };
  'fact:open': null;
  'note:open': { token: string };
  'note:save': { id: string };
  'note:close': null;
  'page:findings': { url: string; title: string; mentions: number; claims: number; findings: Finding[] };
  'page:reveal': { found: boolean };
  'page:text': { url: string; title: string; text: string; pageDate?: string; selection?: string };
  'page:status': null;
  'page:note': null;
}

/** The top frame's answer to page:text (lib/dom/page-text.ts), checked by the popup like any message. */
export const PageTextReply = z.object({
  url,
  title: z.string().max(2000),
  text: z.string().max(1_000_000),
  pageDate: z.string().max(32).optional(),
  selection: z.string().max(2000).optional(),
});


/** Parse an incoming message; anything malformed gets a clear error and no side effects. */
export function parseRequest(raw: unknown): Result<Request> {
  const parsed = Request.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  const first = parsed.error.issues[0];
  return fail(`malformed message${first ? ` at ${first.path.join('.') || '(root)'}: ${first.message}` : ''}`);
}
