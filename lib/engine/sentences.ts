/**
 * Splits text into sentences, in one linear pass.
 *
 * A sentence ends at ".", "!" or "?" (with closing quotes or brackets) followed
 * by white space and something that can start a sentence, and at every line
 * break: headlines, list items and social posts rarely end with a full stop.
 * Not at abbreviations ("U.S.", "Inc.", "Jr.", "Mr.", initials) nor inside
 * numbers ("4.3", "$4,300,000,000"), which have no space after the dot.
 */

export interface Span {
  start: number;
  end: number;
}

/** Lower-cased words that end with a dot without ending the sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros',
  'gen', 'gov', 'sen', 'rep', 'pres', 'lt', 'col', 'capt', 'sgt', 'hon', 'rev', 'vs', 'v', 'etc', 'approx',
  'no', 'nos', 'fig', 'vol', 'est', 'dept', 'univ', 'assn', 'e.g', 'i.e', 'al', 'cf', 'ca', 'mt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words that close a sentence when they come last, although they look like abbreviations. */
const CAN_END = new Set(['etc', 'inc', 'co', 'ltd', 'corp', 'jr', 'llc', 'plc']);

function wordBefore(text: string, dot: number): string {
  let s = dot;
  const min = Math.max(0, dot - 20);
  while (s > min && /[A-Za-z.]/.test(text[s - 1] ?? '')) s--;
  return text.slice(s, dot);
}

/** True when the dot at `dot` ends a sentence, given that white space follows it. */
function dotEnds(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  const nextChar = text[next] ?? '';
  const startsSentence = /[A-Z0-9"'(\[\p{Lu}]/u.test(nextChar);
  if (!startsSentence) return false;
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return false; // U.S. / D.C. / e.g.
  if (/^[A-Z]$/.test(word)) return false; // an initial: "Donald J. Trump"
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) {
    // "… Binance Inc. The company said" ends; "Inc. and" does not (handled by startsSentence).
    // "Inc. The" is rare next to "Mr. Zhao"; only words that can end keep their dot as an end.
    return CAN_END.has(lower) && /^(?:The|A|An|It|He|She|They|We|In|On|But|And|This|That)\b/.test(text.slice(next, next + 5));
  }
  return true;
}

/**
 * `keep` lists spans (sorted, such as the mentions) that must not be cut: a
 * name wrapped onto the next line ("Changpeng\nZhao") stays in one sentence.
 */
export function splitSentences(text: string, keep: readonly Span[] = []): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let start = 0;
  let ki = 0;
  const inside = (i: number): boolean => {
    while (ki < keep.length && keep[ki]!.end <= i) ki++;
    return ki < keep.length && keep[ki]!.start <= i;
  };
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      if (inside(i)) continue;
      // Hard-wrapped prose ("Binance\nhas 250 million users") goes on in lower case after a
      // single line break; a blank line, or a new line starting with a capital, ends the sentence.
      let k = i + 1;
      while (k < n && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
      let p = i - 1;
      while (p >= start && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p--;
      if (k < n && /[a-z0-9$(]/.test(text[k]!) && p >= start && /[\p{Ll}\p{N},;%)'"\-]/u.test(text[p]!)) continue;
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c !== 46 /* . */ && c !== 33 /* ! */ && c !== 63 /* ? */) continue;
    // Take the whole run of terminal punctuation and closing quotes/brackets.
    let j = i + 1;
    while (j < n && /[.!?"')\]’”]/.test(text[j]!)) j++;
    if (j < n && !/[ \t]/.test(text[j]!)) {
      // No space: a decimal, a domain, or a run-on "criticize.According" (ends when a capital follows a lower-case word).
      if (c === 46 && j === i + 1 && /[a-z]{3}$/.test(text.slice(Math.max(0, i - 3), i)) && /[A-Z][a-z]/.test(text.slice(j, j + 2))) {
        push(start, j);
        start = j;
      }
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k >= n || text[k] === '\n' || c !== 46 || dotEnds(text, i, k)) {
      push(start, j);
      start = j;
    }
    i = j - 1;
  }
  push(start, n);
  return spans;
}
