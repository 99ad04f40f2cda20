/**
 * Finds the names of the four entities in folded text (see fold.ts).
 *
 * One combined regex per engine (compiled once in createMentionFinder) finds
 * candidates; guards in mention-guards.ts then drop the ones that are not prose
 * names: URLs, e-mail addresses, code, "CZ" for Czechia, "USD1" as money
 * notation, and "Zhao" where the text has not named Changpeng Zhao.
 */
import type { EntityId, Entity } from '../model';
import type { Mention } from './types';
import { type FoldedText, toOriginal } from './fold';
import { isCodeOrAddress, isCzechCz, isUsdAmount, isOtherZhao } from './mention-guards';

interface AliasInfo {
  entity: EntityId;
  text: string;
  caseSensitive: boolean;
  needsContext: boolean;
  /** The alias is the first words of a longer one ("World Liberty" of "World Liberty Financial"). */
  prefixOfLonger?: boolean;
}

/** A found name in folded coordinates, before mapping back. */
export interface FoldedMention {
  entity: EntityId;
  start: number;
  end: number;
  needsContext: boolean;
}

export interface MentionFinder {
  find(folded: FoldedText, original: string, named: Set<EntityId>): { mentions: Mention[]; folded: FoldedMention[] };
}

/** The character before a name is part of a word (also an astral letter, two UTF-16 units). */
const WORD_BEFORE = /[\p{L}\p{N}_]$/u;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whitespace inside a name: spaces or tabs, or one line break (names wrap), never a blank line. */
const GAP = '(?:[ \\t]+(?:\\r?\\n[ \\t]*)?|\\r?\\n[ \\t]*)';
/** Same key for "Changpeng  Zhao" and "changpeng zhao". */
const keyOf = (s: string): string => s.replace(/\s+/g, ' ').toLowerCase();
const aliasPattern = (text: string): string => text.trim().split(/\s+/).map(escape).join(GAP);

