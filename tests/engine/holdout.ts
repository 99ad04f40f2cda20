/**
 * Holdout batches: each written in one go, labelled, and scored BEFORE any rule
 * was changed for it, to measure how the rules generalise to text they were not
 * tuned on. Same label format as labelled.ts.
 *
 * First run (engine at commit 8eaee1c, before any change for this batch):
 *   80 cases; mention precision 100.0% (94/94), recall 100.0%; verdict accuracy
 *   72.6% (61 of 84 decisions); 9 false "contradicted" (other exchanges' users,
 *   volume and fines read as Binance's, foreign fines read as the U.S. fine, an
 *   appositive's "Trump" read as a meeting participant). Main set at that commit:
 *   289 cases, precision 100%, recall 100%, verdict accuracy 99.0% (293/296), 0 false contradicted.
 *
 * Second batch (47 cases after the first 80), written after the first batch's fixes
 * and scored before any change for it: mentions 100% / 100%; verdict accuracy
 *   81.8% (45 of 55 decisions); 1 false "contradicted" ("OKX, the second-largest
 *   exchange after Binance" read as Binance's rank).
 *
 * Third batch (23 cases aimed at false "contradicted"), written after batch 2's
 * fixes and scored before any change for it: mentions 100% / 100%; verdict
 *   accuracy 62.5% (15 of 24); 4 false "contradicted" ("CZ spent three days in a
 *   Dubai hotel" as a prison term, 20% "of American Bitcoin" as the Trump share
 *   of WLFI, 10% "held outside Binance", "third-largest exchange in 2017").
 *
 * After the general fixes (people slots, non-exhaustive people lists, values
 * owned by other exchanges and countries, fractions as percentages, past ranks,
 * shares of other things, hypothetical maxima):
 *   batch 1: 80/83 decisions (96.4%), batch 2: 51/55 (92.7%), batch 3: 21/24
 *   (87.5%); all 150 cases 152/162 (93.8%), 0 false "contradicted"; mentions
 *   100% / 100%. What is left: status phrasings the claim file's patterns do not
 *   cover ("listed USD1 on its spot market", "Binance Lists It", "remains
 *   Binance's CEO", "CZ Steps Down"), "paid 4.3B" with no legal word, "received
 *   four" with no unit, "Trump Sons" not read as Eric and Don Jr., and three
 *   extra "related" flags.
 *
 * Label corrected after the first run (a labelling error, not a rule change):
 *   "a multibillion-dollar settlement" does state a value comparable with the U.S.
 *   fine (over $4 billion / $4.3 billion), so us-fine=supported was added.
 *
 * The cases mix paraphrases of the facts with agreeing, conflicting and
 * unrelated numbers; other exchanges (Coinbase, OKX, Kraken); Czech "CZ";
 * other people called Zhao or Witkoff; BNB Chain and stablecoin (USDC, USDT,
 * USD1) figures; Binance fines in other countries; years; Title Case headlines.
 * Labels follow what the sources say (see labelled.ts) and docs/design.md's
 * verdicts; people facts use the subset rule of lib/values/compare.ts (a
 * stated set inside a source's set agrees, a disjoint one conflicts, a
 * partial overlap is not comparable); earlier-pardons lists are examples.
 *
 * Labels revised 2026-12-02 to the labelling guide of the real-text sets (tests/engine/real/README.md),
 * when the engine learned the claim frame (docs/design.md, section 3). Each revision follows a rule of
 * that guide, not the engine's output: a figure that changes over time, on a page that gives no date,
 * is never "contradicted" (related); another scope, another holder, a maximum or a projection is
 * related (monthly active users, Binance.US, the CFTC's part, Zhao's own fine or plea, "could face up
 * to"); a smaller U.S. amount not called the total may be one part of the $4.3 billion (related); a
 * role next to Zhao's name ("Binance founder CZ") is a cz-role claim; a sentence that also says where
 * the meeting was, what the plea was for, or what Binance or World Liberty said gets that related claim
 * too; "Zhao" in a text about Binance is Changpeng Zhao; a possessive ("the Trump family's World
 * Liberty Financial") is no claim about their ties. Cases whose old label the engine still misses
 * keep it (counted as misses).
 */
