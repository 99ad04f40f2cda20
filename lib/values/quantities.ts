/**
 * Finds money, counts, percentages, durations and years in a text. Each number phrase gets exactly
 * one type from the words around it ("$" or "dollars" → money, "%" → percent, "months" → duration,
 * a bare 1900–2100 → year, a scaled number or one followed by a noun → count), so the same words
 * are never both a count and money.
 *
 * Linear time: candidate positions come from one global regex; each candidate reads a bounded
 * number of tokens and fixed-size windows before and after it.
 */
import type { Currency, Qualifier, Value } from '../model';
import { ARTICLE_NEXT_WORDS, NUMBER_START_WORDS, parseNumberAt, readToken, scaleOf, type NumberPhrase } from './numbers';
import type { FoundValue } from './types';

export type QuantityType = 'money' | 'count' | 'percent' | 'duration' | 'year';

const CANDIDATE_RE = new RegExp(
  `\\d|\\b(?:${NUMBER_START_WORDS.join('|')}|an?(?=\\s+(?:${ARTICLE_NEXT_WORDS.join('|')})\\b))\\b`,
  'gi',
);

/** Qualifier phrases written just before the value (or its currency sign); the longest match wins,
 * so "no more than" is at-most, not "more than", and "just under" is nearly, not under. */
const QUALIFIERS = new Map<string, Qualifier>([
  ...['up to', 'as much as', 'as many as', 'at most', 'no more than', 'not more than', 'a maximum of'].map((w) => [w, 'at-most'] as const),
  ...['at least', 'no less than', 'no fewer than', 'not less than', 'a minimum of'].map((w) => [w, 'at-least'] as const),
  ...['nearly', 'almost', 'just under', 'just below', 'just shy of', 'close to', 'not quite'].map((w) => [w, 'nearly'] as const),
  ...['more than', 'over', 'above', 'exceeding', 'in excess of', 'upwards of', 'north of'].map((w) => [w, 'over'] as const),
  ...['about', 'approximately', 'approx.', 'around', 'roughly', 'some', 'an estimated', 'estimated', 'circa', '~'].map((w) => [w, 'about'] as const),
  ...['less than', 'fewer than', 'under', 'below'].map((w) => [w, 'under'] as const),
]);
/** Letters written before "$" for dollars other than the U.S. dollar ("C$", "CA$", "A$", "HK$"). */
const DOLLAR_PREFIXES: Record<string, Currency> = { c: 'CAD', ca: 'CAD', can: 'CAD', cad: 'CAD', a: 'AUD', au: 'AUD', aud: 'AUD', hk: 'HKD', nz: 'OTHER', s: 'OTHER', r: 'OTHER', mx: 'OTHER', nt: 'OTHER' };
/** Currency codes written before the number ("CAD 6 million", "EUR 5m"). */
const CODES_BEFORE: Record<string, Currency> = { usd: 'USD', cad: 'CAD', aud: 'AUD', hkd: 'HKD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cny: 'CNY', rmb: 'CNY', inr: 'INR', chf: 'CHF' };
const SIGNS: Record<string, Currency> = { '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };
const DOLLARS_AFTER = /^(?:\s+(?:of\s+)?(?:US\s+|U\.S\.\s+)?dollars?\b|-dollars?\b|\s+USD\b)/i;
/** Other currencies named after the number: "6 million Canadian dollars", "5 million euros", "CAD". */
const OTHER_CURRENCY_AFTER =
  /^\s+(?:(canadian|australian|hong kong|new zealand|singapore)\s+dollars?|(euros?|EUR)|(pounds?(?: sterling)?|GBP)|(yen|JPY)|(yuan|renminbi|CNY|RMB)|(rupees?|INR)|(swiss francs?|francs?|CHF)|(CAD|C\$)|(AUD))\b/i;

function currencyAfter(m: RegExpExecArray): Currency {
  if (m[1]) return /canadian/i.test(m[1]) ? 'CAD' : /australian/i.test(m[1]) ? 'AUD' : /hong kong/i.test(m[1]) ? 'HKD' : 'OTHER';
  const order: Currency[] = ['EUR', 'GBP', 'JPY', 'CNY', 'INR', 'CHF', 'CAD', 'AUD'];
  for (let i = 2; i <= 9; i++) if (m[i]) return order[i - 2]!;
  return 'OTHER';
}
/** "billions in profits", "tens of millions in annual revenue": vague amounts of money. */
const MONEY_NOUN_AFTER =
  /^\s+in\s+(?:[a-z]+\s+){0,2}?(?:profits?|revenues?|income|fines?|penalt(?:y|ies)|losses|sales|funding|investments?|deposits|assets|earnings|payments|cash|bribes|donations|fees|proceeds|damages|settlements?)\b/i;
/** "4.3bn fine", "$4.3 billion penalty": a scaled amount followed directly by a money noun. */
const MONEY_NOUN_DIRECT = /^\s+(?:fines?|penalt(?:y|ies)|settlements?|bail|bribes?)\b/i;
const PERCENT_AFTER = /^(?:\s?%|\s*(?:-\s*)?per\s?cent\b|\s+pct\b)/i;
/** "nine in ten", "3 out of 10", "one in every 100": a share written as a fraction. Not "one in 10 years". */
const FRACTION_AFTER = /^\s+(?:in|out of)\s+(?:every\s+)?(ten|10|a hundred|one hundred|100)\b(?!\s+(?:years?|months?|weeks?|days?|times)\b)/i;
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
  'now', 'today', 'yesterday', 'tomorrow', 'ago', 'later', 'earlier', 'each', 'more', 'less', 'only', 'just',
]);
const DURATION_UNITS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
};

