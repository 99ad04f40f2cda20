/**
 * The shape of a fact rule, its tuning constants, and the phrase patterns
 * several rules share. The rules themselves are in rules-valued.ts (facts with
 * a value to compare) and rules-context.ts (facts a sentence can only be about).
 */
import type { EntityId } from '../model';
import type { FrameRule } from './frame';
import type { PeopleSlot } from './people-slots';
import type { Jurisdiction } from './value-owner';

/** A fact's rule: when a sentence states it (cues), which values are about it, and its frame (frame/index.ts). */
export interface FactRule extends FrameRule {
  fact: string;
  /** The sentence must mention at least one of these (empty: any entity). */
  anyOf: EntityId[];
  /** …and every one of these. */
  allOf?: EntityId[];
  /** Every pattern must match the sentence; the first is the anchor the value is looked for near. */
  cues: RegExp[];
  /** The sentence must match none of these. */
  exclude?: RegExp[];
  /** An anchor match is skipped when the text just before it matches (e.g. "BitMEX co-founder"). */
  anchorExcludeBefore?: RegExp;
  /** A value is skipped when the text around it (VALUE_CONTEXT chars each side) matches. */
  valueExclude?: RegExp;
  /** A value is skipped when the text right after it matches (e.g. "two months ago"). */
  valueExcludeAfter?: RegExp;
  /** A value is skipped when the text right before it matches (e.g. "prosecutors sought"). */
  valueExcludeBefore?: RegExp;
  /**
   * A value is skipped when the stretch from the anchor to the value (and
   * SPAN_MARGIN characters either side) matches: "monthly volume of $500 billion".
   * Tighter than a sentence-wide exclusion, which would also drop
   * "65B a day, more than Coinbase does in a week".
   */
  spanExclude?: RegExp;
  /** Status facts: a status the fact defines counts as a cue on its own. Default true. */
  statusIsCue?: boolean;
  /** Largest gap, in characters, between the anchor and the value. */
  window?: number;
  /** Give "related" when the sentence matches but states no comparable value. */
  related: boolean;
  /** …but only when this also matches (a narrower cue than the value rule's). */
  relatedCue?: RegExp;
  /**
   * A value is compared only when this also matches the sentence; otherwise it is "related" with
   * this reason: [pattern, reason]. ("USD1, developed by World Liberty" names the coin's issuer, not
   * who wrote its smart contracts: only "code", "smart contracts" and the like make it comparable.)
   */
  compareOnly?: [RegExp, string];
  /** Never compare a value: the fact's values are not exhaustive enough to contradict a page (always "related"). */
  noCompare?: boolean;
  /** People facts: party ids that are the subject of the sentence, not the value ("Zhao met Witkoff"). */
  notPeople?: string[];
  /** People facts: which people fill the fact's slot (people-slots.ts); default 'list'. */
  peopleSlot?: PeopleSlot;
  /** People facts: only these parties can fill the slot; anyone else named there gives no value (related). */
  peopleAmong?: string[];
  /** People facts: the sources list examples ("individuals like Arthur Hayes"), so naming others is no conflict. */
  peopleExamples?: boolean;
  /** Money facts: a bare large number ("like 65B") counts as dollars. */
  bareAmountsAsMoney?: boolean;
  /**
   * The cue is specific enough ("pardoned … Arthur Hayes") to flag a sentence that names none of
   * the entities, in a document that has named one of the fact's entities.
   */
  documentWide?: boolean;
  /** The figure is this country's: a value whose own clause names another country is not about the fact. */
  jurisdiction?: Jurisdiction;
  /**
   * Cues after the first may be in the sentence before, in the same paragraph: "Trump has granted
   * pardons to crypto executives. The list includes Arthur Hayes and Ross Ulbricht."
   */
  cuesBefore?: boolean;
  /** A value must be at least this large to be about the fact (a user base is not "one"). */
  minAmount?: number;
}

