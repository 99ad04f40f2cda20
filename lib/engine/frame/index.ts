/**
 * The claim frame: whose value, when, how sure, of what, in which unit. Read
 * the same way for every fact (docs/design.md, section 3); a fact's rule only
 * says which holders the fact is about and which scopes are other things.
 *
 * A value can contradict the sources only when its frame is complete and
 * matches the fact: the fact's holder (or none named), a time the sources
 * cover, an assertion, the fact's scope, and a unit the sources use. Anything
 * less is reported as "related", with the reason in words.
 */
import type { Currency, EntityId } from '../../model';
import type { Span } from '../sentences';
import { holderOf, type Holder, type HolderContext } from './holder';
import { modalityOf, type Modality } from './modality';
import { saysNow, whenOf, type MonthSpan, type When } from './time';

export { createHolderLexicon, type Holder, type HolderLexicon, type NamedSpan } from './holder';
export { describeSpan, monthsApart, spanOfIsoDate, type MonthSpan } from './time';

export interface FrameRule {
  /** Whose figure the fact is: a value held by another of our entities is "related", by anyone else dropped. */
  holders?: readonly EntityId[];
  /** The reason to give when another of our entities holds the value ("Zhao's personal fine, not Binance's"). */
  holderReasons?: Partial<Record<EntityId, string>>;
  /** Only organisations hold the value (a rank): a person named before it is not its holder. */
  holderOrgs?: boolean;
  /** Whose value it is: the nearest person named on either side (a role: "Binance founder Changpeng Zhao"). */
  holderNearest?: boolean;
  /** A cue the value's frame needs (a daily period for a daily volume): without it, the value is limited, with this reason. */
  frameCue?: readonly [RegExp, string];
  /** The fact is another country's case: its amounts may be written in local dollars with a bare "$". */
  localDollar?: boolean;
  /** The fact's value is a total (a settlement of several parts): a smaller amount may be one part. */
  total?: boolean;
  /**
   * Other scopes of the same measure, with the reason in words: [pattern on the value's surroundings,
   * reason, 'part']. A 'part' scope names one part of the fact's whole (a forfeiture of a settlement):
   * when the amount still agrees with the sources, it is the whole after all and is compared.
   */
  scopes?: readonly (readonly [RegExp, string] | readonly [RegExp, string, 'part'])[];
}

export interface Frame {
  holder: Holder;
  /** When the value is from: the text's own time, or the page's date. */
  time?: { span: MonthSpan; explicit: boolean; text?: string };
  /** Set when the value is not a plain current assertion (a projection, an earlier unplaced time, a possibility). */
  modality: Modality;
  when: When;
  /** Why the value cannot be compared with the fact at all (another holder, scope or currency), in words. */
  limit?: string;
  /** The limit is a 'part' scope: lifted when the value agrees with the sources. */
  limitIsPart?: boolean;
  /** The value belongs to someone the fact is not about at all (another exchange): no claim from it. */
  foreign: boolean;
  /** A bare "$" amount on a fact of another country's case (localDollar). */
  ambiguousDollar: boolean;
  /** A total fact, and nothing in the value's clause says the amount is the total. */
  partOfTotal: boolean;
}

/** Words that mark an amount as the whole: "a total of", "in all", "altogether", "a record". */
const TOTAL_CUE = /\b(?:total\w*|in all|overall|altogether|all told|combined|a record|record[- ]\w+|in fines and penalties|whole|entire|settlement of)\b/i;

export interface FrameInput {
  s: string;
  value: Span & { currency?: Currency };
  cue?: Span;
  /** The words around the value that scopes are tested on. */
  around: string;
  holderCtx: HolderContext;
  parentheticals: readonly Span[];
  /** The page's date, where it has one. */
  pageDate?: MonthSpan;
  /** "Now" when the page has no date: the newest source's time. */
  assumedNow: MonthSpan;
  /** Numeric facts only: modality and holders are read for values, not for people or statuses. */
  numeric: boolean;
}

const ENTITY_NAMES: Record<EntityId, string> = { binance: 'Binance', wlfi: 'World Liberty Financial', usd1: 'USD1', cz: 'Zhao' };
const CURRENCY_NAMES: Partial<Record<Currency, string>> = {
  CAD: 'Canadian dollars', AUD: 'Australian dollars', HKD: 'Hong Kong dollars', EUR: 'euros', GBP: 'pounds', JPY: 'yen', CNY: 'yuan', INR: 'rupees', CHF: 'Swiss francs',
};

export function frameOf(rule: FrameRule, input: FrameInput): Frame {
  const { s, value } = input;
  const holderCtx = rule.holderOrgs ? { ...input.holderCtx, names: input.holderCtx.names.filter((n) => !n.person || n.holder.kind === 'entity') } : input.holderCtx;
  const holder = input.numeric || rule.holders ? holderOf(s, value, holderCtx, rule.holderNearest === true) : ({ kind: 'unknown' } as Holder);
  let limit: string | undefined;
  let foreign = false;
  if (rule.holders && holder.kind === 'other') foreign = true;
  else if (rule.holders && holder.kind === 'entity' && !rule.holders.includes(holder.id)) {
    limit = rule.holderReasons?.[holder.id] ?? `${ENTITY_NAMES[holder.id]}'s figure, not ${rule.holders.map((h) => ENTITY_NAMES[h]).join(' or ')}'s`;
  }
  let limitIsPart = false;
  if (!limit && rule.frameCue && !rule.frameCue[0].test(s)) limit = rule.frameCue[1];
  if (!limit && rule.scopes) for (const [re, reason, part] of rule.scopes) if (re.test(input.around)) {
    limit = reason;
    limitIsPart = part === 'part';
    break;
  }
  if (!limit && value.currency && value.currency !== 'USD') limit = `in ${CURRENCY_NAMES[value.currency] ?? 'another currency'}, which the sources do not give`;

  const valueText = s.slice(value.start, Math.min(s.length, value.end + 14));
  const ambiguousDollar = rule.localDollar === true && value.currency === 'USD' && /\$/.test(valueText) && !/\bUS\s?\$|U\.S\.\s?\$|\bUSD\b|U\.?S\.? dollars/i.test(s.slice(Math.max(0, value.start - 4), value.end + 14));
  const partOfTotal = rule.total === true && !TOTAL_CUE.test(s.slice(Math.max(0, value.start - 60), value.end + 30));

  const now = input.pageDate ?? input.assumedNow;
  // A number is dated by the words of its clause; a status ("stepped down as CEO", "listed") is a
  // state since an event, so a date in its sentence is the event's, and only the page's date counts.
  const when: When = input.numeric ? whenOf(s, value, input.parentheticals, now) : { kind: 'undated' };
  let time: Frame['time'];
  if (when.kind === 'dated') time = { span: when.span, explicit: true, text: when.text };
  else if (input.pageDate && (when.kind === 'undated' || saysNow(s, value))) time = { span: input.pageDate, explicit: false };
  let modality: Modality = input.numeric ? modalityOf(s, value, input.cue) : { kind: 'assertion' };
  if (modality.kind === 'assertion' && when.kind === 'projection') modality = { kind: 'hypothetical', text: when.text };
  return { holder, time, modality, when, limit, limitIsPart, foreign, ambiguousDollar, partOfTotal };
}
