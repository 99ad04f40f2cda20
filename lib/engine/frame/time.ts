/**
 * When is a stated value from? Read from the words of the value's own clause:
 * an explicit year or month ("in 2022", "as of March 2025", "2022's"), a
 * relative time ("last year", "two years ago", "at the time", "at its peak"),
 * or a projection ("by 2026", "next year", "in the coming years"). Without any,
 * the value is dated by the page (its publication date) — or, where the page
 * gives none, assumed to be contemporary with the sources.
 *
 * Months are counted as one integer (year × 12 + month − 1) so spans compare
 * with plain arithmetic. Pure and linear: fixed windows around the value.
 */
import type { Span } from '../sentences';

/** A span of months, inclusive: [from, to] in year × 12 + (month − 1). */
export interface MonthSpan {
  from: number;
  to: number;
}

export type When =
  /** No time words in the clause: the page's date, if it has one. */
  | { kind: 'undated' }
  /** An explicit or relative time that can be placed on the calendar. */
  | { kind: 'dated'; span: MonthSpan; text: string }
  /** A time before the page's own, that cannot be placed ("at the time", "at its peak", "once"). */
  | { kind: 'earlier'; text: string }
  /** A projection: a future time or a target ("by 2026", "next year", "eventually"). */
  | { kind: 'projection'; text: string }
  /** The new figure after a change the text reports ("cut its stake to 40%", "from 60% to 40%"): not the sources' time. */
  | { kind: 'changed'; text: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const YEAR = String.raw`(?:19[5-9]\d|20[0-4]\d)`;
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, several: 3, few: 2, couple: 2 };

export function monthIndex(year: number, month = 1): number {
  return year * 12 + (month - 1);
}

/** "2025", "2025-06", "2025-06-12" → the months it covers; undefined when malformed. */
export function spanOfIsoDate(iso: string | undefined): MonthSpan | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(iso ?? '');
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) {
    const at = monthIndex(year, Number(m[2]));
    return { from: at, to: at };
  }
  return { from: monthIndex(year, 1), to: monthIndex(year, 12) };
}

/** Months between two spans (0 when they overlap). */
export function monthsApart(a: MonthSpan, b: MonthSpan): number {
  if (a.to < b.from) return b.from - a.to;
  if (b.to < a.from) return a.from - b.to;
  return 0;
}

export function describeSpan(span: MonthSpan): string {
  const y = (i: number) => Math.floor(i / 12);
  const name = (i: number) => ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][i % 12]!;
  if (span.from === span.to) return `${name(span.from)} ${y(span.from)}`;
  if (span.from % 12 === 0 && span.to % 12 === 11 && y(span.from) === y(span.to)) return String(y(span.from));
  if (y(span.from) === y(span.to)) return `${name(span.from)}–${name(span.to)} ${y(span.to)}`;
  return `${name(span.from)} ${y(span.from)}–${name(span.to)} ${y(span.to)}`;
}

/** Explicit dates: "in March 2025", "as of 2023", "2022's", "(2021)", "Q3 2024", "end of 2023". */
const EXPLICIT = new RegExp(
  String.raw`\b(?:(early|late|mid|end of|the end of|start of|the start of|beginning of|the beginning of|first half of|second half of|H[12]|Q([1-4]))[\s-]+)?(?:(${MONTH_WORD})\s+(?:\d{1,2},?\s+)?)?(${YEAR})(?:['’]s\b)?\b`,
  'gi',
);
/** Words just before an explicit year that make it the time of the clause rather than a name ("Binance 2022 Ltd"). */
const TIME_PREPOSITION = /\b(?:in|during|as of|at|by|since|from|for|until|till|through|throughout|of|around|circa|before|after|early|late|mid|end|start|beginning|when|back)\s*$/i;
/** A year with "by" before it, or "until"/"through", reads as a target when it is after the reference time. */
const TARGET_BEFORE = /\b(?:by|before|until|through|till|in)\s+(?:the\s+(?:end|close)\s+of\s+)?$/i;
/** Relative times: "last year", "two years ago", "earlier this year", "this year", "next year". */
const RELATIVE =
  /\b(?:(last|this|next|the previous|the past|the following)\s+(year|month|quarter)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|couple of|\d{1,2})\s+(years?|months?)\s+(ago|earlier|before|later|from now)|(earlier|later)\s+this\s+year|(year-?to-?date|so far this year))\b/i;
