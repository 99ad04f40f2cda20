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
  /** One-word aliases that are the last word of a longer alias of the same party: surnames ("witkoff"). */
  surnames: Set<string>;
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
  const surnames = new Set(keys.filter((k) => !k.includes(' ') && keys.some((l) => l.endsWith(` ${k}`) && byAlias.get(l) === byAlias.get(k))));
  if (keys.length === 0) {
    cache.set(parties, null);
    return null;
  }
  const body = keys.map((k) => escapeRe(k).replace(/'/g, "['’‘`]").replace(/ /g, '\\s+')).join('|');
  // Word boundaries by hand (\b is ASCII-only); an alias ending in "." ("Trump Jr.") needs none after.
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, 'giu');
  const m = { re, byAlias, caseSensitive, surnames };
  cache.set(parties, m);
  return m;
}

/**
 * A capitalised word before a bare surname, in mid-sentence, is another person's given name:
 * "Zach Witkoff", "Lara Trump", "Lisa Zhao". Titles, days and months are not given names.
 */
const GIVEN_NAME = /(?:^|[^\p{L}\p{N}.!?"“'‘’]\s*|[\p{Ll},;:]\s+)(\p{Lu}\p{Ll}+)\s+$/u;
const NOT_GIVEN = new Set(
  'mr mrs ms dr president envoy senator secretary ambassador special judge founder chairman director former then by with and or when as but so yet now later earlier yesterday today meanwhile separately still also last next why how what where while after before since if though although because once that this mr. monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);

function isOtherPerson(text: string, start: number): boolean {
  const m = GIVEN_NAME.exec(text.slice(Math.max(0, start - 24), start));
  return m !== null && !NOT_GIVEN.has(m[1]!.toLowerCase());
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
    if (m.surnames.has(key) && isOtherPerson(text, hit.index)) continue;
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
