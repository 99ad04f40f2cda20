/**
 * Rules for facts a sentence can be about without a value to compare (who
 * said what, what the Justice Department did): they give "related", so the
 * reader can see how each source reports it.
 */
import { type FactRule, TRUMP, MEETING, DENIAL, NO_COMMENT, DOJ, FOREIGN_ONLY } from './rule-patterns';

export const CONTEXT_RULES: FactRule[] = [
  {
    fact: 'fine-reason',
    anyOf: ['binance', 'cz'],
    cues: [
      /\b(?:money[- ]laundering|AML|Bank Secrecy Act|sanctions? (?:violations|laws|rules)|terroris[tm]\w*|drug traffickers|sanctioned (?:entities|countries|users))\b/i,
      /\b(?:fine[ds]?|penalt\w*|plead\w*|pled|guilty|violat\w*|charge[ds]?|breach\w*|allow\w*|settle\w*|convict\w*)\b/i,
    ],
    // Another country's case ("France fined Binance … over its anti-money-laundering controls").
    exclude: [FOREIGN_ONLY],
    related: true,
  },
  {
    fact: 'treasury-oversight-talks',
    anyOf: ['binance'],
    cues: [/\bTreasury\b(?![- ]appointed)/, /\b(?:oversight|monitor\w*|supervision|compliance)\b/i, /\b(?:eas\w*|lift\w*|reduc\w*|remov\w*|end\w*|loosen\w*|relax\w*|drop\w*|scal\w* back|discuss\w*|talks|met|meeting|lobb\w*|negotiat\w*|sought|seek\w*|ask\w*)\b/i],
    related: true,
  },
  {
    fact: 'treasury-regulators-obstacle',
    anyOf: ['binance'],
    cues: [/\b(?:Treasury[- ]appointed|monitors?|regulators?|watchdogs?)\b/i, /\b(?:obstacles?|hurdles?|disputes?|disputing|records|interviews|friction|clash\w*|resist\w*|roadblock\w*|stumbling block)\b/i],
    related: true,
  },
  {
    fact: 'wlfi-trump-ties',
    anyOf: ['wlfi'],
    cues: [
      // Explicit ties only; a possessive ("the Trump family's crypto venture") names the venture, it is no claim about it.
      /\b(?:team members?|Chief Crypto Advocate|ambassadors?|inspired by|owned by|backed by|linked to|tied to|ties to|affiliated|associated with|Trump[- ](?:backed|linked|affiliated|tied|owned|branded)|co-?founded by|founded by|controlled by|run by|launched by|family-owned|family-backed|owns? (?:a|an|the)? ?(?:stake|share|majority)|[\d.]+%\+? (?:owned|controlled) by|(?:owned|controlled)\b)\b/i,
      TRUMP,
    ],
    related: true,
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
    fact: 'pardon-request',
    anyOf: ['cz', 'binance'],
    // "extend the same grace" is how one source words the pardon it hopes for.
    cues: [/\b(?:pardon\w*|clemency|commut\w*)\b|\bextend\w* (?:the same |his |that )?grace\b/i],
    exclude: [/\b(?:already|previously|earlier) pardoned\b/i],
    // Who seeks it: the subject of a request ("Binance is pursuing a pardon", "Zhao asked Trump for
    // clemency"), never the one who grants it.
    peopleSlot: 'requester',
    notPeople: ['donald-trump', 'trump-administration'],
    // The sources differ on whether Binance or Zhao asks; a third party asking is news they do not cover, not a conflict.
    peopleAmong: ['binance', 'changpeng-zhao'],
    window: 80,
    related: true,
  },
  {
    fact: 'binance-us-stake',
    anyOf: ['binance'],
    cues: [
      /Binance(?:\.US\b|\s(?:U\.S\.|US)\b|US\b)|\bAmerican (?:arm|division|affiliate|unit|subsidiary)\b|\bU\.?S\.? (?:arm|affiliate|subsidiary|business)\b|\b(?:the|a) (?:business )?deal with the (?:Trump )?family\b/i,
      /\b(?:stake|acqui\w*|buy\w*|invest\w*|purchas\w*|shares?|equity|financial interest|ownership)\b/i,
    ],
    related: true,
  },
  {
    fact: 'doj-crypto-unit',
    anyOf: [],
    cues: [DOJ, /\b(?:unit|division|team|NCET|task force|enforcement team)\b/i, /\b(?:disband\w*|dismantl\w*|shut\w*|dissolv\w*|scrap\w*|eliminat\w*|clos(?:e|ed|ing)|gutted|axed)\b/i],
    exclude: [/\boversight program\b/i],
    related: true,
    documentWide: true,
  },
  {
    fact: 'doj-oversight-program',
    anyOf: [],
    cues: [DOJ, /\b(?:oversight program|monitorship|corporate oversight|monitor(?:ing)? program|corporate monitor\w*)\b/i, /\b(?:suspend\w*|paus\w*|halt\w*|end(?:ed|ing|s)?|scrap\w*|froze|freez\w*|drop\w*)\b/i],
    related: true,
    documentWide: true,
  },
  {
    fact: 'usd1-smart-contracts',
    anyOf: ['usd1'],
    allOf: ['binance'],
    cues: [/\b(?:smart contracts?|code|codebase|software|wrote|written|built|develop\w*|engineer\w*|technical (?:support|help))\b/i],
    // Who wrote it: the subject of the cue or the agent after "by", not every name in the sentence.
    peopleSlot: 'makers',
    // "Developed" or "built" alone may name the coin's maker (its issuer), not who wrote its code.
    compareOnly: [/\b(?:smart contracts?|code|codebase|software|wrote|written|engineer\w*|technical)\b/i, 'says who made or issued the coin, not who wrote its smart contracts'],
    related: true,
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
    cues: [/\bWitkoff/, /\b(?:transfer\w*|hand(?:s|ed|ing)?(?: over)?|pass\w* (?:on|to)|divest\w*|gave|giving|gifted|moving|sign(?:s|ed|ing)? over)\b/i, /\b(?:shares?|stake|holdings?|interest|equity|ownership)\b/i],
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
    cues: [
      /\b(?:return\w*|comeback|come back|re-?enter\w*|re-?entry|expan\w*|back|operate|operating)\b.{0,40}\b(?:U\.S\.?|US|United States|America|American)\b(?: (?:market|customers|users))?(?:\s+once again| again)?|\b(?:U\.S\.?|US|American) (?:comeback|return|re-?entry)\b/i,
    ],
    exclude: [/\bBinance\.US\b/],
    related: true,
  },
  {
    fact: 'usd1-launch',
    anyOf: ['usd1', 'wlfi'],
    // Who issues USD1, and when it launched: "USD1, launched by World Liberty", "WLFI is launching a
    // stablecoin", "USD1 is issued by World Liberty Financial".
    cues: [
      /\b(?:launch\w*|debut\w*|roll(?:ed|s|ing)? out|unveil\w*|introduc\w*|issu(?:ed|es|er|ing)|creat(?:ed|es|ing|or)|concoct\w*|went live|goes live)\b/i,
      /\b(?:USD1|stablecoin)\b/,
    ],
    exclude: [/\b(?:listed|listing|lists|trading pairs?)\b/i],
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
