/**
 * Finds people and organisations (ctx.parties) named in a text. Names joined by "and", commas or
 * "&" form one value ("Eric and Trump Jr." → [eric-trump, donald-trump-jr]), so a sentence
 * "Zhao met Eric Trump and Steve Witkoff" yields [changpeng-zhao] and [eric-trump, steve-witkoff].
 *
 * One alternation regex per party list (cached), longest alias first, so "Donald Trump Jr." wins
 * over "Donald Trump" and "Trump": linear in the text.
 */
import type { Party } from '../model';
import type { FoundValue } from './types';

interface AliasMatcher {
  re: RegExp;
  /** Lower-cased alias → party id. */
  byAlias: Map<string, string>;
  /** Short all-capital aliases ("CZ") match only in capitals. */
  caseSensitive: Set<string>;
}

const cache = new WeakMap<Party[], AliasMatcher | null>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Normalises typographic apostrophes so "Trump’s" and "Trump's" are one alias. */
export function normaliseAlias(s: string): string {
  return s.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

function matcherFor(parties: Party[]): AliasMatcher | null {
  const cached = cache.get(parties);
  if (cached !== undefined) return cached;
  const byAlias = new Map<string, string>();
  const caseSensitive = new Set<string>();
  for (const party of parties) {
    for (const alias of [party.name, ...party.aliases]) {
      const key = normaliseAlias(alias);
      if (!key) continue;
      // An alias shared by two parties names neither for sure: drop it.
      const prev = byAlias.get(key);
      if (prev !== undefined && prev !== party.id) byAlias.set(key, '');
      else byAlias.set(key, party.id);
      if (/^[A-Z]{1,3}$/.test(alias.trim())) caseSensitive.add(key);
    }
  }
  const keys = [...byAlias.keys()].filter((k) => byAlias.get(k)).sort((a, b) => b.length - a.length);
  if (keys.length === 0) {
    cache.set(parties, null);
    return null;
  }
  const body = keys.map((k) => escapeRe(k).replace(/'/g, "['’‘`]").replace(/ /g, '\\s+')).join('|');
  // Word boundaries by hand (\b is ASCII-only); an alias ending in "." ("Trump Jr.") needs none after.
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, 'giu');
  const m = { re, byAlias, caseSensitive };
  cache.set(parties, m);
  return m;
}

/** Text between two names that joins them into one group. */
const JOINER = /^(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+|\s+as well as\s+|\s+along with\s+)$/i;

export function findPeople(text: string, parties: Party[]): FoundValue[] {
  const m = matcherFor(parties);
  if (!m) return [];
  const re = new RegExp(m.re.source, m.re.flags);
  const found: FoundValue[] = [];
  let group: { ids: string[]; start: number; end: number } | null = null;
  const flush = () => {
    if (!group) return;
    found.push({ value: { type: 'people', people: group.ids }, start: group.start, end: group.end, text: text.slice(group.start, group.end) });
    group = null;
  };
  let hit: RegExpExecArray | null;
  while ((hit = re.exec(text)) !== null) {
    const key = normaliseAlias(hit[0]);
    const id = m.byAlias.get(key);
    if (!id || (m.caseSensitive.has(key) && hit[0] !== hit[0].toUpperCase())) continue;
    const start = hit.index;
    const end = start + hit[0].length;
    const g: { ids: string[]; start: number; end: number } | null = group;
    if (g && start - g.end <= 16 && JOINER.test(text.slice(g.end, start))) {
      if (!g.ids.includes(id)) g.ids.push(id);
      g.end = end;
    } else {
      flush();
      group = { ids: [id], start, end };
    }
  }
  flush();
  return found;
}
