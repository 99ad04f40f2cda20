/**
 * Whose value is it? A sentence about Binance often carries someone else's
 * figure: "CZ and Binance were fined $50 million and $4.3 billion,
 * respectively"; "Zhao agreed to pay a $50 million fine"; "he will pay $200
 * million" (he = Zhao); "Kraken, which has 15 million clients, …"; "Coinbase's
 * 100 million users".
 *
 * The holder of a value is, in order:
 *  1. its partner in a "respectively" list;
 *  2. the nearest name before it in its own clause that can hold a figure
 *     (not an authority such as the Justice Department or a court, and not
 *     inside a parenthetical that does not hold the value), where "he", "his",
 *     "it", "its" stand for the person or organisation named last;
 *  3. else a name right after it ("… paid by Binance", "users of Coinbase").
 * Unknown when nothing names one: the rule's entities then stand for it.
 */
import type { EntityId, Party } from '../../model';
import type { Span } from '../sentences';

/** A full stop that ends a clause: not the one of a title or an abbreviation ("Mr. Zhao", "U.S. law"). */
const SENTENCE_DOT = /(?<!\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Inc|Co|Corp|Ltd|No|vs|Gov|Sen|Rep|Gen|Prof|U\.S|U\.K|[A-Z]))\.\s/g;

export type Holder =
  /** One of ClaimLens's entities. */
  | { kind: 'entity'; id: EntityId; text: string }
  /** Someone or something else: another exchange, another person, another coin. */
  | { kind: 'other'; text: string }
  | { kind: 'unknown' };

export interface NamedSpan extends Span {
  holder: Holder;
  /** A person ("he" can stand for them) or an organisation ("it"). */
  person: boolean;
}

/** Other exchanges, firms, coins and chains: figures written next to them are theirs. */
const OTHER_ORGS = [
  'Coinbase', 'Kraken', 'OKX', 'Bybit', 'Bitget', 'Gemini', 'FTX', 'Bitfinex', 'Huobi', 'HTX', 'KuCoin', 'Upbit', 'Robinhood',
  'Crypto\\.com', 'Bitstamp', 'Tether', 'Circle', 'PayPal', 'BitMEX', 'BlackRock', 'MicroStrategy', 'Strategy', 'Ripple', 'Terraform',
  'Celsius', 'Bithumb', 'Gate\\.io', 'MEXC', 'Deribit', 'Bitpanda', 'eToro', 'Revolut', 'BNB Chain', 'BNB Smart Chain', 'BSC', 'opBNB',
  'Ethereum', 'Solana', 'Tron', 'MGX', 'American Bitcoin', 'Trump Media', 'USDT', 'USDC', 'PYUSD', 'FDUSD', 'BUSD', 'Paxos',
  'Silk Road', 'Alameda', 'Galaxy', 'Goldman Sachs', 'JPMorgan', 'Visa', 'Mastercard',
];
/** Other people the news names next to figures. */
const OTHER_PEOPLE = [
  'Sam Bankman-Fried', 'Bankman-Fried', 'SBF', 'Do Kwon', 'Arthur Hayes', 'Hayes', 'Ross Ulbricht', 'Ulbricht', 'Justin Sun', 'Richard Teng',
  'Teng', 'Yi He', 'Brian Armstrong', 'Armstrong', 'Jesse Powell', 'Gary Gensler', 'Gensler', 'Elizabeth Warren', 'Warren', 'Alex Mashinsky',
  'Mashinsky', 'Roger Ver', 'Caroline Ellison', 'Zach Witkoff', 'Alex Witkoff', 'Barron Trump', 'Barron', 'Melania',
];
/** Who fines, sentences or regulates: never the holder of the figure. */
const AUTHORITIES =
  /\b(?:(?:U\.?S\.?\s+)?(?:Justice Department|Department of Justice|DOJ|Treasury(?: Department)?|SEC|CFTC|FinCEN|OFAC|FINTRAC|FCA|AUSTRAC|IRS|FBI|Federal Reserve|Fed)|prosecutors?|(?:the\s+)?courts?|judges?|Judge\s+[A-Z][a-z]+|regulators?|authorities|government|officials|lawmakers|Congress|Senate|agency|watchdog|the (?:U\.?S\.?|United States|Canada|France|UK|EU))\b/g;
/** Possessives that name a place, a time or an authority, not someone who holds a figure. */
const NOT_HOLDERS =
  /^(?:The|This|That|It|Its|Their|World|Today|Last|Next|Year|Week|Month|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|America|U\.S|US|USA|United States|Washington|Canada|China|India|Nigeria|Japan|Korea|South Korea|Turkey|Brazil|Russia|France|Germany|Britain|UK|Europe|Australia|Dubai|Abu Dhabi|UAE|Hong Kong|Singapore|Taiwan|Ottawa|Beijing|New York|California|Justice|Justice Department|Treasury|Congress|Senate|Trump|Biden|White House|Wall Street|Bloomberg|Reuters|Forbes|CNBC)$/;