interface Classified {
  type: QuantityType | null;
  value?: Value;
  start: number;
  end: number;
}

function window(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start), Math.max(0, end));
}

interface WordBefore {
  /** Lower-cased; "~" and "$" count as words here. */
  word: string;
  start: number;
}

/**
 * Up to `max` words just before `pos`, nearest first, stopping at punctuation. A manual backward
 * scan: regexes anchored at the end of a window would retry at every position of the window.
 */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}
function isWordCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

function wordsBefore(text: string, pos: number, max: number): WordBefore[] {
  const out: WordBefore[] = [];
  let i = pos;
  while (out.length < max) {
    let j = i;
    while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--;
    if (j === 0) break;
    const c = text.charCodeAt(j - 1);
    if (c === 126 || c === 36) {
      // "~" and "$"
      out.push({ word: c === 126 ? '~' : '$', start: j - 1 });
      i = j - 1;
      continue;
    }
    let k = j;
    while (k > 0 && k > j - 20 && isWordCode(text.charCodeAt(k - 1))) k--;
    if (k === j) break;
    // "U.S." and "approx." keep their dots; a sentence's full stop does not join the next word.
    let word = text.slice(k, j);
    while (word.startsWith('.')) word = word.slice(1);
    if (!word || (word.endsWith('.') && word !== 'approx.' && word !== 'U.S.' && !/^[A-Z]\.$/.test(word))) break;
    out.push({ word: word.toLowerCase(), start: j - word.length });
    i = j - word.length;
  }
  return out;
}

/** "$", "US$", "C$", "€", "USD ", "CAD " just before `pos`: where the sign starts and which currency, or null. */
function currencyBefore(text: string, pos: number, w: WordBefore[]): { start: number; currency: Currency } | null {
  let j = pos;
  while (j > 0 && /\s/.test(text[j - 1]!)) j--;
  const sign = SIGNS[text[j - 1] ?? ''];
  if (sign) return { start: j - 1, currency: sign };
  const first = w[0];
  if (!first) return null;
  const code = CODES_BEFORE[first.word];
  if (code) return { start: first.start, currency: code };
  if (first.word !== '$') return null;
  const prev = w[1];
  // "HK$", "C$", "CA$", "A$" are other dollars; "US$" and "U.S. $" are ours.
  if (prev && prev.start + prev.word.length >= first.start - 1) {
    if (prev.word === 'us' || prev.word === 'u.s.') return { start: prev.start, currency: 'USD' };
    const other = DOLLAR_PREFIXES[prev.word];
    if (other && prev.start + prev.word.length === first.start) return { start: prev.start, currency: other };
  }
  return { start: first.start, currency: 'USD' };
}

