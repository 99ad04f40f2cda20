/**
 * Which of the people named in a sentence fill the slot a people fact asks
 * about. A sentence names more people than take part: "CZ met with Steve
 * Witkoff, an associate of Trump and co-founder of World Liberty, at a Bitcoin
 * conference" names Trump, but only Witkoff was met. So people are read from
 * the cue's slot, never from the whole sentence:
 *
 *  participants  the object of the cue ("met with X and Y", "first met Trump's
 *                two sons, Eric and Trump Jr."), else its subject ("X and Y met")
 *  makers        who founded or built something: "co-founded by X", "X, a
 *                co-founder of …" (the appositive's head), "co-founder X",
 *                "X co-founded …", "Binance wrote the code"
 *  requester     the subject of a request ("Binance is seeking a pardon",
 *                "Zhao has asked Trump for clemency")
 *  list          everyone named near the cue (lists of examples)
 *
 * Names inside a parenthetical (", an associate of Trump,", ", who …,", "(…)",
 * "— … —") describe someone else and fill no slot, unless the cue itself is in
 * that parenthetical (then its head is meant: "Witkoff, a co-founder of …").
 */
import type { FoundValue } from '../values/types';
import type { Span } from './sentences';

export type PeopleSlot = 'participants' | 'makers' | 'requester' | 'list';

interface Group {
  start: number;
  end: number;
  ids: string[];
  /** Every id is the cue's own subject or a non-person (rule.notPeople), or the name is a possessive. */
  skip: boolean;
}

/** An appositive or relative clause after a comma, a bracket, or a dash pair. */
const PARENTHETICAL =
  /,\s+(?:who|whom|whose|which|an?|the|his|her|its|their|fellow|then|now|former|longtime|long-time|also)\b[^,;:()]*(?:,|(?=[.!?]?\s*$))|\([^()]*\)|\s?[—–][^—–]{1,160}[—–]/gi;