/** Times before the page's own that cannot be placed. */
const EARLIER =
  /\b(?:at the time|back then|in those days|at (?:its|the) (?:peak|height|launch|start|founding)|in its (?:early|first) (?:days|years?)|when it (?:launched|started|began)|(?:once|formerly|previously|originally|initially)(?=\s+(?:had|was|boasted|counted|claimed|served|reported|the))|used to (?:have|be)|had (?:once|previously)|(?:an?|the|its|their|his) (?:original|initial|earlier|previous|former|prior)(?=\s+(?:[\d$]|\w+\s+(?:stake|share|figure|count|fine|total))))\b/i;
/** Projections: targets and future horizons. */
const PROJECTION =
  /\b(?:in the (?:coming|next|following) (?:years?|months|decade)|in (?:the )?(?:future|years to come)|over the next (?:\w+\s+)?(?:years?|months|decade)|eventually|someday|one day|within (?:\w+\s+)?(?:years?|months)|(?:aims?|aiming|target(?:s|ing)?|plans?|planning|hopes?|hoping|expects?|expecting|projected|forecasts?|forecast|predict\w*|set) to (?:reach|hit|have|grow|serve|onboard|exceed|surpass|top|double)|growth to|grow to|goal of|target of)\b/i;
/** A change reported right before the value: "diminishes ownership … to 40 percent", "from 60% to 40%". */
const CHANGED_TO =
  /\b(?:diminish\w*|reduc\w*|cut|cuts|cutting|lower\w*|drop\w*|fell|falls?|falling|declin\w*|slash\w*|trim\w*|rais\w*|increas\w*|grew|grows?|growing|rose|rises?|rising|jump\w*|climb\w*|doubl\w*|expand\w*|shr[aiu]nk\w*|boost\w*|lift\w*|from\s+\S+(?:\s+\S+)?)\b[^.;:!?]{0,60}?\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|more than\s+)?$/i;
/** The old figure of a change: "from 60% to 40%", "up from 250 million". */
const CHANGED_FROM = /\b(?:(?:up|down|rising|falling|growing|increasing|decreasing)\s+from|from)\s+$/i;
const CHANGED_FROM_AFTER = /^\s*(?:\S+\s+){0,2}?to\s+(?:about\s+|around\s+|over\s+)?[$\d]/i;

/** Verbs in the present that say the value is current: "now has", "currently counts". */
/** A year that dates a founding or a launch, not the figure next to it. */
const OTHER_EVENT = /\b(?:founded|established|launched|created|started|incorporated|set up|born|since|launch|founding|inception)\s+(?:(?:in|on|back in)\s+)?(?:(?:early|late|mid)[- ])?$/i;

const NOW = /\b(?:now|currently|today|at present|presently|as of (?:now|today|this writing))\b/i;

/** A clause-sized window around [v.start, v.end): from the last clause break before to the next after. */
function clauseAround(s: string, v: Span): Span {
  const before = s.slice(Math.max(0, v.start - 90), v.start);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '), before.search(/[—–](?=[^—–]*$)/));
  const start = cut >= 0 ? v.start - before.length + cut + 1 : Math.max(0, v.start - 90);
  const after = s.slice(v.end, v.end + 90);
  const stop = after.search(/[;—–]|\.\s|,\s*(?:but|while|whereas|although|though|compared|up from|down from|versus|vs\.?)\b/i);
  const end = stop >= 0 ? v.end + stop : Math.min(s.length, v.end + 90);
  return { start, end };
}

