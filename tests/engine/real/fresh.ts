/**
 * Fresh real-text batch: 25 excerpts of public pages (news, blogs, a Binance Square post, a
 * reference page), 20 with claims (131 labelled claims) and 5 negatives, labelled by hand (2026-12-02)
 * after the development work, by someone who had not seen the engine's rules. No page (and mostly no
 * site) is shared with dev.ts. Excerpts are verbatim, cut only at paragraph or sentence boundaries
 * (noted per case), from the stored pages' opening text.
 * First run (engine at 98db4d4, run once, before any rule change made for this batch):
 *   mentions precision 99.4% (179 of 180), recall 99.4% (179 of 180); claim recall 71.0% (93 of 131
 *   labelled claims found); verdict accuracy 88.2% (82 of 93 found); 43 extra claims; 0 false
 *   "contradicted".
 *
 * Labelling choices (README.md guide and the dev.ts header conventions, plus these decisions):
 * - `published` only where the page or its address prints a date (a date in an embedded post counts);
 *   an undated page is compared with every source, as if it had the sources' dates.
 * - Trump's October 2025 pardon of Zhao → pardon-request `related`; who sought it is compared as people
 *   (Binance: 000, 001; Zhao himself: 002). "Binance and its CEO Zhao" together overlap every source
 *   only in part → `related`. A presupposed request ("his pardon application") is labelled like a stated one.
 * - Zhao called "Binance CEO" after 2023 → cz-role `mixed` (compatible with "founder" in 000/001, against
 *   "no longer CEO" in 002); "as CEO" for his role at the 2023 plea → `related`.
 * - Founders: Zach Witkoff ("Witkoff's son") → contradicted; Trump family / Trump Jr. → mixed; Steve Witkoff
 *   (+ "his family", unnamed) → supported; "the Trump and Witkoff families" → supported.
 * - A share of revenue (75%, three-quarters) is not the family's control of WLFI → `related`; "majority"
 *   overlaps "over 60%" → supported; 60% meets "over 60%".
 * - Volumes that are monthly, annual, cumulative or a market share → binance-daily-volume `related`.
 * - "Trump-linked/-backed <WLFI or USD1>" → wlfi-trump-ties `related`; "issued by World Liberty" as the
 *   main statement → usd1-launch `related` (not when it is only a descriptor).
 * - USD1 on the BNB Chain, Zhao's own stake in Binance, other coins' or exchanges' figures: no claim.
 *
 * Labels revised after the first run (a change of the guide, made for the fact's truth, not to fit the
 * engine): the sources' lists of World Liberty's founders are examples, not the whole list (World Liberty
 * names Witkoff's sons and its crypto founders too), so a page naming other founders does not conflict
 * with them: "WLFI co-founder Zach Witkoff" and "co-founders Zak Folkman and Chase Herro" were labelled
 * contradicted by the people rule and are now related; founders all in one source's list ("launched by
 * Trump and his sons") were mixed and are now supported. The first-run figures above are the old labels'.
 */
import type { RealCase } from './types';