/** Text that ends the slot: a new clause or sentence. */
const CLAUSE_BREAK = /[;:!?]|\.\s|,\s+(?:who|which|where|when|while|whereas|but|after|before|as|at|in|on|during|and then|though|although|according)\b/i;
/** Between a taken group and the next: "and real estate mogul Steve Witkoff" goes on with the same slot. */
const CONTINUES = /^\s*,?\s*(?:and|&|as well as|along with|plus)\s+(?:[a-z][\w-]*\s+){0,4}$/;
/** People who act for the one named before them ("Zhao's lawyers asked …"), and requests of theirs ("Binance's lobbying campaign for …"). */
const AGENTS = /^['’]s\s+(?:(?:[\w-]+\s+){0,2}(?:lobbying|campaign|push|pursuit|request|bid|petition|application|efforts?|quest|appeal)\b|lawyers?|attorneys?|legal team|representatives?|camp|allies|advisers|advisors)\b/i;
/** A request verb between the requester and the cue. */
const REQUEST = /\b(?:seek\w*|sought|pursu\w*|ask\w*|request\w*|lobb\w*|push\w*|press\w*|hop\w*|appl\w*|petition\w*|wants?|wanted|campaign\w*|beg\w*|angl\w*)\b/i;

/** One-sentence memo: every rule that reads a value from a sentence asks for the same spans. */
let memo: { s: string; spans: Span[] } | undefined;

/** Appositives, relative clauses, brackets and dash pairs in a sentence. */
export function parentheticals(s: string): Span[] {
  if (memo?.s === s) return memo.spans;
  const spans: Span[] = [];
  memo = { s, spans };
  PARENTHETICAL.lastIndex = 0;
  for (let m = PARENTHETICAL.exec(s); m; m = PARENTHETICAL.exec(s)) {
    if (m[0].length === 0) PARENTHETICAL.lastIndex++;
    else spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

const inside = (spans: Span[], at: number): Span | undefined => spans.find((p) => at >= p.start && at < p.end);

/** Text between two offsets with parenthetical spans blanked, so their commas do not end a slot. */
function between(s: string, spans: Span[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const p of spans) {
    if (p.end <= at || p.start >= to) continue;
    out += s.slice(at, Math.max(at, p.start)) + ' '.repeat(Math.min(p.end, to) - Math.max(p.start, at));
    at = Math.min(p.end, to);
  }
  return out + s.slice(at, to);
}

function objectAfter(s: string, groups: Group[], spans: Span[], anchor: Span, maxGap: number): Group[] {
  let from = anchor.end;
  const taken: Group[] = [];
  for (const g of groups) {
    if (g.start < anchor.end || inside(spans, g.start)) continue;
    const gap = between(s, spans, from, g.start);
    if (taken.length) {
      if (!CONTINUES.test(gap) || g.skip) break;
      taken.push(g);
      from = g.end;
      continue;
    }
    if (gap.trim().length > maxGap || CLAUSE_BREAK.test(gap)) break;
    from = g.end;
    if (!g.skip) taken.push(g);
  }
  return taken;
}

function subjectBefore(s: string, groups: Group[], spans: Span[], anchor: Span, maxGap: number, needVerb: boolean): Group[] {
  let to = anchor.start;
  let verb = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g.end > anchor.start || inside(spans, g.start)) continue;
    const gap = between(s, spans, g.end, to);
    if (gap.trim().length > maxGap || CLAUSE_BREAK.test(gap) || gap.includes(',')) break;
    verb ||= REQUEST.test(gap);
    to = g.start;
    if (!g.skip && (!needVerb || verb)) return [g];
  }
  return [];
}

/** "Witkoff, a co-founder of …": the cue sits in an appositive; its head is the name before it. */
function appositiveHead(s: string, groups: Group[], spans: Span[], anchor: Span): Group[] {
  const p = inside(spans, anchor.start);
  if (!p || s[p.start] !== ',') return [];
  const head = [...groups].reverse().find((g) => g.end <= p.start && !inside(spans, g.start));
  if (!head || head.skip || s.slice(head.end, p.start).trim() !== '') return [];
  // "X and Y, a co-founder of …" describes the last of them; "X and Y, who co-founded …" both.
  const single = /^,\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?$/i.test(s.slice(p.start, anchor.end)) && !/s$/i.test(s.slice(anchor.start, anchor.end));
  return [single ? { ...head, ids: head.ids.slice(-1) } : head];
}

function slotFor(slot: PeopleSlot, s: string, groups: Group[], all: Span[], anchor: Span, window: number): Group[] {
  // A cue inside a parenthetical reads its slot there: in "Zhao, who met Eric Trump in Abu Dhabi,
  // later met Trump Jr." the first "met" is with Eric Trump.
  const spans = all.filter((p) => !(anchor.start >= p.start && anchor.start < p.end));
  switch (slot) {
    case 'participants': {
      const after = objectAfter(s, groups, spans, anchor, 30);
      return after.length ? after : subjectBefore(s, groups, spans, anchor, window, false);
    }
    case 'makers': {
      if (/^\s+by\b/i.test(s.slice(anchor.end, anchor.end + 4))) return objectAfter(s, groups, spans, anchor, 30);
      const head = appositiveHead(s, groups, all, anchor);
      if (head.length) return head;
      if (inside(all, anchor.start)) return [];
      // A title ("World Liberty co-founder Zach Witkoff") or a list ("co-founders include X and Y").
      const title = objectAfter(s, groups, spans, anchor, 0);
      const listed = /^\s+(?:are|were|include[sd]?|including)\s/i.test(s.slice(anchor.end, anchor.end + 12)) ? objectAfter(s, groups, spans, anchor, 12) : [];
      if (title.length || listed.length) return title.length ? title : listed;
      return subjectBefore(s, groups, spans, anchor, window, false);
    }
    case 'requester': {
      // "Zhao's pardon application", "his presidential pardon request": the possessor asks.
      if (/^\s+(?:application|request|bid|petition|plea|appeal|push|campaign|quest)\b/i.test(s.slice(anchor.end, anchor.end + 14))) {
        const owner = [...groups].reverse().find((g) => g.end <= anchor.start);
        if (owner && owner.ids.length && /^(?:['’]s)?\s+(?:(?:presidential|own|formal|federal|clemency)\s+)?$/i.test(s.slice(owner.end, anchor.start))) return [{ ...owner, skip: false }];
      }
      const subject = subjectBefore(s, groups, spans, anchor, window, true);
      if (subject.length) return subject;
      // "granted the pardon following Zhao's request", "a pardon at the request of Binance".
      for (const g of groups) {
        if (g.start < anchor.end || g.start - anchor.end > window || inside(spans, g.start)) continue;
        const before = s.slice(anchor.end, g.start);
        if (CLAUSE_BREAK.test(before.replace(/,\s*$/, ''))) break;
        if (/\b(?:request(?:ed)? (?:of|by)|sought by|lobbied for by|petition(?:ed)? (?:of|by|from)|application (?:of|by|from)|asked for by)\s+(?:the\s+)?$/i.test(before)) return [{ ...g, skip: false }];
        if (/^['’]s\s+(?:own\s+)?(?:request|petition|application|lobbying|plea|appeal)\b/i.test(s.slice(g.end, g.end + 24))) return [{ ...g, skip: false }];
      }
      return [];
    }
    case 'list':
      return groups.filter((g) => !g.skip && !inside(spans, g.start) && (Math.abs(g.start - anchor.end) <= window || Math.abs(anchor.start - g.end) <= window));
  }
}

/**
 * The stated people of a people fact: the slot of the first anchor that has
 * one filled, less notPeople (the subject of the cue or non-persons); with
 * `among`, a slot naming anyone else gives no value.
 */
export function slotPeople(
  slot: PeopleSlot,
  s: string,
  found: FoundValue[],
  anchors: Span[],
  notPeople: readonly string[],
  window: number,
  among?: readonly string[],
): FoundValue | undefined {
  const groups: Group[] = [];
  for (const f of found) {
    if (f.value.type !== 'people') continue;
    const ids = f.value.people.filter((p) => !notPeople.includes(p));
    // "Trump's two sons" names the sons, not Trump; but "Zhao's lawyers asked for a pardon" is Zhao asking.
    const after = s.slice(f.end, f.end + 24);
    const possessive = /^['’]s\b/.test(after) && !(slot === 'requester' && AGENTS.test(after));
    groups.push({ start: f.start, end: f.end, ids, skip: ids.length === 0 || possessive });
  }
  if (groups.length === 0) return undefined;
  const spans = parentheticals(s);
  for (const a of anchors) {
    const taken = slotFor(slot, s, groups, spans, a, window);
    const people = [...new Set(taken.flatMap((g) => g.ids))];
    if (people.length === 0) continue;
    // Someone the fact cannot be about fills the slot: no value, rather than a conflict.
    if (among && people.some((p) => !among.includes(p))) return undefined;
    const start = Math.min(...taken.map((g) => g.start));
    const end = Math.max(...taken.map((g) => g.end));
    return { value: { type: 'people', people }, start, end, text: s.slice(start, end) };
  }
  return undefined;
}
