/**
 * When does a sentence state something a fact covers? One rule per fact id.
 *
 * A rule fires on a sentence that mentions one of its entities and matches all
 * its cue patterns and none of its exclusions. The stated value is then the one
 * (from lib/values' parseValues, of the fact's kind) closest to the anchor cue,
 * skipping values whose neighbourhood says they measure something else
 * (monthly volume, a market cap, a share of trading volume).
 *
 * Precision comes first: a rule that is unsure gives "related" or nothing. The
 * patterns are written for how news, forums and social posts phrase a fact, not
 * for any one sentence; claims.test.ts checks every fact in claims.json has one.
 */
import type { EntityId } from '../model';

export interface FactRule {
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
  /** Never compare a value: the fact's values are not exhaustive enough to contradict a page (always "related"). */
  noCompare?: boolean;
  /** People facts: party ids that are the subject of the sentence, not the value ("Zhao met Witkoff"). */
  notPeople?: string[];
  /** People facts: read the people after the anchor ("met Eric Trump"), those before only when none follow. */
  peopleAfter?: boolean;
  /** Money facts: a bare large number ("like 65B") counts as dollars. */
  bareAmountsAsMoney?: boolean;
  /** A value must be at least this large to be about the fact (a user base is not "one"). */
  minAmount?: number;
}

/** Characters of context each side of a value for valueExclude. */
export const VALUE_CONTEXT = 28;
/** Characters before a value for valueExclude: qualifiers such as "market cap of …" come first in English. */
export const VALUE_CONTEXT_BEFORE = 40;
/** Characters either side of the anchor-to-value stretch for spanExclude. */
export const SPAN_MARGIN = 20;

const FINE = /\b(?:fine[ds]?|penalt(?:y|ies)|penalis\w*|penaliz\w*|settle(?:d|ment|ments)?|forfeit\w*|paid|pay|pays|paying|agreed to pay|hit with|slapped)\b/i;
/** "Paid" is about the fine only where the sentence is about the case. */
const LEGAL =
  /\b(?:fine[ds]?|penalt\w*|penalis\w*|penaliz\w*|settle\w*|forfeit\w*|charges?|plea|plead\w*|pled|guilty|authorities|regulators?|prosecutors|Justice|DOJ|resolve\w*|violat\w*|sanctions|money[- ]laundering|AML|Treasury|FinCEN|OFAC|CFTC|enforcement|investigations?)\b/i;
