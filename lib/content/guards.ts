/**
 * Hand-written checks for the few messages the content script reads, instead
 * of zod (issue 11: the script is injected into every page and must stay under
 * 40 KB). The background validates everything it receives with zod
 * (lib/messages.ts); here we check what we are sent: requests from our own
 * extension (page:*) and the background's replies. Anything that does not
 * match is dropped, never half-used.
 */
import { isMarkStyle, MARK_VERDICTS } from '../marks';
import type { PrefilterSpec } from '../dom/prefilter';
import type { CardLookup } from '../../components/card/card-model';
import type { ResponseMap } from '../messages';
import type { PageClaim, PageMention, PageScanResult } from '../engine/types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = 1e6): v is string => typeof v === 'string' && v.length <= max;
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const ENTITIES = ['binance', 'wlfi', 'usd1', 'cz'];
const isEntity = (v: unknown): boolean => typeof v === 'string' && ENTITIES.includes(v);
const VERDICTS: readonly string[] = MARK_VERDICTS;
const arrayOf = <T>(v: unknown, each: (x: unknown) => x is T, max = 100_000): v is T[] => Array.isArray(v) && v.length <= max && v.every(each);

const isMarks = (v: unknown): boolean => isObj(v) && MARK_VERDICTS.every((k) => isMarkStyle(v[k]));
const NOTE_TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

export type PageRequest =
  | { type: 'page:findings'; data: Obj }
  | { type: 'page:reveal'; data: { id: number } }
  | { type: 'page:status'; data: { enabled: boolean; paused: boolean; marks: unknown } }
  | { type: 'page:note'; data: { token: string; event: 'saved' | 'cancel' | 'escape' } }
  | { type: 'page:text'; data: Obj };

/** A popup/background → page request, or null. */
export function asPageRequest(raw: unknown): PageRequest | null {
  if (!isObj(raw) || !isObj(raw.data)) return null;
  const d = raw.data;
  switch (raw.type) {
    case 'page:findings':
      return { type: 'page:findings', data: {} };
    case 'page:text':
      return { type: 'page:text', data: {} };
    case 'page:reveal':
      return isIndex(d.id) ? { type: 'page:reveal', data: { id: d.id } } : null;
    case 'page:status':
      return isBool(d.enabled) && isBool(d.paused) && isMarks(d.marks) ? { type: 'page:status', data: { enabled: d.enabled, paused: d.paused, marks: d.marks } } : null;
    case 'page:note':
      return isStr(d.token, 64) && NOTE_TOKEN.test(d.token) && (d.event === 'saved' || d.event === 'cancel' || d.event === 'escape')
        ? { type: 'page:note', data: { token: d.token, event: d.event } }
        : null;
    default:
      return null;
  }
}

export function isSiteStatus(v: unknown): v is ResponseMap['site:status'] {
  return isObj(v) && isBool(v.enabled) && isBool(v.paused) && isStr(v.host) && isMarks(v.marks);
}

const isCue = (v: unknown): boolean => v === null || (isObj(v) && isStr(v.source) && isStr(v.flags, 8) && /^[dimsuv]*$/.test(v.flags));

export function isPrefilterSpec(v: unknown): v is PrefilterSpec {
  return (
    isObj(v) &&
    isStr(v.version) &&
    (v.anchor === null || isStr(v.anchor)) &&
    arrayOf(v.entities, (e): e is Obj => isObj(e) && isEntity(e.id) && isStr(e.anchor)) &&
    arrayOf(v.wide, (w): w is Obj => isObj(w) && arrayOf(w.entities, (x): x is string => isEntity(x)) && isCue(w.cue))
  );
}

const isSpan = (v: Obj): boolean => isIndex(v.start) && isIndex(v.end) && (v.end as number) >= (v.start as number);
const isMention = (v: unknown): v is PageMention => isObj(v) && isSpan(v) && isEntity(v.entity);
const isComparison = (v: unknown): boolean => isObj(v) && isStr(v.source, 64) && (v.agrees === null || isBool(v.agrees));
const isClaim = (v: unknown): v is PageClaim =>
  isObj(v) &&
  isSpan(v) &&
  isStr(v.fact, 128) &&
  typeof v.verdict === 'string' &&
  VERDICTS.includes(v.verdict) &&
  isStr(v.reason) &&
  arrayOf(v.sources, (s): s is Obj => isComparison(s)) &&
  (v.stated === undefined || (isObj(v.stated) && isSpan(v.stated)));
const isScanResult = (v: unknown): v is PageScanResult => isObj(v) && arrayOf(v.mentions, isMention) && arrayOf(v.claims, isClaim);

/** A page:scan reply for `blocks` blocks: one result each, offsets inside each block's text. */
export function isScanReply(v: unknown, texts: readonly string[]): v is ResponseMap['page:scan'] {
  if (!isObj(v) || !arrayOf(v.results, isScanResult) || v.results.length !== texts.length) return false;
  if (!arrayOf(v.named, (x): x is string => isEntity(x))) return false;
  if (v.carry !== undefined && !isObj(v.carry)) return false;
  return v.results.every((r, i) => {
    const n = texts[i]!.length;
    return r.mentions.every((m) => m.end <= n) && r.claims.every((c) => c.end <= n && (!c.stated || c.stated.end <= n));
  });
}

export function isCardLookup(v: unknown): v is CardLookup {
  return (
    isObj(v) &&
    arrayOf(v.entities, (e): e is Obj => isObj(e) && isStr(e.id) && isStr(e.name) && isStr(e.description)) &&
    arrayOf(v.facts, (f): f is Obj => isObj(f) && isStr(f.id) && isStr(f.label) && (f.quotes === undefined || arrayOf(f.quotes, (q): q is string => isStr(q))) && (f.says === undefined || arrayOf(f.says, (s): s is Obj => isObj(s) && isStr(s.source) && isStr(s.value)))) &&
    arrayOf(v.sources, (s): s is Obj => isObj(s) && isStr(s.id) && isStr(s.title) && isStr(s.cites) && (s.asOf === undefined || isStr(s.asOf, 10)) && (s.asOfNote === undefined || isStr(s.asOfNote)) && (s.reader === undefined || s.reader === true))
  );
}