/** The reference "now" for relative times: the page's date, else the newest source's. */
export function whenOf(s: string, v: Span, parentheticals: readonly Span[], now: MonthSpan): When {
  const clause = clauseAround(s, v);
  // Parentheticals that do not hold the value describe something else: "Binance, which pleaded
  // guilty in 2023, has 275 million users".
  const outside = parentheticals.filter((p) => !(p.start <= v.start && v.end <= p.end));
  const excluded = (i: number) => outside.some((p) => p.start <= i && i < p.end);
  const text = s.slice(clause.start, clause.end);
  const at = (i: number) => clause.start + i;

  // Explicit years: the nearest one to the value wins.
  let best: { when: When; gap: number } | undefined;
  EXPLICIT.lastIndex = 0;
  for (let m = EXPLICIT.exec(text); m; m = EXPLICIT.exec(text)) {
    const start = at(m.index);
    const end = start + m[0].length;
    if (excluded(start)) continue;
    // The value itself may be a year (a plea year): it dates nothing.
    if (start >= v.start && end <= v.end) continue;
    const lead = s.slice(Math.max(0, start - 24), start);
    const hasMonth = Boolean(m[3]);
    const hasPeriod = Boolean(m[1]);
    const possessive = /['’]s$/.test(m[0]);
    const bracketed = /\(\s*$/.test(lead) && s[end] === ')';
    if (!hasMonth && !hasPeriod && !possessive && !bracketed && !TIME_PREPOSITION.test(lead)) continue;
    // The date of another event: "Founded in 2017, Binance has 300 million users", "since its launch in 2017".
    if (OTHER_EVENT.test(lead)) continue;
    const year = Number(m[4]);
    let span: MonthSpan;
    if (hasMonth) {
      const month = MONTHS.indexOf(m[3]!.slice(0, 3).toLowerCase()) + 1;
      span = { from: monthIndex(year, month), to: monthIndex(year, month) };
    } else if (m[2]) {
      const q = Number(m[2]);
      span = { from: monthIndex(year, q * 3 - 2), to: monthIndex(year, q * 3) };
    } else span = { from: monthIndex(year, 1), to: monthIndex(year, 12) };
    let when: When = { kind: 'dated', span, text: m[0] };
    if (span.from > now.to && TARGET_BEFORE.test(lead)) when = { kind: 'projection', text: `${lead.match(/\w+\s*$/)?.[0] ?? ''}${m[0]}`.trim() };
    const gap = end <= v.start ? v.start - end : start - v.end;
    if (!best || gap < best.gap) best = { when, gap };
  }
  if (best) return best.when;

  // A change the text reports: the new figure is later than the text's other times, the old one earlier.
  const lead = s.slice(Math.max(clause.start, v.start - 90), v.start);
  const changed = CHANGED_TO.exec(lead);
  if (changed) return { kind: 'changed', text: changed[0].trim().replace(/\s+/g, ' ').slice(0, 60) };
  if (CHANGED_FROM.test(lead) && (CHANGED_FROM_AFTER.test(s.slice(v.end, v.end + 30)) || /^(?:up|down)\s/i.test(lead.trim().split(/\s+/).slice(-2).join(' ')))) return { kind: 'earlier', text: lead.match(/\S+\s+from\s*$|from\s*$/i)?.[0]?.trim() ?? 'from' };

  const relative = RELATIVE.exec(text);
  if (relative && !excluded(at(relative.index))) {
    const r = relative;
    const year = Math.floor(now.to / 12);
    if (r[1] && r[2]) {
      const which = r[1].toLowerCase();
      const unit = r[2].toLowerCase();
      const step = which === 'next' || which === 'the following' ? 1 : which === 'this' ? 0 : -1;
      if (step > 0) return { kind: 'projection', text: r[0] };
      if (unit === 'year') return { kind: 'dated', span: { from: monthIndex(year + step, 1), to: monthIndex(year + step, 12) }, text: r[0] };
      const months = unit === 'quarter' ? 3 : 1;
      return step === 0 ? { kind: 'dated', span: now, text: r[0] } : { kind: 'dated', span: { from: now.from - months * 2, to: now.to - 1 }, text: r[0] };
    }
    if (r[3] && r[4] && r[5]) {
      const n = NUMBER_WORDS[r[3].toLowerCase().replace(/ of$/, '')] ?? Number(r[3]);
      const months = /year/i.test(r[4]) ? 12 * n : n;
      if (/later|from now/i.test(r[5])) return { kind: 'projection', text: r[0] };
      return { kind: 'dated', span: { from: now.from - months - 2, to: now.to - months + 2 }, text: r[0] };
    }
    if (r[6] || r[7]) return { kind: 'dated', span: { from: monthIndex(year, 1), to: now.to }, text: r[0] };
  }
  const earlier = EARLIER.exec(text);
  if (earlier && !excluded(at(earlier.index))) return { kind: 'earlier', text: earlier[0] };
  const projection = PROJECTION.exec(text);
  if (projection && !excluded(at(projection.index))) return { kind: 'projection', text: projection[0] };
  return { kind: 'undated' };
}

/** Does the clause say the value is current ("now has", "currently")? Then the page's date is its date. */
export function saysNow(s: string, v: Span): boolean {
  const clause = clauseAround(s, v);
  return NOW.test(s.slice(clause.start, clause.end));
}