/** Other exchanges and issuers: a figure written next to them is theirs. */
const OTHERS_BEFORE = /\b(?:Coinbase|Kraken|OKX|Bybit|Bitget|Gemini|FTX|Bitfinex|Huobi|HTX|KuCoin|Upbit|Robinhood|Crypto\.com|Tether|Circle|Bitstamp)(?:'s)?(?:\s+[\w-]+){0,3}\s*$/;
/** Hypothetical or maximum amounts are not what was paid or done. */
const HYPOTHETICAL = /\b(?:could face|may face|might face|would face|faces? up to|facing up to|up to|as much as|could reach|threaten\w*)\b/i;
const CANADA = /\b(?:Canad\w*|FINTRAC|Ontario|Quebec|Ottawa)\b/i;
const TRUMP = /\bTrumps?\b/;
const MEETING = /\b(?:met|meet|meets|meeting|meetings|sat down|encounter\w*|talks|connected with)\b/i;
const DENIAL = /\b(?:den(?:y|ied|ies|ial|ying)|never (?:took place|happened|occurred)|did(?: not|n't) (?:take place|happen|occur))\b/i;
const NO_COMMENT =
  /\b(?:declined to (?:comment|elaborate)|did(?: not|n't) (?:immediately )?respond|no immediate response|could not be reached|has(?: not|n't) (?:yet )?commented|refused to comment|no comment|not (?:immediately )?available for comment)\b/i;
const DOJ = /\b(?:Justice Department|Department of Justice|DOJ|Justice Dept)\b/i;

export const RULES: FactRule[] = [
  {
    fact: 'binance-users',
    anyOf: ['binance'],
    cues: [/\b(?:users?|customers?|clients?|user base|user-base|accounts|traders|userbase)\b/i],
    anchorExcludeBefore: OTHERS_BEFORE,
    exclude: [/\b(?:monthly|daily|weekly)[ -]active\b|\bMAU\b|\bDAU\b/i, /Binance\.US|\bBinance US\b/i],
    valueExclude: /%|\bpercent\b|\bper cent\b|\$|\bUSD\b|\bdollars?\b/i,
    // Growth is not the total: "added 50 million users", "gained", "new users".
    valueExcludeBefore: /\b(?:added|adding|adds|gained|gaining|gains|onboarded|lost|losing|grew by|growth of|increase of|signed up|attracted)\s+(?:\w+\s+){0,2}$/i,
    valueExcludeAfter: /^\s*(?:new|more|additional|fewer)\b/i,
    window: 45,
    minAmount: 100_000,
    related: false,
  },
  {
    fact: 'binance-daily-volume',
    anyOf: ['binance'],
    cues: [
      /\b(?:volumes?|trad(?:e|es|ed|ing)|transactions?|turnover)\b/i,
      /\b(?:daily|a day|per day|each day|every day|24[- ]?hours?|24h|a 24-hour|per 24 hours|day-to-day|an? (?:average|typical|normal|ordinary) day)\b/i,
    ],
    anchorExcludeBefore: OTHERS_BEFORE,
    bareAmountsAsMoney: true,
    exclude: [
      /Binance\.US|\bBinance US\b/i,
      /\b(?:USD1|WLFI|BNB|bitcoin|BTC|ETH|ether|Solana|SOL|XRP|stablecoin|token)(?:'s)? (?:daily )?(?:trading )?volume|\bvolume (?:of|in|for) (?:USD1|WLFI|BNB|bitcoin|BTC|ETH|the token|the stablecoin)\b/i,
    ],
    valueExclude: /\b(?:fine[ds]?|penalt\w*|market cap\w*|valu(?:ed|ation)|revenue|profit|reserves?|raised|stake|shares|worth of Binance)\b/i,
    spanExclude:
      // Other periods and markets; and one day's figure (a record, a peak, a crash) is not the daily average.
      /\b(?:monthly|weekly|annual|annually|yearly|quarterly|a month|per month|last month|a week|per week|last week|a year|per year|spot|futures|derivatives|perpetuals?|options|record|peak|single[- ]day|one[- ]day|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|crash\w*|surg\w*|spik\w*|withdrawals?|outflows?|inflows?)\b/i,
    window: 60,
    related: false,
  },
  {
    fact: 'binance-rank',
    anyOf: ['binance'],
    cues: [
      /\b(?:largest|biggest|leading|top|No\.? ?1|number[- ]one|#1|dominant|second[- ]largest|third[- ]largest|second[- ]biggest|smaller|smallest)\s+(?:\w+\s+){0,3}?(?:exchange|trading (?:platform|venue)|crypto platform|exchanges)\b/i,
    ],
    exclude: [/\b(?:shareholder|holder|transaction|stablecoin issuer|investor)\b.{0,20}\bexchange/i],
    related: false,
  },
  {
    fact: 'us-fine',
    anyOf: ['binance'],
    cues: [FINE, LEGAL],
    exclude: [CANADA],
    anchorExcludeBefore: /\b(?:20(?:0\d|1\d|2[0-24-9]))\s*$/,
    valueExclude:
      /\b(?:market (?:cap\w*|value)|valu(?:ed|ation)|revenue|profits?|volume|raised|invest\w*|shares?|stake|acqui\w*|purchas\w*|bought|worth of|reserves?|hack\w*|stolen|bail|bond|personal(?:ly)?|his own|CFTC|SEC|OFAC|FinCEN|income|salary|net worth|fortune|20(?:0\d|1\d|2[0-24-9]))\b/i,
    valueExcludeBefore: HYPOTHETICAL,
    window: 70,
    related: false,
  },
  {
    fact: 'guilty-plea-year',
    anyOf: ['binance', 'cz'],
    cues: [/\b(?:plead\w*|pled|guilty|plea)\b/i],
    exclude: [/\bnot guilty\b/i],
    // The year is written close to the plea ("pleaded guilty to federal charges in 2023", "its 2023 plea"),
    // not counted from it ("in 2020, three years before its plea").
    valueExcludeAfter: /^,?\s*(?:[\w-]+\s+){0,2}(?:years?|months?)\s+(?:before|after|prior|ahead)\b/i,
    window: 35,
    related: false,
  },
  {
    fact: 'fine-reason',
    anyOf: ['binance', 'cz'],
    cues: [
      /\b(?:money[- ]laundering|AML|Bank Secrecy Act|sanctions? (?:violations|laws|rules)|terroris[tm]\w*|drug traffickers|sanctioned (?:entities|countries|users))\b/i,
      /\b(?:fine[ds]?|penalt\w*|plead\w*|pled|guilty|violat\w*|charge[ds]?|breach\w*|allow\w*|settle\w*|convict\w*)\b/i,
    ],
    related: true,
  },
  {
    fact: 'canada-fine',
    anyOf: ['binance'],
    cues: [CANADA, FINE],
    valueExcludeBefore: HYPOTHETICAL,
    valueExclude: /\b(?:market cap\w*|valu(?:ed|ation)|revenue|volume|stake|shares?|users)\b/i,
    window: 70,
    related: true,
  },
  {
    fact: 'treasury-oversight-talks',
    anyOf: ['binance'],
    cues: [/\bTreasury\b(?![- ]appointed)/, /\b(?:oversight|monitor\w*|supervision|compliance)\b/i, /\b(?:eas\w*|lift\w*|reduc\w*|end\w*|loosen\w*|relax\w*|drop\w*|scal\w* back|discuss\w*|talks|met|meeting|lobb\w*|negotiat\w*|sought|seek\w*)\b/i],
    related: true,
  },
  {
    fact: 'treasury-regulators-obstacle',
    anyOf: ['binance'],
    cues: [/\b(?:Treasury[- ]appointed|monitors?|regulators?|watchdogs?)\b/i, /\b(?:obstacles?|hurdles?|disputes?|disputing|records|interviews|friction|clash\w*|resist\w*|roadblock\w*|stumbling block)\b/i],
    related: true,
  },
  {
    fact: 'binance-wlfi-deal',
    anyOf: ['binance'],
    cues: [
      /\b(?:deal|deals|agreement|pact|partnership|partner\w*|tie-up|alliance|collaborat\w*|talks|negotiat\w*|agreed|struck|team(?:ed|ing)? up|work(?:ing)? together)\b/i,
      /\b(?:World Liberty|WLFI|WLF)\b|\bTrumps?\b/i,
    ],
    exclude: [/\bBinance\.US\b/, /\bstake in\b/i],
    related: true,
  },
  {
    fact: 'trump-family-wlfi-share',
    anyOf: ['wlfi'],
    related: true,
    relatedCue: /\b(?:majority|controlling|minority|stake|control\w*|equity)\b/i,
    cues: [/\b(?:control\w*|stake|own\w*|hold\w*|share|interest|equity|portion|percent of|% of)\b/i, TRUMP],
    valueExclude:
      /\b(?:tokens? (?:held|sitting)|wallets?|circulat\w*|supply|volume|market share|poll\w*|approv\w*|tariffs?|revenue|proceeds|sales?|income|profits?|fees?|yield|APY|USD1)\b/i,
    window: 50,
  },
  {
    fact: 'wlfi-trump-ties',
    anyOf: ['wlfi'],
    cues: [
      /\b(?:inspired by|owned by|backed by|linked to|tied to|ties to|affiliated|associated with|Trump[- ](?:backed|linked|affiliated|tied|owned|branded)|co-?founded by|controlled by|run by|launched by|family'?s|family-owned|family-backed|family business|family venture|family crypto)\b/i,
      TRUMP,
    ],
    related: true,
  },
  {
    fact: 'abu-dhabi-meeting',
    anyOf: ['cz', 'binance', 'wlfi'],
    cues: [MEETING, /\b(?:Abu Dhabi|Bitcoin (?:conference|MENA|event)|last December|in December|UAE)\b/i],
    exclude: [DENIAL],
    notPeople: ['changpeng-zhao', 'binance', 'world-liberty-financial', 'trump-administration'],
    peopleAfter: true,
    window: 60,
    related: false,
  },
  {
    fact: 'meeting-place',
    anyOf: ['cz'],
    cues: [MEETING, /\b(?:Abu Dhabi|Bitcoin (?:conference|MENA|event)|UAE)\b/i],
    exclude: [DENIAL],
    related: true,
  },
  {
    fact: 'meeting-denial',
    anyOf: ['cz', 'binance', 'wlfi'],
    cues: [DENIAL, MEETING],
    related: true,
  },
  {
    fact: 'cz-prison-term',
    anyOf: ['cz'],
    cues: [
      /\b(?:prison|jail\w*|behind bars|sentence[ds]?|sentencing|incarcerat\w*|custody|locked up|served|serving|imprison\w*|stint|term)\b|\b(?:gets|got|given|handed|received)\b(?=\s+(?:a\s+|just\s+|only\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty)\S*[\s-](?:months?|years?|weeks?|days?)\b)/i,
    ],
    valueExclude: /\b(?:sought|seek\w*|recommend\w*|request\w*|asked for|faced|facing|maximum|up to|could have|probation|guidelines|prosecutors wanted)\b/i,
    valueExcludeAfter: /^\s*(?:ago|later|after|earlier|before|since|from now)\b/i,
    valueExcludeBefore: /\b(?:out of (?:prison|jail|custody)(?: for)?|released (?:\w+ )?(?:for|since)|free for|for the (?:past|last))\s*$/i,
    window: 60,
    related: true,
    relatedCue: /\b(?:prison|jail\w*|behind bars|incarcerat\w*|custody|locked up|imprison\w*|prison (?:term|sentence|stint))\b/i,
  },
  {
    fact: 'pardon-request',
    anyOf: ['cz', 'binance'],
    cues: [/\b(?:pardon\w*|clemency|commut\w*)\b/i],
    exclude: [/\b(?:already|previously|earlier) pardoned\b/i],
    // Who seeks the pardon (Binance, or Zhao himself) is named loosely by every source: never a contradiction.
    noCompare: true,
    related: true,
  },
  {
    fact: 'binance-us-stake',
    anyOf: ['binance'],
    cues: [/Binance\.US|\bBinance US\b|\bAmerican (?:arm|division|affiliate|unit|subsidiary)\b|\bU\.?S\.? (?:arm|affiliate|subsidiary)\b/i, /\b(?:stake|acqui\w*|buy\w*|invest\w*|purchas\w*|shares?|equity)\b/i],
    related: true,
  },
  {
    fact: 'doj-crypto-unit',
    anyOf: [],
    cues: [DOJ, /\b(?:unit|division|team|NCET|task force|enforcement team)\b/i, /\b(?:disband\w*|dismantl\w*|shut\w*|dissolv\w*|scrap\w*|eliminat\w*|clos(?:e|ed|ing)|gutted|axed)\b/i],
    exclude: [/\boversight program\b/i],
    related: true,
  },
  {
    fact: 'doj-oversight-program',
    anyOf: [],
    cues: [DOJ, /\b(?:oversight program|monitorship|corporate oversight|monitor(?:ing)? program|corporate monitor\w*)\b/i, /\b(?:suspend\w*|paus\w*|halt\w*|end(?:ed|ing|s)?|scrap\w*|froze|freez\w*|drop\w*)\b/i],
    related: true,
  },
  {
    fact: 'earlier-pardons',
    anyOf: [],
    cues: [/\bpardon\w*/i, /\b(?:Hayes|Ulbricht|BitMEX|Silk Road)\b/i],
    notPeople: ['donald-trump', 'changpeng-zhao', 'binance', 'world-liberty-financial', 'trump-family', 'trump-administration'],
    window: 120,
    related: true,
  },
  {
    fact: 'usd1-smart-contracts',
    anyOf: ['usd1'],
    allOf: ['binance'],
    cues: [/\b(?:smart contracts?|code|codebase|software|wrote|written|built|develop\w*|engineer\w*|technical (?:support|help))\b/i],
    // Binance is named in nearly every such sentence, whoever it says wrote the code.
    noCompare: true,
    related: true,
  },
  {
    fact: 'uae-binance-purchase',
    anyOf: ['binance'],
    cues: [/\b(?:MGX|Emirat\w*|UAE|Abu Dhabi|investment firm|sovereign fund|state-backed fund)\b/i, /\b(?:invest\w*|stake|acqui\w*|purchas\w*|bought|buy|shares)\b/i],
    exclude: [MEETING],
    valueExclude: /\b(?:fine[ds]?|penalt\w*|volume|users|revenue|income)\b/i,
    window: 70,
    related: true,
  },
  {
    fact: 'usd1-binance-wallet-share',
    anyOf: ['usd1'],
    allOf: ['binance'],
    cues: [/\b(?:wallets?|held|hold\w*|custod\w*|sits?|sitting|parked|kept|stored|reserves?|supply|circulating)\b/i],
    valueExclude: /\b(?:trading volume|volume|market share|of (?:all )?trad\w*|APY|yield|interest rate|fees?|discount|dominance|Trump family (?:holds|owns|controls))\b/i,
    window: 60,
    related: false,
  },
  {
    fact: 'trump-usd1-income',
    anyOf: ['usd1', 'wlfi'],
    cues: [/\b(?:revenue|income|profits?|earn\w*|generat\w*|mak(?:e|es|ing)|made|rak\w*|windfall|interest|pocket\w*|bring\w*|brought)\b/i, TRUMP],
    bareAmountsAsMoney: true,
    valueExclude:
      /\b(?:fine[ds]?|penalt\w*|invest\w*|stake|acqui\w*|purchas\w*|bought|worth of|market cap\w*|supply|circulat\w*|minted|issued|volume|valu(?:ed|ation)|losses|lost)\b/i,
    // The reserves that earn the interest are not the income: "interest on $2 billion in reserves".
    valueExcludeBefore: /\b(?:interest|yield|returns?|income) on\s+$/i,
    valueExcludeAfter: /^\s+(?:in|of)\s+(?:[\w-]+\s+)?(?:reserves?|backing|deposits|assets|treasur\w*|collateral)\b/i,
    window: 60,
    related: false,
  },
  {
    fact: 'wlfi-cofounders',
    anyOf: ['wlfi'],
    cues: [/\b(?:co-?found\w*|founders?|founding)\b/i],
    anchorExcludeBefore: /\b(?:Binance|BitMEX|Silk Road|Tether|Circle|exchange|Binance's)(?:'s)?\s*$/i,
    notPeople: ['world-liberty-financial', 'binance', 'changpeng-zhao', 'trump-administration'],
    window: 60,
    related: false,
  },
  {
    fact: 'usd1-listing',
    anyOf: ['usd1'],
    allOf: ['binance'],
    cues: [/\b(?:list\w*|delist\w*|trading pairs?|introduc\w*|added|adds|support\w*|launched on)\b/i],
    related: true,
  },
  {
    fact: 'cz-role',
    anyOf: ['cz'],
    cues: [/\b(?:CEO|chief executive|stepped down|steps down|step down|resign\w*|at the helm|runs Binance|running Binance|leads Binance)\b/i],
    window: 30,
    // "founder" alone is in half the sentences about Zhao: only a CEO cue makes his role the point.
    statusIsCue: false,
    related: false,
  },
  {
    fact: 'wlfi-response',
    anyOf: ['wlfi'],
    cues: [/\b(?:unfounded|baseless|politically motivated|political motive|politically driven|spokes(?:person|man|woman)|said in a statement|declined to (?:comment|elaborate)|did(?: not|n't) (?:immediately )?respond|no immediate response|could not be reached)\b/i],
    exclude: [/\bWhite House\b/],
    related: true,
  },
  {
    fact: 'binance-response',
    anyOf: ['binance'],
    cues: [/\b(?:standard listing process|personal decision|spokes(?:person|man|woman)|representative|said in a statement|in a statement|(?:called|denied|rejected|dismissed) the (?:report|allegations?|claims?|story|article)|declined to (?:comment|elaborate)|did(?: not|n't) (?:immediately )?respond|has(?: not|n't) (?:yet )?commented|no immediate response)\b/i],
    exclude: [/\bWhite House\b/, /\b(?:World Liberty|WLFI)\b/],
    related: true,
  },
  {
    fact: 'white-house-response',
    anyOf: [],
    cues: [/\bWhite House\b/, NO_COMMENT],
    related: true,
  },
  {
    fact: 'witkoff-share-transfer',
    anyOf: ['wlfi'],
    cues: [/\bWitkoff/, /\b(?:transfer\w*|hand(?:s|ed|ing)?(?: over)?|pass\w* (?:on|to)|divest\w*|gave|giving|gifted|moving)\b/i, /\b(?:shares?|stake|holdings?|interest|equity)\b/i],
    related: true,
  },
  {
    fact: 'witkoff-ethics',
    anyOf: ['wlfi'],
    cues: [/\bWitkoff/, /\b(?:ethic\w*|Warrington|conflicts? of interest)\b/i],
    related: true,
  },
  {
    fact: 'cz-cooperation',
    anyOf: ['cz'],
    cues: [/\b(?:cooperat\w*|co-operat\w*)\b/i, /\b(?:authorities|prosecutors|investigators|government|officials|Justice Department|DOJ)\b/i],
    related: true,
  },
  {
    fact: 'binance-us-comeback',
    anyOf: ['binance'],
    cues: [/\b(?:return\w*|comeback|come back|re-?enter\w*|re-?entry|expan\w*|back)\b.{0,40}\b(?:U\.S\.?|US|United States|America|American) (?:market|customers|users)?|\b(?:U\.S\.?|US|American) (?:comeback|return|re-?entry)\b/i],
    exclude: [/\bBinance\.US\b/],
    related: true,
  },
  {
    fact: 'usd1-launch',
    anyOf: ['usd1'],
    cues: [/\b(?:launch\w*|debut\w*|roll(?:ed|s|ing)? out|unveil\w*|introduc\w*)\b/i, /\b(?:World Liberty|WLFI|WLF)\b|\bTrumps?\b/],
    related: true,
  },
  {
    fact: 'usd1-payment-unclear',
    anyOf: ['usd1', 'binance'],
    allOf: ['binance'],
    cues: [/\b(?:paid|payment|compensat\w*|fees?)\b/i, /\b(?:unclear|whether|unknown|not clear|no indication)\b/i, /\b(?:USD1|stablecoin|World Liberty|WLFI|Trump)\b/],
    related: true,
  },
  {
    fact: 'trump-wlfi-losses',
    anyOf: ['wlfi'],
    cues: [/\b(?:loss(?:es)?|losing money|lost money|in the red|underwater|money-losing)\b/i, TRUMP],
    related: true,
  },
  {
    fact: 'usd1-rivals',
    anyOf: ['usd1'],
    cues: [/\b(?:Tether|USDT|Circle|USDC|PayPal|PYUSD)\b/, /\b(?:rival\w*|compet\w*|challeng\w*|take on|dethrone|versus|vs\.?|alternative|next to|compared (?:with|to)|behind|ahead of|dwarf\w*|catch up)\b/i],
    related: true,
  },
];
