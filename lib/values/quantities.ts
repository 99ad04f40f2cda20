/**
 * Finds money, counts, percentages, durations and years in a text. Each number phrase gets exactly
 * one type from the words around it ("$" or "dollars" → money, "%" → percent, "months" → duration,
 * a bare 1900–2100 → year, a scaled number or one followed by a noun → count), so the same words
 * are never both a count and money.
 *
 * Linear time: candidate positions come from one global regex; each candidate reads a bounded
 * number of tokens and fixed-size windows before and after it.
 */
import type { Qualifier, Value } from '../model';
import { NUMBER_START_WORDS, parseNumberAt, readToken, scaleOf, type NumberPhrase } from './numbers';
import type { FoundValue } from './types';

export type QuantityType = 'money' | 'count' | 'percent' | 'duration' | 'year';

const CANDIDATE_RE = new RegExp(`\\d|\\b(?:${NUMBER_START_WORDS.join('|')})\\b`, 'gi');

/** Qualifier words written just before the value (or before its currency sign). */
// Ordered so that longer phrases win: "no more than" is at-most, not "more than"; "just under" is nearly.
const QUALIFIER_BEFORE: [RegExp, Qualifier][] = [
  [/(?:up to|as much as|as many as|at most|no more than|not more than|a maximum of)$/i, 'at-most'],
  [/(?:at least|no less than|no fewer than|not less than|a minimum of)$/i, 'at-least'],
  [/(?:nearly|almost|just under|just below|just shy of|close to|not quite)$/i, 'nearly'],
  [/(?:more than|over|above|exceeding|in excess of|upwards of|north of)$/i, 'over'],
  [/(?:about|approximately|approx\.|around|roughly|some|an estimated|estimated|circa|~)$/i, 'about'],
  [/(?:less than|fewer than|under|below)$/i, 'under'],
];
const CURRENCY_BEFORE = /(?:^|[^A-Za-z])(US ?\$|U\.S\. ?\$|\$|USD )\s*$/;
const BETWEEN_BEFORE = /(?:^|[^A-Za-z])(between)\s+$/i;
const OTHER_CURRENCY_BEFORE = /(?:[€£¥₹]|(?:^|[^A-Za-z])(?:EUR|GBP|JPY|CAD|AUD|CHF|CNY|HK\$|C\$|A\$))\s*$/;
const DOLLARS_AFTER = /^(?:\s+(?:of\s+)?(?:US\s+|U\.S\.\s+)?dollars?\b|-dollars?\b|\s+USD\b)/i;
const OTHER_CURRENCY_AFTER = /^\s+(?:euros?|pounds?|yen|yuan|rupees?|francs?|EUR|GBP|JPY|CAD|AUD)\b/i;
/** "billions in profits", "tens of millions in annual revenue": vague amounts of money. */
const MONEY_NOUN_AFTER =
  /^\s+in\s+(?:[a-z]+\s+){0,2}?(?:profits?|revenues?|income|fines?|penalt(?:y|ies)|losses|sales|funding|investments?|deposits|assets|earnings|payments|cash|bribes|donations|fees|proceeds|damages|settlements?)\b/i;
/** "4.3bn fine", "$4.3 billion penalty": a scaled amount followed directly by a money noun. */
const MONEY_NOUN_DIRECT = /^\s+(?:fines?|penalt(?:y|ies)|settlements?|bail|bribes?)\b/i;
const PERCENT_AFTER = /^(?:\s?%|\s*(?:-\s*)?per\s?cent\b|\s+pct\b)/i;
const DURATION_AFTER = /^(?:\s+|-)(days?|weeks?|months?|years?)\b/i;
const RECORD_BEFORE = /\brecord(?:[- ](?:breaking|setting|high))?(?:\s+[A-Za-z'’-]+){0,3}\s*$/i;
const TRAILING_QUALIFIER: [RegExp, Qualifier][] = [
  [/^\s+or\s+more\b/i, 'at-least'],
  [/^\s+(?:or|and)\s+(?:over|above|upwards)\b/i, 'at-least'],
  [/^\s+or\s+so\b/i, 'about'],
  [/^\s+plus\b/i, 'over'],
];
/** Words after a bare number that are not what is being counted. */
const NOT_NOUNS = new Set([
  'and', 'or', 'in', 'of', 'to', 'the', 'a', 'an', 'on', 'at', 'for', 'by', 'with', 'from', 'is', 'was',
  'were', 'are', 'be', 'been', 'has', 'had', 'have', 'per', 'than', 'as', 'that', 'which', 'who', 'it',
  'its', 'but', 'so', 'if', 'when', 'while', 'after', 'before', 'since', 'until', 'this', 'these', 'those',
  'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'do', 'does', 'not', 'no', 'also',
  'percent', 'pct', 'cent', 'dollar', 'dollars', 'usd', 'euros', 'pounds', 'am', 'pm', 'times', 'into', 'out',
  'up', 'down', 'over', 'under', 'about', 'then', 'there', 'here', 'he', 'she', 'they', 'we', 'i', 'you',
]);
const DURATION_UNITS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
};
/** "once a year", "$1 billion a year": a rate, not a duration. */
const RATE_BEFORE = /(?:\b(?:once|twice|times|per|each|every)|\d|%|\b(?:million|billion|thousand|trillion|bn|mn|k|m|b))\s*$/i;

interface Classified {
  type: QuantityType | null;
  value?: Value;
  start: number;
  end: number;
}

function window(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start), Math.max(0, end));
}