const HE = /\b(?:he|his|him|himself)\b/gi;
const IT = /\b(?:it|its|itself)\b/gi;
const THE_EXCHANGE = /\b(?:the|this) (?:crypto(?:currency)? )?(?:exchange|company|platform|firm|trading platform)\b/gi;

export interface HolderLexicon {
  /** Every name in `s` that may hold a figure, in order. */
  names(s: string, mentions: readonly { start: number; end: number; entity: EntityId; text: string }[]): NamedSpan[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createHolderLexicon(parties: readonly Party[]): HolderLexicon {
  // People the claim database knows (Trump, Witkoff, …) are "other" holders: their figures are not Binance's.
  const ours = new Set(['changpeng-zhao', 'binance', 'world-liberty-financial']);
  // An administration is an authority, not a person: "his" after "the Trump administration" is not Trump.
  const partyPeople = parties.filter((p) => !ours.has(p.id) && !p.members && !/\badministration\b/i.test(p.name)).flatMap((p) => p.aliases);
  const people = [...new Set([...partyPeople, ...OTHER_PEOPLE])].sort((a, b) => b.length - a.length).map(escape);
  const orgs = [...OTHER_ORGS].sort((a, b) => b.length - a.length);
  const PEOPLE = new RegExp(`\\b(?:${people.join('|')})\\b(?!\\s+administration)`, 'g');
  const ORGS = new RegExp(`(?<![\\w.])(?:${orgs.join('|')})(?![\\w])`, 'g');
  // An unknown proper noun with a possessive holds what follows it: "Robinhood's 25 million users".
  const POSSESSIVE = /\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})['’]s\b/g;

  return {
    names(s, mentions) {
      const out: NamedSpan[] = [];
      const taken = (start: number, end: number) => out.some((n) => n.start < end && start < n.end);
      for (const m of mentions) {
        out.push({ start: m.start, end: m.end, holder: { kind: 'entity', id: m.entity, text: m.text }, person: m.entity === 'cz' });
      }
      for (const [re, person] of [[PEOPLE, true], [ORGS, false]] as const) {
        re.lastIndex = 0;
        for (let m = re.exec(s); m; m = re.exec(s)) {
          if (!taken(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, holder: { kind: 'other', text: m[0] }, person });
        }
      }
      POSSESSIVE.lastIndex = 0;
      for (let m = POSSESSIVE.exec(s); m; m = POSSESSIVE.exec(s)) {
        const name = m[1]!;
        const end = m.index + name.length;
        if (taken(m.index, end) || NOT_HOLDERS.test(name)) continue;
        out.push({ start: m.index, end, holder: { kind: 'other', text: name }, person: false });
      }
      out.sort((a, b) => a.start - b.start);
      return out;
    },
  };
}

/** Where the value's clause starts: after a semicolon, a dash, a sentence break or a new coordinated clause. */
function clauseStart(s: string, at: number): number {
  const before = s.slice(Math.max(0, at - 160), at);
  let cut = -1;
  for (const re of [/;/g, /[—–]/g, SENTENCE_DOT, /,\s*(?:but|while|whereas|although|though)\b/gi, /\b(?:while|whereas|compared with|compared to|versus|vs\.?|than)\s/gi]) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) cut = Math.max(cut, m.index + m[0].length);
  }
  return cut >= 0 ? at - before.length + cut : Math.max(0, at - 160);
}

function clauseEnd(s: string, at: number): number {
  const after = s.slice(at, at + 80);
  const stop = after.search(/[;—–]|\.\s|,\s*(?:but|while|whereas|although|though|and)\b|\b(?:while|whereas|compared|versus|than)\b/i);
  return stop >= 0 ? at + stop : Math.min(s.length, at + 80);
}

export interface HolderContext {
  names: readonly NamedSpan[];
  parentheticals: readonly Span[];
  /** The person and the organisation named last before this sentence (for "he" and "it"). */
  previousPerson?: Holder;
  previousOrg?: Holder;
  /** The values of the same kind in the sentence, in order (for "respectively"). */
  siblings: readonly Span[];
}