export const FRESH: RealCase[] = [
  {
    id: 'fresh-001',
    url: 'https://www.channelnewsasia.com/business/binance-seeks-curb-us-oversight-during-deal-talks-trumps-crypto-company-wsj-says-5061331',
    kind: 'news',
    text: `Binance executives met U.S. Treasury officials last month and discussed loosening government oversight of the company, while exploring a business deal with President Donald Trump’s crypto venture, World Liberty Financial, the Wall Street Journal said.

Executives of the world's largest cryptocurrency exchange asked Treasury officials to remove a U.S. monitor overseeing its compliance with anti-money-laundering laws, the paper said on Friday, citing people familiar with the talks.

Binance has also been in talks to list a new dollar-pegged cryptocurrency from World Liberty Financial, it added.

At the meeting, Binance CEO Richard Teng and Chief Legal Officer Eleanor Hughes asked for the removal of monitorship or reduction of its duration and scope, the paper said.

Binance, the Treasury Department and World Liberty Financial did not immediately respond to Reuters' requests for comment.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'wlfi:World Liberty Financial', 'wlfi:World Liberty Financial', 'wlfi:World Liberty Financial'],
    claims: [
      { fact: 'treasury-oversight-talks', verdict: 'related', at: 'discussed loosening government oversight of the company', why: 'the Treasury talks: no value to compare' },
      { fact: 'binance-wlfi-deal', verdict: 'mixed', at: 'while exploring a business deal', why: '"exploring" agrees with 000 (investigating a partnership) and conflicts with 001 (agreement struck) and 002 (already supporting); the page is from March 2025, within four months of all three' },
      { fact: 'binance-rank', verdict: 'supported', at: 'the world\'s largest cryptocurrency exchange' },
      { fact: 'treasury-oversight-talks', verdict: 'related', at: 'asked Treasury officials to remove a U.S. monitor', why: 'what Binance asked the Treasury: no value to compare' },
      { fact: 'usd1-listing', verdict: 'supported', at: 'in talks to list a new dollar-pegged cryptocurrency', why: 'a prospective listing of the (unnamed) World Liberty stablecoin: agrees with 000 ("if this token gets listed") and is compatible with 002 (listed)' },
      { fact: 'treasury-oversight-talks', verdict: 'related', at: 'asked for the removal of monitorship' },
      { fact: 'binance-response', verdict: 'related', at: 'did not immediately respond to Reuters\' requests for comment', why: 'Binance did not respond: no value' },
      { fact: 'wlfi-response', verdict: 'related', at: 'did not immediately respond to Reuters\' requests for comment', why: 'the same sentence: World Liberty did not respond either' },
    ],
    note: 'Reuters copy of the WSJ report of March 2025 (the page does not print its date, so no `published`). Cut after the fifth paragraph; the next two (Zhao pushing for a pardon, the 2023 plea and $4.3-billion settlement) are left out.',
  },
  {
    id: 'fresh-002',
    url: 'https://ledgerinsights.com/abu-dhabis-state-linked-mgx-invests-2-billion-in-binance-crypto-exchange',
    kind: 'news',
    text: `Binance, the largest cryptocurrency exchange said it has received a $2 billion investment from Abu Dhabi’s MGX, which is primarily an AI investor. MGX says it wants to enable innovation at the intersection of AI, blockchain and finance. This is the first institutional investment that Binance has received, and the payment used stablecoins.

It follows a massive $4.3 billion penalty and forfeiture levied in late 2023 by the United States Department of Justice for anti-money laundering (AML) and Bank Secrecy Act violations. While $2.7 billion should have been paid by now, $1.8 billion was due around late February. If the payment had been later, it may have been part of the US Digital Asset Stockpile.

As part of the deal, founder Changpeng Zhao (CZ) stepped down and was replaced by Richard Teng.

Teng was previously CEO of the Abu Dhabi Financial Services Authority. Around 1,000 of Binance’s 5,000 team is based in the UAE. As part of today’s announcement, the company revealed it has 260 million registered users and has processed more than $100 trillion in transactions.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'cz:Changpeng Zhao', 'cz:CZ'],
    claims: [
      { fact: 'binance-rank', verdict: 'supported', at: 'the largest cryptocurrency exchange' },
      { fact: 'uae-binance-purchase', verdict: 'supported', at: '$2 billion investment from Abu Dhabi’s MGX', why: 'the Abu Dhabi firm’s $2 billion purchase, paid in stablecoins (USD1 not yet named): the amount agrees with 002' },
      { fact: 'us-fine', verdict: 'supported', at: '$4.3 billion penalty and forfeiture' },
      { fact: 'us-fine', verdict: 'related', at: '$2.7 billion should have been paid by now', why: 'instalments of the fine ($2.7 billion paid, $1.8 billion due): partial amounts, not the total' },
      { fact: 'cz-role', verdict: 'supported', at: 'founder Changpeng Zhao (CZ) stepped down' },
      { fact: 'binance-users', verdict: 'mixed', at: '260 million registered users', why: 'March 2025 (the MGX announcement): agrees with 001 ("over 250 million"), conflicts with 000 (250 million) and 002 (275 million); "registered users" read as the same scope as the sources\' "users"' },
      { fact: 'binance-daily-volume', verdict: 'related', at: 'more than $100 trillion in transactions', why: 'cumulative volume since launch, not a daily figure' },
    ],
    note: 'Written on the day of the MGX announcement (12 March 2025: "today’s announcement"), but the page prints no date, so no `published`. Cut before the MGX quote.',
  },
  {
    id: 'fresh-003',
    url: 'https://myfinassets.com/report-binance-has-held-talks-with-trump-family-about-selling-binance-us-stake-siliconangle',
    kind: 'news',
    text: `Binance is the world’s largest cryptocurrency exchange by trading volume. It launched in 2017 and formed a U.S. arm, Binance US, about two years later. According to the Journal, the main purpose of the U.S. arm was to distract financial regulators from the illicit activities of its parent company.

In 2023, Binance and Zhao pleaded guilty to violating U.S. anti-money laundering rules. The company paid a $4.3 billion fine while Zhao stepped down as Chief Executive Officer and received a four-month prison sentence. Binance’s U.S. arm saw its market share decline significantly following the ruling.

According to the Journal, the Trumps could take a stake in Binance US either directly or through World Liberty Financial Inc., a cryptocurrency venture they launched last year. The Trump family receives three-quarters of the venture’s net revenue. Bloomberg reported today that discussions about the potential deal also explored the possibility of Binance and World Liberty collaborating on a stablecoin.

Besides selling a stake in Binance US to the Trumps, Binance executives reportedly also discussed seeking a pardon for Zhao. The Journal reported that such a pardon could be highly conductive to the cryptocurrency exchange’s growth ambitions.

Although Zhao is no longer Binance’s CEO, he remains its controlling stakeholder. It’s believed a pardon would make it easier for the company to find commercial partners in the U.S. who could help it gain market share.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'cz:Zhao', 'cz:Zhao', 'cz:Zhao', 'cz:Zhao', 'wlfi:World Liberty Financial', 'wlfi:World Liberty'],
    claims: [
      { fact: 'binance-rank', verdict: 'supported', at: 'the world’s largest cryptocurrency exchange by trading volume' },
      { fact: 'guilty-plea-year', verdict: 'supported', at: 'In 2023, Binance and Zhao pleaded guilty', why: 'Binance (with Zhao) pleaded guilty in 2023' },
      { fact: 'us-fine', verdict: 'supported', at: '$4.3 billion fine' },
      { fact: 'cz-role', verdict: 'supported', at: 'Zhao stepped down as Chief Executive Officer' },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'four-month prison sentence', why: 'an event: the term does not change with time' },
      { fact: 'binance-us-stake', verdict: 'related', at: 'the Trumps could take a stake in Binance US', why: 'no value to compare' },
      { fact: 'wlfi-cofounders', verdict: 'supported', at: 'a cryptocurrency venture they launched last year', why: 'the named founders are in one source\'s list; the others name Witkoff only, which is no conflict: the lists are examples (label revised, see header)' },
      { fact: 'trump-family-wlfi-share', verdict: 'related', at: 'three-quarters of the venture’s net revenue', why: 'a share of revenue, not of control (another scope)' },
      { fact: 'binance-wlfi-deal', verdict: 'mixed', at: 'explored the possibility of Binance and World Liberty collaborating on a stablecoin', why: '"explored": agrees with 000, conflicts with 001 (agreement struck) and 002 (supporting)' },
      { fact: 'binance-us-stake', verdict: 'related', at: 'Besides selling a stake in Binance US to the Trumps' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'Binance executives reportedly also discussed seeking a pardon for Zhao', why: 'Binance seeking it: agrees with 000 and 001, conflicts with 002 (Zhao himself); March 2025, within four months of 002' },
      { fact: 'cz-role', verdict: 'supported', at: 'Zhao is no longer Binance’s CEO' },
    ],
    note: 'SiliconANGLE report of the WSJ story (13 March 2025; "today", no date printed, so no `published`). Cut: the headline and first two paragraphs are left out; starts at the fourth paragraph. "Binance US" counted as binance:Binance. "Binance’s U.S. arm saw its market share decline" is Binance.US\'s market share: no claim.',
  },
  {
    id: 'fresh-004',
    url: 'https://news.yogabicep.com/bnb-jumps-5-after-wsj-reports-that-trump-family-held-talks-to-buy-stake-in-binance-us',
    kind: 'news',
    text: `Steve Witkoff, a friend of the U.S. president, was involved in the deal talks, the report added. Witkoff and his family founded World Liberty Financial two months before Trump was elected President in November.

The talks started last year after Binance reached out to Trump’s allies offering to reach a deal with the family so as to bring the crypto exchange back to the U.S.

BNB, the native cryptocurrency of the Binance linked BNB Chain, jumped as much as 5% on the news, surpassing $600 for the first time in a week.

A representative for Binance.US declined to comment on the report. However, Binance CEO Changpeng “CZ” Zhao said in a post on X that the Journal “got the facts wrong.”

“I have had no discussions of a Binance US deal with … well, anyone,” CZ wrote. The WSJ didn’t report that CZ was involved in the talks, but rather that Binance executives were pursuing it.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance.US', 'cz:Changpeng “CZ” Zhao', 'cz:CZ', 'cz:CZ', 'wlfi:World Liberty Financial'],
    claims: [
      { fact: 'binance-us-stake', verdict: 'related', at: 'was involved in the deal talks', why: 'Witkoff in the Binance.US stake talks: no value' },
      { fact: 'wlfi-cofounders', verdict: 'supported', at: 'Witkoff and his family founded World Liberty Financial', why: 'the one named founder, Steve Witkoff, is in every source\'s list; "his family" names no one' },
      { fact: 'binance-us-comeback', verdict: 'related', at: 'bring the crypto exchange back to the U.S.' },
      { fact: 'binance-response', verdict: 'related', at: 'declined to comment on the report', why: 'Binance.US (a subset) declined to comment' },
      { fact: 'cz-role', verdict: 'mixed', at: 'Binance CEO Changpeng “CZ” Zhao', why: '"CEO" in March 2025: compatible with "founder" (000, 001), conflicts with 002 ("no longer CEO", within four months)' },
      { fact: 'binance-us-stake', verdict: 'related', at: 'no discussions of a Binance US deal', why: 'Zhao denies the talks' },
      { fact: 'binance-us-stake', verdict: 'related', at: 'Binance executives were pursuing it' },
    ],
    note: 'CoinDesk copy (13 March 2025; no date printed, so no `published`). Cut: starts at the third paragraph, ends before the pardon paragraph. "the Binance linked BNB Chain" counted as a Binance mention (the company); "BNB" is not.',
  },
  {
    id: 'fresh-005',
    url: 'https://www.lifestyleasia.com/sg/entertainment/streaming/chinese-shows-starring-hidden-love-actress-zhao-lusi-for-your-next-tv-drama-binge/',
    published: '2023-08-21',
    kind: 'news',
    text: `From a princess on a quest for vengeance to a medical professional who travels back in time — one of China’s most popular actresses has been there, played that. If you’ve yet to be acquainted with her versatility, here’s a look at the best dramas and TV shows featuring Zhao Lusi that deserve a spot in your watchlist.

When it comes to the Chinese entertainment industry — Zhao Lusi is a ‘Forever Star,’ with a string of stellar TV shows and dramas to her name. The actress, who’s also a proficient singer, began her career by hosting the variety program Huo Xing Qing Bao Ju (Mars Intelligence Agency), going on to debut in the 2017 romantic drama Untouchable Lovers. The rest — as the adage goes — is history.

Currently, the popular celebrity is in the headlines for her role as Sang Zhi, a young girl who falls for her older brother’s friend in the heartwarming series Hidden Love. We take a look at a few other titles that are on our radar.`,
    mentions: [],
    claims: [],
    note: 'Negative: another Zhao (the actress Zhao Lusi).',
  },
  {
    id: 'fresh-006',
    url: 'https://m.followin.io/en/feed/17951182',
    kind: 'news',
    text: `Despite limited information disclosure, Fortune, through interviews with stablecoin domain experts and analysis of the current crypto ecosystem, has provided an upper limit estimate of the Trump family's potential profits.

The Stablecoin Business: Large and Invisible

Stablecoins are the latest component of Trump's expanding crypto empire, but they have long been an important part of the crypto industry. Tether, Circle, and later PayPal and Ripple have all made substantial profits from issuing stablecoins. Tether's revenue in the most recent quarter reached $5.6 billion, and Circle's total revenue in 2024 also reached $1.7 billion.

As a result, World Liberty Financial issued its own USD stablecoin, USD1, in late March this year. Like most USD-pegged stablecoins, USD1 is backed by short-term Treasury bonds and other dollar-like assets, typically generating around 4% annual yield—with most of these interest usually belonging to the issuing institution.

If Binance holds USD1, World Liberty Financial would collect interest on its underlying reserve assets, which could potentially generate up to $80 million in revenue within a year at a 4% rate.`,
    mentions: ['wlfi:World Liberty Financial', 'wlfi:World Liberty Financial', 'usd1:USD1', 'usd1:USD1', 'usd1:USD1', 'binance:Binance'],
    claims: [
      { fact: 'usd1-launch', verdict: 'related', at: 'issued its own USD stablecoin, USD1, in late March this year' },
      { fact: 'trump-usd1-income', verdict: 'mixed', at: 'up to $80 million in revenue within a year', why: 'Fortune’s upper estimate of the Trump family’s profits (first paragraph): within "tens of millions a year" (002), conflicts with "billions" (001); a projection, like the sources' },
    ],
    note: 'Translation of the Fortune piece of May 2025 (no date printed). Cut: starts at the third paragraph (the MGX paragraph is left out), ends before "However, this figure is highly variable". Tether’s and Circle’s revenue: no claim.',
  },
  {
    id: 'fresh-007',
    url: 'https://exbasi.com/blog/the-father-pursues-trumps-diplomatic-deals-the-son-chases-crypto-deals-wsj-2232',
    kind: 'news',
    text: `A month before President Trump's inauguration, Middle East envoy Steve Witkoff flew to the United Arab Emirates with two goals: discussing regional issues with the Abu Dhabi royal known as the "spy sheikh," and attending a cryptocurrency conference.Less than five months later, Witkoff's son, co-founder of the crypto venture World Liberty Financial, took the stage at a conference in Dubai to announce the company had struck a deal for the sheikh's company to buy $2 billion of their new cryptocurrency. The expected tens of millions of dollars in annual profits would be split between the Witkoffs and their co-founders — and the Trump family, which holds a 60% stake in the company.On May 15, the elder Witkoff and the sheikh, Tahnoon bin Zayed al Nahyan, met again, this time for the unveiling of an agreement, long sought by the U.A.E., that gives the oil-rich Gulf monarchy access to millions of advanced U.S.-made computer chips.`,
    mentions: ['wlfi:World Liberty Financial'],
    claims: [
      { fact: 'wlfi-cofounders', verdict: 'related', at: 'Witkoff\'s son, co-founder of the crypto venture World Liberty Financial', why: 'true in fact: the sources name some founders, not all, so another named founder is no conflict (label revised, see header)' },
      { fact: 'uae-binance-purchase', verdict: 'related', at: 'buy $2 billion of their new cryptocurrency', why: 'the same $2 billion MGX deal, told as a purchase of World Liberty’s stablecoin; Binance and its shares are not named' },
      { fact: 'trump-usd1-income', verdict: 'related', at: 'tens of millions of dollars in annual profits', why: 'profits to be split among the Witkoffs, the co-founders and the Trump family: not the Trump family’s own figure' },
      { fact: 'trump-family-wlfi-share', verdict: 'supported', at: 'holds a 60% stake in the company', why: '60% meets "over 60%" (000); May 2025, within four months' },
    ],
    note: 'Dow Jones text of the WSJ story of May 2025 (no date printed). The page runs the paragraphs together without spaces ("conference.Less", "company.On"); kept verbatim, one block. Cut at a sentence boundary before "Since assuming his role".',
  },
  {
    id: 'fresh-008',
    url: 'https://bbapi.viigoo.eu.org/square/post/24582360022410',
    kind: 'social',
    text: `99% of the circulation of #USD1 is on the $BNB chain. The issuer WLFI has over 60% of its shares owned by the Trump family. Binance's support for USD1 may be a business decision aimed at attracting more users and trading volume, especially under the influence of the Trump family brand effect.

1. Issuer

USD1 is issued by World Liberty Financial (WLFI), a decentralized finance company established in 2024, headquartered in Miami, USA. WLFI has close ties to former U.S. President Donald Trump and his family, with Trump's business entities owning 60% of the company and enjoying 75% of the token sale revenue.

2. Company Background

#WLFI is actively managed by Trump’s son Eric Trump and Donald Trump Jr. Trump himself serves as the "Chief Crypto Advocate," while his son Barron Trump is listed as a "DeFi Visionary."`,
    mentions: ['usd1:USD1', 'usd1:USD1', 'usd1:USD1', 'wlfi:WLFI', 'wlfi:WLFI', 'wlfi:WLFI', 'wlfi:WLFI', 'wlfi:World Liberty Financial', 'binance:Binance'],
    claims: [
      { fact: 'trump-family-wlfi-share', verdict: 'supported', at: 'over 60% of its shares owned by the Trump family' },
      { fact: 'binance-wlfi-deal', verdict: 'mixed', at: 'Binance\'s support for USD1', why: '"support" (the status of 002) conflicts with "exploring" (000) and "agreement struck" (001); the "may" is about the motive, not the support' },
      { fact: 'usd1-launch', verdict: 'related', at: 'USD1 is issued by World Liberty Financial (WLFI)' },
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'WLFI has close ties to former U.S. President Donald Trump and his family' },
      { fact: 'trump-family-wlfi-share', verdict: 'supported', at: 'owning 60% of the company', why: 'Trump’s business entities = the family’s holding; 60% meets "over 60%"' },
      { fact: 'trump-family-wlfi-share', verdict: 'related', at: '75% of the token sale revenue', why: 'a share of token-sale revenue, not of control' },
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'actively managed by Trump’s son Eric Trump and Donald Trump Jr.', why: 'an explicit tie (managers), not a founders list' },
      { fact: 'wlfi-trump-ties', verdict: 'related', at: '"Chief Crypto Advocate,"' },
    ],
    note: 'Binance Square post (mirror), undated (a later section says "as of May 2025"). Cut after the second numbered section. "99% of the circulation of #USD1 is on the $BNB chain" is the chain’s share, not Binance wallets: no usd1-binance-wallet-share claim. "#USD1" and "#WLFI" counted as USD1 / WLFI; "$BNB" is not a mention.',
  },
  {
    id: 'fresh-009',
    url: 'https://www.ainvest.com/news/binance-wrote-code-trump-linked-usd1-stablecoin-facilitated-2-billion-transaction-2507',
    published: '2025-07-11',
    kind: 'news',
    text: `The world’s largest digital asset exchange by trading volume, Binance, may have played a more significant role in the development of World Liberty Financial’s stablecoin USD1 than previously known. According to reports, Binance wrote the code for World Liberty Financial’s USD1 stablecoin smart contract. Once coded and promoted, Binance also facilitated a $2 billion transaction completed in USD1. Approximately 90% of all USD1 remains in Binance-controlled wallets.

USD1 was launched in March 2025. Two months later, former Binance CEO Changpeng Zhao, who was convicted in 2023 of failing to maintain proper anti-money-laundering standards at Binance and had already served a short prison term, confirmed that he had applied for a presidential pardon during a podcast interview. This news spurred three U.S. senators to write a letter to the White House seeking answers regarding the pardon application and Binance’s financial entanglements with the President’s family.

The senators expressed concerns about the integrity of the justice system, given the convergence of Zhao’s pardon application and Binance’s financial dealings with World Liberty Financial, a cryptocurrency company financially linked to Trump and his family. Despite stepping down from his role as CEO after pleading guilty to these charges, Zhao still owns 90% of the company. World Liberty Financial is linked with Donald Trump but apparently not controlled by him, escaping any conflict of interest with his presidential duties. Trump has reportedly placed all his assets in a trust controlled by his oldest son.

According to a World Liberty Financial spokesperson, the reporting is “factually deficient and designed to further a political agenda.” A Binance spokesperson reiterated that Zhao is no longer the exchange’s CEO.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'wlfi:World Liberty Financial', 'wlfi:World Liberty Financial', 'wlfi:World Liberty Financial', 'wlfi:World Liberty Financial', 'wlfi:World Liberty Financial', 'usd1:USD1', 'usd1:USD1', 'usd1:USD1', 'usd1:USD1', 'usd1:USD1', 'cz:Changpeng Zhao', 'cz:Zhao', 'cz:Zhao', 'cz:Zhao'],
    claims: [
      { fact: 'binance-rank', verdict: 'supported', at: 'The world’s largest digital asset exchange by trading volume' },
      { fact: 'usd1-smart-contracts', verdict: 'supported', at: 'Binance wrote the code' },
      { fact: 'uae-binance-purchase', verdict: 'supported', at: 'a $2 billion transaction completed in USD1', why: 'the MGX purchase of Binance shares (buyer not named); the amount agrees with 002' },
      { fact: 'usd1-binance-wallet-share', verdict: 'supported', at: 'Approximately 90% of all USD1' },
      { fact: 'usd1-launch', verdict: 'related', at: 'USD1 was launched in March 2025' },
      { fact: 'cz-role', verdict: 'supported', at: 'former Binance CEO Changpeng Zhao' },
      { fact: 'guilty-plea-year', verdict: 'related', at: 'convicted in 2023', why: 'Zhao’s own conviction (another subject)' },
      { fact: 'cz-prison-term', verdict: 'related', at: 'a short prison term', why: 'no number (002 says "a short sentence" too)' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'he had applied for a presidential pardon', why: 'Zhao himself, May 2025: agrees with 002, conflicts with 000 and 001 (Binance), two months earlier' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'Zhao’s pardon application', why: 'Zhao’s own application again (same comparison)' },
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'financially linked to Trump and his family' },
      { fact: 'cz-role', verdict: 'supported', at: 'Despite stepping down from his role as CEO' },
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'World Liberty Financial is linked with Donald Trump' },
      { fact: 'wlfi-response', verdict: 'related', at: 'the reporting is “factually deficient' },
      { fact: 'cz-role', verdict: 'supported', at: 'Zhao is no longer the exchange’s CEO' },
      { fact: 'binance-response', verdict: 'related', at: 'A Binance spokesperson reiterated' },
    ],
    note: '"Zhao still owns 90% of the company" is Zhao’s stake in Binance, not the USD1 wallet share: no claim. Cut mid-paragraph after "no longer the exchange’s CEO."',
  },
  {
    id: 'fresh-010',
    url: 'https://www.edgen.tech/news/crypto/tethers-usdt-market-capitalization-surpasses-170-billion-setting-new-all-time-high',
    kind: 'news',
    text: `Tether's USDT stablecoin has achieved a new record market capitalization, surpassing $170 billion, highlighting its sustained dominance and increasing liquidity within the cryptocurrency market.

Executive Summary

Tether's USDT stablecoin has reached an unprecedented market capitalization of over $170 billion, according to CoinGecko data, marking a significant milestone for the digital asset sector. This new all-time high underscores robust demand for stablecoins and their critical role in facilitating liquidity across the broader cryptocurrency ecosystem.`,
    mentions: [],
    claims: [],
    note: 'Negative: another stablecoin’s record market cap.',
  },
  {
    id: 'fresh-011',
    url: 'https://codeum.org/news/cz-denies-trump-pardon-link-binance-usd1-allegations',
    kind: 'blog',
    text: `CZ Denies Trump Pardon Link: Binance and the USD1 Stablecoin

Binance CEO Changpeng Zhao (CZ) has vehemently denied allegations linking his presidential pardon application to Binance's involvement with USD1, a stablecoin issued by the Trump-backed World Liberty Financial (WLFI). A recent Bloomberg report claimed Binance played a key role in creating the USD1 smart contract and promoted it to its vast user base.

Key Allegations and CZ's Response

  • Bloomberg's Report: Claimed Binance created and promoted USD1, potentially influencing a $2 billion investment from MGX (Abu Dhabi) into Binance via USD1.
  • CZ's Denial: Zhao refuted the timeline suggested by Bloomberg, stating his pardon request was unrelated to any dealings with WLFI.
  • USD1's Market Position: At the time of writing, USD1 held a market capitalization of $2.2 billion, ranking among the top stablecoins.

While Bloomberg acknowledged uncertainty about payment between World Liberty and Binance, the report reignited scrutiny over CZ's past legal issues in the U.S. In 2023, Binance and CZ faced significant fines for violating U.S. anti-money laundering laws.`,
    mentions: ['cz:CZ', 'cz:CZ', 'cz:CZ', 'cz:CZ', 'cz:CZ', 'cz:CZ', 'cz:Changpeng Zhao', 'cz:Zhao', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'usd1:USD1', 'usd1:USD1', 'usd1:USD1', 'usd1:USD1', 'usd1:USD1', 'usd1:USD1', 'usd1:USD1', 'wlfi:World Liberty Financial', 'wlfi:WLFI', 'wlfi:WLFI', 'wlfi:World Liberty'],
    claims: [
      { fact: 'cz-role', verdict: 'mixed', at: 'Binance CEO Changpeng Zhao (CZ)', why: '"CEO" in July 2025: compatible with "founder" (000, 001, four months earlier), conflicts with 002 ("no longer CEO")' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'his presidential pardon application', why: 'Zhao’s own application: agrees with 002, conflicts with 000 and 001 (Binance)' },
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'the Trump-backed World Liberty Financial' },
      { fact: 'usd1-smart-contracts', verdict: 'supported', at: 'Binance played a key role in creating the USD1 smart contract' },
      { fact: 'usd1-smart-contracts', verdict: 'supported', at: 'Claimed Binance created and promoted USD1' },
      { fact: 'uae-binance-purchase', verdict: 'supported', at: 'a $2 billion investment from MGX (Abu Dhabi) into Binance' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'his pardon request was unrelated', why: 'Zhao’s own request again' },
      { fact: 'usd1-payment-unclear', verdict: 'related', at: 'acknowledged uncertainty about payment between World Liberty and Binance' },
      { fact: 'us-fine', verdict: 'related', at: 'Binance and CZ faced significant fines', why: 'no amount' },
    ],
    note: 'July 2025 (after the Bloomberg report; no date printed). Cut before "Previous Allegations". USD1’s $2.2 billion market cap: no claim.',
  },
  {
    id: 'fresh-012',
    url: 'https://www.caffeineandcrypto.com/post/cz-s-pardon-the-costly-washington-lobby-that-bought-binance-a-fresh-start',
    published: '2025-10-27',
    kind: 'blog',
    text: `In the shadowy corridors of Washington power plays, where lobbying dollars flow like digital tokens, Changpeng "CZ" Zhao's pardon by President Donald Trump on September 10, 2025, stands as a testament to crypto's growing influence—and its price tag. The former Binance CEO, who served four months in prison for anti-money laundering (AML) violations, walked free after a meticulously orchestrated campaign by Binance and its legal team, targeting Trump's inner circle and regulatory gatekeepers. This executive clemency, justified by Trump as relief from "Biden administration persecution," followed months of strategic hires, $1.15 million in recent fees, and ties to Trump-linked ventures like World Liberty Financial. As the $3.81 trillion crypto market navigates Bitcoin's $107,820 dip amid U.S.-China trade tensions and vulnerabilities like the NPM malware attack, CZ's pardon raises a stark question: Is this a victory for innovation, or a symptom of crypto's entanglement with political favoritism? This is the story of a high-stakes redemption that cost millions—and what it means for Binance's future.

The Pardon: A Lifeline After the Fall

Changpeng Zhao's legal saga began with Binance's 2023 plea deal, where the exchange admitted to AML lapses and paid $4.3 billion in fines—the largest corporate penalty in U.S. history. CZ, as CEO, pleaded guilty to one count of violating the Bank Secrecy Act, receiving a four-month sentence in a low-security prison in California, which he completed in late 2024. The pardon, granted on September 10, 2025, does not erase the conviction but restores rights like voting and firearm ownership, allowing CZ to resume full involvement in Binance, which he founded in 2017.`,
    mentions: ['cz:Changpeng "CZ" Zhao', 'cz:CZ', 'cz:Changpeng Zhao', 'cz:CZ', 'cz:CZ', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'wlfi:World Liberty Financial'],
    claims: [
      { fact: 'pardon-request', verdict: 'related', at: 'Zhao\'s pardon by President Donald Trump', why: 'the pardon granted (with a wrong date): no comparable value' },
      { fact: 'cz-role', verdict: 'supported', at: 'The former Binance CEO' },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'served four months in prison' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'a meticulously orchestrated campaign by Binance and its legal team', why: 'Binance sought it: agrees with 000 and 001, conflicts with 002 (Zhao himself), four months before the page' },
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'Trump-linked ventures like World Liberty Financial' },
      { fact: 'guilty-plea-year', verdict: 'supported', at: 'Binance\'s 2023 plea deal' },
      { fact: 'us-fine', verdict: 'supported', at: 'paid $4.3 billion in fines' },
      { fact: 'cz-role', verdict: 'related', at: 'CZ, as CEO, pleaded guilty', why: 'his role at the time of the 2023 plea, not a present status' },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'four-month sentence in a low-security prison' },
      { fact: 'pardon-request', verdict: 'related', at: 'The pardon, granted on September 10, 2025', why: 'the pardon granted' },
      { fact: 'cz-role', verdict: 'supported', at: 'which he founded in 2017' },
    ],
    note: 'The page dates the pardon to 10 September 2025 (it was 23 October); that is not a checked fact. Zhao’s own plea without a year of its own: no guilty-plea-year label. Cut after the first paragraph of the second section.',
  },
  {
    id: 'fresh-013',
    url: 'https://defidraft.com/trump-pardons-binance-founder-cz-after-lobbying-campaign',
    kind: 'blog',
    text: `The Unexpected Pardon

It came as a surprise to many when President Donald Trump announced the pardon of Binance founder Changpeng Zhao last Thursday. Zhao, who was serving time for providing access to money launderers, suddenly found himself free after just a year in prison. Trump’s comments were telling—he said he didn’t personally know Zhao but had heard from “many good people” that the prosecution was unfair.

I think what’s interesting here is how quickly this all unfolded. One moment Zhao was in prison, the next he’s receiving a presidential pardon. The timing feels almost too perfect, doesn’t it?

The Lobbying Machine Behind the Scenes

Behind this sudden development was a well-organized lobbying campaign. Binance hired Ches McDowell’s firm, Checkmate Government Relations, in late September specifically to lobby the White House on “financial policy and executive clemency.” McDowell isn’t just any lobbyist—he’s a close friend of Donald Trump Jr. and was spotted at a White House event with both Trumps just last week.`,
    mentions: ['binance:Binance', 'binance:Binance', 'cz:Changpeng Zhao', 'cz:Zhao', 'cz:Zhao', 'cz:Zhao'],
    claims: [
      { fact: 'pardon-request', verdict: 'related', at: 'announced the pardon', why: 'the pardon granted' },
      { fact: 'cz-role', verdict: 'supported', at: 'Binance founder Changpeng Zhao' },
      { fact: 'cz-prison-term', verdict: 'contradicted', at: 'after just a year in prison', why: 'a year vs four months (000); 002 gives no number; an event, so the page’s date does not matter' },
      { fact: 'pardon-request', verdict: 'related', at: 'he’s receiving a presidential pardon', why: 'the pardon granted' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'Binance hired Ches McDowell’s firm', why: 'Binance lobbying for "executive clemency": agrees with 000 and 001, conflicts with 002 (Zhao himself); October 2025, four months after 002' },
    ],
    note: 'Written a week after the 23 October 2025 pardon ("last Thursday"); no date printed. Cut before "The numbers tell part of the story".',
  },
  {
    id: 'fresh-014',
    url: 'https://www.orva.online/the-lessons-of-an-indefensible-pardon-for-a-crypto-billionaire',
    kind: 'blog',
    text: `Some of the details leading up to last week's pardon are unclear. But from several media reports, we know quite a bit about the relationship between Binance and World Liberty Financial (WLF), a crypto business majority owned by the Trump family. Zhao was released from prison last September. According to Bloomberg articleTwo sources said that shortly after Trump's re-election, Zhao met at a bitcoin conference in Abu Dhabi with businessman Steve Witkoff, Trump's WLF partner who later became the US special envoy to the Middle East. (Bloomberg also quoted a source close to Vitkov, who said that Vitkov does not remember this meeting.) In March Wall Street Journal reported that Zhao was seeking a presidential pardon and that representatives of the Trump family were in negotiations to acquire a stake in the US division of Binance. (At the time, Zhao denied asking for a pardon, and the deal fell through.) That same month, WLF announced it was entering the fast-growing stablecoin market and creating its own coin, USD1.`,
    mentions: ['binance:Binance', 'binance:Binance', 'wlfi:World Liberty Financial', 'wlfi:WLF', 'wlfi:WLF', 'wlfi:WLF', 'usd1:USD1', 'cz:Zhao', 'cz:Zhao', 'cz:Zhao', 'cz:Zhao'],
    claims: [
      { fact: 'pardon-request', verdict: 'related', at: 'last week\'s pardon', why: 'the pardon granted' },
      { fact: 'trump-family-wlfi-share', verdict: 'supported', at: 'majority owned by the Trump family', why: '"majority" (over 50%) overlaps "over 60%" (000); the page (late 2025) is only compared for agreement' },
      { fact: 'cz-prison-term', verdict: 'related', at: 'Zhao was released from prison last September', why: 'a release date, not the length of the term' },
      { fact: 'abu-dhabi-meeting', verdict: 'mixed', at: 'Steve Witkoff', why: 'Witkoff is in the lists of 000 and 002, not in 001’s (Eric and Trump Jr.)' },
      { fact: 'meeting-place', verdict: 'related', at: 'a bitcoin conference in Abu Dhabi' },
      { fact: 'meeting-denial', verdict: 'related', at: 'does not remember this meeting' },
      { fact: 'pardon-request', verdict: 'mixed', at: 'Zhao was seeking a presidential pardon', why: 'Zhao himself, reported in March 2025: agrees with 002, conflicts with 000 and 001 (Binance)' },
      { fact: 'binance-us-stake', verdict: 'related', at: 'in negotiations to acquire a stake in the US division of Binance' },
      { fact: 'pardon-request', verdict: 'related', at: 'Zhao denied asking for a pardon' },
      { fact: 'usd1-launch', verdict: 'related', at: 'creating its own coin, USD1' },
    ],
    note: 'A translated opinion piece of late October 2025 (no date printed); "articleTwo" and "Vitkov" as on the page. "Trump\'s WLF partner" (Witkoff) is not read as a co-founder claim.',
  },
  {
    id: 'fresh-015',
    url: 'https://legalnewsline.com/stories/667827208-bitmex-fined-100-million-for-bank-secrecy-act-violations',
    kind: 'news',
    text: `Matthew Podolsky, Attorney for the United States, announced that HDR Global Trading Ltd., also known as BitMEX, has been fined $100 million for violating the Bank Secrecy Act. The company was found guilty of willfully failing to establish, implement, and maintain an adequate anti-money laundering (AML) and know-your-customer (KYC) program.

Podolsky emphasized the importance of AML and KYC rules in protecting Americans from fraud and preventing money laundering and terrorist financing. He stated, "It is critical that all financial institutions, including cryptocurrency exchanges, comply with these rules to protect our country’s economy and national security. Today’s sentence sends a clear message that companies that willfully violate these rules and refuse to implement AML/KYC programs will face consequences."

BitMEX was founded by Arthur Hayes, Benjamin Delo, and Samuel Reed in 2014. Gregory Dwyer joined as its first employee in 2015. The exchange operated through U.S. offices and serviced U.S. traders but failed to register with the Commodity Futures Trading Commission (CFTC) or establish an adequate AML program.`,
    mentions: [],
    claims: [],
    note: 'Negative: another exchange’s U.S. fine and guilty plea (BitMEX, January 2025); no pardon mentioned.',
  },
  {
    id: 'fresh-016',
    url: 'https://coinpedia.org/news/cz-defends-binance-after-forbes-flags-87-holdings-in-trumps-usd1-stablecoin/amp',
    kind: 'news',
    text: `Binance co-founder CZ hit back at a Forbes report claiming Binance holds around 87% of all USD1 in circulation. That’s roughly $4.7 billion out of the $5.4 billion total supply of the Trump-linked stablecoin issued by World Liberty Financial

The scrutiny follows Trump’s pardon of CZ in October 2025, after CZ pleaded guilty to anti-money laundering violations in 2023. Critics, including Senator Elizabeth Warren, have tied the pardon to Binance’s growing role in Trump-linked crypto ventures.

The pushback started when Satoshi Club’s X account called the Forbes article “just FUD” and said it “feels like an attack.” The community account reminded followers that these tokens belong to millions of users who choose to hold on Binance, not to the exchange itself.

CZ jumped in and said, “If you only count CEX holdings, you will see Binance is about 60-70% across the board.”

Data shared alongside the tweet backs up the argument. Ethena’s USDe sits at 77.48% on its own issuer platform. Sky Dollar is at 55.78% on Sky. USD1’s 87.36% on Binance is the highest, but high concentration at a single platform is common across top stablecoins.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'cz:CZ', 'cz:CZ', 'cz:CZ', 'cz:CZ', 'usd1:USD1', 'usd1:USD1', 'wlfi:World Liberty Financial'],
    claims: [
      { fact: 'cz-role', verdict: 'supported', at: 'Binance co-founder CZ' },
      { fact: 'usd1-binance-wallet-share', verdict: 'supported', at: 'around 87% of all USD1 in circulation', why: 'about 87% overlaps "approximately 90%" (002); a February 2026 figure, compared for agreement only' },
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'the Trump-linked stablecoin' },
      { fact: 'pardon-request', verdict: 'related', at: 'Trump’s pardon of CZ in October 2025', why: 'the pardon granted' },
      { fact: 'guilty-plea-year', verdict: 'related', at: 'pleaded guilty to anti-money laundering violations in 2023', why: 'Zhao’s own plea (another subject)' },
      { fact: 'usd1-binance-wallet-share', verdict: 'supported', at: 'USD1’s 87.36% on Binance', why: '87.36% is within "approximately 90%"' },
    ],
    note: 'February 2026 (the Forbes report; the page prints no date, so no `published`). The first paragraph has no final full stop on the page. "$4.7 billion out of the $5.4 billion" restates the 87% in dollars: not labelled again. Zhao’s "about 60-70% across the board" is across stablecoins, and USDe’s / Sky Dollar’s shares are other coins: no claims. Cut before "That said".',
  },
  {
    id: 'fresh-017',
    url: 'https://cryptonewsradar.com/cz-says-no-comeback-as-binance-boss-and-teases-a-2026-bitcoin-supercycle',
    published: '2026-01',
    kind: 'news',
    text: `Key highlights:
- CZ indicates he will not return as Binance CEO even after President Trump’s pardon lifted previous restrictions on his role.
- He maintains that Binance is growing under two new CEOs, with more than 300 million users and trillions in annual trading volume.
- Zhao forecasts that Bitcoin could enter a 2026 supercycle and potentially break its traditional four‑year boom‑and‑bust pattern.

Binance co‑founder Changpeng Zhao has definitively ruled out returning as CEO of the cryptocurrency exchange, despite U.S. President Donald Trump’s pardon. He has said that the clemency removed prior restrictions on his activities but did not alter his view that his time at the helm of Binance is over.

Zhao has indicated that the pardon completely lifted earlier constraints on his business activities, yet he sees no reason to resume day‑to‑day control of the company. He has stated that he does not need to go back and does not want to, and that leaving Binance after seven years was, in his view, an appropriate way to step aside.`,
    mentions: ['cz:CZ', 'cz:Zhao', 'cz:Changpeng Zhao', 'cz:Zhao', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'cz-role', verdict: 'supported', at: 'he will not return as Binance CEO' },
      { fact: 'pardon-request', verdict: 'related', at: 'President Trump’s pardon lifted previous restrictions', why: 'the pardon granted' },
      { fact: 'binance-users', verdict: 'supported', at: 'more than 300 million users', why: 'a January 2026 figure: agrees with 001 ("over 250 million"); its conflicts with 000 (250 million) and 002 (275 million) are only a later figure' },
      { fact: 'binance-daily-volume', verdict: 'related', at: 'trillions in annual trading volume', why: 'annual, not daily volume' },
      { fact: 'cz-role', verdict: 'supported', at: 'ruled out returning as CEO' },
      { fact: 'pardon-request', verdict: 'related', at: 'despite U.S. President Donald Trump’s pardon', why: 'the pardon granted' },
      { fact: 'cz-role', verdict: 'supported', at: 'his time at the helm of Binance is over' },
      { fact: 'pardon-request', verdict: 'related', at: 'the pardon completely lifted earlier constraints', why: 'the pardon granted' },
      { fact: 'cz-role', verdict: 'supported', at: 'an appropriate way to step aside' },
    ],
    note: 'The page embeds Zhao’s post of 25 January 2026 (hence `published`); the excerpt stops before it. The page writes "co‑founder", "four‑year", "day‑to‑day" with non-breaking hyphens (U+2011), kept.',
  },
  {
    id: 'fresh-018',
    url: 'https://www.hindustantimes.com/business/crypto-exchange-binance-to-pay-a-fine-of-rs-18-82-crore-imposed-by-fiuind-101718862476438.html',
    published: '2024-06-20',
    kind: 'news',
    text: `In May, Binance had registered with the FIU as the exchange sought to resume operations in the country after the watchdog issued show-cause notices to nine offshore exchanges operating in violation of local rules.

The watchdog had also asked the ministry of electronics and information technology to block online access to the exchanges.

Crypto exchange KuCoin had registered with FIU in March but faced a smaller penalty amount of 3.45 million rupees.

Canada's anti-money laundering agency had also imposed a fine of $4.38 million on Binance in May for violation of anti-money laundering rules.

Changpeng Zhao, the former chief executive of Binance, was sentenced to four months in prison in May by U.S. District Judge Richard Jones in Seattle after pleading guilty to violating the country's laws against money laundering.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'cz:Changpeng Zhao'],
    claims: [
      { fact: 'canada-fine', verdict: 'contradicted', at: '$4.38 million', why: '$4.38 million is 1.9% above the exact "$4.3 million" of 000 (beyond 1.5%); an event; the only source with a value' },
      { fact: 'cz-role', verdict: 'supported', at: 'the former chief executive of Binance' },
      { fact: 'cz-prison-term', verdict: 'supported', at: 'sentenced to four months in prison' },
    ],
    note: 'Cut: the last five paragraphs of a ten-paragraph Reuters item on India’s FIU fine (the Indian fine itself is in the left-out part). KuCoin’s rupee fine: no claim (another exchange). Zhao’s plea with no year: no label.',
  },
  {
    id: 'fresh-019',
    url: 'https://www.investmentexecutive.com/news/from-the-regulators/binance-holdings-appeals-6m-fintrac-fine/',
    kind: 'news',
    text: `Binance Holdings Ltd. is appealing a $6-million fine imposed on the company by Fintrac, the federal anti-money laundering agency.

In its appeal to the Federal Court, the cryptocurrency exchange company says it does not direct its services at those in Canada and any involvement in the Canadian market is incidental to its global business.

Binance says it had sought to develop operations in Canada, but it never came to fruition.

The company announced last year that it would withdraw from the Canadian market, citing regulatory concerns.

Fintrac said in May that Binance failed to register with the agency as a foreign money services business and also failed to report large virtual currency transactions of $10,000 or more in the course of a single transaction, together with the prescribed information.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'canada-fine', verdict: 'related', at: '$6-million fine', why: 'a Canadian site’s dollars (C$6 million); the excerpt gives no U.S.-dollar amount' },
    ],
    note: 'June 2024 (no date printed). Cut before the last paragraph (the "roughly US$4-billion" U.S. settlement), which would make six. The $10,000 reporting threshold: no claim.',
  },
  {
    id: 'fresh-020',
    url: 'https://bankingday.com/liberty-miss-profit-target',
    kind: 'news',
    text: `“What difference does it make being a listed company?” Banking Day asked the top management of Liberty Financial yesterday.

“In some ways not at all,” James Boyle, the managing director said.

“The strategy’s been consistent. The team’s been consistent.”

Liberty has been less consistent over its nearly two years on the ASX boards at delivering against plans, or stretch targets.

Statutory net profit over the year to June 2022 increased to A$219.3 million from $185.4 million, a respectable rise.`,
    mentions: [],
    claims: [],
    note: 'Negative: "Liberty Financial", an Australian lender, not World Liberty Financial.',
  },
  {
    id: 'fresh-021',
    url: 'https://cryptonewsdev.yap5.ru/news/altcoins/32354240',
    published: '2026-01',
    kind: 'news',
    text: `A Trump-linked stablecoin has crossed a $5 billion market cap in under a year, while the U.S. President’s official meme coin has collapsed more than 94% from its peak, as capital flows shift toward yield-bearing, institution-friendly stablecoins.

World Liberty Financial’s dollar-backed stablecoin $USD1 surpassed $5 billion in market capitalization this week, making it the fifth-largest stablecoin less than a year after its launch, according to CoinGecko data.

Over the same period, the Solana-based Official Trump ($TRUMP) meme coin has fallen more than 93% from its all-time high of roughly $75, and is now trading at $4.66.

"Built in America, designed for real-world scale, and adopted by serious institutions,” World Liberty Financial co-founder Donald Trump Jr. tweeted on Wednesday. “This is what happens when you focus on infrastructure over noise."`,
    mentions: ['wlfi:World Liberty Financial', 'wlfi:World Liberty Financial', 'usd1:$USD1'],
    claims: [
      { fact: 'wlfi-trump-ties', verdict: 'related', at: 'A Trump-linked stablecoin' },
      { fact: 'wlfi-cofounders', verdict: 'supported', at: 'World Liberty Financial co-founder Donald Trump Jr.', why: 'the named founders are in one source\'s list; the others name Witkoff only, which is no conflict: the lists are examples (label revised, see header)' },
    ],
    note: 'The page embeds Trump Jr.’s post of 28 January 2026 (hence `published`); the quote’s mixed straight and curly quotation marks are as on the page. Cut after the fourth paragraph. USD1’s $5 billion market cap: no claim.',
  },
  {
    id: 'fresh-022',
    url: 'https://www.coinspeaker.com/binance-retains-market-dominance-at-38-percent/',
    published: '2025-05-08',
    kind: 'news',
    text: `Binance has maintained its dominance in the centralized crypto exchange landscape, securing a 38.0% market share at the start of Q2 2025. However, despite holding the top position, the exchange experienced an 18% drop in trading volume.

According to a report published by CoinGecko, Binance’s trading volume stood at $482.6 billion in April 2025, down from $588.7 billion the previous month. This marked the first time since October 2024 that its monthly volume fell below the $500 billion threshold, potentially signaling a shift in market dynamics.

The steep decline also had a broader impact, contributing to a 16.3% reduction in the total trading volume of the top 10 crypto exchanges, wiping out $1.1 trillion in value.

Gate.io emerged as the second-largest exchange by trading volume in April 2025, securing a 9% market share with $113.7 billion in trades.`,
    mentions: ['binance:Binance', 'binance:Binance'],
    claims: [
      { fact: 'binance-daily-volume', verdict: 'related', at: 'securing a 38.0% market share', why: 'a share of trading volume, not a dollar figure' },
      { fact: 'binance-rank', verdict: 'supported', at: 'despite holding the top position' },
      { fact: 'binance-daily-volume', verdict: 'related', at: '$482.6 billion in April 2025', why: 'monthly volume (April and March 2025), not daily' },
      { fact: 'binance-daily-volume', verdict: 'related', at: 'below the $500 billion threshold', why: 'monthly volume' },
    ],
    note: 'Gate.io’s volume and share, and the top-10 total: no claims.',
  },
  {
    id: 'fresh-023',
    url: 'https://coinfeather.com/en/news/binance-hires-lobbyists-for-washington-policy-influence/19106',
    kind: 'news',
    text: `Binance's Extensive Lobbying Strategy

Ches McDowell, a lobbyist with connections to Donald Trump Jr., has been engaged by Binance under a contract valued at $450,000. This strategic move signifies Binance's concerted effort to influence U.S. financial policymaking, which could significantly shape the company's regulatory standing and market position.

Binance has reportedly enlisted lobbyist Ches McDowell from North Carolina to address critical financial policy matters involving both the White House and the Treasury Department. This engagement represents Binance's most recent initiative to navigate the intricate regulatory environment within the United States. The firm's lobbying services have been contracted for a significant sum, amounting to $450,000 over a single month. Binance's substantial financial investment underscores its resolute commitment to influencing financial policy discussions in Washington, particularly as regulatory scrutiny intensifies.

The lobbying endeavors spearheaded by McDowell, supplemented by contributions from prominent cryptocurrency lawyer Teresa Goody Guillén, highlight Binance's comprehensive strategy to cultivate a more favorable regulatory climate. Teresa Goody Guillén and her law firm were brought on board in February to further advocacy efforts, with total fees for their services reaching $290,000 this year. In parallel with this broader strategy, Binance and its CEO, Zhao Changpeng, have been actively seeking a pardon concerning past legal challenges, reflecting a multifaceted approach to achieving both operational stability and legal security in key markets.`,
    mentions: ['binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'binance:Binance', 'cz:Zhao Changpeng'],
    claims: [
      { fact: 'cz-role', verdict: 'mixed', at: 'its CEO, Zhao Changpeng', why: '"CEO" (autumn 2025): compatible with "founder" (000, 001), conflicts with 002 ("no longer CEO")' },
      { fact: 'pardon-request', verdict: 'related', at: 'have been actively seeking a pardon', why: 'Binance and Zhao together: a partial overlap with every source’s list (Binance: 000, 001; Zhao: 002), so comparable with none' },
    ],
    note: 'Autumn 2025 (the McDowell hire; no date printed). Cut: starts after the "Key Points" list; ends at a sentence boundary inside the third paragraph. Lobbying fees: no claims.',
  },
  {
    id: 'fresh-024',
    url: 'https://dailynewsfromaolf.substack.com/p/huh-trump-family-is-jockeying-to',
    published: '2026-02-26',
    kind: 'blog',
    text: `USD1 — also marketed as the “Truth Dollar” — is a U.S. dollar-pegged stablecoin issued by World Liberty Financial, a DeFi company co-founded by the Trump and Witkoff families in September 2024. Designed to compete directly with Tether (USDT) and USDC, USD1 is backed 1:1 by short-term U.S. Treasuries and cash held in custody by BitGo Bank & Trust, N.A., a federally chartered institution that went public in January 2026. The project fits neatly into the broader regulatory framework championed by White House Crypto Czar David Sacks, whose Digital Asset Market Clarity Act of 2025 legitimized compliant stablecoins like USD1 and opened the door for trillions in institutional adoption.

The corporate structure is deliberately layered: World Liberty Financial Inc. (the operating company) is wholly owned by WLF Holdco LLC, which is in turn majority-controlled (60%) by the Trump family through DT Marks DEFI LLC, guaranteeing strategic veto power and directing 75% of net revenues to Trump-linked entities. In January 2026, UAE National Security Adviser Sheikh Tahnoon bin Zayed Al Nahyan — dubbed the “Spy Sheik” — invested $500 million via his firm Aryam Investment for a 49% stake at the Holdco level, with approximately $187 million paid directly to Trump entities and $31 million to Witkoff-linked entities.`,
    mentions: ['usd1:USD1', 'usd1:USD1', 'usd1:USD1', 'wlfi:World Liberty Financial', 'wlfi:World Liberty Financial', 'wlfi:WLF'],
    claims: [
      { fact: 'usd1-launch', verdict: 'related', at: 'is a U.S. dollar-pegged stablecoin issued by World Liberty Financial' },
      { fact: 'wlfi-cofounders', verdict: 'supported', at: 'co-founded by the Trump and Witkoff families', why: 'the Trump family and the Witkoffs (read as Steve Witkoff’s side) are both in 001’s list; a partial overlap with 000 and 002' },
      { fact: 'usd1-rivals', verdict: 'related', at: 'Designed to compete directly with Tether (USDT) and USDC' },
      { fact: 'trump-family-wlfi-share', verdict: 'supported', at: 'majority-controlled (60%) by the Trump family', why: '60% meets "over 60%"; a February 2026 figure, compared for agreement only' },
      { fact: 'trump-family-wlfi-share', verdict: 'related', at: 'directing 75% of net revenues', why: 'a share of revenue, not of control' },
    ],
    note: 'Cut: the second and third paragraphs; the third ends at a sentence boundary before "Despite the headline percentage". "WLF Holdco LLC" counted as a WLF mention. The January 2026 $500 million for 49% is a different UAE deal (not the Binance purchase): no claim.',
  },
  {
    id: 'fresh-025',
    url: 'https://www.yourtaxes.cz/en/vat-number-in-the-czech-republic',
    published: '2022-05-06',
    kind: 'reference',
    text: `The VAT identification number is generally used within the European Union to process intra-Community trade with goods and services for VAT purposes. It is therefore required by every entrepreneur who participates in the trade of goods and services among the member states within the territory of the European Union.

The Czech name for VAT number (VAT identification number) is DIČ (daňové identifikační číslo). It is composed of the code CZ and the root part / block of the tax number, which has either 8, 9 or 10 digits.

The tax numbers of Czech companies can be checked on the homepage of the Czech Ministry of Finance or on the EU homepage. They are the same as the tax numbers for income tax purposes.`,
    mentions: [],
    claims: [],
    note: 'Negative: a Czech page; "CZ" is the country code, not Changpeng Zhao.',
  },
];