/** Where group 1 of `re` (anchored at the end) starts, looking back `span` characters from `pos`. */
function groupBefore(text: string, pos: number, span: number, re: RegExp): { start: number } | null {
  const w = window(text, pos - span, pos);
  const m = re.exec(w);
  if (!m || m[1] === undefined) return null;
  const trailing = /\s*$/.exec(m[0])?.[0].length ?? 0;
  return { start: pos - w.length + m.index + m[0].length - trailing - m[1].length };
}

function findQualifierBefore(text: string, pos: number): { qualifier: Qualifier; start: number } | null {
  const before = window(text, pos - 40, pos).replace(/\s+$/, '');
  const lead = pos - (window(text, pos - 40, pos).length - before.length);
  for (const [re, q] of QUALIFIER_BEFORE) {
    const m = re.exec(before);
    if (!m) continue;
    const at = lead - m[0].length;
    // A whole word: "cover" does not end in the qualifier "over".
    if (/[A-Za-z]/.test(m[0][0] ?? '') && /[A-Za-z]/.test(text[at - 1] ?? '')) continue;
    return { qualifier: q, start: at };
  }
  return null;
}

/** The second half of "X-Y", "X to Y", "between X and Y". */
function readRangeEnd(text: string, first: NumberPhrase, between: boolean): NumberPhrase | null {
  const sep = readToken(text, first.end);
  if (!sep) return null;
  const dash = sep.kind === 'sym' && '-–—'.includes(sep.raw);
  const word = sep.kind === 'word' && (sep.lower === 'to' || (between && sep.lower === 'and'));
  if (!dash && !word) return null;
  // "$2-$3 billion", "$2 billion to $3 billion"
  let at = sep.end;
  const maybeDollar = readToken(text, at);
  if (maybeDollar && maybeDollar.raw === '$') at = maybeDollar.end;
  const next = readToken(text, at);
  if (!next) return null;
  const second = parseNumberAt(text, next.start);
  if (!second || second.vague || second.article) return null;
  return second;
}