import type { LabelledCase } from './labelled';

const n = (text: string, m: string, c = ''): LabelledCase => ({ text, m, c, kind: 'news' });
const f = (text: string, m: string, c = ''): LabelledCase => ({ text, m, c, kind: 'forum' });
const s = (text: string, m: string, c = ''): LabelledCase => ({ text, m, c, kind: 'social' });
const h = (text: string, m: string, c = ''): LabelledCase => ({ text, m, c, kind: 'headline' });

export const HOLDOUT: LabelledCase[] = [
  // ── Users ────────────────────────────────────────────────────────────────
  n('Binance said on Thursday that more than 275 million people have now registered on the platform, up from 250 million.', 'binance:Binance', 'binance-users=mixed'),
  n('Binance now claims more than 275 million users across 180 countries.', 'binance:Binance', 'binance-users=mixed'),
  n('Binance told regulators it had 180 million users at the end of last year.', 'binance:Binance', 'binance-users=contradicted'),
  f('binance has what, 250 million users? and support still takes a week', 'binance:binance', 'binance-users=mixed'),
  h('Binance Tops 300 Million Users as Trading Rebounds', 'binance:Binance', 'binance-users=mixed'),
  n('Binance co-founder Yi He said the exchange now has 280 million users.', 'binance:Binance', 'binance-users=mixed'),
  n('Changpeng Zhao’s Binance now claims 290 million users.', 'cz:Changpeng Zhao | binance:Binance', 'binance-users=mixed'),
  s('Binance 275M users and still no proper US license 💀', 'binance:Binance', 'binance-users=mixed'),
  n('Kraken, which has 15 million clients, is far smaller than Binance.', 'binance:Binance', ''),
  n('Coinbase has about 100 million verified users, a fraction of Binance’s base.', 'binance:Binance', ''),

  // ── Daily volume, BNB Chain, other exchanges ─────────────────────────────
  n('Binance handles roughly $65 billion of trades on a typical day, according to CoinGecko.', 'binance:Binance', 'binance-daily-volume=supported'),
  n('Binance’s daily volume slid to $12 billion during the summer lull.', 'binance:Binance', 'binance-daily-volume=related'),
  n('Kraken’s daily volume of about $1.5 billion is tiny next to Binance.', 'binance:Binance', ''),
  n('OKX reported $30 billion in daily trading volume, second only to Binance.', 'binance:Binance', ''),
  n('Binance’s monthly trading volume hit $2 trillion in March.', 'binance:Binance', 'binance-daily-volume=related'),
  n('BNB Chain, the blockchain incubated by Binance, processes about 10 million transactions per day.', 'binance:Binance', ''),
  n('BNB Chain recorded $5 billion in daily DEX volume, a figure Binance highlighted in a blog post.', 'binance:Binance', ''),
  n('Binance’s BNB token has a market cap of roughly $95 billion.', 'binance:Binance', ''),

  // ── US fine, fines elsewhere ─────────────────────────────────────────────
  n('In November 2023, Binance agreed to pay $4.3 billion to settle U.S. charges.', 'binance:Binance', 'us-fine=supported'),
  n('Binance forfeited about $4.3bn as part of its deal with the Justice Department.', 'binance:Binance', 'us-fine=supported'),
  n('Binance paid a $4 billion penalty to U.S. authorities.', 'binance:Binance', 'us-fine=mixed'),
  n('Binance was ordered to pay $3 billion to U.S. authorities, the post falsely claimed.', 'binance:Binance', 'us-fine=related'),
  f('Binance got fined like 4.3 billion by the DOJ back in 2023 right?', 'binance:Binance', 'us-fine=supported'),
  n('Richard Teng, who succeeded Zhao as chief executive, said Binance paid the $4.3 billion penalty in full.', 'cz:Zhao | binance:Binance', 'us-fine=supported'),
  n('France fined Binance €10 million over weaknesses in its anti-money-laundering controls.', 'binance:Binance', ''),
  n('Nigerian authorities detained a Binance executive and demanded $10 billion from the exchange.', 'binance:Binance', ''),
  n('India’s Financial Intelligence Unit fined Binance about $2.2 million for operating without registration.', 'binance:Binance', ''),
  n('Coinbase paid a $100 million settlement to New York regulators; Binance’s case was far larger.', 'binance:Binance', ''),
  n('OKX agreed to pay $505 million after pleading guilty in 2025, a smaller case than Binance’s.', 'binance:Binance', ''),
  n('Binance paid a $4.3 billion fine in the U.S. and a $4.3 million penalty in Canada.', 'binance:Binance', 'us-fine=supported | canada-fine=supported'),
  n('FINTRAC hit Binance with a penalty of about $4.3 million for failing to report transactions.', 'binance:Binance', 'canada-fine=supported'),

  // ── Plea year, prison term ───────────────────────────────────────────────
  n('Binance admitted guilt in 2023, agreeing to a multibillion-dollar settlement.', 'binance:Binance', 'guilty-plea-year=supported | us-fine=supported'),
  n('Changpeng Zhao pleaded guilty in 2024, the newsletter said.', 'cz:Changpeng Zhao', 'guilty-plea-year=related'),
  n('Binance Labs invested $10 million in a DeFi startup in 2023.', 'binance:Binance', ''),
  n('Binance was founded in 2017 and moved its headquarters several times before 2023.', 'binance:Binance', ''),
  n('Changpeng Zhao spent four months in federal custody last year.', 'cz:Changpeng Zhao', 'cz-prison-term=supported'),
  n('Changpeng Zhao was sentenced to 36 months in prison, a viral post claimed.', 'cz:Changpeng Zhao', 'cz-prison-term=contradicted'),
  s('cz got a 4 month sentence lol', '', ''),
  f('pretty sure CZ only did 4 months, not years', 'cz:CZ', 'cz-prison-term=supported'),
  h('Binance Founder Changpeng Zhao Sentenced To Four Months In Prison', 'binance:Binance | cz:Changpeng Zhao', 'cz-prison-term=supported | cz-role=supported'),

  // ── Czech CZ, other Zhaos, other Witkoffs ────────────────────────────────
  n('The CZ economy grew 2% last quarter, Prague’s statistics office said.', '', ''),
  n('Shares on the Prague exchange rose as CZ inflation eased to 2.3%.', '', ''),
  n('Zhao Lijian, a former foreign ministry spokesman, criticised U.S. tariffs.', '', ''),
  n('World Liberty Financial co-founder Zach Witkoff said USD1 would expand to more chains.', 'wlfi:World Liberty Financial | usd1:USD1', ''),

  // ── Stablecoins ──────────────────────────────────────────────────────────
  n('USDC’s market cap rose to $60 billion, while USD1 passed $2 billion.', 'usd1:USD1', ''),
  n('Tether’s USDT has a market cap of about $140 billion, dwarfing USD1.', 'usd1:USD1', 'usd1-rivals=related'),
  n('USD1’s market capitalization reached $2.1 billion, making it one of the ten largest stablecoins.', 'usd1:USD1', ''),
  n('World Liberty Financial says USD1 is fully backed by U.S. Treasuries.', 'wlfi:World Liberty Financial | usd1:USD1', ''),
  n('Nearly all of the circulating USD1 — some 90% — is parked on Binance.', 'usd1:USD1 | binance:Binance', 'usd1-binance-wallet-share=supported'),
  n('Binance holds about 50% of all USD1 tokens, on-chain data suggest.', 'binance:Binance | usd1:USD1', 'usd1-binance-wallet-share=related'),

  // ── WLFI share, income, UAE purchase ─────────────────────────────────────
  n('The Trump family owns roughly 60% of World Liberty Financial’s equity.', 'wlfi:World Liberty Financial', 'trump-family-wlfi-share=supported'),
  n('Trump’s family holds just 20% of World Liberty Financial, according to a disclosure.', 'wlfi:World Liberty Financial', 'trump-family-wlfi-share=related'),
  n('Trump family entities are entitled to 75% of WLFI token sale proceeds.', 'wlfi:WLFI', ''),
  h('Trump Family Owns 40% of World Liberty Financial, Filing Shows', 'wlfi:World Liberty Financial', 'trump-family-wlfi-share=related'),
  n('MGX, the Abu Dhabi investment firm, bought a $2 billion stake in Binance using USD1.', 'binance:Binance | usd1:USD1', 'uae-binance-purchase=supported'),
  n('An Emirati fund invested $1 billion in Binance, paying in USD1.', 'binance:Binance | usd1:USD1', 'uae-binance-purchase=contradicted'),
  n('USD1 could earn the Trump family about $80 million a year, analysts estimate.', 'usd1:USD1', 'trump-usd1-income=mixed'),
  n('The Trump family stands to make $2 billion from USD1, one critic wrote.', 'usd1:USD1', 'trump-usd1-income=mixed'),

  // ── Rank, deal, listing, role ────────────────────────────────────────────
  n('Binance, now only the second-biggest crypto exchange, lost ground to OKX, a rival said.', 'binance:Binance', 'binance-rank=related'),
  n('Coinbase, the largest U.S. crypto exchange, reported higher revenue; Binance declined to comment.', 'binance:Binance', 'binance-response=related'),
  n('Binance has signed a deal with World Liberty Financial to promote USD1.', 'binance:Binance | wlfi:World Liberty Financial | usd1:USD1', 'binance-wlfi-deal=mixed'),
  n('Binance is exploring a partnership with World Liberty Financial, people familiar said.', 'binance:Binance | wlfi:World Liberty Financial', 'binance-wlfi-deal=mixed'),
  n('Binance listed USD1 on its spot market in May.', 'binance:Binance | usd1:USD1', 'usd1-listing=supported'),
  h('USD1 Stablecoin Hits $3 Billion Market Cap as Binance Lists It', 'usd1:USD1 | binance:Binance', 'usd1-listing=supported'),
  n('Changpeng Zhao, Binance’s former CEO, has kept a low profile.', 'cz:Changpeng Zhao | binance:Binance', 'cz-role=supported'),
  n('CZ remains Binance’s CEO, the tweet claimed.', 'cz:CZ | binance:Binance', 'cz-role=mixed'),

  // ── Meeting, pardons, co-founders ────────────────────────────────────────
  n('Changpeng Zhao met with Eric Trump in Abu Dhabi last December, according to people briefed on the meeting.', 'cz:Changpeng Zhao', 'abu-dhabi-meeting=mixed | meeting-place=related'),
  n('CZ sat down with Steve Witkoff, a longtime Trump ally, at a Bitcoin conference in Abu Dhabi.', 'cz:CZ', 'abu-dhabi-meeting=mixed | meeting-place=related'),
  n('Witkoff, who later became a White House envoy, met Changpeng Zhao in Abu Dhabi in December.', 'cz:Changpeng Zhao', 'abu-dhabi-meeting=mixed | meeting-place=related'),
  h('Binance Paid $4.3 Billion Fine, Now Seeks Trump Pardon for CZ', 'binance:Binance | cz:CZ', 'us-fine=supported'),
  n('Trump has already pardoned BitMEX co-founder Arthur Hayes, and Binance hopes its founder is next.', 'binance:Binance', 'earlier-pardons=supported'),
  n('Ross Ulbricht, the Silk Road founder, received a pardon in January; Changpeng Zhao is still waiting for his.', 'cz:Changpeng Zhao', 'earlier-pardons=supported | pardon-request=related'),
  n('The Trump family and Steve Witkoff co-founded World Liberty Financial in 2024.', 'wlfi:World Liberty Financial', 'wlfi-cofounders=supported'),
  n('Eric Trump, who co-founded World Liberty Financial, spoke at the conference.', 'wlfi:World Liberty Financial', 'wlfi-cofounders=mixed'),

  // ── Context facts and noise ──────────────────────────────────────────────
  n('Binance lobbied Treasury officials to scale back the monitoring imposed under its plea deal.', 'binance:Binance', 'treasury-oversight-talks=related'),
  n('Binance welcomed news that the DOJ had dissolved the team that prosecuted crypto crimes.', 'binance:Binance', 'doj-crypto-unit=related'),
  n('Binance launched 12 new trading pairs and cut fees by 25% on Monday.', 'binance:Binance', ''),
  n('French prosecutors opened a money-laundering probe into Binance in 2023.', 'binance:Binance', ''),
  n('Nigeria’s government said Binance owed $81.5 million in back taxes.', 'binance:Binance', ''),
  s('WLFI owned 60% by the Trumps?? and USD1 90% on Binance?? lmao', 'wlfi:WLFI | usd1:USD1 | binance:Binance', 'trump-family-wlfi-share=supported | wlfi-trump-ties=related | usd1-binance-wallet-share=supported'),

  // ── Second batch: written after the first batch's fixes, scored before any change for it ──
  n('Binance, which now serves 260 million customers, announced new listing rules.', 'binance:Binance', 'binance-users=mixed'),
  n('Coinbase and Binance together serve more than 350 million users.', 'binance:Binance', ''),
  n('Binance processed $65bn a day on average last quarter, the firm said.', 'binance:Binance', 'binance-daily-volume=supported'),
  n('Binance’s average daily trading volume is roughly $20 billion this year, down from its peak.', 'binance:Binance', 'binance-daily-volume=contradicted'),
  n('Binance agreed in 2023 to forfeit $4.3 billion and plead guilty to violating the Bank Secrecy Act.', 'binance:Binance', 'us-fine=supported | guilty-plea-year=supported | fine-reason=related'),
  n('Binance paid $4.3 billion in penalties, while Changpeng Zhao paid a separate $50 million fine.', 'binance:Binance | cz:Changpeng Zhao', 'us-fine=supported'),
  n('The Philippines blocked Binance’s website after it failed to register with the local SEC.', 'binance:Binance', ''),
  n('Australia’s AUSTRAC took Binance to court, seeking a penalty that could reach $100 million.', 'binance:Binance', ''),
  n('Binance’s $4.3 billion U.S. settlement dwarfs the $2.2 million fine it paid in India.', 'binance:Binance', 'us-fine=supported'),
  n('Changpeng Zhao was released in September 2024 after serving four months.', 'cz:Changpeng Zhao', 'cz-prison-term=supported'),
  n('Changpeng Zhao served 4 months of a possible 18-month sentence.', 'cz:Changpeng Zhao', 'cz-prison-term=supported'),
  n('World Liberty Financial’s co-founders include Zach Witkoff and Zak Folkman.', 'wlfi:World Liberty Financial', ''),
  n('Donald Trump Jr. and Eric Trump are listed as co-founders of World Liberty Financial.', 'wlfi:World Liberty Financial', 'wlfi-cofounders=mixed'),
  n('Binance CEO Richard Teng met Eric Trump in Washington last month.', 'binance:Binance', ''),
  n('In December, Changpeng Zhao met Eric Trump at a conference in Abu Dhabi, two people said.', 'cz:Changpeng Zhao', 'abu-dhabi-meeting=mixed | meeting-place=related'),
  n('People close to Witkoff deny that he ever met Changpeng Zhao in Abu Dhabi.', 'cz:Changpeng Zhao', 'meeting-denial=related'),
  n('Zhao hopes Trump will pardon him, as he did for Ross Ulbricht.', '', ''),
  n('Changpeng Zhao’s lawyers have asked the White House for a pardon.', 'cz:Changpeng Zhao', 'pardon-request=mixed'),
  n('Binance has lobbied for clemency for its founder, according to the Journal.', 'binance:Binance', 'pardon-request=mixed'),
  n('Trump said he would consider a pardon for Changpeng Zhao.', 'cz:Changpeng Zhao', 'pardon-request=related'),
  h('Binance Wrote The Code For Trump Family’s USD1 Stablecoin, Sources Say', 'binance:Binance | usd1:USD1', 'usd1-smart-contracts=supported'),
  n('BitGo, not Binance, wrote the smart contracts for USD1, a company spokesperson said.', 'binance:Binance | usd1:USD1', 'usd1-smart-contracts=related'),
  n('USD1 was listed on Binance in May, and the exchange now holds most of its supply.', 'usd1:USD1 | binance:Binance', 'usd1-listing=supported'),
  n('USDT’s market cap is $150 billion; USD1’s is about $2.5 billion.', 'usd1:USD1', ''),
  n('Circle’s USDC grew 80% this year while USD1 stalled.', 'usd1:USD1', ''),
  n('Binance holds 87% of USD1, according to Nansen.', 'binance:Binance | usd1:USD1', 'usd1-binance-wallet-share=supported'),
  n('The Trump family controls 38% of WLFI after the latest token sale, a filing shows.', 'wlfi:WLFI', 'trump-family-wlfi-share=related'),
  n('Eric Trump owns a stake in WLFI, but the family’s share is undisclosed.', 'wlfi:WLFI', 'trump-family-wlfi-share=related | wlfi-trump-ties=related'),
  n('Trump family members earned $57 million from World Liberty token sales last year.', 'wlfi:World Liberty', ''),
  n('MGX paid for its $2 billion Binance stake in USD1.', 'binance:Binance | usd1:USD1', 'uae-binance-purchase=supported'),
  n('Binance is valued at about $100 billion after the MGX deal.', 'binance:Binance', ''),
  n('OKX, the second-largest exchange after Binance, was fined in Malta.', 'binance:Binance', ''),
  n('Kraken co-founder Jesse Powell criticised Binance’s plea deal.', 'binance:Binance', ''),
  s('binance did 4.3B in fines and CZ did 4 months lmao', 'binance:binance | cz:CZ', 'us-fine=supported | cz-prison-term=supported'),
  s('WLFI is 60%+ Trump-owned. USD1 is 90% on Binance. Connect the dots.', 'wlfi:WLFI | usd1:USD1 | binance:Binance', 'trump-family-wlfi-share=supported | wlfi-trump-ties=related | usd1-binance-wallet-share=supported'),
  f('CZ got 4 months while SBF got 25 years. Binance paid 4.3B, FTX paid nothing.', 'cz:CZ | binance:Binance', 'cz-prison-term=supported | us-fine=supported'),
  h('Canada Fines Binance $4.3 Million Over Reporting Failures', 'binance:Binance', 'canada-fine=supported'),
  h('Binance Agrees to $4.3 Billion Settlement, CZ Steps Down', 'binance:Binance | cz:CZ', 'us-fine=supported | cz-role=supported'),
  n('In 2023, Binance and Zhao pleaded guilty; Zhao stepped down as CEO the same day.', 'binance:Binance | cz:Zhao | cz:Zhao', 'guilty-plea-year=supported | cz-role=supported'),
  n('Binance settled with the SEC in 2025, two years after its guilty plea with the DOJ.', 'binance:Binance', ''),
  n('Nigeria’s FIRS says Binance owes $2 billion in taxes and penalties.', 'binance:Binance', ''),
  n('Binance has paid more in fines than any other crypto company: $4.3 billion in the U.S. alone.', 'binance:Binance', 'us-fine=supported'),
  n('Binance, the largest exchange by volume, paid a $4.3 billion fine; OKX paid $505 million.', 'binance:Binance', 'binance-rank=supported | us-fine=supported'),
  n('Arthur Hayes, the BitMEX co-founder pardoned by Trump in March, said Binance would recover.', 'binance:Binance', 'earlier-pardons=supported'),
  n('Changpeng Zhao founded Binance in 2017 and ran it until 2023.', 'cz:Changpeng Zhao | binance:Binance', 'cz-role=supported'),
  n('Prague-based CZ.NIC manages the .cz domain registry.', '', ''),
  n('Lisa Zhao of Binance Research said users doubled.', 'binance:Binance', ''),

  // ── Third batch: aimed at false "contradicted" (written after batch 2's fixes, scored before any change for it) ──
  n('Binance said it has 250 million registered users and 40 million monthly actives.', 'binance:Binance', 'binance-users=mixed'),
  n('Binance’s rival Bybit says it has 60 million users.', 'binance:Binance', ''),
  n('Binance’s daily volume of $65 billion is triple Coinbase’s.', 'binance:Binance', 'binance-daily-volume=supported'),
  n('Binance saw $2 billion in net outflows in a single day after the charges.', 'binance:Binance', ''),
  n('Binance’s $4.3 billion penalty included $1.8 billion paid to the Justice Department.', 'binance:Binance', 'us-fine=supported'),
  n('A U.S. judge ordered Binance to pay $4.3 billion, split among several agencies.', 'binance:Binance', 'us-fine=supported'),
  n('Binance could pay up to $10 billion more if it breaches the plea agreement.', 'binance:Binance', 'us-fine=related'),
  n('Changpeng Zhao agreed to step down and pay $50 million personally.', 'cz:Changpeng Zhao', ''),
  n('Zhao’s four-month sentence ended in September 2024.', '', ''),
  n('Changpeng Zhao faced up to 18 months under sentencing guidelines but received four.', 'cz:Changpeng Zhao', 'cz-prison-term=supported'),
  n('CZ spent three days in a Dubai hotel before flying to Abu Dhabi.', 'cz:CZ', ''),
  n('Binance pleaded guilty in 2023; OKX followed with its own plea in 2025.', 'binance:Binance', 'guilty-plea-year=supported'),
  n('Two years after its 2023 guilty plea, Binance is still under a monitor.', 'binance:Binance', 'guilty-plea-year=supported'),
  n('Trump’s sons hold 20% of American Bitcoin, a mining firm separate from World Liberty Financial.', 'wlfi:World Liberty Financial', ''),
  n('About 10% of USD1 is held outside Binance.', 'usd1:USD1 | binance:Binance', ''),
  n('MGX’s $2 billion investment in Binance was the largest ever paid in stablecoins.', 'binance:Binance', 'uae-binance-purchase=supported'),
  n('Binance paid $2 billion in fines, half of what the DOJ wanted.', 'binance:Binance', 'us-fine=related'),
  n('World Liberty Financial has no formal deal with Binance, its co-founder said.', 'wlfi:World Liberty Financial | binance:Binance', 'binance-wlfi-deal=related'),
  n('Binance was the third-largest exchange in 2017, before it overtook everyone.', 'binance:Binance', ''),
  n('Binance is no longer the largest exchange in the U.S. market, where Coinbase leads.', 'binance:Binance', ''),
  n('Eric Trump said he had never met Changpeng Zhao before the Abu Dhabi conference.', 'cz:Changpeng Zhao', 'meeting-place=related'),
  h('Binance Founder CZ Met Trump Sons In Abu Dhabi, WSJ Reports', 'binance:Binance | cz:CZ', 'abu-dhabi-meeting=mixed | cz-role=supported | meeting-place=related'),
  n('Steve Witkoff’s son Zach co-founded World Liberty Financial.', 'wlfi:World Liberty Financial', ''),
];