/** Characters of context each side of a value for valueExclude. */
export const VALUE_CONTEXT = 28;
/** Characters before a value for valueExclude: qualifiers such as "market cap of …" come first in English. */
export const VALUE_CONTEXT_BEFORE = 40;
/** Characters either side of the anchor-to-value stretch for spanExclude. */
export const SPAN_MARGIN = 20;

export const FINE = /\b(?:fine[ds]?|penalt(?:y|ies)|penalis\w*|penaliz\w*|settle(?:d|ment|ments)?|forfeit\w*|paid|pay|pays|paying|agreed to pay|hit with|slapped)\b/i;
/** "Paid" is about the fine only where the sentence is about the case. */
export const LEGAL =
  /\b(?:court|judge|fine[ds]?|penalt\w*|penalis\w*|penaliz\w*|settle\w*|forfeit\w*|charges?|plea|plead\w*|pled|guilty|authorities|regulators?|prosecutors|Justice|DOJ|resolve\w*|violat\w*|sanctions|money[- ]laundering|AML|Treasury|FinCEN|OFAC|CFTC|enforcement|investigations?)\b/i;
/** Other exchanges and issuers: a figure written next to them is theirs. */
export const OTHERS_BEFORE = /\b(?:Coinbase|Kraken|OKX|Bybit|Bitget|Gemini|FTX|Bitfinex|Huobi|HTX|KuCoin|Upbit|Robinhood|Crypto\.com|Tether|Circle|Bitstamp)(?:'s)?(?:\s+[\w-]+){0,3}\s*$/;
/** Hypothetical or maximum amounts are not what was paid or done. */
export const HYPOTHETICAL = /\b(?:could face|may face|might face|would face|faces? up to|facing up to|up to|as much as|could reach|threaten\w*)\b/i;
/** A sentence naming a foreign country or regulator but not the U.S. case: "France fined Binance …". */
export const FOREIGN_ONLY =
  /^(?![\s\S]*\b(?:U\.S\.?|United States|American|DOJ|Justice Department|Department of Justice|FinCEN|OFAC|CFTC)\b)[\s\S]*\b(?:Canad\w*|FINTRAC|France|French|India|Indian|Nigeria|Nigerian|Philippines?|Australia\w*|AUSTRAC|Britain|British|FCA|Netherlands|Dutch|Japan\w*|Italy|Italian|Germany|German|BaFin|Lithuania\w*|Spain|Spanish|Belgium|Belgian|Poland|Polish|Brazil\w*|Thailand|Kenya\w*|Israel\w*|Turkey|Turkish|Korea\w*|Dubai|Bahrain\w*|Cyprus|Malta)\b/;
export const CANADA = /\b(?:Canad\w*|FINTRAC|Ontario|Quebec|Ottawa)\b/i;
/** Countries and regions a figure can be limited to ("5.6 million users in China"). */
export const REGIONS =
  '(?:the )?(?:U\\.?S\\.?|United States|America|China|India|Nigeria|Japan|(?:South )?Korea|Turkey|Brazil|Russia|Vietnam|Indonesia|Philippines|Thailand|Pakistan|Bangladesh|Argentina|Mexico|France|Germany|Italy|Spain|Poland|Ukraine|(?:the )?UK|Britain|Canada|Australia|Europe|the EU|Asia|Africa|Latin America|the Middle East|the UAE|Dubai|Hong Kong|Taiwan|Singapore)';
export const TRUMP = /\bTrumps?\b/;
export const MEETING = /\b(?:met|meet|meets|meeting|meetings|sat down|encounter\w*|talks|connected with)\b/i;
export const DENIAL = /\b(?:den(?:y|ied|ies|ial|ying)|never (?:took place|happened|occurred)|did(?: not|n't) (?:take place|happen|occur))\b/i;
export const NO_COMMENT =
  /\b(?:declined to (?:comment|elaborate)|did(?: not|n't) (?:immediately )?respond|no immediate response|could not be reached|has(?: not|n't) (?:yet )?commented|refused to comment|no comment|not (?:immediately )?available for comment)\b/i;
export const DOJ = /\b(?:Justice Department|Department of Justice|DOJ|Justice Dept)\b/i;