/** The holder of the value at `v` in sentence `s`; `nearestPerson`: a role, held by the person named closest to it. */
export function holderOf(s: string, v: Span, ctx: HolderContext, nearestPerson = false): Holder {
  const inside = (p: Span) => p.start <= v.start && v.end <= p.end;
  const hidden = (i: number) => ctx.parentheticals.some((p) => p.start <= i && i < p.end && !inside(p));

  if (nearestPerson) {
    // "Binance founder Changpeng Zhao", "Zhao, the co-founder of …", "Richard Teng, Binance's CEO".
    // Nearest either side, a name before the value counting as nearer by a little: the subject
    // ("CZ gets 4 months and SBF gets 25 years") over the next clause's.
    let best: { d: number; holder: Holder } | undefined;
    for (const n of ctx.names) {
      if (!n.person || hidden(n.start)) continue;
      const d = n.end <= v.start ? v.start - n.end - 8 : n.start >= v.end ? n.start - v.end : 0;
      if (d <= 60 && (!best || d < best.d)) best = { d, holder: n.holder };
    }
    if (best) return best.holder;
    HE.lastIndex = 0;
    const he = HE.exec(s.slice(Math.max(0, v.start - 60), v.end + 20));
    if (he && ctx.previousPerson) return ctx.previousPerson;
    return { kind: 'unknown' };
  }

  // 0. The value is itself a description of a name: "the world's largest exchange" (Binance) holds its rank.
  const within = ctx.names.find((n) => n.start <= v.start && v.end <= n.end);
  if (within) return within.holder;

  // 1. "A and B … X and Y, respectively".
  if (/\brespectively\b/i.test(s.slice(v.end))) {
    const index = ctx.siblings.findIndex((x) => x.start === v.start);
    const firstValue = ctx.siblings[0]?.start ?? v.start;
    const listed = ctx.names.filter((n) => n.end <= firstValue && !hidden(n.start) && !AUTHORITY_AT(s, n));
    // The holders are the last run of names before the first value ("CZ and Binance were fined").
    const run = lastCoordinatedRun(s, listed);
    if (index >= 0 && run.length === ctx.siblings.length) return run[index]!.holder;
  }

  const from = clauseStart(s, v.start);
  // 2. The nearest name before the value in its clause, pronouns standing for the last name.
  const candidates: { at: number; holder: Holder }[] = [];
  for (const n of ctx.names) {
    if (n.end > v.start || n.start < from || hidden(n.start) || AUTHORITY_AT(s, n)) continue;
    candidates.push({ at: n.start, holder: n.holder });
  }
  const lead = s.slice(from, v.start);
  for (const [re, person] of [[HE, true], [IT, false], [THE_EXCHANGE, false]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(lead); m; m = re.exec(lead)) {
      const at = from + m.index;
      if (hidden(at)) continue;
      const before = ctx.names.filter((n) => n.end <= at && n.person === person && !AUTHORITY_AT(s, n) && !hidden(n.start));
      // "he" is the man named last; "it"/"its" is the clause's subject, its first organisation
      // ("Binance also introduced USD1 to its 275 million users").
      // Not a possessive modifier: in "Binance's rival Bybit says it has …", "it" is Bybit.
      const inClause = before.filter((n) => n.start >= from && !/^['’]s\b/.test(s.slice(n.end, n.end + 3)));
      const pick = person ? before[before.length - 1] : (inClause[0] ?? before[before.length - 1]);
      const named = pick ? pick.holder : person ? ctx.previousPerson : ctx.previousOrg;
      // "the exchange" with no exchange named before is Binance's only if Binance is the sentence's subject;
      // leave it to the rule's entities.
      if (named) candidates.push({ at, holder: named });
    }
  }
  candidates.sort((a, b) => a.at - b.at);
  const nearest = candidates[candidates.length - 1];
  if (nearest) return nearest.holder;

  // 3. A name right after the value, in its clause ("paid by Binance", "users of Coinbase").
  const end = clauseEnd(s, v.end);
  const after = ctx.names.find((n) => n.start >= v.end && n.end <= end && !hidden(n.start) && !AUTHORITY_AT(s, n));
  if (after && /^\s*(?:\w+\s+){0,3}(?:by|of|at|on|for|from)\s+(?:the\s+)?$/i.test(s.slice(v.end, after.start))) return after.holder;
  return { kind: 'unknown' };
}

/** Is this name an authority rather than a holder? (A name can't be both; the lexicon never lists authorities.) */
function AUTHORITY_AT(s: string, n: NamedSpan): boolean {
  AUTHORITIES.lastIndex = 0;
  for (let m = AUTHORITIES.exec(s); m; m = AUTHORITIES.exec(s)) if (m.index <= n.start && n.end <= m.index + m[0].length) return true;
  return false;
}

/** The last names joined by "and" / "," with nothing else between them: "CZ and Binance". */
function lastCoordinatedRun(s: string, names: readonly NamedSpan[]): NamedSpan[] {
  const run: NamedSpan[] = [];
  for (let i = names.length - 1; i >= 0; i--) {
    const n = names[i]!;
    if (run.length === 0) {
      run.unshift(n);
      continue;
    }
    const gap = s.slice(n.end, run[0]!.start);
    if (/^\s*(?:,|and|&|,\s*and)\s*$/i.test(gap) || /^['’]s\s*(?:,|and)\s*$/i.test(gap)) run.unshift(n);
    else break;
  }
  return run;
}