export function createMentionFinder(entities: readonly Entity[]): MentionFinder {
  const byKey = new Map<string, AliasInfo[]>();
  const patterns: { source: string; length: number }[] = [];
  const add = (info: AliasInfo, source: string): void => {
    const key = keyOf(info.text);
    const list = byKey.get(key) ?? [];
    list.push(info);
    byKey.set(key, list);
    patterns.push({ source, length: info.text.length });
  };
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const text = alias.text.trim();
      if (!text) continue;
      // Short all-capital acronyms ("CZ", "WLF") in lower case are other words or codes.
      const caseSensitive = alias.caseSensitive || (text.length <= 3 && /^[A-Z]+$/.test(text));
      add({ entity: entity.id, text, caseSensitive, needsContext: alias.needsContext }, aliasPattern(text));
    }
    // 'Changpeng "CZ" Zhao': a full name with the nickname in quotes is one mention.
    const nicknames = entity.aliases.filter((a) => /^[A-Z]{2,4}$/.test(a.text.trim()));
    for (const full of entity.aliases) {
      const parts = full.text.trim().split(/\s+/);
      const prefix = entity.aliases.some((o) => keyOf(o.text).startsWith(`${keyOf(full.text)} `));
      if (parts.length !== 2 || full.needsContext || prefix) continue;
      for (const nick of nicknames) {
        const n = escape(nick.text.trim());
        const source = `${escape(parts[0]!)}${GAP}(?:"${n}"|'${n}'|\\(${n}\\))${GAP}${escape(parts[1]!)}`;
        patterns.push({ source, length: full.text.length + nick.text.length + 3 });
        const text = `${parts[0]} "${nick.text.trim()}" ${parts[1]}`;
        const key = keyOf(text);
        byKey.set(key, [{ entity: entity.id, text, caseSensitive: false, needsContext: false }]);
      }
    }
  }
  const all = [...byKey.values()].flat();
  for (const a of all) {
    const key = keyOf(a.text);
    a.prefixOfLonger = all.some((b) => b.entity === a.entity && keyOf(b.text).startsWith(`${key} `));
  }
  // Longest first so "World Liberty Financial" wins over "World Liberty".
  patterns.sort((a, b) => b.length - a.length);
  // Two regexes, for speed on long pages: a plain one finds candidates (no lookaround and no
  // u flag, which make V8 several times slower on every position of the text), then a sticky
  // one with the end boundary confirms each candidate where it starts, backtracking from
  // "Binance.USx" to "Binance" as a single regex would. The start boundary is checked in code.
  const alternatives = patterns.map((p) => p.source).join('|');
  const combined = patterns.length ? new RegExp(`(?:${alternatives})`, 'gi') : null;
  const confirm = new RegExp(`(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'iuy');

  const identify = (matched: string): AliasInfo | undefined => {
    // The nickname forms 'Changpeng (CZ) Zhao' and "Changpeng 'CZ' Zhao" share one key.
    const list = byKey.get(keyOf(matched)) ?? byKey.get(keyOf(matched.replace(/['()]/g, '"')));
    if (!list) return undefined;
    const norm = matched.replace(/\s+/g, ' ');
    return list.find((a) => !a.caseSensitive || a.text === norm) ?? undefined;
  };

  return {
    find(folded, original, named) {
      const out: FoldedMention[] = [];
      if (!combined) return { mentions: [], folded: out };
      const text = folded.text;
      const seen = new Set<EntityId>(named);
      // A text about Binance that says "Zhao" means its founder: Binance anywhere in it is context enough.
      let aboutBinance: boolean | undefined;
      const contextFor = (entity: EntityId): boolean => {
        if (seen.has(entity)) return true;
        if (entity !== 'cz') return false;
        aboutBinance ??= named.has('binance') || /\bBinance\b/i.test(text);
        return aboutBinance;
      };
      combined.lastIndex = 0;
      for (let c = combined.exec(text); c; c = combined.exec(text)) {
        const start = c.index;
        combined.lastIndex = start + 1;
        if (start > 0 && WORD_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
        confirm.lastIndex = start;
        const m = confirm.exec(text);
        if (!m) continue;
        combined.lastIndex = start + m[0].length;
        let end = start + m[0].length;
        const info = identify(m[0]);
        if (!info) continue;
        // Aliases with a dot ("Binance.US") must keep the capitals after it: "binance.us" is a domain.
        if (info.text.includes('.') && m[0].slice(m[0].lastIndexOf('.')) !== info.text.slice(info.text.lastIndexOf('.'))) continue;
        // "Binance.US" when the data lists only "Binance": the US arm is still Binance.
        if (info.entity === 'binance' && text.startsWith('.US', end) && !/[\p{L}\p{N}_]/u.test(text[end + 3] ?? ' ')) end += 3;
        if (isCodeOrAddress(text, start, end)) continue;
        // A name of several words is a proper noun: "world liberty" in lower case is an ideal, not the company.
        if (/\s/.test(m[0]) && !/^\S*?[\p{Lu}]\S*\s+["'(]?[\p{Lu}]/u.test(m[0])) continue;
        // "World Liberty Bell", "Changpeng Wu": the start of some other name.
        if (info.prefixOfLonger && /^[ \t]+[A-Z][a-z]/.test(text.slice(end, end + 3))) continue;
        if (info.entity === 'cz' && info.caseSensitive && isCzechCz(text, start, end)) continue;
        if (info.entity === 'usd1' && isUsdAmount(text, end)) continue;
        if (info.needsContext) {
          if (!contextFor(info.entity)) continue;
          if (isOtherZhao(text, start, end, info.text)) continue;
        } else {
          seen.add(info.entity);
        }
        out.push({ entity: info.entity, start, end, needsContext: info.needsContext });
      }
      const mentions = out.map((f) => {
        const o = toOriginal(folded, f.start, f.end);
        return { entity: f.entity, start: o.start, end: o.end, text: original.slice(o.start, o.end) };
      });
      return { mentions, folded: out };
    },
  };
}
