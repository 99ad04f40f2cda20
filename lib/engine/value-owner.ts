/**
 * Whose figure is a value? A sentence about Binance often carries another
 * company's or another country's number: "Kraken, which has 15 million
 * clients, is far smaller than Binance"; "a $4.3 billion fine in the U.S. and a
 * $4.3 million penalty in Canada". These checks attach a value to the company
 * named last before it, and to the jurisdiction written in its own clause.
 */

/** Other exchanges, chains and issuers: a figure written after them (before Binance is named again) is theirs. */
const ORG =
  /\b(?:Binance|Changpeng|Zhao|CZ|Coinbase|Kraken|OKX|Bybit|Bitget|Gemini|FTX|Bitfinex|Huobi|HTX|KuCoin|Upbit|Robinhood|Crypto\.com|Bitstamp|Tether|Circle|BNB Chain|BNB Smart Chain|BSC|opBNB|Ethereum|Solana|Tron|MGX)\b/g;
const OWN = /^(?:Binance|Changpeng|Zhao|CZ)$/;

/** The value at `at` belongs to a company other than Binance (or its founder). */
export function ownedByOther(s: string, at: number): boolean {
  let last: string | undefined;
  ORG.lastIndex = 0;
  for (let m = ORG.exec(s); m && m.index < at; m = ORG.exec(s)) last = m[0];
  return last !== undefined && !OWN.test(last);
}

export type Jurisdiction = 'us' | 'canada' | 'other';

const US = /\b(?:U\.S\.?|US|USA|United States|America|American|DOJ|Justice Department|Department of Justice|FinCEN|OFAC|CFTC|SEC|Treasury|federal|Washington|New York)\b/;
const CANADA = /\b(?:Canad\w*|FINTRAC|Ontario|Quebec|Ottawa)\b/i;
const OTHER =
  /\b(?:France|French|India|Indian|Nigeria|Nigerian|Philippines?|Australia\w*|AUSTRAC|U\.?K\.?|Britain|British|FCA|Netherlands|Dutch|Japan\w*|Ital\w*|German\w*|BaFin|Lithuania\w*|Spain|Spanish|Belgi\w*|Poland|Polish|Brazil\w*|Thailand|Thai|Kenya\w*|EU|European|Israel\w*|Turkey|Turkish|Korea\w*|Dubai|Bahrain\w*|Cyprus|Malta|Russia\w*|China|Chinese)\b/;

const GLOBAL = ([[US, 'us'], [CANADA, 'canada'], [OTHER, 'other']] as const).map(([re, j]) => [new RegExp(re.source, `${re.flags}g`), j] as const);

function which(text: string): Jurisdiction | undefined {
  const hits: [number, Jurisdiction][] = [];
  for (const [re, j] of [[US, 'us'], [CANADA, 'canada'], [OTHER, 'other']] as const) {
    const m = re.exec(text);
    if (m) hits.push([m.index, j]);
  }
  hits.sort((a, b) => a[0] - b[0]);
  return hits[0]?.[1];
}

/** The clause after a value ends at a comma, dash, semicolon or a new coordinated clause. */
const AFTER_END = /[,;—–]|\s(?:and|but|while|whereas|although)\s/;

/**
 * The jurisdiction of the value at [start, end): the first one written in the
 * value's own clause after it ("a $4.3 million penalty in Canada"), else the
 * nearest one shortly before it.
 */
export function jurisdictionOf(s: string, start: number, end: number): Jurisdiction | undefined {
  let after = s.slice(end, end + 60);
  const cut = AFTER_END.exec(after);
  if (cut) after = after.slice(0, cut.index);
  const own = which(after);
  if (own) return own;
  const before = s.slice(Math.max(0, start - 80), start);
  let best: [number, Jurisdiction] | undefined;
  for (const [g, j] of GLOBAL) {
    g.lastIndex = 0;
    for (let m = g.exec(before); m; m = g.exec(before)) if (!best || m.index > best[0]) best = [m.index, j];
  }
  return best?.[1];
}

/**
 * Whether the value at [start, end) may be about `wanted`'s case: its own
 * jurisdiction when one is written with it, else none other named anywhere in
 * the sentence (precision first: "Canada fined Binance $4.3 million, a rounding
 * error next to the American number" is not about the U.S. fine).
 */
export function mayBeJurisdiction(s: string, start: number, end: number, wanted: Jurisdiction, context?: Jurisdiction): boolean {
  const own = jurisdictionOf(s, start, end);
  if (own) return own === wanted;
  if (wanted !== 'us' && US.test(s)) return false;
  if (wanted !== 'canada' && CANADA.test(s)) return false;
  if (OTHER.test(s)) return false;
  // The sentence names its own country ("The US authorities settled …"), or none: then the one the
  // text has been about (a FINTRAC article's "the $4.4 million penalty … separate from other legal challenges").
  if (wanted === 'us' ? US.test(s) : wanted === 'canada' ? CANADA.test(s) : false) return true;
  return context === undefined || context === wanted;
}

/** The one jurisdiction a sentence is about, when it names exactly one kind (for the next sentences). */
export function soleJurisdiction(s: string): Jurisdiction | undefined {
  const kinds = ([[US, 'us'], [CANADA, 'canada'], [OTHER, 'other']] as const).filter(([re]) => re.test(s)).map(([, j]) => j);
  return kinds.length === 1 ? kinds[0] : undefined;
}
