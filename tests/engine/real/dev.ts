/**
 * Real-text development set: 55 excerpts of public pages (news, blogs, forums, Binance Square posts, a
 * reference page), 45 with claims and 10 negatives, labelled by hand before the engine was run on them
 * (2026-12-02). Excerpts are verbatim, cut only at paragraph or sentence boundaries (noted per case).
 * First run (engine at 7dc3a73, the start of the real-text work, before any change made for this set):
 *   mentions precision 98.9% (347 right, 4 wrong), recall 98.0% (347 of 354); claim recall 52.2% (157 of
 *   301 labelled claims found); verdict accuracy 74.5% (117 of 157 found); 49 extra claims; 24 false
 *   "contradicted" (figures from other years, projections and prosecutors' demands; Canadian-dollar and
 *   FINTRAC fines read as the U.S. fine; Zhao's personal and the CFTC's figures read as Binance's; a 2024
 *   sentencing date read as the plea year; Tether's and USDC's shares read as USD1's).
 *
 * Labelling choices applied throughout (see README.md for the guide itself):
 * - Trump's October 2025 pardon of Zhao → pardon-request `related` (granted, no comparable value); who
 *   sought it is compared as people (Binance: 000, 001; Zhao himself: 002). Pages dated with a month are
 *   compared with the sources' asOf months (2025-03, 2025-06): four months apart is still comparable, so
 *   "Binance lobbied" on an October 2025 page is mixed and "Zhao asked" there is supported.
 * - Zhao's own 2023 plea stated with a year → guilty-plea-year `related` (another subject); Binance's plea
 *   with no year → `related`; Zhao's plea with no year → no label.
 * - "founded/launched by <people>" → wlfi-cofounders by the people rule (Trump family → mixed; Steve
 *   Witkoff + Trump → supported; Zach Witkoff, Folkman, Herro → contradicted, though true in fact).
 * - Possessive descriptors ("the Trumps' World Liberty Financial") get no wlfi-trump-ties label; explicit
 *   ties ("backed by", "tied to", "team members") get `related`.
 * - Role appositives ("Binance founder Changpeng Zhao", "former CEO") are cz-role claims, one per sentence.
 *
 * Labels revised after the first run (a change of the guide, made for the fact's truth, not to fit the
 * engine): the sources' lists of World Liberty's founders are examples, not the whole list (World Liberty
 * names Witkoff's sons and its crypto founders too), so a page naming other founders does not conflict
 * with them: "WLFI co-founder Zach Witkoff" and "co-founders Zak Folkman and Chase Herro" were labelled
 * contradicted by the people rule and are now related; founders all in one source's list ("launched by
 * Trump and his sons") were mixed and are now supported. The first-run figures above are the old labels'.
 */
import type { RealCase } from './types';