function findQualifierBefore(w: WordBefore[]): { qualifier: Qualifier; start: number } | null {
  for (let n = Math.min(4, w.length); n >= 1; n--) {
    const phrase = w.slice(0, n).reverse();
    const q = QUALIFIERS.get(phrase.map((x) => x.word).join(' '));
    if (q) return { qualifier: q, start: phrase[0]!.start };
  }
  return null;
}

/** "once a year", "$1 billion a year": a rate, not a duration. */
function isRateBefore(text: string, pos: number): boolean {
  const w = wordsBefore(text, pos, 1)[0];
  if (w && ['once', 'twice', 'times', 'per', 'each', 'every', 'million', 'billion', 'thousand', 'trillion', 'bn', 'mn', 'k', 'm', 'b'].includes(w.word)) return true;
  let j = pos;
  while (j > 0 && /\s/.test(text[j - 1]!)) j--;
  return /[\d%]/.test(text[j - 1] ?? '');
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

/**
 * Classifies one number phrase from the words around it. The type comes first, from the unit
 * words alone; qualifier, record and the value's exact span are worked out only when the type is
 * the one asked for (`want`), which keeps long number-heavy texts fast.
 */
function classify(text: string, p: NumberPhrase, want: QuantityType): Classified {
  // Written only as "a"/"an": valid just before a duration unit ("served a year").
  if (p.article) {
    const dur = DURATION_AFTER.exec(window(text, p.end, p.end + 12));
    if (!dur || isRateBefore(text, p.start)) return { type: null, start: p.start, end: p.end };
    const unit = DURATION_UNITS[dur[1]!.toLowerCase()]!;
    return { type: 'duration', start: p.start, end: p.end + dur[0].length, value: { type: 'duration', amount: p.amount, qualifier: 'exact', unit } };
  }
  // "$4.3 billion", "US$65 billion", "USD 65 billion": the value starts at the currency sign.
  const before = wordsBefore(text, p.start, 6);
  const cur = currencyBefore(text, p.start, before);
  const currency = cur !== null;
  let currencyCode: Currency = cur?.currency ?? 'USD';
  // The words before the currency sign (or before the number when there is none).
  const lead = cur ? before.filter((w) => w.start < cur.start) : before;
  const lastWord = lead[0];
  const between = lastWord?.word === 'between' ? lastWord : null;

  // Ranges: "between 250 and 275 million", "$2-3 billion", "2 to 3 billion dollars"; "from X to Y" is a change.
  let end = p.end;
  let amount = p.amount;
  let max = p.max;
  let range = p.vague;
  let rangeScaled = false;
  if (!p.vague && lastWord?.word !== 'from' && !(p.bareDigits && isYearLike(p.bareDigits))) {
    const second = readRangeEnd(text, p, Boolean(between));
    if (second && !(second.bareDigits && isYearLike(second.bareDigits))) {
      const lo = p.amount * (p.scaled ? 1 : scaleOf(second));
      if (lo < second.amount) {
        amount = lo;
        max = second.amount;
        range = true;
        rangeScaled = second.scaled;
        end = second.end;
      }
    }
  }

  // The type, from the unit words.
  const afterUnit = window(text, end, end + 60);
  // "2-3 million" is a count; "555-1234" (a phone number, pages) is not.
  const scaledValue = p.scaled || p.vague || rangeScaled;
  let type: QuantityType | null = null;
  let unitEnd = end;
  let durationUnit: 'day' | 'week' | 'month' | 'year' = 'day';
  let pct: RegExpExecArray | null = null;
  let dur: RegExpExecArray | null = null;
  let dollars: RegExpExecArray | null = null;
  let otherAfter: RegExpExecArray | null = null;
  if ((!currency || (cur?.currency === 'USD' && text[cur.start] === '$')) && (otherAfter = OTHER_CURRENCY_AFTER.exec(afterUnit))) {
    // "6 million Canadian dollars", "5 million euros": money, in that currency.
    type = 'money';
    unitEnd = end + otherAfter[0].length;
    currencyCode = currencyAfter(otherAfter);
  } else if (!currency && !scaledValue && !range && (pct = FRACTION_AFTER.exec(afterUnit)) && amount <= (/^(?:ten|10)$/i.test(pct[1]!) ? 10 : 100)) {
    type = 'percent';
    unitEnd = end + pct[0].length;
    amount = (amount * 100) / (/^(?:ten|10)$/i.test(pct[1]!) ? 10 : 100);
  } else if (!currency && (pct = PERCENT_AFTER.exec(afterUnit))) {
    type = 'percent';
    unitEnd = end + pct[0].length;
  } else if (!currency && !p.vague && (dur = DURATION_AFTER.exec(afterUnit))) {
    type = 'duration';
    unitEnd = end + dur[0].length;
    durationUnit = DURATION_UNITS[dur[1]!.toLowerCase()]!;
  } else if (
    currency ||
    (dollars = DOLLARS_AFTER.exec(afterUnit)) ||
    // Without a currency sign, only a scaled amount of a money noun is money ("billions in profits",
    // "4.3bn in fines"): a bare number with no unit never is.
    (scaledValue && (MONEY_NOUN_AFTER.test(afterUnit) || MONEY_NOUN_DIRECT.test(afterUnit)))
  ) {
    type = 'money';
    unitEnd = end + (dollars ? dollars[0].length : 0);
  } else if (p.bareDigits && isYearLike(p.bareDigits)) {
    // A bare 1900–2100 is a year, never a count ("In 2023 Binance…").
    return { type: 'year', start: p.start, end: p.end, value: { type: 'year', year: Number(p.bareDigits) } };
  } else {
    const next = readToken(text, end);
    const nounAfter = next !== null && next.kind === 'word' && !NOT_NOUNS.has(next.lower) && next.end - end < 24;
    if (scaledValue || nounAfter || (p.bareDigits === null && p.amount >= 1000)) type = 'count';
  }
  let start = cur ? cur.start : p.start;
  if (type !== want) return { type, start, end: unitEnd };

  // The qualifier: "between", a word before, "+", or a trailing "or more".
  let qualifier: Qualifier = range ? 'range' : p.plus ? 'over' : 'exact';
  if (range && between && !p.vague) start = between.start;
  const qualBefore = range ? null : findQualifierBefore(lead);
  if (qualBefore) {
    qualifier = qualBefore.qualifier === 'over' || !p.plus ? qualBefore.qualifier : qualifier;
    start = qualBefore.start;
  }
  if (qualifier === 'exact') {
    const after = window(text, unitEnd, unitEnd + 24);
    for (const [re, q] of TRAILING_QUALIFIER) {
      const m = re.exec(after);
      if (m) {
        qualifier = q;
        unitEnd += m[0].length;
        break;
      }
    }
  }
  const maxPart = max !== undefined && range ? { max } : {};
  let value: Value;
  if (type === 'money') {
    const record = RECORD_BEFORE.test(window(text, start - 48, start));
    value = { type: 'money', currency: currencyCode, amount, ...maxPart, qualifier, ...(record ? { record: true } : {}) };
  } else if (type === 'duration') value = { type: 'duration', amount, ...maxPart, qualifier, unit: durationUnit };
  else value = { type: type as 'count' | 'percent', amount, ...maxPart, qualifier };
  return { type, start, end: unitEnd, value };
}

function isYearLike(digits: string): boolean {
  const n = Number(digits);
  return digits.length === 4 && n >= 1900 && n <= 2100;
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
    const c = classify(text, phrase, type);
    re.lastIndex = Math.max(pos + 1, c.type ? c.end : phrase.end);
    if (c.type === type && c.value) found.push({ value: c.value, start: c.start, end: c.end, text: text.slice(c.start, c.end) });
  }
  return found;
}