/** Classifies one number phrase from the words around it. */
function classify(text: string, p: NumberPhrase): Classified {
  let start = p.start;
  let end = p.end;
  let amount = p.amount;
  let max = p.max;
  let qualifier: Qualifier = p.vague ? 'range' : p.plus ? 'over' : 'exact';

  // "$4.3 billion", "US$65 billion", "USD 65 billion": the value starts at the currency sign.
  const currency = groupBefore(text, p.start, 16, CURRENCY_BEFORE);
  if (currency) start = currency.start;
  const qualBefore = findQualifierBefore(text, start);

  // Ranges: "between 250 and 275 million", "$2-3 billion", "2 to 3 billion dollars".
  const between = groupBefore(text, start, 12, BETWEEN_BEFORE);
  const fromBefore = /(?:^|[^A-Za-z])from\s+$/i.test(window(text, start - 8, start));
  if (!p.vague && !p.article && !fromBefore && !(p.bareDigits && isYearLike(p.bareDigits))) {
    const second = readRangeEnd(text, p, Boolean(between));
    if (second && !(second.bareDigits && isYearLike(second.bareDigits))) {
      const lo = p.amount * (p.scaled ? 1 : scaleOf(second));
      if (lo < second.amount) {
        amount = lo;
        max = second.amount;
        qualifier = 'range';
        end = second.end;
        if (between) start = between.start;
      }
    }
  }
  if (qualifier !== 'range' && qualBefore) {
    qualifier = qualBefore.qualifier;
    start = qualBefore.start;
  } else if (qualifier === 'over' && qualBefore) {
    start = qualBefore.start;
  }

  const after = window(text, end, end + 60);
  for (const [re, q] of TRAILING_QUALIFIER) {
    const m = re.exec(after);
    if (m && qualifier === 'exact') {
      qualifier = q;
      end += m[0].length;
      break;
    }
  }
  const afterUnit = window(text, end, end + 60);
  const scaledValue = p.scaled || p.vague || qualifier === 'range';

  if (OTHER_CURRENCY_BEFORE.test(window(text, start - 8, start)) || OTHER_CURRENCY_AFTER.test(afterUnit)) {
    return { type: null, start, end };
  }
  const pct = PERCENT_AFTER.exec(afterUnit);
  if (pct && !currency) {
    if (p.article) return { type: null, start, end };
    return { type: 'percent', start, end: end + pct[0].length, value: numeric('percent', amount, max, qualifier) };
  }
  const dur = DURATION_AFTER.exec(afterUnit);
  if (dur && !currency && !p.vague) {
    if (p.article && RATE_BEFORE.test(window(text, p.start - 12, p.start))) return { type: null, start, end };
    const unit = DURATION_UNITS[dur[1]!.toLowerCase()]!;
    return {
      type: 'duration', start, end: end + dur[0].length,
      value: { type: 'duration', amount, ...(max !== undefined ? { max } : {}), qualifier, unit },
    };
  }
  if (p.article) return { type: null, start, end };
  const dollars = DOLLARS_AFTER.exec(afterUnit);
  // Without a currency sign, only a scaled amount of a money noun is money ("billions in profits",
  // "4.3bn in fines"): a bare number with no unit never is.
  const moneyNoun = scaledValue && !currency && (MONEY_NOUN_AFTER.test(afterUnit) || MONEY_NOUN_DIRECT.test(afterUnit));
  if (currency || dollars || moneyNoun) {
    const record = RECORD_BEFORE.test(window(text, start - 48, start));
    const value: Value = {
      type: 'money', currency: 'USD', amount, ...(max !== undefined ? { max } : {}), qualifier,
      ...(record ? { record: true } : {}),
    };
    return { type: 'money', start, end: end + (dollars ? dollars[0].length : 0), value };
  }
  // A bare 1900–2100 is a year, never a count ("In 2023 Binance…").
  if (p.bareDigits && isYearLike(p.bareDigits)) {
    return { type: 'year', start: p.start, end: p.end, value: { type: 'year', year: Number(p.bareDigits) } };
  }
  const next = readToken(text, end);
  const nounAfter = next !== null && next.kind === 'word' && !NOT_NOUNS.has(next.lower) && next.end - end < 24;
  if (scaledValue || nounAfter || (p.bareDigits === null && !p.vague && p.amount >= 1000)) {
    return { type: 'count', start, end, value: numeric('count', amount, max, qualifier) };
  }
  return { type: null, start, end };
}

function isYearLike(digits: string): boolean {
  const n = Number(digits);
  return digits.length === 4 && n >= 1900 && n <= 2100;
}

function numeric(type: 'count' | 'percent', amount: number, max: number | undefined, qualifier: Qualifier): Value {
  return { type, amount, ...(max !== undefined ? { max } : {}), qualifier };
}

/** Every quantity of `type` in `text`. */
export function findQuantities(type: QuantityType, text: string): FoundValue[] {
  const found: FoundValue[] = [];
  const re = new RegExp(CANDIDATE_RE.source, CANDIDATE_RE.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const pos = m.index;
    const phrase = parseNumberAt(text, pos);
    if (!phrase) {
      // Skip the whole token so a long digit run is read once.
      const t = readToken(text, pos);
      re.lastIndex = Math.max(pos + 1, t ? t.end : pos + 1);
      continue;
    }
    const c = classify(text, phrase);
    re.lastIndex = Math.max(pos + 1, c.type ? c.end : phrase.end);
    if (c.type === type && c.value) found.push({ value: c.value, start: c.start, end: c.end, text: text.slice(c.start, c.end) });
  }
  return found;
}
