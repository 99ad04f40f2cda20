/**
 * Rules for facts with a value to check (a count, an amount, a share, a
 * duration, a year, people or a status): the value is read near the anchor cue
 * and compared with each source. See rule-patterns.ts for the fields.
 */
import { type FactRule, FINE, LEGAL, OTHERS_BEFORE, CANADA, TRUMP, MEETING, DENIAL, REGIONS } from './rule-patterns';

export const VALUED_RULES: FactRule[] = [
  {
    fact: 'binance-users',
    anyOf: ['binance'],
    cues: [/\b(?:users?|customers?|clients?|user base|user-base|accounts|traders|userbase|registered|sign-?ups|registrations)\b/i],
    anchorExcludeBefore: OTHERS_BEFORE,
    holders: ['binance'],
    // Shares, and figures for several companies together ("Coinbase and Binance together serve …").
    valueExclude: /%|\bpercent\b|\bper cent\b|\b(?:together|combined|between them)\b/i,
    // An amount of money is not a user count (only the value's own sign or unit counts: "250 million
    // users and $65 billion in volume" is fine).
    valueExcludeBefore: /(?:\$|\bUS\$|\bUSD|€|£)\s*$/i,
    valueExcludeAfter: /^\s*(?:dollars?|USD|euros?|in (?:user )?(?:assets|deposits|funds|reserves)|(?:trading )?orders|transactions|trades)\b/i,
    // The same measure for another scope: the value is read, and reported as related with the reason.
    scopes: [
      [/\b(?:monthly|daily|weekly)[ -]actives?\b|\bMAUs?\b|\bDAUs?\b|\bactive (?:users|traders|accounts)\b/i, 'active users in a period, not all users'],
      [/Binance\.US|\bBinance US\b|\bU\.?S\.?(?:-based)? (?:users|customers|clients|accounts)|\bAmerican (?:users|customers|clients)|\b(?:users|customers|clients) in the (?:U\.?S\.?|United States)\b/i, 'U.S. users only, not the worldwide count'],
      [new RegExp(`\\b(?:users|customers|clients|accounts|traders|registrations) (?:in|from|across) ${REGIONS}\\b|\\bin ${REGIONS}(?:,|\\s+(?:alone|only))`), 'users in one country or region, not the worldwide count'],
      [/\b(?:added|adding|adds|gained|gaining|gains|onboarded|lost|losing|grew by|growth of|increase of|signed up|attracted|new (?:users|accounts|registrations|customers)|(?:users|accounts|registrations) (?:a|per) (?:day|month|week))\b|\b(?:new|more|additional|fewer|another)\s*$/i, 'new users over a period, not the total'],
      [/\bverified\b|\bKYC\b|\bfunded accounts\b/i, 'verified accounts only, not all users'],
    ],
    window: 45,
    minAmount: 100_000,
    related: false,
  },
  {
    fact: 'binance-daily-volume',
    anyOf: ['binance'],
    cues: [/\b(?:volumes?|trad(?:e|es|ed|ing)|transactions?|turnover|process(?:es|ed|ing)?|handl(?:e|es|ed|ing)|clear(?:s|ed|ing)?)\b/i],
    // Without a daily period the figure is another measure of the same thing (a month's, a year's,
    // a total): related, with the reason.
    frameCue: [
      /\b(?:daily|a day|per day|each day|every day|24[- ]?hours?|24h|a 24-hour|per 24 hours|day-to-day|an? (?:average|typical|normal|ordinary) day)\b/i,
      'not a daily figure',
    ],
    anchorExcludeBefore: OTHERS_BEFORE,
    holders: ['binance'],
    bareAmountsAsMoney: true,
    exclude: [
      /\b(?:USD1|WLFI|BNB|bitcoin|BTC|ETH|ether|Solana|SOL|XRP|stablecoin|token)(?:'s)? (?:daily )?(?:trading )?volume|\bvolume (?:of|in|for) (?:USD1|WLFI|BNB|bitcoin|BTC|ETH|the token|the stablecoin)\b/i,
    ],
    valueExclude: /\b(?:fine[ds]?|penalt\w*|market cap\w*|valu(?:ed|ation)|revenue|profit|reserves?|raised|stake|shares|worth of Binance|withdrawals?|outflows?|inflows?|assets under custody|custody)\b/i,
    scopes: [
      [/Binance\.US|\bBinance US\b/i, 'Binance.US only, not Binance'],
      [/\b(?:monthly|a month|per month|last month)\b/i, 'a monthly figure, not the daily volume'],
      [/\b(?:weekly|a week|per week|last week)\b/i, 'a weekly figure, not the daily volume'],
      [/\b(?:annual|annually|yearly|a year|per year|quarterly)\b/i, 'a yearly or quarterly figure, not the daily volume'],
      [/\b(?:spot)\b/i, 'spot trading only, not all trading'],
      [/\b(?:futures|derivatives|perpetuals?|options)\b/i, 'derivatives trading only, not all trading'],
      // One day's figure (a record, a peak, a crash) is not the daily average.
      [/\b(?:record|peak|all-time high|single[- ]day|one[- ]day|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|crash\w*|surg\w*|spik\w*|plunge\w*|plummet\w*|slump\w*)\b/i, "one day's or one period's swing, not the usual daily volume"],
      [new RegExp(`\\bin ${REGIONS}\\b`), 'one country or region only'],
    ],
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
    // "OKX, the second-largest exchange after Binance": a rank written after another exchange is its
    // own; "Zhao, founder of the world's largest exchange" is Binance's.
    holders: ['binance', 'cz'],
    // A rank in the past ("the third-largest exchange in 2017", "once the largest") is not its rank now.
    valueExclude: /\b(?:in|by|until|back in|as of) (?:19\d\d|20(?:0\d|1\d|2[0-2]))\b|\b(?:once|formerly|used to be|at (?:its|the) (?:launch|start))\b/i,
    related: false,
  },
  {
    fact: 'us-fine',
    // Also a sentence naming only Zhao: his own $50 million is reported as his, not Binance's (related).
    anyOf: ['binance', 'cz'],
    cues: [FINE, LEGAL],
    // Fines of other countries: by the jurisdiction written with the amount ("a $4.3 million penalty in
    // Canada"), else by the one the text has been about (a FINTRAC article's "the $4.4 million penalty").
    jurisdiction: 'us',
    holders: ['binance'],
    holderReasons: { cz: "Zhao's personal fine, not Binance's" },
    // $4.3 billion is the whole resolution (DOJ, FinCEN, OFAC, CFTC): a smaller amount not called the
    // total may be one of its parts, so it is never called contradicted.
    total: true,
    bareAmountsAsMoney: true,
    anchorExcludeBefore: /\b(?:20(?:0\d|1\d|2[0-24-9]))\s*$/,
    valueExclude:
      /\b(?:market (?:cap\w*|value)|valu(?:ed|ation)|revenue|profits?|volume|raised|invest(?:ed|ing|ments?|ors?|s)?\b|shares?|stake|acqui\w*|purchas\w*|bought|worth of|reserves?|hack\w*|stolen|bail|bond|income|salary|net worth|fortune|transactions?|transfers?|moved|laundered|assets under)\b/i,
    scopes: [
      [/\b(?:CFTC|Commodity Futures|SEC|Securities and Exchange)\b/, "a figure of the CFTC's or SEC's case, one part of the U.S. resolution", 'part'],
      [/\b(?:OFAC|FinCEN|Treasury)\b/, "the Treasury's part of the U.S. resolution, not the whole", 'part'],
      [/\b(?:forfeit\w*|forfeiture|restitution|disgorge\w*|repay\w*|criminal fine of|monitor)\b/i, 'one part of the U.S. resolution (a forfeiture or the criminal fine), not the whole', 'part'],
      [/\b(?:personal(?:ly)?|his own)\b/i, "Zhao's personal fine, not Binance's"],
    ],
    window: 70,
    related: false,
  },
  {
    fact: 'guilty-plea-year',
    anyOf: ['binance', 'cz'],
    cues: [/\b(?:plead\w*|pled|guilty|plea|admitted (?:guilt|wrongdoing))\b/i],
    exclude: [/\bnot guilty\b/i],
    holders: ['binance'],
    holderReasons: { cz: "Zhao's own plea (the same day as Binance's), not Binance's" },
    jurisdiction: 'us',
    // The year is written close to the plea ("pleaded guilty to federal charges in 2023", "its 2023 plea"),
    // not counted from it ("in 2020, three years before its plea").
    valueExcludeAfter: /^,?\s*(?:[\w-]+\s+){0,2}(?:years?|months?)\s+(?:before|after|prior|ahead)\b/i,
    window: 60,
    // A plea stated without its year is about the fact too (related: the year is what is checked).
    related: true,
    relatedCue: /\b(?:pleaded|pled|plead(?:s|ing)?) guilty\b/i,
  },
  {
    fact: 'canada-fine',
    anyOf: ['binance'],
    // The fine word is the anchor: the amount is written next to it, the country may be far before.
    cues: [FINE, CANADA],
    jurisdiction: 'canada',
    holders: ['binance'],
    // Canadian pages write C$ amounts with a bare "$" ("a $6-million penalty").
    localDollar: true,
    valueExclude: /\b(?:market cap\w*|valu(?:ed|ation)|revenue|volume|stake|shares?|users)\b/i,
    window: 70,
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
    // A share of profits or revenues is another measure of the family's part: related, with no comparison.
    relatedCue: /\b(?:majority|controlling|minority|stake|control\w*|equity|(?:operating |net )?(?:profits?|revenues?))\b/i,
    cues: [/\b(?:control\w*|stake|own\w*|hold\w*|share|interest|equity|portion|percent of|% of|directs?|receiv\w*|entitled)\b/i, TRUMP],
    valueExclude:
      /\b(?:tokens? (?:held|sitting)|wallets?|circulat\w*|supply|volume|market share|poll\w*|approv\w*|tariffs?|revenue|proceeds|sales?|income|profits?|fees?|yield|APY|USD1)\b/i,
    // "20% of American Bitcoin": a share of something else that is named.
    // "… DT Marks DEFI LLC — Trump owns 70% of that company": a share of the company just named.
    valueExcludeAfter: /^\s+(?:stake\s+)?(?:of|in)\s+(?:(?!(?:the\s+)?(?:World|WLFI?|Trump|project|company|venture|firm|platform|initiative|tokens?|it|its)\b)(?:the\s+)?[A-Z]|(?:that|this)\s+(?:company|entity|LLC|firm|business|holding)\b)/,
    window: 50,
  },
  {
    fact: 'abu-dhabi-meeting',
    anyOf: ['cz', 'binance', 'wlfi'],
    cues: [MEETING, /\b(?:Abu Dhabi|Bitcoin (?:conference|MENA|event)|last December|in December|UAE)\b/i],
    exclude: [DENIAL],
    notPeople: ['changpeng-zhao', 'binance', 'world-liberty-financial', 'trump-administration'],
    peopleSlot: 'participants',
    window: 60,
    related: false,
  },
  {
    fact: 'cz-prison-term',
    anyOf: ['cz'],
    cues: [
      /\b(?:prison|jail\w*|behind bars|sentence[ds]?|sentencing|incarcerat\w*|custody|locked up|served|serving|imprison\w*|stint|term)\b|\b(?:gets|got|given|handed|received)\b(?=\s+(?:a\s+|just\s+|only\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty)\S*[\s-](?:months?|years?|weeks?|days?)\b)|\b(?:did|done|doing)\b(?=\s+(?:a\s+|just\s+|only\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty)\S*[\s-](?:months?|years?)\b)/i,
    ],
    holders: ['cz'],
    // A prison term is a person's: the one named nearest it ("the four-month sentence of its founder,
    // Changpeng Zhao"; "CZ got 4 months while SBF got 25 years").
    holderNearest: true,
    // Demands, maxima and guidelines are read as hypotheticals (frame/modality.ts); probation is no prison.
    valueExclude: /\b(?:probation|supervised release|house arrest)\b/i,
    valueExcludeAfter: /^\s*(?:ago|later|after|earlier|before|since|from now)\b/i,
    valueExcludeBefore: /\b(?:out of (?:prison|jail|custody)(?: for)?|released (?:\w+ )?(?:for|since)|free for|for the (?:past|last))\s*$/i,
    window: 60,
    related: true,
    relatedCue: /\b(?:prison|jail\w*|behind bars|incarcerat\w*|custody|locked up|imprison\w*|sentenced|sentencing)\b/i,
  },
  {
    fact: 'earlier-pardons',
    anyOf: [],
    // Anchored on the names: the pardon may be written in the sentence before ("… granting pardons to
    // crypto executives. The list includes … Arthur Hay, … Ross Ulbricht").
    cues: [/\b(?:Hayes|Hay|Ulbricht|BitMEX|BiMEX|Silk Road)\b/, /\bpardon\w*/i],
    cuesBefore: true,
    notPeople: ['donald-trump', 'changpeng-zhao', 'binance', 'world-liberty-financial', 'trump-family', 'trump-administration'],
    peopleSlot: 'list',
    peopleExamples: true,
    documentWide: true,
    window: 120,
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
    cues: [/\b(?:wallets?|held|hold\w*|custod\w*|sits?|sitting|parked|kept|stored|reserves?|supply|circulating)\b|%\s+(?:of (?:it|USD1|the (?:supply|tokens?))\s+)?(?:(?:is|sits?|sitting)\s+)?on Binance\b/i],
    valueExclude:
      /\b(?:trading volume|volume|market share|of (?:all )?trad\w*|APY|yield|interest rate|fees?|discount|dominance|Trump family (?:holds|owns|controls)|outside|elsewhere|off Binance|not (?:held )?(?:on|in|at) Binance)\b/i,
    window: 60,
    related: false,
  },
  {
    fact: 'trump-usd1-income',
    anyOf: ['usd1', 'wlfi'],
    // Token sales are World Liberty's proceeds, not USD1's income.
    exclude: [/\b(?:token|coin) sales?\b/i],
    // "for the family" in a sentence about USD1 or World Liberty is the Trump family.
    cues: [/\b(?:revenue|income|profits?|profit|earn\w*|generat\w*|mak(?:e|es|ing)|made|rak\w*|windfall|interest|pocket\w*|bring\w*|brought|contribut\w*|entitled to)\b/i, /\bTrumps?\b|\b(?:the|his|their) family\b/],
    bareAmountsAsMoney: true,
    valueExclude:
      /\b(?:fine[ds]?|penalt\w*|invest(?:ed|ing|ments?|ors?|s)?\b|stake|acqui\w*|purchas\w*|bought|worth of|market cap\w*|supply|circulat\w*|minted|issued|volume|valu(?:ed|ation)|losses|lost|sales?|sold)\b/i,
    // Money the family already made from World Liberty (token sales, fees) is another measure.
    scopes: [
      [/\b(?:from (?:token sales|the sale of|selling)|token sales?|\$?WLFI tokens?|fees|net worth|memecoin|meme coin|\$TRUMP)\b/i, "World Liberty's other income (token sales, fees), not USD1's interest income"],
    ],
    // The reserves that earn the interest are not the income: "interest on $2 billion in reserves".
    valueExcludeBefore: /\b(?:interest|yield|returns?|income) on\s+$/i,
    valueExcludeAfter: /^\s+(?:in|of)\s+(?:[\w-]+\s+)?(?:reserves?|backing|deposits|assets|treasur\w*|collateral)\b/i,
    window: 60,
    related: false,
  },
  {
    fact: 'wlfi-cofounders',
    anyOf: ['wlfi'],
    cues: [/\b(?:co-?found\w*|founders?|founding|found(?:ed|s)|launched|started by|created by)\b/i],
    anchorExcludeBefore: /\b(?:Binance|BitMEX|Silk Road|Tether|Circle|exchange|Binance's)(?:'s)?\s*$/i,
    // A coin "launched by World Liberty" names its issuer, not World Liberty's founders.
    exclude: [/\b(?:stablecoin|token|coin|USD1)\b[^.;]{0,40}\b(?:launched|created) by\b/i],
    notPeople: ['world-liberty-financial', 'binance', 'changpeng-zhao', 'trump-administration'],
    peopleSlot: 'makers',
    // The sources name some founders (Witkoff, "members of the Trump family"), not all: World Liberty
    // lists more (Witkoff's sons, its crypto founders). A page naming others adds to the list; it
    // does not contradict it.
    peopleExamples: true,
    window: 60,
    // Founders the database does not know ("WLFI co-founder Zach Witkoff") still make the sentence
    // about the fact: related, with nothing to compare.
    related: true,
    relatedCue: /\b(?:co-?found(?:er|ers|ed|ing)|founders?)\b/i,
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
    // A role written next to his name ("Binance founder Changpeng Zhao", "former CEO Zhao") is a
    // claim about his role; whose role it is is read from the nearest person (not Yi He's or Teng's).
    holders: ['cz'],
    holderNearest: true,
    // His role at the time of something else ("CZ, as CEO, pleaded guilty"; "while CEO of Binance"):
    // about the fact, with no status to compare now.
    related: true,
    relatedCue: /\b(?:as|while|when he was|then) (?:the |its |Binance['’]s )?(?:CEO|chief executive)\b/i,
  },
];