export const DEV: RealCase[] = [
  {
    id: 'dev-001',
    url: 'https://secret3.com/news/binance-hits-200m-users-with-100-billion-in-assets-under-custody',
    published: '2024-06',
    kind: 'news',
    text: `Binance, the world's largest cryptocurrency exchange by daily trading volume, recently announced a staggering achievement—200 million global users and $100 billion in assets under custody. However, these impressive figures are self-reported, raising questions about their accuracy.

This achievement marks a significant leap from 2022 when Binance had approximately 130 million users. By the end of 2023, the exchange had grown to 170 million users. Six months into 2024, Binance added another 30 million users, indicating potential growth to 300 million users by 2026 if current trends continue.

According to research by Triple-A, the global cryptocurrency user base reached 562 million in 2024, up from 420 million in 2023. Binance's 200 million users represent about 36% of the total global cryptocurrency user base, underscoring its market dominance.

Despite its success, Binance has faced significant legal challenges. Founder and former CEO Changpeng "CZ" Zhao is currently serving a four-month sentence for fraud in a minimum-security facility in California. Despite this, the company seems to have navigated its legal troubles relatively unscathed, with CZ reportedly apologetic and committed to serving his time.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'cz:Changpeng "CZ" Zhao', 'cz:CZ'],
    claims: [
      { fact: 'binance-rank', verdict: 'supported', at: "the world's largest cryptocurrency exchange by daily trading volume" },
      { fact: 'binance-users', verdict: 'related', at: '200 million global users', why: 'a June 2024 figure: the page is more than four months before the sources, and 200 million conflicts with them' },
      { fact: 'binance-users', verdict: 'related', at: 'approximately 130 million users', why: 'a 2022 figure' },
      { fact: 'binance-users', verdict: 'related', at: '170 million users', why: 'an end-of-2023 figure' },
      { fact: 'binance-users', verdict: 'related', at: '300 million users by 2026', why: 'a projection' },
      { fact: 'binance-users', verdict: 'related', at: "Binance's 200 million users", why: 'a June 2024 figure (page date more than four months before the sources)' },
      { fact: 'cz-role', verdict: 'supported', at: 'Founder and former CEO' },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'four-month sentence', why: 'an event: the term does not change with time' },
    ],
    note: 'Page from June 2024 (the 200 million milestone, Zhao still in prison); the year is given by the text ("Six months into 2024").',
  },
  {
    id: 'dev-002',
    url: 'https://www.semafor.com/article/11/21/2023/binance-ceo-cz-steps-down-in-doj-settlement',
    published: '2023-11-21',
    kind: 'news',
    text: `CZ steps down as Binance CEO in $4 billion settlement with DOJ

Changpeng “CZ” Zhao, the billionaire founder of the world’s largest cryptocurrency exchange, Binance, has stepped down as CEO and pleaded guilty to money laundering charges as part of $4.3 billion settlement with the U.S. Department of Justice, Attorney General Merrick Garland announced Tuesday.

Zhao will be personally required to pay $50 million as part of the fines.

Zhao is based in Dubai, which means he is unlikely to face prison time as the United Arab Emirates does not have an extradition agreement with the U.S.`,
    mentions: ['cz:CZ', 'binance:Binance', 'cz:Changpeng “CZ” Zhao', 'binance:Binance', 'cz:Zhao', 'cz:Zhao'],
    claims: [
      { fact: 'cz-role', verdict: 'supported', at: 'CZ steps down as Binance CEO' },
      { fact: 'us-fine', verdict: 'mixed', at: '$4 billion settlement', why: 'exact $4 billion conflicts with $4.3 billion (two sources), agrees with "over $4 billion"' },
      { fact: 'cz-role', verdict: 'supported', at: 'has stepped down as CEO', why: 'founder and former CEO' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the world’s largest cryptocurrency exchange' },
      { fact: 'us-fine', verdict: 'supported', at: '$4.3 billion settlement' },
      { fact: 'us-fine', verdict: 'related', at: '$50 million', why: "Zhao's personal fine" },
      { fact: 'cz-prison-term', verdict: 'related', at: 'unlikely to face prison time', why: 'a prediction before sentencing; no term stated' },
    ],
  },
  {
    id: 'dev-003',
    url: 'https://cryptopotato.com/doj-announces-4-3-billion-settlement-with-binance-as-cz-resigns-from-company/',
    kind: 'news',
    text: `The U.S. Department of Justice has settled charges against crypto exchange giant Binance for $4.3 billion, bringing investigations spanning back to 2018 to a close.

- The DOJ confirmed the settlement in a live video announcement on Tuesday, marking one of the largest enforcement actions ever closed in a crypto-related case.

- The company pled guilty to willfully floundering the Bank Secrecy Act, among other things.

- It now must report suspicious financial activity to federal authorities.

- Meanwhile, Binance founder Changpeng Zhao (CZ) has pled guilty to failing to implement a strong anti-money laundering (AML) program on the platform. He entered his plea in person, in a U.S. District court earlier today.

- He will personally pay a $50 million fine, and has stepped down as the exchange’s CEO.`,
    mentions: ['binance:Binance', 'binance:Binance', 'cz:Changpeng Zhao', 'cz:CZ'],
    claims: [
      { fact: 'us-fine', verdict: 'supported', at: 'Binance for $4.3 billion' },
      { fact: 'guilty-plea-year', verdict: 'related', at: 'The company pled guilty', why: 'Binance’s plea, but no year stated' },
      { fact: 'cz-role', verdict: 'supported', at: 'Binance founder Changpeng Zhao (CZ)' },
      { fact: 'us-fine', verdict: 'related', at: '$50 million fine', why: "Zhao's personal fine" },
      { fact: 'cz-role', verdict: 'supported', at: 'has stepped down as the exchange’s CEO' },
    ],
    note: 'Bulleted list kept one bullet per paragraph. Page date (21 Nov 2023, "on Tuesday") is not shown with a year.',
  },
  {
    id: 'dev-004',
    url: 'https://tokar.media/read/94562/binance-crypto-exchange-pleads-guilty-to-money-laundering/',
    kind: 'news',
    text: `Binance CEO Changpeng Zhao has pleaded guilty to federal money laundering charges and is stepping down from his position at the company. The company will pay more than $4 billion in fines, and Zhao personally will pay $50 million. Zhao will also be suspended from Binance for three years.

Binance has been accused of failing to implement an effective anti-money laundering program. According to the U.S. Department of Justice, they intentionally violated economic sanctions “in a deliberate and calculated effort to make a profit in the U.S. market without implementing the controls required by U.S. law.”

Binance has turned a blind eye to its legal obligations in pursuit of profits. And the company’s deliberate actions allowed the money to flow to terrorists, cybercriminals, and child abusers.

In a statement, Zhao confirmed that he is stepping down as CEO, and the company’s former head of regional markets, Richard Teng, will take over.`,
    mentions: ['binance:Binance', 'cz:Changpeng Zhao', 'cz:Zhao', 'cz:Zhao', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'cz:Zhao'],
    claims: [
      { fact: 'cz-role', verdict: 'supported', at: 'is stepping down from his position at the company' },
      { fact: 'us-fine', verdict: 'supported', at: 'more than $4 billion in fines', why: 'agrees with $4.3 billion and with over $4 billion' },
      { fact: 'us-fine', verdict: 'related', at: '$50 million', why: "Zhao's personal fine" },
      { fact: 'cz-role', verdict: 'supported', at: 'he is stepping down as CEO' },
    ],
  },
  {
    id: 'dev-005',
    url: 'https://www.breaktheweb.co/t/1553435/binance-ceo-plead-guilty',
    kind: 'forum',
    text: `Changpeng Zhao (CZ), the CEO and founder of Binance, has stepped down and pleaded guilty to charges of anti-money laundering. He has reached a settlement deal with the US Department of Justice (DOJ) to pay a $4.3 billion fine. The plea agreement requires CZ to admit to violating US laws , and he has agreed to cooperate with the ongoing investigation. Binance, the world's largest cryptocurrency exchange, will also admit to wrongdoing as part of the deal.

The charges against CZ and Binance come amid a crackdown by US regulators on the cryptocurrency industry. The DOJ has been investigating Binance for potential violations of US money laundering and securities laws. The settlement with Binance is one of the largest ever reached in a DOJ investigation.`,
    mentions: ['cz:Changpeng Zhao', 'cz:CZ', 'binance:Binance', 'cz:CZ', 'binance:Binance', 'cz:CZ', 'binance:Binance', 'binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'cz-role', verdict: 'supported', at: 'has stepped down and pleaded guilty', why: 'founder who stepped down as CEO' },
      { fact: 'us-fine', verdict: 'related', at: 'to pay a $4.3 billion fine', why: 'attributed to Zhao personally ("He"), not to Binance' },
      { fact: 'cz-cooperation', verdict: 'related', at: 'he has agreed to cooperate with the ongoing investigation', why: 'no value to compare' },
      { fact: 'binance-rank', verdict: 'supported', at: "the world's largest cryptocurrency exchange" },
    ],
    note: 'Forum post (AI-style summary) that wrongly makes the $4.3 billion Zhao’s own settlement.',
  },
  {
    id: 'dev-006',
    url: 'https://paymentexpert.com/2024/05/10/binance-penalised-4-3m-in-canada/',
    published: '2024-05-10',
    kind: 'news',
    text: `Binance penalised $4.3m in Canada over administrative failures

Binance finds itself in compliance troubles again, this time in Canada.

The country’s financial agency has issued the cryptocurrency exchange with an administrative monetary penalty of CA$6m ($4.3m USD) over failing to comply with administrative measures.

The Financial Transactions and Reports Analysis Centre of Canada (FINTRAC) found that Binance had failed to register with the agency as a foreign money services business. The administrative penalty was then handed to the exchange on 7 May 2024.

This latest enforcement action builds on Binance’s compliance woes over the last several months. The world’s largest crypto exchange agreed a $4.3bn settlement with the US government in November over breaking the Bank Secrecy Act.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'canada-fine', verdict: 'supported', at: 'Binance penalised $4.3m in Canada' },
      { fact: 'canada-fine', verdict: 'supported', at: 'CA$6m ($4.3m USD)', why: 'the page gives the U.S.-dollar amount' },
      { fact: 'binance-rank', verdict: 'supported', at: 'The world’s largest crypto exchange' },
      { fact: 'us-fine', verdict: 'supported', at: '$4.3bn settlement' },
    ],
  },
  {
    id: 'dev-007',
    url: 'https://www.sanctionscanner.com/news/fintrac-fines-binance-44-million-893',
    published: '2024-05',
    kind: 'news',
    text: `In a significant regulatory action, the Financial Transactions and Reports Analysis Centre of Canada (FINTRAC) has imposed a $4.4 million administrative monetary penalty on Binance Holdings Limited. The fine, announced on May 9, 2024, is a result of Binance's failure to comply with Anti-Money Laundering (AML) and Countering the Financing of Terrorism (CFT) regulations.

The $4.4 million penalty, equivalent to 6,002,000 CAD at the time of publication, is separate from other legal challenges Binance has faced globally. In November 2023, Binance settled with U.S. authorities, agreeing to pay $4.3 billion in penalties.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'canada-fine', verdict: 'contradicted', at: 'a $4.4 million administrative monetary penalty', why: 'exact $4.4 million is 2.3% above $4.3 million (exact figures agree within 1.5%)' },
      { fact: 'canada-fine', verdict: 'contradicted', at: 'The $4.4 million penalty', why: 'exact $4.4 million vs $4.3 million' },
      { fact: 'us-fine', verdict: 'supported', at: '$4.3 billion in penalties' },
    ],
    note: 'Two non-adjacent paragraphs of the page. The $4.4 million is a real conversion of C$6,002,000; by the rounding rule it still conflicts with the source’s $4.3 million.',
  },
  {
    id: 'dev-008',
    url: 'https://coinscreed.com/binance-receives-4-4m-fine-for-aml-cft-violations-in-canada.html',
    kind: 'news',
    text: `Financial Transactions and Reports Analysis Centre of Canada (FINTRAC) has imposed an administrative monetary penalty of $4.4 million on cryptocurrency exchange Binance.

FINTRAC informed Binance Holdings Limited on May 9 that penalties had been levied in retaliation for the company’s failure to adhere to Anti-Money Laundering (AML) and Countering the Financing of Terrorism (CFT) regulations.

According to the regulator’s findings, Binance needed to file reports on digital currency transactions surpassing $10,000 and could not register as a foreign money services business.

FINTRAC reported that it had fined Binance 6,002,000 CAD, or approximately $4.4 million as of publication. According to the regulator, Binance committed the violations that resulted in the sanction in 2023 as the company was winding down its operations in Canada.

The fine of $4.4 million was distinct from any legal complications that Binance has encountered or is presently confronting in other jurisdictions. The US authorities settled with the company in November 2023, mandating a penalty payment of $4.3 billion.

Changpeng Zhao resigned as CEO in exchange for the agreement and pleaded guilty to a single felony charge. As a result, he received a four-month prison sentence.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'cz:Changpeng Zhao'],
    claims: [
      { fact: 'canada-fine', verdict: 'contradicted', at: 'penalty of $4.4 million on cryptocurrency exchange Binance', why: 'exact $4.4 million vs $4.3 million (beyond 1.5%)' },
      { fact: 'canada-fine', verdict: 'supported', at: 'or approximately $4.4 million', why: '"approximately $4.4 million" (±8%) includes $4.3 million' },
      { fact: 'canada-fine', verdict: 'contradicted', at: 'The fine of $4.4 million', why: 'exact $4.4 million vs $4.3 million' },
      { fact: 'us-fine', verdict: 'supported', at: 'a penalty payment of $4.3 billion' },
      { fact: 'cz-role', verdict: 'supported', at: 'resigned as CEO' },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'four-month prison sentence' },
    ],
    note: 'The same $4.4 million is stated bare twice and once with "approximately": only the hedged one is within range.',
  },
  {
    id: 'dev-009',
    url: 'https://betakit.com/binance-is-appealing-6-million-cad-fine-from-fintrac-report-says',
    kind: 'news',
    text: `Binance is appealing $6-million CAD fine from FINTRAC, report says

Canada’s anti-money laundering agency fined the crypto exchange in May for registration and reporting failures.

Binance, the world’s largest cryptocurrency exchange, is appealing the approximately $6-million fine it received from Canada’s anti-money laundering agency, according to The Canadian Press.

Last month, BetaKit reported the Financial Transactions and Reports Analysis Centre of Canada (FINTRAC) found that Binance committed two violations of the Proceeds of Crime (Money Laundering) and Terrorist Financing Act. FINTRAC claimed that Binance failed to register as a foreign money services business and to report large virtual currency transactions.

This week, Binance has appealed the fine to a federal court, saying it “does not direct its services at those in Canada and any involvement in the Canadian market is incidental to its global business,” The Canadian Press reported

Binance was initially established in China by its now-embattled founder and former CEO, Changpeng Zhao, also known as ‘CZ,’ who was raised in Canada and graduated from McGill University.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'cz:Changpeng Zhao', 'cz:CZ'],
    claims: [
      { fact: 'canada-fine', verdict: 'related', at: '$6-million CAD fine', why: 'in Canadian dollars; no U.S.-dollar amount on the page' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the world’s largest cryptocurrency exchange' },
      { fact: 'canada-fine', verdict: 'related', at: 'approximately $6-million fine', why: 'in Canadian dollars (the headline says CAD)' },
      { fact: 'cz-role', verdict: 'supported', at: 'founder and former CEO' },
    ],
  },
  {
    id: 'dev-010',
    url: 'https://arc-dev.theglobeandmail.com/business/article-fintrac-fines-crypto-firm-binance-6-million-over-anti-money-laundering',
    kind: 'news',
    text: `Canada’s anti-money-laundering agency has imposed a $6-million penalty on the world’s largest cryptocurrency exchange, Binance Holdings Ltd., the first monetary penalty issued by the financial intelligence unit against a virtual currency trading platform.

The Financial Transactions and Reports Analysis Centre of Canada, or FinTRAC, levied the penalty this week after finding that Binance had committed two violations of the Proceeds of Crime (Money Laundering) and Terrorist Financing Act.

The first violation was that it had failed to register as a foreign money services business, FinTRAC said Thursday.

Binance pulled out of the Canadian market last year, citing new regulatory guidance for cryptocurrency trading platforms.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'canada-fine', verdict: 'related', at: '$6-million penalty', why: 'in Canadian dollars (The Globe and Mail, a Canadian paper; the actual penalty was C$6 million); no U.S.-dollar amount given' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the world’s largest cryptocurrency exchange' },
    ],
    note: 'The $6 million is unmarked; a reader who takes it as U.S. dollars would call it contradicted.',
  },
  {
    id: 'dev-011',
    url: 'https://www.dawn.com/news/1950796/trump-pardons-convicted-binance-founder-zhao-white-house-says',
    published: '2025-10-23',
    kind: 'news',
    text: `Trump pardons convicted Binance founder Zhao, White House says

US President Donald Trump has pardoned convicted Binance founder Changpeng Zhao, a White House official said on Thursday.

Zhao, one of the most powerful people in the crypto world, had to step down as chief of Binance when the company agreed to a $4.3 billion settlement with the US government to end a years-long probe into misconduct at the world’s largest crypto exchange.

Trump’s pardon of Zhao paves the way for the crypto mogul to return to the business he helped found in 2017. He has already served his time in prison after a judge sentenced him to four months.

Zhao’s pardon is the latest in a series Trump has doled out to executives convicted of white collar crimes.

Earlier this year, he pardoned the founders of crypto exchange BitMEX in connection with similar anti-money laundering violations and the founder of electric truck company Nikola, who was convicted of fraud. He has also commuted the sentence of the executive of the now-defunct start-up Ozy Media.`,
    mentions: ['binance:Binance', 'cz:Zhao', 'binance:Binance', 'cz:Changpeng Zhao', 'cz:Zhao', 'binance:Binance', 'cz:Zhao', 'cz:Zhao'],
    claims: [
      { fact: 'pardon-request', verdict: 'related', at: 'Trump pardons convicted', why: 'the pardon granted in October 2025, after the sources; no comparable value' },
      { fact: 'cz-role', verdict: 'supported', at: 'Binance founder Zhao, White House says' },
      { fact: 'pardon-request', verdict: 'related', at: 'has pardoned convicted', why: 'the pardon granted in October 2025; no comparable value' },
      { fact: 'cz-role', verdict: 'supported', at: 'Binance founder Changpeng Zhao' },
      { fact: 'cz-role', verdict: 'supported', at: 'had to step down as chief of Binance' },
      { fact: 'us-fine', verdict: 'supported', at: '$4.3 billion settlement' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the world’s largest crypto exchange' },
      { fact: 'cz-role', verdict: 'supported', at: 'the business he helped found in 2017', why: '(co-)founder' },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'sentenced him to four months' },
      { fact: 'earlier-pardons', verdict: 'related', at: 'he pardoned the founders of crypto exchange BitMEX', why: 'no names: "the founders of BitMEX" (which include Arthur Hayes) plus the founder of Nikola, who is in no source list: a partial overlap' },
    ],
  },
  {
    id: 'dev-012',
    url: 'https://zambianobserver.com/trump-pardons-founder-of-binance-the-worlds-largest-crypto-exchange/',
    published: '2025-10-24',
    kind: 'news',
    text: `US President, Donald Trump has pardoned Changpeng Zhao, the co-founder of the cryptocurrency exchange Binance, who previously pleaded guilty to a money laundering charge in 2023. Two sources familiar with the matter confirmed the decision.

White House press secretary Karoline Leavitt issued a statement asserting that Trump “exercised his constitutional authority by issuing a pardon for Mr. Zhao, who was prosecuted by the Biden Administration in their war on cryptocurrency.”

The statement further argued that the Biden administration’s sentencing of Zhao—who goes by the initials CZ—was excessively harsh, a view shared by the President and his top advisers following Binance’s months-long lobbying campaign for the pardon.

The pardon, which was first reported by The Wall Street Journal, could potentially allow Binance, the world’s largest crypto exchange, to operate in the U.S. once again.

Zhao was sentenced to four months in prison in May 2024 after pleading guilty to charges that he failed to maintain an effective anti-money laundering program. As part of a coordinated settlement with the federal government in 2023, Zhao stepped down as CEO of the exchange he founded in 2017 and agreed to pay $200 million in fines.

Binance itself agreed to pay more than $4 billion in fines and other penalties, admitting to engaging in anti-money laundering activities, unlicensed money transmitting, and sanctions violations.`,
    mentions: ['cz:Changpeng Zhao', 'binance:Binance', 'cz:Zhao', 'cz:Zhao', 'cz:CZ', 'binance:Binance', 'binance:Binance', 'cz:Zhao', 'cz:Zhao', 'binance:Binance'],
    claims: [
      { fact: 'pardon-request', verdict: 'related', at: 'has pardoned Changpeng Zhao', why: 'the pardon granted in October 2025; no comparable value' },
      { fact: 'cz-role', verdict: 'supported', at: 'the co-founder of the cryptocurrency exchange Binance' },
      { fact: 'guilty-plea-year', verdict: 'related', at: 'pleaded guilty to a money laundering charge in 2023', why: "Zhao's own plea, not Binance's (the year agrees)" },
      { fact: 'pardon-request', verdict: 'related', at: 'issuing a pardon for Mr. Zhao', why: 'the pardon granted; no comparable value' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'Binance’s months-long lobbying campaign for the pardon', why: 'Binance sought it: agrees with the two March sources, conflicts with the Bloomberg source (Zhao himself), which as of June 2025 is four months before the page, so still comparable' },
      { fact: 'binance-us-comeback', verdict: 'related', at: 'to operate in the U.S. once again', why: 'could: hypothetical, no value' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the world’s largest crypto exchange' },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'four months in prison in May 2024', why: 'the month is wrong (April) but the term is four months' },
      { fact: 'cz-role', verdict: 'supported', at: 'Zhao stepped down as CEO of the exchange he founded' },
      { fact: 'us-fine', verdict: 'related', at: '$200 million in fines', why: "Zhao's personal payment, not Binance's" },
      { fact: 'us-fine', verdict: 'supported', at: 'more than $4 billion in fines' },
    ],
  },
  {
    id: 'dev-013',
    url: 'https://thejournalnigeria.com/?p=35339',
    published: '2025-10',
    kind: 'news',
    text: `US President Donald Trump on Thursday, October 24, 2025, granted a presidential pardon to Changpeng Zhao, founder of the world’s largest cryptocurrency exchange, Binance.

Zhao, popularly known as “CZ,” was sentenced to four months in prison in April 2024 after pleading guilty to violating US money-laundering laws. Binance also pleaded guilty and was fined $4.3 billion (£3.4 billion) following a US investigation that found it had helped users bypass sanctions.

According to the Wall Street Journal, Binance had spent nearly a year lobbying for Zhao’s pardon. Zhao completed his four-month sentence in September 2024.

In a statement, Binance called the decision “incredible news.” The exchange, registered in the Cayman Islands, remains the world’s largest platform for buying and selling cryptocurrencies.`,
    mentions: ['cz:Changpeng Zhao', 'binance:Binance', 'cz:Zhao', 'cz:CZ', 'binance:Binance', 'binance:Binance', 'cz:Zhao', 'cz:Zhao', 'binance:Binance'],
    claims: [
      { fact: 'pardon-request', verdict: 'related', at: 'granted a presidential pardon', why: 'the pardon granted in October 2025; no comparable value' },
      { fact: 'cz-role', verdict: 'supported', at: 'Changpeng Zhao, founder of' },
      { fact: 'binance-rank', verdict: 'supported', at: 'largest cryptocurrency exchange, Binance' },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'sentenced to four months in prison in April 2024' },
      { fact: 'guilty-plea-year', verdict: 'related', at: 'Binance also pleaded guilty', why: 'no year stated' },
      { fact: 'us-fine', verdict: 'supported', at: '$4.3 billion (£3.4 billion)' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'lobbying for Zhao’s pardon', why: 'Binance sought it: agrees with the two March sources, conflicts with the June 2025 Bloomberg source (Zhao himself), four months before the page' },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'completed his four-month sentence' },
      { fact: 'binance-rank', verdict: 'supported', at: 'remains the world’s largest platform' },
    ],
    note: 'The page dates the pardon to Thursday 24 October (it was announced 23 October).',
  },
  {
    id: 'dev-014',
    url: 'https://www.thecoli.com/threads/general-trump-administration-f-kery-thread-2025-2029.1056881/page-1714',
    published: '2025-10-23',
    kind: 'forum',
    text: `The president signed the pardon on Wednesday, the people said. Trump recently indicated to advisers that he was sympathetic to arguments of political persecution related to Zhao and others, one of the people said.

White House press secretary Karoline Leavitt said that Trump had “exercised his constitutional authority by issuing a pardon for Mr. Zhao, who was prosecuted by the Biden Administration in their war on cryptocurrency.” She added: “The Biden Administration’s war on crypto is over.”

Binance didn’t immediately respond to a request for comment.

A pardon will likely pave the way for Binance, the world’s largest crypto exchange, to return to the U.S., after the company pleaded guilty in 2023 to violating U.S. anti-money-laundering requirements and was barred from operating there.

The company has spent nearly a year pursuing a pardon for Zhao, who left prison in September 2024 after serving a four-month sentence for related charges. Earlier this year, the company hired lobbyist Ches McDowell to help pursue a pardon, the Journal previously reported.

Since Trump’s election, Binance has also been a key supporter of his family’s World Liberty Financial crypto venture, a business that has driven a huge leap in the president’s personal wealth.`,
    mentions: ['cz:Zhao', 'cz:Zhao', 'binance:Binance', 'binance:Binance', 'cz:Zhao', 'binance:Binance', 'wlfi:World Liberty Financial'],
    claims: [
      { fact: 'pardon-request', verdict: 'related', at: 'The president signed the pardon on Wednesday', why: 'the pardon granted in October 2025; no comparable value' },
      { fact: 'pardon-request', verdict: 'related', at: 'issuing a pardon for Mr. Zhao', why: 'the pardon granted; no comparable value' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the world’s largest crypto exchange' },
      { fact: 'binance-us-comeback', verdict: 'related', at: 'to return to the U.S.', why: 'likely: hypothetical, no value' },
      { fact: 'guilty-plea-year', verdict: 'supported', at: 'pleaded guilty in 2023' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'nearly a year pursuing a pardon for Zhao', why: 'Binance sought it: agrees with the two March sources, conflicts with the June 2025 Bloomberg source (Zhao himself), four months before the page' },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'serving a four-month sentence' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'to help pursue a pardon', why: 'the company (Binance) sought it: agrees with two sources, conflicts with the June 2025 one' },
      { fact: 'binance-wlfi-deal', verdict: 'supported', at: 'a key supporter of his family’s World Liberty Financial crypto venture', why: 'supporting the venture (as in the Bloomberg source)' },
    ],
    note: 'Forum post pasting the WSJ report of 23 Oct 2025.',
  },
  {
    id: 'dev-015',
    url: 'https://www.livemint.com/news/binance-founder-changpeng-zhao-receives-pardon-from-donald-trump-amid-money-laundering-admission-11761233806489.html',
    published: '2025-10-23',
    kind: 'news',
    text: `US President Donald Trump has granted a pardon to Changpeng Zhao, founder of Binance, the world’s largest cryptocurrency exchange. Zhao had previously served prison time after pleading guilty to failing to implement an anti-money-laundering program, which allowed criminal activities—including child exploitation, drug trafficking, and terrorism—to be facilitated through the platform.

Despite the gravity of the charges, Trump granted the pardon following Zhao's request, a decision that has raised questions due to Zhao's ties to World Liberty Financial, a crypto venture launched by Trump and his sons in September.

World Liberty Financial has introduced USD1, a stablecoin pegged to the US dollar.

AP reported that Trump's latest financial disclosure reveals that he earned over $57 million last year from World Liberty Financial.`,
    mentions: ['cz:Changpeng Zhao', 'binance:Binance', 'cz:Zhao', 'cz:Zhao', 'cz:Zhao', 'wlfi:World Liberty Financial', 'wlfi:World Liberty Financial', 'usd1:USD1', 'wlfi:World Liberty Financial'],
    claims: [
      { fact: 'pardon-request', verdict: 'related', at: 'has granted a pardon to Changpeng Zhao', why: 'the pardon granted in October 2025; no comparable value' },
      { fact: 'cz-role', verdict: 'supported', at: 'founder of Binance' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the world’s largest cryptocurrency exchange' },
      { fact: 'cz-prison-term', verdict: 'related', at: 'had previously served prison time', why: 'no term stated' },
      { fact: 'pardon-request', verdict: 'supported', at: "following Zhao's request", why: 'Zhao himself asked: agrees with the June 2025 Bloomberg source; the two naming Binance are March 2025, more than four months earlier, so they cannot conflict' },
      { fact: 'wlfi-cofounders', verdict: 'supported', at: 'launched by Trump and his sons in September', why: 'the named founders are in one source\'s list; the others name Witkoff only, which is no conflict: the lists are examples (label revised, see header)' },
      { fact: 'usd1-launch', verdict: 'related', at: 'World Liberty Financial has introduced USD1', why: 'no value to compare' },
      { fact: 'trump-usd1-income', verdict: 'related', at: 'over $57 million last year', why: "Trump's actual 2024 earnings from World Liberty Financial as a whole, not a projection of USD1 revenue" },
    ],
    note: '"launched by Trump and his sons" is read as a co-founder list (people rule).',
  },
  {
    id: 'dev-016',
    url: 'https://cointeeth.com/en/news/analyzing-the-cz-pardon-case-what-impact-does-the-us',
    published: '2025-10',
    kind: 'blog',
    text: `Let's turn our attention back to 2023. Against the backdrop of tightening global cryptocurrency regulations, the U.S. Department of Justice filed criminal charges against Changpeng Zhao and Binance, primarily for violating the U.S. Bank Secrecy Act, mainly concerning their failure to establish an effective anti-money laundering (AML) and customer knowledge verification (KYC) system. Faced with the charges, Changpeng Zhao reached a plea agreement with the U.S. Department of Justice, personally paying a $50 million fine, while Binance paid a settlement of up to $4.3 billion. In April 2024, the U.S. Federal Court in Seattle sentenced Changpeng Zhao to four months in prison. After serving his sentence, he left the United States and did not return to the position of CEO of Binance. On October 23, 2025, Trump exercised his presidential pardon power to pardon Zhao Changpeng, reigniting widespread attention to this previously concluded legal case.`,
    mentions: ['cz:Changpeng Zhao', 'binance:Binance', 'cz:Changpeng Zhao', 'binance:Binance', 'cz:Changpeng Zhao', 'binance:Binance', 'cz:Zhao Changpeng'],
    claims: [
      { fact: 'us-fine', verdict: 'related', at: '$50 million fine', why: "Zhao's personal fine" },
      { fact: 'us-fine', verdict: 'related', at: 'up to $4.3 billion', why: '"up to": hedged amount' },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'sentenced Changpeng Zhao to four months in prison' },
      { fact: 'cz-role', verdict: 'supported', at: 'did not return to the position of CEO of Binance', why: 'no longer CEO' },
      { fact: 'pardon-request', verdict: 'related', at: 'to pardon Zhao Changpeng', why: 'the pardon granted in October 2025; no comparable value' },
    ],
    note: 'One long paragraph, cut at sentence boundaries.',
  },
  {
    id: 'dev-017',
    url: 'https://www.theblock.co/post/352830/world-liberty-financials-usd1-binances-2-billion-investment-mgx-report',
    published: '2025-05-01',
    kind: 'news',
    text: `The Abu Dhabi investment firm MGX will use World Liberty Financial's recently announced stablecoin USD1 to close its landmark $2 billion deal with the crypto exchange Binance.

At the Token2049 conference in Dubai, WLFI co-founder Zach Witkoff said USD1 will be "the official" stablecoin to close the deal. It remains unclear if other stablecoins will be used.

While MGX's $2 billion investment into Binance on March 12 mentioned it would be closed using stablecoins, initial company statements did not mention which ones, The Block reported at the time. The deal not only marked MGX's first investment in a cryptocurrency firm but also included MGX taking a minority stake in Binance.

Binance is one of the world's largest cryptocurrency exchanges by spot volume, drawing in $483 billion (37.7%) of April's total spot market volume of $1.28 trillion.

World Liberty Financial is a decentralized finance (DeFi) project that lists U.S. President Donald J. Trump and three of his sons as team members. The announcement was made during a fireside chat with Witkoff, Tron Founder Justin Sun, and Eric Trump, President Trump's son.`,
    mentions: ['wlfi:World Liberty Financial', 'usd1:USD1', 'binance:Binance', 'wlfi:WLFI', 'usd1:USD1', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'wlfi:World Liberty Financial'],
    claims: [
      { fact: 'uae-binance-purchase', verdict: 'supported', at: 'landmark $2 billion deal', why: 'the announced $2 billion deal, to be settled in USD1 (a definite plan, not a hypothetical)' },
      { fact: 'wlfi-cofounders', verdict: 'related', at: 'WLFI co-founder Zach Witkoff', why: 'true in fact: the sources name some founders, not all, so another named founder is no conflict (label revised, see header)' },
      { fact: 'uae-binance-purchase', verdict: 'supported', at: "MGX's $2 billion investment into Binance on March 12" },
      { fact: 'binance-rank', verdict: 'supported', at: "one of the world's largest cryptocurrency exchanges by spot volume", why: 'among the largest: compatible with largest' },
      { fact: 'binance-daily-volume', verdict: 'related', at: '$483 billion (37.7%)', why: 'a monthly spot volume and market share, not a daily volume' },
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'three of his sons as team members', why: 'no value to compare' },
    ],
    note: 'Zach Witkoff is in fact a WLFI co-founder; the contradicted label follows the guide’s people rule (named people in no source list conflict). Reviewer: check this rule is wanted for co-founders.',
  },
  {
    id: 'dev-018',
    url: 'https://cryptodiamondhands.com/trump-backed-crypto-bank-world-liberty-financial-stablecoin-launch',
    kind: 'blog',
    text: `Former President Donald Trump plunged headfirst into the crypto world with the August 2024 launch of World Liberty Financial, a venture firmly planting his flag in decentralized finance. The platform, which has already raised a staggering $550 million through token sales, lists Trump as “Chief Crypto Advocate.” Not exactly subtle branding.

The Trump family isn’t just lending their name to the operation—they control a whopping 60% of equity interests. Barron, Eric, and Donald Jr. serve as “Web3 Ambassadors,” whatever that means. Steve Witkoff and his sons are listed as cofounders, with BitGo handling the actual financial heavy lifting through custodial services.

Their flagship product, the USD1 stablecoin, launched on Ethereum and BNB Chain with a modest $3.5 million supply. The token’s smart contract was deployed 20 days before the official announcement. It’s pegged 1:1 to the dollar and supposedly backed by Treasury bills and cash equivalents. The stablecoin aims to provide stability in volatility within the cryptocurrency market. You can’t trade it yet, though. Convenient timing.`,
    mentions: ['wlfi:World Liberty Financial', 'usd1:USD1'],
    claims: [
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'lists Trump as “Chief Crypto Advocate.”', why: 'no value to compare' },
      { fact: 'trump-family-wlfi-share', verdict: 'supported', at: 'a whopping 60% of equity interests', why: '60% agrees with "over 60%" (ranges overlap)' },
      { fact: 'wlfi-cofounders', verdict: 'related', at: 'Steve Witkoff and his sons are listed as cofounders', why: 'partial overlap: Steve Witkoff is in every source list, his sons in none' },
      { fact: 'usd1-launch', verdict: 'related', at: 'launched on Ethereum and BNB Chain', why: 'no value to compare' },
    ],
    note: 'Undated blog, written at the USD1 announcement (late March 2025) by its content.',
  },
  {
    id: 'dev-019',
    url: 'https://stacker.news/items/927939',
    kind: 'forum',
    text: `'The Trump family’s World Liberty Financial is launching a stablecoin, its latest bid to capitalize on a crypto-market revival kindled by the president’s election.

World Liberty’s USD1 will be backed by short-term U.S. Treasurys, U.S. dollar deposits, and other cash equivalents, the company said Tuesday. The token will be issued on the Ethereum network and a blockchain created by Binance, the crypto exchange that has sought to forge closer ties to the president’s family.

World Liberty’s stablecoin project marks the Trump family’s latest push into crypto, and comes as the president’s administration has sought to make the U.S. a more-welcoming market for digital assets. Earlier this month, Trump pledged to make the U.S. the “undisputed bitcoin superpower and the crypto capital of the world.”

The Trumps launched World Liberty in October, billing the entity as a decentralized finance, or DeFi, project that would help match crypto investors eager to borrow and lend from, and trade with, one another.`,
    mentions: ['wlfi:World Liberty Financial', 'wlfi:World Liberty', 'usd1:USD1', 'binance:Binance', 'wlfi:World Liberty', 'wlfi:World Liberty'],
    claims: [
      { fact: 'usd1-launch', verdict: 'related', at: 'is launching a stablecoin', why: 'no value to compare' },
      { fact: 'wlfi-cofounders', verdict: 'supported', at: 'The Trumps launched World Liberty in October', why: 'the named founders are in one source\'s list; the others name Witkoff only, which is no conflict: the lists are examples (label revised, see header)' },
    ],
    note: 'Forum post quoting the WSJ (25 March 2025). "World Liberty" inside "World Liberty Financial" is counted once, as the longer name.',
  },
  {
    id: 'dev-020',
    url: 'https://typo-collab.hindustantimes.com/market/cryptocurrency/trump-crypto-stablecoin-usd1-world-liberty-financial-stablecoin-binance-trump-family-ties-justin-sun-world-liberty-11742914222399.html',
    published: '2025-03-25',
    kind: 'news',
    text: `World Liberty Financial, a crypto project backed by President Trump and his family, said it would launch a new stablecoin backed by U.S. government debt.

Named USD1, the token will backed by short-term U.S. government Treasurys, U.S. dollar deposits and other cash equivalents, the company said Tuesday. The token will be issued on blockchains created by both Ethereum and Binance, the crypto exchange that has sought to forge closer ties to the president’s family.

Representatives of President Trump’s family have held talks to take a financial stake in Binance’s U.S. arm, The Wall Street Journal has reported.

Launched last October, World Liberty said recently it had raised $550 million from more than 85,000 U.S. and non-U.S. investors—including its largest investor Justin Sun, the founder of Tron—by selling a token called WLFI. Earlier this year, President Trump and first lady Melania also launched a pair of meme coins, a type of cryptocurrency with no intrinsic value.`,
    mentions: ['wlfi:World Liberty Financial', 'usd1:USD1', 'binance:Binance', 'binance:Binance', 'wlfi:World Liberty', 'wlfi:WLFI'],
    claims: [
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'backed by President Trump and his family', why: 'no value to compare' },
      { fact: 'usd1-launch', verdict: 'related', at: 'said it would launch a new stablecoin', why: 'no value to compare' },
      { fact: 'binance-us-stake', verdict: 'related', at: 'take a financial stake in Binance’s U.S. arm', why: 'no value to compare' },
    ],
    note: 'Date from the URL’s timestamp (1742914222 = 25 March 2025).',
  },
  {
    id: 'dev-021',
    url: 'https://www.binance.bh/en-AE/square/post/34007502770458',
    published: '2025-12',
    kind: 'social',
    text: `Binance, the world's largest cryptocurrency exchange, officially surpassed 300 million registered users in December 2025, after adding another 30 million new accounts in just 12 months. The information was announced by Co-CEO Richard Teng during the Ask Me Anything (AMA) event held on December 19 on the Binance Square platform.

At the beginning of 2025, Binance recorded about 270 million users, and just after a year, this number surged, despite the crypto market's strong volatility and increasing legal pressures worldwide.

Currently, Binance:
Processing over 20 billion USD in daily spot trading volume
Supporting 1,630 trading pairs

On December 1, the platform recorded 61.9 million trading orders, totaling approximately 20 billion USD, spread across 449 assets`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'binance-rank', verdict: 'supported', at: "the world's largest cryptocurrency exchange" },
      { fact: 'binance-users', verdict: 'related', at: '300 million registered users in December 2025', why: 'a December 2025 figure, later than the sources' },
      { fact: 'binance-users', verdict: 'supported', at: 'about 270 million users', why: 'an early-2025 figure; about 270 million (±8%) covers 250 million, over 250 million and 275 million' },
      { fact: 'binance-daily-volume', verdict: 'related', at: 'over 20 billion USD in daily spot trading volume', why: 'spot volume only, and a December 2025 figure' },
      { fact: 'binance-daily-volume', verdict: 'related', at: 'approximately 20 billion USD', why: 'a single day (1 December 2025), spot orders' },
    ],
    note: 'Binance Square post. "Binance Square" counted as a Binance mention. List lines kept with single line breaks.',
  },
  {
    id: 'dev-022',
    url: 'https://mail.tradeiqai.com/newsdesk/read/binance-dominates-holding-of-trump-linked-stablecoin-usd1-amid-regulatory-constraints',
    kind: 'news',
    text: `In the evolving landscape of digital assets, Binance, recognized as the largest cryptocurrency exchange globally, currently maintains a dominant position in the ecosystem of a stablecoin closely associated with the Trump family. This stablecoin, World Liberty Financial USD (USD1), reportedly sees an overwhelming majority of its supply controlled by Binance, illustrating a significant concentration of assets within a single exchange platform.

Data provided by Arkham, an on-chain analytics firm, indicates that Binance holds approximately $4.7 billion of USD1's total supply of $5.4 billion. This equates to nearly 87% of the entire USD1 stablecoin supply being managed within Binance-controlled wallets. This concentration level surpasses that of any other known third-party exchanges among the top stablecoins ranked by market capitalization.

For comparative context, Binance's holdings of other major stablecoins are considerably lower. It holds around 10% of Tether (USDT), the largest stablecoin by market cap, and maintains about 12.37% of USD Coin (USDC), both figures significantly beneath Binance's control over USD1. Such disparity underscores a unique concentration risk for USD1 that is not as prevalent in other stablecoins.`,
    mentions: ['binance:Binance', 'binance:Binance', 'wlfi:World Liberty Financial', 'usd1:USD1', 'binance:Binance', 'usd1:USD1', 'usd1:USD1', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'usd1:USD1', 'usd1:USD1'],
    claims: [
      { fact: 'binance-rank', verdict: 'supported', at: 'recognized as the largest cryptocurrency exchange globally' },
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'a stablecoin closely associated with the Trump family', why: 'no value to compare' },
      { fact: 'usd1-binance-wallet-share', verdict: 'supported', at: 'an overwhelming majority of its supply controlled by Binance', why: 'an overwhelming majority is consistent with about 90%' },
      { fact: 'usd1-binance-wallet-share', verdict: 'related', at: 'approximately $4.7 billion of USD1', why: 'the share given only as dollar amounts' },
      { fact: 'usd1-binance-wallet-share', verdict: 'supported', at: 'nearly 87%', why: 'nearly 87% (78–87%) overlaps about 90% (83–97%); a later (February 2026) figure that still agrees' },
    ],
    note: 'Undated copy of the Forbes/Arkham story of 9 February 2026. USDT/USDC shares are other stablecoins: no claim.',
  },
  {
    id: 'dev-023',
    url: 'https://cnyeur.com/is-binances-usd1-dominance-a-recipe-for-disaster-you-wont-believe-what-experts-say',
    kind: 'blog',
    text: `Well, well, well! Look who’s making a ruckus on the internet! It’s none other than Binance, the giant of the crypto jungle! A recent report from Forbes has revealed that this exchange, along with its merry band of users, holds an astonishing amount of USD1, a stablecoin concocted by World Liberty Financial (WLFI). Talk about having your cake and eating it too!

Now, hold onto your hats, because things get even juicier! WLFI is reportedly tied to none other than Donald Trump and his family. Yes, you heard that right! This little nugget has sparked quite the debate about concentration risk, the influence of exchanges, and the not-so-fine line between crypto and politics. Isn’t it just delightful when money and politics tango?

Binance’s USD1: The King of Concentration!

A fresh-off-the-press investigation by Forbes, dated February 9, revealed that Binance has a jaw-dropping 87% of USD1’s circulating supply-around $4.7 billion out of approximately $5.4 billion. That’s not just a slice of the pie; that’s the whole darn bakery!`,
    mentions: ['binance:Binance', 'usd1:USD1', 'wlfi:World Liberty Financial', 'wlfi:WLFI', 'wlfi:WLFI', 'binance:Binance', 'usd1:USD1', 'binance:Binance', 'usd1:USD1'],
    claims: [
      { fact: 'usd1-launch', verdict: 'related', at: 'a stablecoin concocted by World Liberty Financial', why: 'no value to compare' },
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'WLFI is reportedly tied to none other than Donald Trump', why: 'no value to compare' },
      { fact: 'usd1-binance-wallet-share', verdict: 'supported', at: 'a jaw-dropping 87%', why: '87% is within about 90% (83–97%); a later (February 2026) figure that still agrees' },
    ],
    note: 'Jokey blog rewrite of the Forbes report (February 2026).',
  },
  {
    id: 'dev-024',
    url: 'https://www.supercryptonews.com/binance-dominates-usd1-supply-amid-concerns-over-governance-and-political-influence',
    published: '2026-02',
    kind: 'news',
    text: `Recent blockchain data has sparked intense debate across the digital asset industry as it reveals that Binance now controls the vast majority of the circulating supply of USD1, a stablecoin closely associated with World Liberty Financial (WLFI). According to a report from Forbes on Monday, the world’s largest cryptocurrency exchange holds approximately $4.7 billion in USD1, representing nearly 87% of the token’s $5.4 billion total supply. This level of concentration is considered an anomaly in the stablecoin market, where leading assets like USDT and USDC are typically distributed across a wide network of independent wallets and global exchanges.

The rapid consolidation of USD1 on Binance appears to be the result of a series of strategic integrations and high-value corporate deals occurring over the past year. In early 2025, the Abu Dhabi-backed fund MGX utilized $2 billion worth of USD1 to acquire a minority stake in Binance, immediately placing a significant portion of the stablecoin’s reserves under the exchange’s custody. More recently, in December 2025, Binance further integrated the asset by converting the remaining collateral from its defunct BUSD stablecoin into USD1. Aggressive promotional campaigns have also played a role; in late January, Binance launched a $40 million reward program, distributing WLFI governance tokens to users who hold USD1 on the platform, which significantly boosted on-chain activity.

The ties between the stablecoin and the current U.S. administration have added a layer of political scrutiny to these financial developments. USD1 is issued by World Liberty Financial, a venture founded by the Trump family, with an affiliated LLC owning a 38% stake in the company. Financial disclosures indicate the project has already contributed roughly $1 billion to President Donald Trump’s net worth.`,
    mentions: ['binance:Binance', 'usd1:USD1', 'wlfi:World Liberty Financial', 'wlfi:WLFI', 'usd1:USD1', 'usd1:USD1', 'binance:Binance', 'usd1:USD1', 'binance:Binance', 'binance:Binance', 'usd1:USD1', 'binance:Binance', 'wlfi:WLFI', 'usd1:USD1', 'usd1:USD1', 'wlfi:World Liberty Financial'],
    claims: [
      { fact: 'usd1-binance-wallet-share', verdict: 'supported', at: 'controls the vast majority of the circulating supply of USD1', why: 'the vast majority is consistent with about 90%' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the world’s largest cryptocurrency exchange' },
      { fact: 'usd1-binance-wallet-share', verdict: 'supported', at: 'nearly 87%', why: 'nearly 87% overlaps about 90%; a later figure that still agrees' },
      { fact: 'uae-binance-purchase', verdict: 'supported', at: 'utilized $2 billion worth of USD1' },
      { fact: 'usd1-launch', verdict: 'related', at: 'USD1 is issued by World Liberty Financial', why: 'no value to compare' },
      { fact: 'wlfi-cofounders', verdict: 'supported', at: 'a venture founded by the Trump family', why: 'the named founders are in one source\'s list; the others name Witkoff only, which is no conflict: the lists are examples (label revised, see header)' },
      { fact: 'trump-family-wlfi-share', verdict: 'related', at: 'a 38% stake in the company', why: 'a 2026 figure (long after the sources), and an affiliated LLC’s ownership stake rather than control' },
      { fact: 'trump-usd1-income', verdict: 'related', at: 'roughly $1 billion', why: 'the whole project’s past contribution to Trump’s wealth, not projected USD1 revenue' },
    ],
    note: 'Last sentence of the third paragraph (cut off in the stored page) dropped.',
  },
  {
    id: 'dev-025',
    url: 'https://patriotpost.us/articles/125006-trump-uae-and-witkoff-a-scandal-brewing-2026-02-11/print',
    published: '2026-02-11',
    kind: 'news',
    text: `Last fall, in a move that seemingly came out of the blue, President Donald Trump pardoned Binance founder Changpeng Zhao. Back in 2023, Zhao, a Chinese-born Canadian billionaire, pled guilty to laundering money while CEO of Binance, the world’s largest cryptocurrency exchange.

White House Press Secretary Karoline Leavitt explained, “President Trump exercised his constitutional authority by issuing a pardon for Mr. Zhao, who was prosecuted by the Biden Administration in their war on cryptocurrency.” Trump is a fan of crypto, so that’s perhaps understandable.

When asked about the pardon, Trump responded dismissively, “I don’t know, he was recommended by a lot of people. A lot of people say that he wasn’t guilty of anything. And so I gave him a pardon at the request of a lot of very good people.”

While it’s unclear whether Trump personally knew Zhao, his son, Eric Trump, would certainly have known him.

Mere weeks before Trump won his reelection in 2024, he and his long-time friend and golfing buddy, Steve Witkoff, launched a cryptocurrency company, World Liberty Financial (WLF). Prior to taking office, Trump and Witkoff signed over ownership of the venture to their sons, Eric Trump and Zach Witkoff, respectively — thereby, on paper, divesting from WLF.

Interestingly, just four days before Trump’s inauguration, the United Arab Emirates quietly invested more than $2.5 billion in WLF, which had, up to that point, produced very little.`,
    mentions: ['binance:Binance', 'cz:Changpeng Zhao', 'cz:Zhao', 'binance:Binance', 'cz:Zhao', 'cz:Zhao', 'wlfi:World Liberty Financial', 'wlfi:WLF', 'wlfi:WLF', 'wlfi:WLF'],
    claims: [
      { fact: 'pardon-request', verdict: 'related', at: 'President Donald Trump pardoned Binance founder', why: 'the pardon granted (October 2025); no comparable value' },
      { fact: 'cz-role', verdict: 'supported', at: 'Binance founder Changpeng Zhao' },
      { fact: 'guilty-plea-year', verdict: 'related', at: 'Back in 2023, Zhao', why: "Zhao's own plea, not Binance's (the year agrees)" },
      { fact: 'cz-role', verdict: 'related', at: 'while CEO of Binance', why: 'his role in 2023 (another time)' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the world’s largest cryptocurrency exchange' },
      { fact: 'pardon-request', verdict: 'related', at: 'issuing a pardon for Mr. Zhao', why: 'the pardon granted; no comparable value' },
      { fact: 'pardon-request', verdict: 'related', at: 'at the request of a lot of very good people', why: 'unnamed requesters' },
      { fact: 'wlfi-cofounders', verdict: 'supported', at: 'Steve Witkoff, launched a cryptocurrency company', why: 'Trump and Steve Witkoff: both in one source list (Trump family + Witkoff); only a partial overlap with the Witkoff-only lists' },
      { fact: 'witkoff-share-transfer', verdict: 'related', at: 'signed over ownership of the venture to their sons', why: 'no value to compare' },
    ],
    note: '"respectively" pairs Trump→Eric and Witkoff→Zach. The UAE investment in WLF (last paragraph) is another deal, not the purchase of Binance shares: no claim.',
  },
  {
    id: 'dev-026',
    url: 'https://mail.methowbb.com/viewtopic.php?t=2798',
    kind: 'forum',
    text: `WSJ reports secret deal Trump family signed

"Four days before Donald Trump’s inauguration last year, lieutenants to an Abu Dhabi royal secretly signed a deal with the Trump family to purchase a 49% stake in their fledgling cryptocurrency venture for half a billion dollars, according to company documents and people familiar with the matter. The buyers would pay half up front, steering $187 million to Trump family entities.

The deal with World Liberty Financial, which hasn’t previously been reported, was signed by Eric Trump, the president’s son. At least $31 million was also slated to flow to entities affiliated with the family of Steve Witkoff, a World Liberty co-founder who weeks earlier had been named U.S. envoy to the Middle East, the documents said.`,
    mentions: ['wlfi:World Liberty Financial', 'wlfi:World Liberty'],
    claims: [
      { fact: 'trump-family-wlfi-share', verdict: 'related', at: 'a 49% stake in their fledgling cryptocurrency venture', why: 'the stake sold to the Abu Dhabi buyers, not the Trump family’s share' },
      { fact: 'wlfi-cofounders', verdict: 'supported', at: 'Steve Witkoff, a World Liberty co-founder' },
    ],
    note: 'Forum post quoting the WSJ (2026); the page date is not shown. The Abu Dhabi purchase of a World Liberty stake is another deal than the purchase of Binance shares: no uae-binance-purchase claim.',
  },
  {
    id: 'dev-027',
    url: 'https://www.davidgagne.net/2025/12/04/the-worst-bribery-scandal-since-1922',
    published: '2025-12-04',
    kind: 'blog',
    text: `In May 2025, Zach Witkoff, the son of billionaire Steve Witkoff, announced at a Dubai conference—while sitting beside Eric Trump—that he’d collected $2 billion from Sheikh Tahnoon bin Zayed Al Nahyan, who controls the sovereign wealth fund of the United Arab Emirates. That $2 billion purchased a stablecoin called USD1 from World Liberty Financial, a crypto firm of which Streve and Zach Witkoff are co-founders, and in which the Trump family owns a 60% stake. It was, according to Binance (another participant in the deal), “the single largest investment into a crypto company” that the world had ever seen.

Around the same time Zach Witkoff announced the UAE investment, his father said he was divesting his own stake in World Liberty Financial. (That still hasn’t actually happened, of course.)`,
    mentions: ['usd1:USD1', 'wlfi:World Liberty Financial', 'binance:Binance', 'wlfi:World Liberty Financial'],
    claims: [
      { fact: 'uae-binance-purchase', verdict: 'supported', at: 'he’d collected $2 billion', why: 'the same UAE (MGX) deal: $2 billion, in USD1' },
      { fact: 'uae-binance-purchase', verdict: 'supported', at: 'That $2 billion purchased a stablecoin called USD1' },
      { fact: 'wlfi-cofounders', verdict: 'related', at: 'Streve and Zach Witkoff are co-founders', why: 'partial overlap: Steve ("Streve") Witkoff is in every source list, Zach Witkoff in none' },
      { fact: 'trump-family-wlfi-share', verdict: 'supported', at: 'the Trump family owns a 60% stake', why: '60% agrees with over 60%' },
      { fact: 'witkoff-share-transfer', verdict: 'related', at: 'he was divesting his own stake in World Liberty Financial', why: 'no value to compare' },
    ],
  },
  {
    id: 'dev-028',
    url: 'https://wp.globalpulseonline.com/category/business/page/174',
    kind: 'news',
    text: `In a surprising revelation during an interview with CBS News’ 60 Minutes, former US President Donald Trump stated that he does not know who Changpeng Zhao, the co-founder of cryptocurrency giant Binance, is. This statement comes despite Trump having pardoned Zhao last month. Zhao, commonly known as ‘CZ’, had pleaded guilty to enabling money laundering in 2023, served four months in prison, and stepped down as Binance’s CEO. His companies have collaborated with firms linked to Trump, including Dominari Holdings, which is based in Trump Tower and has Trump’s sons on its advisory board. When questioned about the pardon, Trump responded, ‘I don’t know who he is,’ and claimed that Zhao was a victim of a ‘witch hunt’ by the Biden administration. Trump also emphasized the importance of the US leading in the cryptocurrency industry to prevent China and other rivals from gaining an advantage. The pardon removes restrictions on Zhao’s financial ventures, but its impact on his regulatory standing and role at Binance remains unclear. White House Press Secretary Karoline Leavitt defended the pardon, calling Zhao’s prosecution an ‘overreach’ by the Biden administration. Binance continues to be the world’s most used crypto exchange. Trump’s administration has a history of halting cases against crypto entrepreneurs, including Justin Sun and the founders of BitMEX and Silk Road.`,
    mentions: ['cz:Changpeng Zhao', 'binance:Binance', 'cz:Zhao', 'cz:Zhao', 'cz:CZ', 'binance:Binance', 'cz:Zhao', 'cz:Zhao', 'binance:Binance', 'cz:Zhao', 'binance:Binance'],
    claims: [
      { fact: 'cz-role', verdict: 'supported', at: 'the co-founder of cryptocurrency giant Binance' },
      { fact: 'pardon-request', verdict: 'related', at: 'Trump having pardoned Zhao last month', why: 'the pardon granted (October 2025); no comparable value' },
      { fact: 'guilty-plea-year', verdict: 'related', at: 'had pleaded guilty to enabling money laundering in 2023', why: "Zhao's own plea, not Binance's (the year agrees)" },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'served four months in prison' },
      { fact: 'cz-role', verdict: 'supported', at: 'stepped down as Binance’s CEO' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the world’s most used crypto exchange', why: 'most used = largest' },
      { fact: 'earlier-pardons', verdict: 'related', at: 'a history of halting cases against crypto entrepreneurs', why: '"halting cases" (Justin Sun’s case was paused, not pardoned); BitMEX and Silk Road founders not named' },
    ],
    note: 'News-aggregator category page, November 2025 by its content ("pardoned Zhao last month"). One paragraph.',
  },
  {
    id: 'dev-029',
    url: 'https://www.finlogichub.com/news/18395',
    kind: 'news',
    text: `How the Trump family took over a crypto firm as it raised hundreds of millions

LONDON/NEW YORK (Reuters) - As World Liberty Financial raised more than half a billion dollars, President Donald Trump’s family took control of the crypto venture and grabbed the lion’s share of those funds, aided by governance terms that industry experts say favor insiders.

As its fundraising got traction, World Liberty disclosed in January that the Trump family had taken control of the business, a review of changes in the fine print on World Liberty’s website shows. Two of its co-founders, crypto entrepreneurs Zak Folkman and Chase Herro, were replaced as the controlling parties of World Liberty by an entity in which the Trump family holds a 60% stake.

The changes have not been previously reported.

Overall, the Trump family now has a claim on 75% of net revenues from token sales and 60% from World Liberty operations once the core business gets going. The arrangement means the Trump family is currently entitled to about $400 million in fees.`,
    mentions: ['wlfi:World Liberty Financial', 'wlfi:World Liberty', 'wlfi:World Liberty', 'wlfi:World Liberty', 'wlfi:World Liberty'],
    claims: [
      { fact: 'trump-family-wlfi-share', verdict: 'related', at: 'took control of the crypto venture', why: 'control stated without a figure' },
      { fact: 'trump-family-wlfi-share', verdict: 'related', at: 'had taken control of the business', why: 'control stated without a figure' },
      { fact: 'wlfi-cofounders', verdict: 'related', at: 'Zak Folkman and Chase Herro', why: 'true in fact: the sources name some founders, not all, so another named founder is no conflict (label revised, see header)' },
      { fact: 'trump-family-wlfi-share', verdict: 'supported', at: 'holds a 60% stake', why: 'a 60% stake in the controlling entity agrees with over 60% control' },
      { fact: 'trump-family-wlfi-share', verdict: 'related', at: '75% of net revenues from token sales', why: 'shares of revenues, not of control' },
      { fact: 'trump-usd1-income', verdict: 'related', at: 'about $400 million in fees', why: 'WLFI token-sale fees already earned, not projected USD1 revenue' },
    ],
    note: 'Reuters, 31 March 2025 (the date is not shown on this copy). Folkman and Herro are in fact co-founders; the contradicted label follows the guide’s people rule.',
  },
  {
    id: 'dev-030',
    url: 'https://wealthradar.top/en/trump-family-diminishes-ownership-in-world-liberty-financial-to-40-percent',
    kind: 'news',
    text: `Trump family diminishes ownership in World Liberty Financial to 40 percent

World Liberty Financial, a decentralized finance (DeFi) platform founded by former President Trump and his sons, is at the centre of a complex and closely watched story shaping the future of digital assets and regulation. The intersection of politics, crypto, and finance is under a microscope due to the Trump family's involvement.

The Trump family's involvement with World Liberty Financial and its USD1 stablecoin is under increasing scrutiny, with Democratic lawmakers, including Senator Elizabeth Warren, voicing concerns over potential financial ties to the cryptocurrency industry. Senator Warren has cautioned that if the proposed GENIUS Act passes, the Trump family could profit "hundreds of millions of dollars" from their USD1 stablecoin venture.

The U.S. Senate recently approved the GENIUS Act, which may potentially boost larger sales of World Liberty tokens due to stablecoin-friendly legal frameworks. President Trump has urged the House to expedite the vote on the GENIUS Act, stating, "get it to my desk ASAP" on his social media platform Truth Social.

DT Marks DEFI LLC, the Trump family-linked entity, reduced its ownership stake in World Liberty Financial from 60% to 40%. However, DT Marks DEFI LLC still holds a significant number of WLFI tokens, with a personal holding of 15.75 billion WLFI tokens out of 100 billion total as of late 2024. The WLFI tokens were recently approved for public trading, allowing broader market participation and price discovery, which could substantially increase the Trump family’s crypto-linked income.

DT Marks DEFI LLC and the Trump family control key WLFI platform revenues. Through WLF Holdco LLC, created in early 2025, they hold at least 60% of WLFI’s operating profits and receive around 75% of net revenues from token sales, amounting to hundreds of millions of dollars.`,
    mentions: ['wlfi:World Liberty Financial', 'wlfi:World Liberty Financial', 'wlfi:World Liberty Financial', 'usd1:USD1', 'usd1:USD1', 'wlfi:World Liberty', 'wlfi:World Liberty Financial', 'wlfi:WLFI', 'wlfi:WLFI', 'wlfi:WLFI', 'wlfi:WLFI', 'wlfi:WLF', 'wlfi:WLFI'],
    claims: [
      { fact: 'trump-family-wlfi-share', verdict: 'related', at: 'diminishes ownership in World Liberty Financial to 40 percent', why: 'a later figure: the page says the stake was cut from the 60% the source reports' },
      { fact: 'wlfi-cofounders', verdict: 'supported', at: 'founded by former President Trump and his sons', why: 'the named founders are in one source\'s list; the others name Witkoff only, which is no conflict: the lists are examples (label revised, see header)' },
      { fact: 'trump-usd1-income', verdict: 'related', at: 'could profit "hundreds of millions of dollars"', why: 'a conditional projection (if the GENIUS Act passes); hundreds of millions fits neither tens of millions nor billions, and a projection conflict is only related' },
      { fact: 'trump-family-wlfi-share', verdict: 'related', at: 'from 60% to 40%', why: 'a later figure after a reduction; the earlier 60% is the sources’ figure' },
      { fact: 'trump-family-wlfi-share', verdict: 'related', at: 'at least 60% of WLFI’s operating profits', why: 'shares of profits and revenues, not of control' },
    ],
    note: 'Undated; mid-2025 by its content (the Senate had just passed the GENIUS Act). "WLF" in "WLF Holdco LLC" counted as a World Liberty mention.',
  },
  {
    id: 'dev-031',
    url: 'https://crypto.news/binance-average-daily-volume-is-down-by-60-amid-dojs-4b-fine',
    published: '2023-11',
    kind: 'news',
    text: `Binance average daily volume is down by 60% amid DOJ’s $4b fine

Binance, one of the world’s leading crypto exchanges, has seen its average daily trading volumes plunge below $10 billion in recent weeks, a 60% decline from averages between $20-30 billion last year.

The drop comes as Binance is under intense regulatory scrutiny and slapped with a $4 billion penalty from the U.S. Department of Justice (DOJ) as a settlement for all allegations involving violation of federal security laws.

According to blockchain data analytics platform Kaiko, Binance facilitated most of its 2022 trading volumes by offering zero-fee transactions. The freewheeling model was halted early this year but has not prevented trading activity from contracting.

Amid intense legal scrutiny from the U.S., volumes have been evaporating even without charges being formally applied by the DOJ as of Nov. 20.

While the $4 billion fine is hefty, Binance will likely enter a deferred prosecution agreement with the U.S. government, which might permit them to pay fines within two years.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'us-fine', verdict: 'mixed', at: 'DOJ’s $4b fine', why: 'exact $4 billion: conflicts with $4.3 billion, agrees with over $4 billion' },
      { fact: 'binance-rank', verdict: 'supported', at: 'one of the world’s leading crypto exchanges', why: 'among the leading: compatible with largest' },
      { fact: 'binance-daily-volume', verdict: 'related', at: 'below $10 billion in recent weeks', why: 'a November 2023 figure, long before the sources' },
      { fact: 'binance-daily-volume', verdict: 'related', at: 'between $20-30 billion last year', why: 'a 2022 figure' },
      { fact: 'us-fine', verdict: 'mixed', at: 'a $4 billion penalty', why: 'exact $4 billion: conflicts with $4.3 billion, agrees with over $4 billion' },
      { fact: 'us-fine', verdict: 'mixed', at: 'the $4 billion fine is hefty', why: 'exact $4 billion' },
    ],
    note: 'Written on 20–21 November 2023, as the settlement was being reported.',
  },
  {
    id: 'dev-032',
    url: 'https://contentsdeal.net/how-binance-became-the-worlds-largest-trading-platform/',
    kind: 'blog',
    text: `How Binance became the world’s largest trading platform ($76 billion a day)

With no office or precise location, the world’s largest crypto trading platform – Binance has become a source of concern for authorities.

With about $76 billion in average daily trading volume, Binance has stirred a lot of attractions and chaos with its unmatchable growth.

Growing from nothing to the biggest trading platform in just four years, Binance has proven to be a legend in the crypto world.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'binance-rank', verdict: 'supported', at: 'How Binance became the world’s largest trading platform' },
      { fact: 'binance-daily-volume', verdict: 'related', at: '($76 billion a day)', why: 'a 2021 figure (Binance’s fourth year), years before the sources' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the world’s largest crypto trading platform' },
      { fact: 'binance-daily-volume', verdict: 'related', at: 'about $76 billion in average daily trading volume', why: 'a 2021 figure; about $76 billion would conflict with $65 billion only in the same time frame' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the biggest trading platform in just four years' },
    ],
    note: 'Undated blog from about 2021 ("in just four years" after the 2017 launch).',
  },
  {
    id: 'dev-033',
    url: 'https://coinbold.io/binance-hits-record-trade-volumes-in-china',
    kind: 'news',
    text: `The world’s largest cryptocurrency exchange, Binance, has achieved an astonishing monthly trade volume of $90 billion, setting a new record. The surprising twist is that this massive volume was observed in the Chinese markets, where cryptocurrencies are deemed illegal.

Chinese Markets Emerge as Binance’s Biggest

According to reports from the Wall Street Journal (WSJ), China became Binance’s most significant market, accounting for a staggering 20% of the exchange’s global volume. Remarkably, these numbers exclude trades made by a select group of large traders.

In May alone, Binance’s total combined spot and bitcoin futures trading volume surpassed a massive $670 billion. Following China, the exchange’s other prominent markets include South Korea, Turkey, and Vietnam, as per the WSJ report.

Binance’s Presence in China Despite Restrictions

Despite facing strict regulatory hurdles, Binance had managed to garner 5.6 million users in China as of May, with approximately 911,650 of them being active users, according to data from Mission Control. Impressively, Binance boasts a total user base of over 128 million worldwide.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'binance-rank', verdict: 'supported', at: 'The world’s largest cryptocurrency exchange, Binance' },
      { fact: 'binance-daily-volume', verdict: 'related', at: 'monthly trade volume of $90 billion', why: 'a monthly volume, Chinese users only' },
      { fact: 'binance-daily-volume', verdict: 'related', at: 'surpassed a massive $670 billion', why: 'a monthly (May 2023) spot and futures volume' },
      { fact: 'binance-users', verdict: 'related', at: '5.6 million users in China', why: 'a China-only subset' },
      { fact: 'binance-users', verdict: 'supported', at: 'over 128 million worldwide', why: '"over 128 million" is consistent with 250 and 275 million; a 2023 page, so it agrees but cannot conflict' },
    ],
    note: 'WSJ story of August 2023 (the page date is not shown). The "over 128 million" label follows the range rule; an out-of-date lower bound.',
  },
  {
    id: 'dev-034',
    url: 'https://www.chinadaily.com.cn/a/202002/25/WS5e548abca31012821727a1af.html',
    published: '2020-02-25',
    kind: 'news',
    text: `Ministry gets new spokesman

Zhao Lijian is the Foreign Ministry's 31st spokesperson.

He is an experienced and innovative diplomat and has worked in the ministry's Department of Asian Affairs and China's embassies in Pakistan and the United States.

He was appointed deputy director-general of the ministry's Information Department in 2019.

Zhao told reporters that he will strengthen communication and cooperation with them to tell China's story and convey its views.

Ministry spokeswoman Hua Chunying said on Monday that Zhao, who has worked for 24 years as a diplomat, has maintained good relations with news media, and she said he will work well with Chinese and foreign reporters.`,
    mentions: [],
    claims: [],
    note: 'Negative: another Zhao (Zhao Lijian); "Zhao" here is not Changpeng Zhao.',
  },
  {
    id: 'dev-035',
    url: 'https://thefederalnewswire.com/stories/670010270-cryptocurrency-exchange-okx-pleads-guilty-to-violating-us-aml-laws',
    kind: 'news',
    text: `Aux Cayes Fintech Co. Ltd, known as OKX, a Seychelles-based cryptocurrency exchange, has pleaded guilty to operating an unlicensed money transmitting business in violation of U.S. anti-money laundering laws. This announcement was made by Acting United States Attorney Matthew Podolsky for the Southern District of New York and FBI Assistant Director in Charge James E. Dennehy.

OKX agreed to pay over $504 million in penalties as part of its plea agreement, which includes criminal forfeiture of $420.3 million and a criminal fine of approximately $84.4 million. The case was overseen by U.S. District Judge Katherine Polk Failla.

Acting U.S. Attorney Matthew Podolsky stated, "For over seven years, OKX knowingly violated anti-money laundering laws and avoided implementing required policies to prevent criminals from abusing our financial system." He added that this plea underscores the consequences for financial institutions violating U.S. law while participating in its markets.`,
    mentions: [],
    claims: [],
    note: 'Negative: another exchange’s U.S. guilty plea and fine (OKX, February 2025).',
  },
  {
    id: 'dev-036',
    url: 'https://www.cnbc.com/2023/08/10/paypal-launches-its-own-dollar-backed-stablecoin.html',
    published: '2023-08-10',
    kind: 'news',
    text: `PayPal has added a new cryptocurrency to its roster: PayPal USD (PYUSD).

On Monday, the online payments service became the first major U.S. financial company to launch its own U.S. dollar-backed stablecoin.

Unlike other cryptocurrencies, which derive their value based on how much crypto traders are willing to pay for them at the moment, stablecoins are typically backed by a physical asset, such as commodities like gold or fiat currencies like the U.S. dollar, which help the stablecoin maintain a relatively consistent price.

PayPal USD is "100% backed by U.S. dollar deposits, short-term U.S. Treasuries and similar cash equivalents," according to a Monday press release. Additionally, PayPal's stablecoin is redeemable 1:1 for U.S. dollars, which means one PayPal USD can be redeemed for one U.S. dollar and vice versa.

PYUSD lives on the Ethereum blockchain and is issued by Paxos Trust Company, a financial tech company that specializes in blockchain and offers crypto brokerage services. Notably, Paxos was ordered to stop issuing Binance's dollar-pegged stablecoin, BUSD, by the New York State Department of Financial Services in February.`,
    mentions: ['binance:Binance'],
    claims: [],
    note: 'Negative: another stablecoin (PYUSD); one passing Binance mention (BUSD), no claim.',
  },
  {
    id: 'dev-037',
    url: 'https://decrypt.co/303051/kucoin-co-founders-step-down-amid-300m-settlement-over-us-charges',
    kind: 'news',
    text: `Seychelles-based crypto exchange KuCoin pleaded guilty on Monday to operating an unlicensed money-transmitting business and agreed to pay nearly $300 million in fines and forfeitures.

Peken Global Ltd., one of three entities operating as KuCoin, entered the plea in a Manhattan federal court as part of an agreement, prosecutors said Monday.

U.S. District Judge Andrew Carter imposed a $113 million fine and ordered $184.5 million in forfeitures, according to a U.S. Attorney’s Office statement.

The charges stemmed from a March 2024 indictment against KuCoin and its founders, Chun Gan and Ke Tang, both Chinese nationals.

Prosecutors accused the company of running an unlicensed money-transmitting business and failing to implement an anti-money laundering program.

Gan and Tang have signed deferred prosecution agreements, avoiding further legal action. Both founders will forfeit $2.7 million each.`,
    mentions: [],
    claims: [],
    note: 'Negative: another exchange (KuCoin) pleads guilty and is fined; founders step away (January 2025).',
  },
  {
    id: 'dev-038',
    url: 'https://cnb.cz/en',
    published: '2025-07-11',
    kind: 'reference',
    text: `FX rate declared by the CNB for 11/7/2025
EUR - 24.665 CZK
USD - 21.109 CZK

Inflation reaches 2.9% in June

The CNB comments on the June 2025 inflation figures

Cases of unauthorised deposit-taking from the public on the rise in the Czech Republic, CNB to tighten sanctions

Only banks or entities with the relevant authorisation are permitted to take deposits from the public in the Czech Republic. However, the Czech National Bank (CNB) is currently recording an increase in cases where other entities are doing so without authorisation. This constitutes very serious unlawful conduct, for which the CNB has already imposed fines amounting to tens of millions of Czech korunas this year. In an effort to protect the public’s money, the central bank is to further tighten its sanctioning policy in this area.`,
    mentions: [],
    claims: [],
    note: 'Negative: Czech National Bank home page (CZK, koruna fines). "CZK" is not CZ.',
  },
  {
    id: 'dev-039',
    url: 'http://content.time.com/time/arts/article/0,8599,176181,00.html',
    published: '2001-09-25',
    kind: 'news',
    text: `Princess Zhao

Actress Zhao Wei leapt to fame at the age of 21 when she was plucked from Beijing's prestigious Film Academy to star in the Chinese television series Princess Pearl. Zhao, who won a Golden Eagle (China's top TV award) for that role, went on to star in several more television shows and movies, and recorded a number of albums. The 25-year-old also recently starred in Shaolin Soccer, Hong Kong's highest-grossing film ever, which combines martial arts and football.`,
    mentions: [],
    claims: [],
    note: 'Negative: another Zhao (the actress Zhao Wei).',
  },
  {
    id: 'dev-040',
    url: 'http://www.gunsandammo.com/reviews/cz-75b-stainless-review-2/',
    kind: 'blog',
    text: `Cloaked in mystery during the first decade of its existence, it was rarely seen in the West. Developed in Czechoslovakia (now the Czech Republic) in 1975, it combined several of the best features of other service pistols with some of its own.

It became a favorite of spies, soldiers of fortune and collectors with deep pockets. With the fall of the Iron Curtain, 75s became widely available in the U.S., but I never got around to buying one.

I later saw several tucked into the waistbands of CIA and Blackwater types when I visited the “Green Zone” (the secure area in Baghdad). I decided that I needed a CZ 75 as soon as I got back stateside.

Procrastination can be a good thing, and I’m glad I delayed getting one immediately after returning. A couple of years ago, the CZ 75B (the B model has a firing pin-block safety) became available in stainless steel. It’s exactly like the standard 75B except for the addition of an ambidextrous safety. It also has rubber stocks instead of the standard plastic. Being left-handed, I like the idea of an ambi safety because one of the really neat features of the CZ 75 is selective double action. The option of carrying cocked-and-locked or hammer down like a regular DA pistol is the best of both worlds. Like most 1911 fans, I like cocked and locked. But there are times I like the option of a hammer-down carry. The downside is that there is no decocker, so care must be exercised when lowering the hamer. With the ambi safety of the new stainless, we left-handers can now carry the CZ in condition one also.`,
    mentions: [],
    claims: [],
    note: 'Negative: "CZ" is the Czech pistol maker (Česká zbrojovka), not Changpeng Zhao. First sentence of the page (glued to an image label) dropped; "hamer" is the page’s typo.',
  },
  {
    id: 'dev-041',
    url: 'https://www.itiger.com/hans/news/1159173497',
    kind: 'news',
    text: `Executives from cryptocurrency exchange Binance met with Treasury Department officials last month and discussed loosening U.S. government oversight on the company, while it was also exploring a business deal with a Trump family crypto venture, according to people familiar with the talks.

The Binance executives asked Treasury officials in Washington to remove a U.S. monitor that oversees the exchange’s compliance with anti-money-laundering laws, some of the people said. The move would mark a first step toward returning the company, which in 2023 pleaded guilty to violating those laws, to the U.S. market.

Binance has also been in talks to list a new dollar-pegged cryptocurrency from World Liberty Financial, a crypto venture backed by President Trump’s family, other people familiar with the discussions said. Listing the token, known as a stablecoin, could catapult it into a huge market and potentially bring in billions in profit for the family.

Those dealings mark the progression of a growing alliance between the Trump family and Binance, the world’s largest cryptocurrency exchange, which paid a record $4.3 billion fine for allowing terrorists, drug traffickers and sanctioned actors to move billions of dollars through its exchange. The Treasury talks took place after Binance had already begun discussing deals with representatives of the Trump family.

For World Liberty, Binance’s market power could help turn it into a serious player in the crypto industry. Binance has more than 250 million users and processes some $65 billion in trades a day.

The more of its USD1 stablecoins in circulation, the more the Trump family could profit from the assets underpinning the token’s value. Tether, the largest stablecoin issuer, reported $13 billion in profit last year.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'wlfi:World Liberty Financial', 'binance:Binance', 'binance:Binance', 'wlfi:World Liberty', 'binance:Binance', 'binance:Binance', 'usd1:USD1'],
    claims: [
      { fact: 'treasury-oversight-talks', verdict: 'related', at: 'met with Treasury Department officials last month', why: 'no value to compare' },
      { fact: 'binance-wlfi-deal', verdict: 'mixed', at: 'exploring a business deal with a Trump family crypto venture', why: 'exploring: agrees with one source, conflicts with "agreement struck" and "already supporting"' },
      { fact: 'treasury-oversight-talks', verdict: 'related', at: 'asked Treasury officials in Washington to remove a U.S. monitor', why: 'no value to compare' },
      { fact: 'binance-us-comeback', verdict: 'related', at: 'a first step toward returning the company', why: 'would: hypothetical, no value' },
      { fact: 'guilty-plea-year', verdict: 'supported', at: 'in 2023 pleaded guilty' },
      { fact: 'usd1-listing', verdict: 'supported', at: 'in talks to list a new dollar-pegged cryptocurrency', why: 'a prospective listing, compatible with both the "may be listed" and the "listed" sources' },
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'a crypto venture backed by President Trump’s family', why: 'no value to compare' },
      { fact: 'trump-usd1-income', verdict: 'mixed', at: 'billions in profit for the family', why: 'billions agrees with one source, conflicts with tens of millions a year' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the world’s largest cryptocurrency exchange' },
      { fact: 'us-fine', verdict: 'supported', at: 'a record $4.3 billion fine' },
      { fact: 'fine-reason', verdict: 'related', at: 'for allowing terrorists, drug traffickers and sanctioned actors', why: 'no value to compare' },
      { fact: 'binance-users', verdict: 'supported', at: 'more than 250 million users' },
      { fact: 'binance-daily-volume', verdict: 'supported', at: 'some $65 billion in trades a day' },
      { fact: 'trump-usd1-income', verdict: 'related', at: 'the more the Trump family could profit', why: 'no figure' },
    ],
    note: 'Copy of the WSJ report of March 2025 that two of the sources rewrite (the page date is not shown). Tether’s profit is another company: no claim.',
  },
  {
    id: 'dev-042',
    url: 'https://itiger.com/hans/news/2519831526',
    kind: 'news',
    text: `Representatives of President Trump’s family have held talks to take a financial stake in the U.S. arm of crypto exchange Binance, according to people familiar with the matter, a move that would put Trump in business with the firm that pleaded guilty in 2023 to violating anti-money-laundering requirements.

BNB surged above $600, with a 24-hour gain of 7.11%.

At the same time, Binance’s billionaire founder, Changpeng Zhao—who served four months in prison after pleading guilty to a related charge—has been pushing for the Trump administration to grant him a pardon, people familiar with the matter said. Zhao, widely known as CZ, remains Binance’s largest shareholder.

The talks began after Binance reached out to allies of Trump last year offering to strike a business deal with the family as part of a plan to return the exiled company to the U.S.

It is unclear what form the Trump family stake would take if the deal comes together or whether it would be contingent on a pardon. The possibilities include the Trumps taking the stake or the deal going through World Liberty Financial, a cryptocurrency venture backed by the Trumps that launched in September, the people said.`,
    mentions: ['binance:Binance', 'binance:Binance', 'cz:Changpeng Zhao', 'cz:Zhao', 'cz:CZ', 'binance:Binance', 'binance:Binance', 'wlfi:World Liberty Financial'],
    claims: [
      { fact: 'binance-us-stake', verdict: 'related', at: 'take a financial stake in the U.S. arm of crypto exchange Binance', why: 'no value to compare' },
      { fact: 'guilty-plea-year', verdict: 'supported', at: 'pleaded guilty in 2023' },
      { fact: 'cz-role', verdict: 'supported', at: 'Binance’s billionaire founder' },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'served four months in prison' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'has been pushing for the Trump administration to grant him a pardon', why: 'Zhao himself seeks it: agrees with the Bloomberg source, conflicts with the two naming Binance (all within four months)' },
      { fact: 'binance-us-stake', verdict: 'related', at: 'offering to strike a business deal with the family', why: 'no value to compare' },
      { fact: 'binance-us-comeback', verdict: 'related', at: 'a plan to return the exiled company to the U.S.', why: 'no value to compare' },
      { fact: 'binance-us-stake', verdict: 'related', at: 'the deal going through World Liberty Financial', why: 'no value to compare' },
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'a cryptocurrency venture backed by the Trumps', why: 'no value to compare' },
    ],
    note: 'Copy of the WSJ scoop of 13 March 2025 (the BNB line is the aggregator’s); the page date is not shown. Photo caption dropped.',
  },
  {
    id: 'dev-043',
    url: 'https://rebruit.com/binance-bnb-token-surges-amid-trump-family-deal-talks-a-crypto-comeback-in-the-making',
    published: '2025-03-13',
    kind: 'blog',
    text: `On Thursday, March 13, 2025, Binance’s BNB token surged 4%, defying a broader cryptocurrency downturn. The catalyst? A Wall Street Journal report revealing that the Trump family has engaged in discussions to secure a financial interest in Binance.US, the American arm of the world’s largest crypto exchange. This potential deal, if realized, could intertwine the Trump name with a company that pleaded guilty to violating U.S. anti-money laundering laws in 2023—a move that’s raising eyebrows and fueling market speculation.

Trump Family and Binance: A Strategic Alliance?

According to the Journal, Binance initiated contact with Trump allies in 2024, proposing a business partnership to bolster its U.S. presence after years of regulatory setbacks. The exchange’s $4.3 billion settlement in 2023, coupled with the resignation and four-month prison sentence of its founder, Changpeng Zhao (CZ), left Binance.US struggling to regain traction. Now, a potential Trump family stake—possibly channeled through their crypto venture, World Liberty Financial (WLF)—offers a lifeline. WLF, which directs 75% of its profits to Trump-related entities, could serve as the vehicle for this investment, though the deal’s structure remains unclear.

Steve Witkoff, a real estate mogul and Trump confidant currently serving as a Middle East negotiator, has reportedly played a role in these talks, per unnamed sources cited by the Journal. The timing aligns with President Trump’s pro-crypto agenda, including efforts to ease industry regulations, making this a pivotal moment for Binance’s U.S. ambitions.

Changpeng Zhao’s Pardon Push and Denial

Adding intrigue, CZ has reportedly sought a presidential pardon from the Trump administration following his 2023 guilty plea for anti-money laundering violations. A pardon could smooth Binance’s path back into the U.S. market, though it’s uncertain if the Trump family’s potential stake hinges on such clemency.`,
    mentions: ['binance:Binance', 'binance:Binance.US', 'binance:Binance', 'binance:Binance', 'cz:Changpeng Zhao', 'cz:CZ', 'binance:Binance.US', 'wlfi:World Liberty Financial', 'wlfi:WLF', 'wlfi:WLF', 'binance:Binance', 'cz:Changpeng Zhao', 'cz:CZ', 'binance:Binance'],
    claims: [
      { fact: 'binance-us-stake', verdict: 'related', at: 'secure a financial interest in Binance.US', why: 'no value to compare' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the world’s largest crypto exchange' },
      { fact: 'guilty-plea-year', verdict: 'supported', at: 'anti-money laundering laws in 2023' },
      { fact: 'us-fine', verdict: 'supported', at: '$4.3 billion settlement in 2023' },
      { fact: 'cz-role', verdict: 'supported', at: 'its founder, Changpeng Zhao (CZ)', why: 'founder who resigned' },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'four-month prison sentence' },
      { fact: 'binance-us-stake', verdict: 'related', at: 'a potential Trump family stake', why: 'no value to compare' },
      { fact: 'trump-family-wlfi-share', verdict: 'related', at: 'directs 75% of its profits to Trump-related entities', why: 'a share of profits, not of control' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'CZ has reportedly sought a presidential pardon', why: 'Zhao himself seeks it: agrees with the Bloomberg source, conflicts with the two naming Binance' },
      { fact: 'guilty-plea-year', verdict: 'related', at: 'his 2023 guilty plea', why: "Zhao's own plea, not Binance's (the year agrees)" },
      { fact: 'binance-us-comeback', verdict: 'related', at: 'smooth Binance’s path back into the U.S. market', why: 'could: hypothetical, no value' },
    ],
    note: 'The last sentence (cut off in the stored page) dropped.',
  },
  {
    id: 'dev-044',
    url: 'https://www.btimesonline.com/articles/165759/20240425/u-s-prosecutors-seek-36-month-prison-sentence-for-ex-binance-ceo-changpeng-zhao-over-money-laundering-charges.htm',
    published: '2024-04-25',
    kind: 'news',
    text: `U.S. prosecutors are pushing for a 36-month prison sentence for Changpeng Zhao, the founder and former chief executive of Binance, the world's largest cryptocurrency exchange, following his guilty plea to violating laws against money laundering. In a sentencing memorandum filed late Tuesday with the court for the western district of Washington, prosecutors argued that Zhao should serve a sentence twice the maximum recommended under federal guidelines to reflect the gravity of his crimes and send a strong message about the importance of compliance with U.S. law.

Under advisory guidelines, Zhao's sentencing would typically fall within a range of 12 to 18 months in prison. However, prosecutors contend that a custodial sentence of 36 months is necessary to "reflect the seriousness of the offense, promote respect for law, afford adequate deterrence, and be sufficient but not greater than necessary to achieve the goals of sentencing."

Zhao, who stepped down as Binance's CEO in November last year after reaching a plea agreement, is accused of willfully failing to implement an effective anti-money laundering program as required by the Bank Secrecy Act and allowing Binance to process transactions involving proceeds of unlawful activity, including transactions between Americans and individuals in sanctioned jurisdictions.`,
    mentions: ['cz:Changpeng Zhao', 'binance:Binance', 'cz:Zhao', 'cz:Zhao', 'cz:Zhao', 'binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'cz-prison-term', verdict: 'related', at: '36-month prison sentence', why: 'sought by prosecutors, not the term imposed or served' },
      { fact: 'cz-role', verdict: 'supported', at: 'the founder and former chief executive of Binance' },
      { fact: 'binance-rank', verdict: 'supported', at: "the world's largest cryptocurrency exchange" },
      { fact: 'cz-prison-term', verdict: 'related', at: 'twice the maximum recommended under federal guidelines', why: 'sought by prosecutors; guidelines' },
      { fact: 'cz-prison-term', verdict: 'related', at: 'a range of 12 to 18 months in prison', why: 'the guidelines range, not the term served' },
      { fact: 'cz-prison-term', verdict: 'related', at: 'a custodial sentence of 36 months', why: 'sought by prosecutors' },
      { fact: 'cz-role', verdict: 'supported', at: "stepped down as Binance's CEO in November last year" },
    ],
    note: 'Written before the 30 April 2024 sentencing (four months).',
  },
  {
    id: 'dev-045',
    url: 'https://themetaeconomist.com/us-federal-court-orders-cz-to-pay-150-million-and-binance-2-7-billion/',
    published: '2023-12-20',
    kind: 'news',
    text: `US Federal Court orders CZ to pay $150 million and Binance $2.7 billion as penalty for anti-money laundering violation

ILLINOIS - The crypto exchange Binance and its former CEO, Changpeng "CZ" Zhao, was ordered respectively to pay $2.7 billion and $150 million to the Commodity Futures Trading Commission (CFTC) for anti-money laundering violation. The U.S. District Court for the Northern District of Illinois has officially approved a consent order against Binance and its former CEO, Changpeng Zhao, concluding the enforcement action initiated by the Commodity Futures Trading Commission (CFTC), reported CryptoTvPlus.

“The court determined that Zhao and Binance violated the Commodity Exchange Act (CEA) and CFTC regulations, imposed a $150 million civil monetary penalty against Zhao personally, and required Binance to repay 1.35 billion dollars in illicit transaction fees and to pay a $1.35 billion fine to the CFTC,” the Commission wrote in the statement.

For Zhao the Department of Justice could provide an 18-month sentence, while Binance will pay 1.8 billion dollars within the next 15 months and another 2.51 billion dollars later, as part of the deal. “I must take my responsibilities, this is the best thing for our community, for Binance and for myself,” said the billionaire, certainly aware that, facing a trial and faced with the gravity of the accusations, the punishment could have been far superior.`,
    mentions: ['cz:CZ', 'binance:Binance', 'binance:Binance', 'cz:Changpeng "CZ" Zhao', 'binance:Binance', 'cz:Changpeng Zhao', 'cz:Zhao', 'binance:Binance', 'cz:Zhao', 'binance:Binance', 'cz:Zhao', 'binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'us-fine', verdict: 'related', at: 'orders CZ to pay $150 million', why: "Zhao's personal CFTC penalty" },
      { fact: 'us-fine', verdict: 'related', at: 'Binance $2.7 billion as penalty', why: 'the CFTC portion only, not the whole U.S. settlement' },
      { fact: 'cz-role', verdict: 'supported', at: 'The crypto exchange Binance and its former CEO' },
      { fact: 'us-fine', verdict: 'related', at: 'respectively to pay $2.7 billion', why: '"respectively": Binance’s CFTC portion only' },
      { fact: 'us-fine', verdict: 'related', at: '$150 million to the Commodity Futures Trading Commission', why: '"respectively": Zhao’s personal penalty' },
      { fact: 'cz-role', verdict: 'supported', at: 'its former CEO, Changpeng Zhao' },
      { fact: 'us-fine', verdict: 'related', at: '$150 million civil monetary penalty against Zhao personally', why: "Zhao's personal penalty" },
      { fact: 'us-fine', verdict: 'related', at: 'a $1.35 billion fine to the CFTC', why: 'CFTC components (disgorgement and penalty), not the total' },
      { fact: 'cz-prison-term', verdict: 'related', at: 'could provide an 18-month sentence', why: 'could: a possible sentence before sentencing, not the term served' },
      { fact: 'us-fine', verdict: 'related', at: '1.8 billion dollars within the next 15 months', why: 'instalments ($1.8 billion now, $2.51 billion later; together about $4.3 billion), not the total stated' },
    ],
    note: 'Date line "20 December 2023" and two short paragraphs between the kept ones dropped.',
  },
  {
    id: 'dev-046',
    url: 'https://fvbb.com/ns/binance-pays-4-3bn-and-ceo-pleads-guilty-to-2/161391',
    kind: 'news',
    text: `The deal - involving the DoJ, Treasury Department and CFTC - resolves allegations that Binance failed to maintain a proper anti-money laundering programme, operated an unlicensed money-transmitting business and violated sanctions law, according to a court filing unsealed on Tuesday.

The world's largest crypto exchange will forfeit $2.5 billion to the government and pay a fine of $1.8 billion.

Zhao has pleaded guilty to violating the Bank Secrecy Act and causing a financial institution to violate the same act. He will pay a $50 million fine, quit as CEO and be barred from any involvement in running Binance, which he founded in 2017. Former chief compliance officer Samuel Lim is also being charged as part of the settlement.

“Binance became the world’s largest cryptocurrency exchange in part because of the crimes it committed – now it is paying one of the largest corporate penalties in US history,” says Attorney General Merrick Garland.`,
    mentions: ['binance:Binance', 'cz:Zhao', 'binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'fine-reason', verdict: 'related', at: 'resolves allegations that Binance failed to maintain a proper anti-money laundering programme', why: 'no value to compare' },
      { fact: 'binance-rank', verdict: 'supported', at: "The world's largest crypto exchange will forfeit" },
      { fact: 'us-fine', verdict: 'related', at: 'forfeit $2.5 billion to the government', why: 'the forfeiture component of the $4.3 billion, not the total' },
      { fact: 'us-fine', verdict: 'related', at: 'a fine of $1.8 billion', why: 'the criminal-fine component only' },
      { fact: 'us-fine', verdict: 'related', at: '$50 million fine', why: "Zhao's personal fine" },
      { fact: 'cz-role', verdict: 'supported', at: 'quit as CEO', why: 'founder who quits as CEO' },
      { fact: 'binance-rank', verdict: 'supported', at: 'Binance became the world’s largest cryptocurrency exchange' },
      { fact: 'us-fine', verdict: 'related', at: 'one of the largest corporate penalties in US history', why: 'no amount (the sources call it a record)' },
    ],
    note: 'Written on 21 November 2023 (the date is not shown). "$2.5 billion + $1.8 billion" is the $4.3 billion split in two, neither part stated as the total.',
  },
  {
    id: 'dev-047',
    url: 'https://www.axios.com/2023/11/21/binance-cz-step-down-settlement-doj',
    published: '2023-11-21',
    kind: 'news',
    text: `Changpeng "CZ" Zhao, founder and CEO crypto exchange Binance, agreed to step down and plead guilty as part of a $4.3 billion settlement agreement involving U.S. criminal and civil charges against him and his company. Why it matters: Binance is the world's largest crypto exchange, and CZ the most powerful player in the industry — even before SBF.

Driving the news: CZ agreed to plead guilty in a Seattle federal court to money laundering violations.

Details: CZ agreed to pay $50 million in fines that will be credited to the CFTC, related to the resolution of that suit.

He is also prohibited from operating or managing the business for 3 years.

Binance will also plead guilty to a criminal charge related to knowingly violating the Bank Secrecy Act, and will pay more than $4.3 billion as part of the settlement agreement — including the largest penalty in U.S. Treasury history.`,
    mentions: ['cz:Changpeng "CZ" Zhao', 'binance:Binance', 'binance:Binance', 'cz:CZ', 'cz:CZ', 'cz:CZ', 'binance:Binance'],
    claims: [
      { fact: 'cz-role', verdict: 'supported', at: 'agreed to step down and plead guilty', why: 'founder who steps down as CEO' },
      { fact: 'us-fine', verdict: 'supported', at: 'a $4.3 billion settlement agreement' },
      { fact: 'binance-rank', verdict: 'supported', at: "Binance is the world's largest crypto exchange" },
      { fact: 'us-fine', verdict: 'related', at: '$50 million in fines', why: "Zhao's personal fine" },
      { fact: 'guilty-plea-year', verdict: 'related', at: 'Binance will also plead guilty', why: 'no year stated (the plea was imminent at the page date, November 2023)' },
      { fact: 'us-fine', verdict: 'supported', at: 'will pay more than $4.3 billion', why: '"more than $4.3 billion" overlaps $4.3 billion (±1.5%) and over $4 billion' },
    ],
  },
  {
    id: 'dev-048',
    url: 'https://we-are-here24.com/2025/07/11/binance-aided-trump-familys-crypto-firm-before-founder-changpeng-zhao-sought-pardon',
    published: '2025-07-11',
    kind: 'news',
    text: `Binance aided Trump family’s crypto firm before founder Changpeng Zhao sought pardon

One of the Trump family’s crypto ventures has received key behind-the-scenes help from the world’s largest digital-asset exchange, whose founder is a convicted felon now seeking a presidential pardon.

Binance wrote the basic code to power USD1, a stablecoin launched by the Trumps’ World Liberty Financial Inc., according to three people familiar with the matter. They asked not to be named because the arrangement was private. Later, Binance’s founder and principal owner, Changpeng Zhao, said publicly that he had applied for a pardon. CZ, as he’s known, pleaded guilty in 2023 to failing to maintain an effective anti-money-laundering program.

The coding work — writing the “smart contract” that governs how USD1 tokens are created — helped make USD1 available for use in a $2 billion transaction this spring when an investment firm founded by the United Arab Emirates used it to buy a stake in Binance. Now, more than two months since that transaction, more than $2 billion in USD1 — roughly 90% of all coins outstanding — remains in Binance’s wallets, according to blockchain data. The assets backing that sum generate interest income, which could reach tens of millions of dollars for the Trumps on an annual basis. Binance also promoted USD1 to its 275 million users, a sought-after benefit among stablecoin issuers.

In short, blockchain data, public announcements and accounts from people familiar with the situation show that Binance helped create the coin, helped promote it and took part in its largest known transaction. It’s unclear whether Binance or Zhao has received any payment from World Liberty in return.

A Binance spokesperson didn’t respond to questions about the coding help or investment deal but said USD1 followed the exchange’s “standard listing process.”`,
    mentions: ['binance:Binance', 'cz:Changpeng Zhao', 'binance:Binance', 'usd1:USD1', 'wlfi:World Liberty Financial', 'binance:Binance', 'cz:Changpeng Zhao', 'cz:CZ', 'usd1:USD1', 'usd1:USD1', 'binance:Binance', 'usd1:USD1', 'binance:Binance', 'binance:Binance', 'usd1:USD1', 'binance:Binance', 'binance:Binance', 'cz:Zhao', 'wlfi:World Liberty', 'binance:Binance', 'usd1:USD1'],
    claims: [
      { fact: 'binance-wlfi-deal', verdict: 'supported', at: 'Binance aided Trump family’s crypto firm', why: 'supporting the venture (as in the Bloomberg source)' },
      { fact: 'cz-role', verdict: 'supported', at: 'before founder Changpeng Zhao' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'Changpeng Zhao sought pardon', why: 'Zhao himself: agrees with the Bloomberg source, conflicts with the two naming Binance (about four months earlier)' },
      { fact: 'binance-wlfi-deal', verdict: 'supported', at: 'key behind-the-scenes help', why: 'supporting the venture' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the world’s largest digital-asset exchange' },
      { fact: 'cz-role', verdict: 'supported', at: 'whose founder is a convicted felon' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'now seeking a presidential pardon', why: 'Zhao himself seeks it' },
      { fact: 'usd1-smart-contracts', verdict: 'supported', at: 'Binance wrote the basic code to power USD1' },
      { fact: 'usd1-launch', verdict: 'related', at: 'a stablecoin launched by the Trumps’ World Liberty Financial Inc.', why: 'no value to compare' },
      { fact: 'cz-role', verdict: 'supported', at: 'Binance’s founder and principal owner' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'he had applied for a pardon', why: 'Zhao himself applied' },
      { fact: 'guilty-plea-year', verdict: 'related', at: 'CZ, as he’s known, pleaded guilty in 2023', why: "Zhao's own plea, not Binance's (the year agrees)" },
      { fact: 'uae-binance-purchase', verdict: 'supported', at: 'a $2 billion transaction this spring' },
      { fact: 'usd1-binance-wallet-share', verdict: 'supported', at: 'roughly 90% of all coins outstanding' },
      { fact: 'trump-usd1-income', verdict: 'mixed', at: 'tens of millions of dollars for the Trumps', why: 'agrees with the tens-of-millions source, conflicts with "billions"' },
      { fact: 'binance-users', verdict: 'mixed', at: 'its 275 million users', why: 'conflicts with 250 million, agrees with over 250 million and 275 million' },
      { fact: 'usd1-smart-contracts', verdict: 'supported', at: 'Binance helped create the coin' },
      { fact: 'usd1-payment-unclear', verdict: 'related', at: 'It’s unclear whether Binance or Zhao has received any payment', why: 'no value to compare' },
      { fact: 'usd1-listing', verdict: 'supported', at: 'standard listing process' },
    ],
    note: 'Copy of the Bloomberg story (11 July 2025) that source 002 rewrites. Byline dropped; the last paragraph cut after its first sentence (the stored page breaks off).',
  },
  {
    id: 'dev-049',
    url: 'https://coinalertnews.com/news/2025/07/11/dc72b68d554ca8fff320c5c7250e2abd',
    published: '2025-07-11',
    kind: 'news',
    text: `Binance assisted in creating the code and promoting the USD1 stablecoin issued by World Liberty Financial (WLF), a cryptocurrency business backed by former U.S. President Donald Trump and his sons, according to Bloomberg reports citing multiple sources. The exchange developed the smart contract governing USD1, which launched on March 4, 2025, and facilitated a $2-billion investment from Abu Dhabi's MGX into Binance using the stablecoin on March 12.

Blockchain data reveals over 90% of USD1 tokens from this transaction—worth more than $2 billion—remained in Binance wallets as of mid-July, potentially generating tens of millions in annual interest for the Trump family. Binance also promoted USD1 to its 275 million users, providing a significant market advantage. This collaboration reportedly began after Binance founder Changpeng "CZ" Zhao met Steve Witkoff, a Trump appointee and WLF co-founder, following Trump's election victory.

The relationship surfaces amid Zhao's pursuit of a presidential pardon after pleading guilty to felony charges in 2023. Legal experts warn of unprecedented conflicts of interest, as Trump's crypto ventures—including USD1 and his TRUMP memecoin—earned him $58 million in 2024, with projections of $390 million from upcoming token sales. While USD1 reserves are managed by VanEck and State Street, neither Binance nor WLF confirmed if compensation occurred for the exchange's support.`,
    mentions: ['binance:Binance', 'usd1:USD1', 'wlfi:World Liberty Financial', 'wlfi:WLF', 'usd1:USD1', 'binance:Binance', 'usd1:USD1', 'binance:Binance', 'binance:Binance', 'usd1:USD1', 'binance:Binance', 'cz:Changpeng "CZ" Zhao', 'wlfi:WLF', 'cz:Zhao', 'usd1:USD1', 'usd1:USD1', 'binance:Binance', 'wlfi:WLF'],
    claims: [
      { fact: 'usd1-smart-contracts', verdict: 'supported', at: 'Binance assisted in creating the code' },
      { fact: 'usd1-launch', verdict: 'related', at: 'the USD1 stablecoin issued by World Liberty Financial', why: 'no value to compare' },
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'backed by former U.S. President Donald Trump and his sons', why: 'no value to compare' },
      { fact: 'usd1-smart-contracts', verdict: 'supported', at: 'The exchange developed the smart contract governing USD1' },
      { fact: 'usd1-launch', verdict: 'related', at: 'which launched on March 4, 2025', why: 'no value to compare' },
      { fact: 'uae-binance-purchase', verdict: 'supported', at: "a $2-billion investment from Abu Dhabi's MGX" },
      { fact: 'usd1-binance-wallet-share', verdict: 'related', at: 'over 90% of USD1 tokens from this transaction', why: 'a share of the tokens from the MGX transaction, not of all circulating USD1 (another scope)' },
      { fact: 'trump-usd1-income', verdict: 'mixed', at: 'tens of millions in annual interest', why: 'agrees with the tens-of-millions source, conflicts with "billions"' },
      { fact: 'binance-users', verdict: 'mixed', at: 'its 275 million users', why: 'conflicts with 250 million, agrees with over 250 million and 275 million' },
      { fact: 'cz-role', verdict: 'supported', at: 'Binance founder Changpeng' },
      { fact: 'abu-dhabi-meeting', verdict: 'mixed', at: 'met Steve Witkoff', why: 'Witkoff is in two sources’ lists; the third names only Eric Trump and Trump Jr.' },
      { fact: 'wlfi-cofounders', verdict: 'supported', at: 'a Trump appointee and WLF co-founder' },
      { fact: 'pardon-request', verdict: 'mixed', at: "Zhao's pursuit of a presidential pardon", why: 'Zhao himself: agrees with the Bloomberg source, conflicts with the two naming Binance' },
      { fact: 'guilty-plea-year', verdict: 'related', at: 'pleading guilty to felony charges in 2023', why: "Zhao's own plea, not Binance's (the year agrees)" },
      { fact: 'trump-usd1-income', verdict: 'related', at: 'earned him $58 million in 2024', why: 'past earnings of all Trump crypto ventures, not projected USD1 revenue' },
      { fact: 'trump-usd1-income', verdict: 'related', at: 'projections of $390 million from upcoming token sales', why: 'token sales, not USD1 revenue' },
      { fact: 'usd1-payment-unclear', verdict: 'related', at: 'neither Binance nor WLF confirmed if compensation occurred', why: 'no value to compare' },
    ],
    note: 'The last paragraph (GENIUS Act) dropped. "over 90% of USD1 tokens from this transaction" garbles Bloomberg’s "roughly 90% of all coins outstanding".',
  },
  {
    id: 'dev-050',
    url: 'https://hndistilled.com/story/45683152',
    kind: 'forum',
    text: `Trump pardons convicted Binance founder

Nature of CZ’s Offense and Case

- Several commenters stress that Zhao was not convicted of fraud or direct money laundering, but of violating the Bank Secrecy Act by failing to implement effective KYC/AML controls for Binance’s U.S. business.

- Defenders call it a “technical compliance” case, note the 4‑month sentence and lack of proven specific laundering transactions in court, and argue big banks usually pay fines, not see CEOs jailed.

- Critics respond that AML rules are not a technicality: Binance allegedly ignored internal compliance warnings and profited from criminal flows; failure to prevent laundering is itself the crime.`,
    mentions: ['binance:Binance', 'cz:CZ', 'cz:Zhao', 'binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'pardon-request', verdict: 'related', at: 'Trump pardons convicted Binance founder', why: 'the pardon granted (October 2025); no comparable value' },
      { fact: 'cz-role', verdict: 'supported', at: 'convicted Binance founder' },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'the 4‑month sentence' },
    ],
    note: 'Summary of a Hacker News discussion (October 2025). "4‑month" is written with a non-breaking hyphen (U+2011), kept as on the page.',
  },
  {
    id: 'dev-051',
    url: 'https://usdaed.com/?p=80618',
    kind: 'blog',
    text: `Changpeng Zhao—a man so invested in cryptocurrencies he may, in fact, be blockchain incarnate—recently revealed that he tried his luck at the not-so-crypto-friendly game of presidential pardon, requesting a “Get Out of Jail (Sort Of) Free” card from none other than Donald Trump. This, of course, came rapidly after he denied he’d do any such thing. Some men hedge their bets, CZ runs a two-person relay with himself.

On the roguishly named Farokh Radio podcast (sadly not a weather broadcast for wizards), CZ announced that he “wouldn’t mind” a pardon. His lawyers, quite possibly the busiest people in three time zones, had already oiled the bureaucracy with the necessary paperwork.

Rumours started swirling like cryptos in a bear market—courtesy of Bloomberg and The Wall Street Journal—about a Trump/Binance/handshake-in-the-golden-lobby situation. Back then, Zhao waved the reports away like a man dodging unwanted airdrops. But as any Discworld witch will tell you, if somebody gossips about you long enough, you might as well show up and give them a story to work with.

“And since we’re at it,” CZ mused, “if those chaps from BitMEX got a pardon (including the legendary Arthur Hayes), perhaps it’s pardon o’clock for yours truly too.” Lawyers were promptly dispatched. Perhaps by owl.

Back when Bloomberg and the Wall Street Journal were swapping CZ stories like rare digital cats, he pronounced sagely: “No felon would mind a pardon.” (Historically accurate, as even Genghis Khan quite liked not being in jail.) CZ also claimed he’s the only member of the exclusive “I Did Prison for a Bank Secrecy Act Charge” club, which sadly does not include a jacket.

Why the kerfuffle? Zhao pleaded guilty to a money laundering charge in 2023—cue the tiny violin—stumping up a modest $50 million from a fine that totaled $4.3 billion. That’s several yachts and at least one small kingdom.`,
    mentions: ['cz:Changpeng Zhao', 'cz:CZ', 'cz:CZ', 'binance:Binance', 'cz:Zhao', 'cz:CZ', 'cz:CZ', 'cz:CZ', 'cz:Zhao'],
    claims: [
      { fact: 'pardon-request', verdict: 'mixed', at: 'requesting a “Get Out of Jail (Sort Of) Free” card', why: 'Zhao himself requested it: agrees with the Bloomberg source, conflicts with the two naming Binance' },
      { fact: 'pardon-request', verdict: 'related', at: 'CZ announced that he “wouldn’t mind” a pardon', why: 'would: a wish, not a request' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'had already oiled the bureaucracy with the necessary paperwork', why: 'Zhao (his lawyers) applied: agrees with one source, conflicts with two' },
      { fact: 'earlier-pardons', verdict: 'related', at: 'if those chaps from BitMEX got a pardon', why: 'inside an "if" clause (the guide’s modality rule), though the BitMEX pardons did happen' },
      { fact: 'pardon-request', verdict: 'related', at: 'pardon o’clock for yours truly', why: 'perhaps: a wish' },
      { fact: 'pardon-request', verdict: 'related', at: 'No felon would mind a pardon', why: 'would: a general remark' },
      { fact: 'guilty-plea-year', verdict: 'related', at: 'Zhao pleaded guilty to a money laundering charge in 2023', why: "Zhao's own plea, not Binance's (the year agrees)" },
      { fact: 'us-fine', verdict: 'related', at: 'a modest $50 million', why: "Zhao's personal share" },
      { fact: 'us-fine', verdict: 'supported', at: 'a fine that totaled $4.3 billion' },
    ],
    note: 'Jokey blog, about May 2025 by its content (the Farokh Radio podcast). The last sentence (cut off in the stored page) dropped.',
  },
  {
    id: 'dev-052',
    url: 'https://coinnews.com/news/cryptocurrency/circle-moves-to-go-public-with-new-york-stock-exchange-listing',
    kind: 'news',
    text: `Circle, the company behind the $USDC stablecoin, has filed for an initial public offering (IPO) with the US Securities and Exchange Commission (SEC).

This means Circle is planning to sell shares to the public and trade on the New York Stock Exchange (NYSE) under the ticker symbol “CRCL”.

This is the company’s second attempt at going public after an earlier effort failed in 2021. The decision to go public comes at a time when stablecoin regulations in the US are changing.

Circle is seeking a lower valuation of between $4 billion and $5 billion, a significant drop from the $9 billion it was aiming for in its previous attempt.`,
    mentions: [],
    claims: [],
    note: 'Negative: another stablecoin issuer (Circle, $USDC).',
  },
  {
    id: 'dev-053',
    url: 'https://bitcoinethereumnews.com/crypto/sec-hits-kraken-with-30-million-fine-orders-crypto-exchange-to-halt-staking-in-us/',
    kind: 'news',
    text: `SEC Hits Kraken With $30 Million Fine, Orders Crypto Exchange to Halt Staking in US

The SEC today hit San Francisco-based cryptocurrency exchange Kraken with a $30 million fine for violating securities laws.

In a Thursday announcement, the regulatory body announced the firm had failed to register the offer and sale of their crypto asset staking-as-a-service program.

Kraken—which consists of Payward Ventures, Inc. and Payward Trading Ltd.—agreed to halt its staking service for U.S. clients but did not admit or deny the allegations in the SEC’s complaint.

Kraken is the fourth largest crypto exchange by daily volume, according to CoinGecko. It  allows customers to buy and sell cryptocurrencies like Bitcoin, Ethereum, and Dogecoin.`,
    mentions: [],
    claims: [],
    note: 'Negative: another exchange’s fine and rank (Kraken, February 2023). Three paragraphs between the fourth and fifth dropped; the double space is the page’s.',
  },
  {
    id: 'dev-054',
    url: 'https://www.motejlekskocdopole.com/ceska-republika-ma-druhou-nejvyssi-inflaci-v-eu/',
    kind: 'news',
    text: `Česká republika má druhou nejvyšší inflaci v EU

Podle Ústavy ČR je hlavním cílem činnosti České národní banky péče o cenovou stabilitu. Centrální banka si v tomto vede poněkud „pozoruhodně“. Inflace v České republice je druhá nejvyšší v Evropské unii. Hodnota 3,1 % představuje více než pětinásobek průměru EU, který činí 0,6 procent.`,
    mentions: [],
    claims: [],
    note: 'Negative in Czech: Czech inflation; a "second highest" ranking about another subject.',
  },
  {
    id: 'dev-055',
    url: 'https://binance.com/en/square/post/19408944330138',
    kind: 'social',
    text: `Global cryptocurrency adoption has seen remarkable growth over the past decade, but recent developments indicate that this expansion could be reaching a new level. The figure announced by Binance in January 2025 — 250 million users — not only confirms the company’s leadership in crypto trading, but also demonstrates a definitive step towards the mass adoption of digital assets worldwide.

According to data shared by Binance itself, the number of users grew at a rate of 187,000 new registrations per day, bringing the total (250 million) to more than the population of several countries combined, such as Germany, France, and the United Kingdom, and even higher than that of Brazil, estimated at around 210 million inhabitants. At the same time, the company reports an increase of more than $73.12 billion in assets under custody (a growth of 92.9%), putting itself on par with large investment funds in terms of volume under management.`,
    mentions: ['binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'binance-users', verdict: 'supported', at: '250 million users', why: 'a January 2025 figure: agrees with 250 million and over 250 million (March); the 275 million source is five months later, so it cannot conflict' },
      { fact: 'binance-rank', verdict: 'supported', at: 'confirms the company’s leadership in crypto trading', why: 'leadership = the leading exchange' },
      { fact: 'binance-users', verdict: 'supported', at: 'bringing the total (250 million)', why: 'the same January 2025 figure' },
    ],
    note: 'Binance Square post (early 2025). Contrast with the guide’s example: 250 million in a March–June frame would be mixed.',
  },
];
