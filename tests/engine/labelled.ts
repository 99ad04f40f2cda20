/**
 * The labelled set: short texts written the way news sites, forums and social
 * posts write about Binance, World Liberty Financial, USD1 and CZ, with the
 * mentions and claims a careful reader would flag.
 *
 * Written by hand for this project (not taken from the sources), to reflect
 * real-world phrasing rather than the engine's rules. Labels:
 *   m: expected mentions as "entity:exact text", separated by " | "
 *   c: expected claims as "fact=verdict", separated by " | " ("" = no claim)
 * A sentence that states a value the sources can check is labelled with that
 * verdict only; "related" is for sentences about a fact with no comparable value.
 * People facts follow lib/values/compare.ts: a stated set inside a source's set
 * agrees, a disjoint one conflicts, a partial overlap is not comparable (so
 * "met Witkoff and Eric Trump" is supported by the source naming both); the
 * pardon's requester is the subject of the request. Ten labels were changed
 * to this rule when it replaced "each source's list is exhaustive" (and one when
 * specific cues such as a pardon of Ulbricht began to count anywhere in a document
 * that names the entities).
 *
 * What the sources say (seeds/claims.json): users 250M / over 250M / 275M;
 * daily volume $65B (two sources); US fine a record $4.3B (two) / over $4B;
 * Canada fine $4.3M; plea in 2023; prison term four months; Trump family
 * control over 60% of WLFI; about 90% of USD1 in Binance wallets; UAE purchase
 * $2B; Trump family income from USD1 tens of millions a year / billions.
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
export interface LabelledCase {
  text: string;
  m: string;
  c: string;
  kind: 'news' | 'forum' | 'social' | 'headline';
}

const n = (text: string, m: string, c = ''): LabelledCase => ({ text, m, c, kind: 'news' });
const f = (text: string, m: string, c = ''): LabelledCase => ({ text, m, c, kind: 'forum' });
const s = (text: string, m: string, c = ''): LabelledCase => ({ text, m, c, kind: 'social' });
const h = (text: string, m: string, c = ''): LabelledCase => ({ text, m, c, kind: 'headline' });

export const LABELLED: LabelledCase[] = [
  // ── Users ────────────────────────────────────────────────────────────────
  n('Binance, which says it serves more than 250 million users worldwide, declined to comment on the talks.', 'binance:Binance', 'binance-users=supported | binance-response=related'),
  n('With roughly 270 million registered users, Binance dwarfs every rival exchange.', 'binance:Binance', 'binance-users=supported'),
  n('Binance now counts 300 million users, according to a company blog post published on Tuesday.', 'binance:Binance', 'binance-users=mixed'),
  n('The exchange’s user base of 250 million makes Binance an attractive partner for any token issuer.', 'binance:Binance', 'binance-users=mixed'),
  n('Binance has about 150 million customers, the filing said.', 'binance:Binance', 'binance-users=related'),
  f('binance has like 90 million users tops, the rest are bots', 'binance:binance', 'binance-users=related'),
  s('Binance reaching 275M users is insane. Nobody else comes close.', 'binance:Binance', 'binance-users=mixed'),
  n('Binance introduced the token to its 275 million users last spring.', 'binance:Binance', 'binance-users=mixed'),
  n('Binance.US, the American affiliate, has fewer than 2 million users after years of regulatory pressure.', 'binance:Binance.US', 'binance-users=related'),
  n('Binance says 40 million monthly active users traded on the platform in March.', 'binance:Binance', 'binance-users=related'),
  n('About 60% of Binance users hold at least one stablecoin, a survey by the exchange found.', 'binance:Binance', ''),
  n('Binance paid $4.3 billion to settle the case, and its 250 million users barely noticed.', 'binance:Binance', 'us-fine=supported | binance-users=mixed'),

  // ── Daily volume ─────────────────────────────────────────────────────────
  n('Binance processes around $65 billion in trades every day, dwarfing its nearest competitor.', 'binance:Binance', 'binance-daily-volume=supported'),
  n('On an average day, Binance handles about $65bn of trading volume.', 'binance:Binance', 'binance-daily-volume=supported'),
  n('Binance’s daily trading volume topped $100 billion, data from CoinGecko showed.', 'binance:Binance', 'binance-daily-volume=related'),
  n('Binance recorded $20 billion in daily volume during the quiet summer weeks.', 'binance:Binance', 'binance-daily-volume=related'),
  n('Binance’s monthly spot volume fell to $500 billion in August.', 'binance:Binance', 'binance-daily-volume=related'),
  n('Binance handled $1.2 trillion in futures trades last month.', 'binance:Binance', 'binance-daily-volume=related'),
  n('Binance’s spot market saw $15 billion change hands a day in March, a two-year low.', 'binance:Binance', ''),
  f('Daily volume on Binance is like 65B, more than Coinbase does in a week lol', 'binance:Binance', 'binance-daily-volume=supported'),
  n('USD1’s daily trading volume on Binance reached $1 billion for the first time.', 'usd1:USD1 | binance:Binance', ''),
  n('Binance’s annual trading volume exceeded $7 trillion in 2021.', 'binance:Binance', 'binance-daily-volume=related'),

  // ── Rank ─────────────────────────────────────────────────────────────────
  n('Binance, the world’s largest cryptocurrency exchange, has been courting Washington.', 'binance:Binance', 'binance-rank=supported'),
  n('Binance remains the biggest crypto exchange by trading volume.', 'binance:Binance', 'binance-rank=supported'),
  n('The stablecoin is the largest holder of assets on Binance.', 'binance:Binance', ''),

  // ── US fine ──────────────────────────────────────────────────────────────
  n('In 2023 Binance agreed to pay $4.3 billion to resolve criminal and civil investigations in the United States.', 'binance:Binance', 'us-fine=supported'),
  n('Binance paid a record $4.3bn fine after admitting it broke American anti-money-laundering law.', 'binance:Binance', 'us-fine=supported | fine-reason=related'),
  n('Binance has hired hundreds of compliance staff since its settlement. The exchange paid $4,300,000,000 in penalties, one of the largest corporate resolutions in U.S. history.', 'binance:Binance', 'us-fine=supported'),
  n('Binance was hit with a $4.3 billion penalty by U.S. authorities.', 'binance:Binance', 'us-fine=supported'),
  n('Binance paid more than $4 billion in fines to American authorities.', 'binance:Binance', 'us-fine=supported'),
  n('Binance paid a $2.5 billion fine to U.S. regulators in 2023.', 'binance:Binance', 'us-fine=related'),
  f('binance paid like a 10 billion dollar fine and still runs the biggest exchange lol', 'binance:binance', 'us-fine=mixed | binance-rank=supported'),
  n('Binance agreed to a $43 million penalty in the United States, the regulator said.', 'binance:Binance', 'us-fine=related'),
  n('Binance was fined $5 billion by U.S. prosecutors, the largest penalty of its kind.', 'binance:Binance', 'us-fine=mixed'),
  n('Binance’s market cap of its BNB token, about $90 billion, is far larger than any fine it paid.', 'binance:Binance', ''),
  n('In 2019, Binance paid $10 million to settle a small dispute with a payment processor.', 'binance:Binance', ''),
  n('Binance paid $2.7 billion to the CFTC as part of the broader settlement.', 'binance:Binance', 'us-fine=related'),
  n('Zhao personally paid a $50 million fine as part of his own plea deal.', '', ''),
  n('Changpeng Zhao agreed to pay a $50 million fine personally.', 'cz:Changpeng Zhao', 'us-fine=related'),

  // ── Canada fine ──────────────────────────────────────────────────────────
  n('Canada’s financial intelligence agency fined Binance $4.3 million for failing to report large virtual currency transfers.', 'binance:Binance', 'canada-fine=supported'),
  n('Binance was also fined about C$6 million by FINTRAC in Canada.', 'binance:Binance', 'canada-fine=related'),
  n('Canadian regulators penalised Binance as well, though the sum was far smaller.', 'binance:Binance', 'canada-fine=related'),
  n('In Canada, Binance paid $4.3 billion in fines, one commenter wrote, confusing the two cases.', 'binance:Binance', 'canada-fine=contradicted'),

  // ── Guilty plea year ─────────────────────────────────────────────────────
  n('Binance pleaded guilty in November 2023 to violating the Bank Secrecy Act.', 'binance:Binance', 'guilty-plea-year=supported | fine-reason=related'),
  n('Zhao Changpeng pled guilty in 2023 and stepped down as chief executive.', 'cz:Zhao Changpeng', 'guilty-plea-year=related | cz-role=supported'),
  n('Binance pleaded guilty in 2021 to money laundering charges, the post claimed.', 'binance:Binance', 'guilty-plea-year=contradicted | fine-reason=related'),
  n('CZ pleaded guilty back in 2022, long before the new administration took office.', 'cz:CZ', 'guilty-plea-year=related'),
  n('Since its 2023 guilty plea, Binance has worked under a federal monitor.', 'binance:Binance', 'guilty-plea-year=supported'),
  n('Binance’s guilty plea covered failures to stop transactions with sanctioned users.', 'binance:Binance', 'fine-reason=related'),

  // ── Prison term ──────────────────────────────────────────────────────────
  n('Changpeng Zhao served four months in a federal prison in California.', 'cz:Changpeng Zhao', 'cz-prison-term=supported'),
  n('CZ spent 4 months behind bars in 2024 before being released in September.', 'cz:CZ', 'cz-prison-term=supported'),
  n('Zhao Changpeng, who served a 4-month sentence, has kept a low profile.', 'cz:Zhao Changpeng', 'cz-prison-term=supported'),
  n('Changpeng Zhao was sentenced to two years in prison, the article wrongly stated.', 'cz:Changpeng Zhao', 'cz-prison-term=contradicted'),
  n('Prosecutors had sought 36 months in prison for Changpeng Zhao.', 'cz:Changpeng Zhao', 'cz-prison-term=related'),
  s('CZ did 6 months in jail and came out richer than ever', 'cz:CZ', 'cz-prison-term=contradicted'),
  n('Changpeng Zhao was released from custody two months ago and has since tweeted daily.', 'cz:Changpeng Zhao', 'cz-prison-term=related'),
  n('CZ’s brief prison stint ended last autumn.', 'cz:CZ', 'cz-prison-term=related'),
  n('Changpeng Zhao served around 120 days behind bars.', 'cz:Changpeng Zhao', 'cz-prison-term=supported'),

  // ── Pardon ───────────────────────────────────────────────────────────────
  n('Changpeng Zhao has asked President Trump for a pardon, people familiar with the matter said.', 'cz:Changpeng Zhao', 'pardon-request=mixed'),
  n('Binance’s founder is lobbying for clemency, according to two people close to him. CZ declined to comment.', 'binance:Binance | cz:CZ', 'cz-role=supported | pardon-request=mixed'),
  h('CZ seeks presidential pardon as Binance eyes return to US', 'cz:CZ | binance:Binance', 'pardon-request=mixed | binance-us-comeback=related'),
  n('Trump has already pardoned Ross Ulbricht, the founder of Silk Road, and the co-founders of BitMEX. Binance hopes to be next.', 'binance:Binance', 'earlier-pardons=supported'),
  n('Like Arthur Hayes before him, Changpeng Zhao hopes to receive a presidential pardon.', 'cz:Changpeng Zhao', 'earlier-pardons=supported | pardon-request=mixed'),

  // ── WLFI deal ────────────────────────────────────────────────────────────
  n('Binance is in talks with World Liberty Financial about a possible partnership.', 'binance:Binance | wlfi:World Liberty Financial', 'binance-wlfi-deal=related'),
  n('Binance has struck a deal with World Liberty Financial, the Trump family’s crypto venture.', 'binance:Binance | wlfi:World Liberty Financial', 'binance-wlfi-deal=mixed'),
  s('So Binance x WLFI is official now?? 👀', 'binance:Binance | wlfi:WLFI', ''),
  n('Binance and World Liberty have been exploring ways to work together since early this year.', 'binance:Binance | wlfi:World Liberty', 'binance-wlfi-deal=related'),

  // ── Trump family share of WLFI ───────────────────────────────────────────
  n('The Trump family controls more than 60% of World Liberty Financial, filings show.', 'wlfi:World Liberty Financial', 'trump-family-wlfi-share=supported'),
  n('A Trump family entity holds a 75% stake in World Liberty Financial, according to the project’s website.', 'wlfi:World Liberty Financial', 'trump-family-wlfi-share=supported'),
  n('The Trump family owns about 40% of WLFI, the report said.', 'wlfi:WLFI', 'trump-family-wlfi-share=related'),
  n('Trump’s family receives 75% of WLFI token sale revenue under the project’s terms.', 'wlfi:WLFI', ''),
  n('World Liberty Financial is a crypto project tied to the Trump family.', 'wlfi:World Liberty Financial', 'wlfi-trump-ties=related'),
  n('The Trump-backed World Liberty Financial launched its token last year.', 'wlfi:World Liberty Financial', 'wlfi-trump-ties=related'),

  // ── Abu Dhabi meeting ────────────────────────────────────────────────────
  n('Zhao met Steve Witkoff at a Bitcoin conference in Abu Dhabi last December, two people said.', '', ''),
  n('Changpeng Zhao met Steve Witkoff in Abu Dhabi in December.', 'cz:Changpeng Zhao', 'abu-dhabi-meeting=mixed | meeting-place=related'),
  n('CZ reportedly met Eric Trump and Donald Trump Jr. in Abu Dhabi in December.', 'cz:CZ', 'abu-dhabi-meeting=mixed | meeting-place=related'),
  n('Witkoff’s team denied that the meeting with Changpeng Zhao ever took place.', 'cz:Changpeng Zhao', 'meeting-denial=related'),
  n('Details of the December meeting in Abu Dhabi involving Zhao Changpeng remain murky.', 'cz:Zhao Changpeng', 'meeting-place=related'),

  // ── Treasury and regulators ──────────────────────────────────────────────
  n('Binance executives met Treasury officials to discuss easing the federal oversight imposed after its plea.', 'binance:Binance', 'treasury-oversight-talks=related'),
  n('Treasury-appointed monitors remain a hurdle for Binance, with disputes over access to records.', 'binance:Binance', 'treasury-regulators-obstacle=related'),
  n('Binance is lobbying the Treasury to end the monitorship early.', 'binance:Binance', 'treasury-oversight-talks=related'),

  // ── DOJ ──────────────────────────────────────────────────────────────────
  n('The Justice Department disbanded its crypto enforcement unit in April, a move welcomed by Binance.', 'binance:Binance', 'doj-crypto-unit=related'),
  n('Binance benefited when the DOJ suspended its corporate oversight program.', 'binance:Binance', 'doj-oversight-program=related'),

  // ── USD1 and Binance ─────────────────────────────────────────────────────
  n('Binance engineers wrote the smart contracts behind USD1, three people said.', 'binance:Binance | usd1:USD1', 'usd1-smart-contracts=supported'),
  n('Binance helped develop the code for the USD1 stablecoin.', 'binance:Binance | usd1:USD1', 'usd1-smart-contracts=supported'),
  n('About 90% of all USD1 in circulation sits in Binance wallets, on-chain data show.', 'usd1:USD1 | binance:Binance', 'usd1-binance-wallet-share=supported'),
  n('Roughly 90 percent of the USD1 supply is held on Binance.', 'usd1:USD1 | binance:Binance', 'usd1-binance-wallet-share=supported'),
  n('Only 30% of circulating USD1 tokens are held in Binance wallets, the analytics firm estimated.', 'usd1:USD1 | binance:Binance', 'usd1-binance-wallet-share=related'),
  n('USD1 accounts for 5% of stablecoin trading volume on Binance.', 'usd1:USD1 | binance:Binance', ''),
  n('Binance listed USD1 in May, calling it a standard listing process.', 'binance:Binance | usd1:USD1', 'usd1-listing=supported | binance-response=related'),
  n('An Abu Dhabi fund used USD1 to buy a $2 billion stake in Binance.', 'usd1:USD1 | binance:Binance', 'uae-binance-purchase=supported'),
  n('MGX, an Emirati investment firm, paid $2bn for a minority stake in Binance, settling the deal in USD1.', 'binance:Binance | usd1:USD1', 'uae-binance-purchase=supported'),
  n('The UAE-based investor bought $5 billion of Binance shares using USD1.', 'binance:Binance | usd1:USD1', 'uae-binance-purchase=contradicted'),
  n('USD1 could bring the Trump family tens of millions of dollars a year in interest income.', 'usd1:USD1', 'trump-usd1-income=mixed'),
  n('USD1 is generating billions in profit for the Trump family, critics say.', 'usd1:USD1', 'trump-usd1-income=mixed'),
  n('USD1 aims to take on Tether and Circle in the dollar stablecoin market.', 'usd1:USD1', 'usd1-rivals=related'),
  s('$USD1 mcap just passed $2B, wild for a stablecoin this new', 'usd1:$USD1', ''),

  // ── Co-founders, roles, responses ────────────────────────────────────────
  n('World Liberty Financial was co-founded by Steve Witkoff and members of the Trump family.', 'wlfi:World Liberty Financial', 'wlfi-cofounders=supported | wlfi-trump-ties=related'),
  n('Steve Witkoff, a World Liberty co-founder, is moving his stake to his sons.', 'wlfi:World Liberty', 'wlfi-cofounders=supported | witkoff-share-transfer=related'),
  n('Changpeng Zhao is no longer Binance’s CEO but remains its largest shareholder.', 'cz:Changpeng Zhao | binance:Binance', 'cz-role=supported'),
  n('Changpeng Zhao stepped down as chief executive of Binance in 2023.', 'cz:Changpeng Zhao | binance:Binance', 'cz-role=supported'),
  n('The White House declined to comment on Binance’s ties to the president’s family.', 'binance:Binance', 'white-house-response=related'),
  n('A World Liberty spokesperson called the allegations baseless and politically motivated.', 'wlfi:World Liberty', 'wlfi-response=related'),
  n('A Binance spokesperson said the pardon request was a personal decision for Zhao.', 'binance:Binance | cz:Zhao', 'pardon-request=related | binance-response=related'),
  n('Witkoff is transferring his shares in World Liberty Financial to his sons.', 'wlfi:World Liberty Financial', 'witkoff-share-transfer=related'),
  n('The Trump family has reportedly booked losses on World Liberty Financial this year.', 'wlfi:World Liberty Financial', 'trump-wlfi-losses=related'),

  // ── More phrasings of the checkable numbers ──────────────────────────────
  n('Binance boasts over 270 million users globally.', 'binance:Binance', 'binance-users=mixed'),
  n('Binance now serves nearly 200 million users, a rival exchange claimed in an advert.', 'binance:Binance', 'binance-users=related'),
  n('Binance has weathered years of legal trouble. The exchange now claims 260 million users.', 'binance:Binance', 'binance-users=mixed'),
  s('#Binance just hit 250M users 🚀🚀', 'binance:Binance', 'binance-users=mixed'),
  s('binance 300M users and still can’t fix withdrawals smh', 'binance:binance', 'binance-users=mixed'),
  n('Binance said its daily trading volume averaged $65 billion in the first quarter.', 'binance:Binance', 'binance-daily-volume=supported'),
  n('Binance clears roughly $70 billion in trades per day.', 'binance:Binance', 'binance-daily-volume=supported'),
  n('Binance does about $25 billion a day in volume these days, down sharply from its peak.', 'binance:Binance', 'binance-daily-volume=related'),
  n('Binance’s 24-hour volume crossed $90 billion during the crash.', 'binance:Binance', 'binance-daily-volume=related'),
  n('Binance set a record for single-day volume at $76 billion.', 'binance:Binance', 'binance-daily-volume=related'),
  n('Coinbase’s daily trading volume of $3 billion is a fraction of what Binance handles.', 'binance:Binance', ''),
  n('Binance admitted to violating U.S. sanctions and paid $4.3 billion, court documents show.', 'binance:Binance', 'us-fine=supported'),
  n('Binance forfeited roughly $4.3 billion under the plea agreement.', 'binance:Binance', 'us-fine=supported'),
  n('Binance’s $4.3B settlement with the DOJ is the largest ever for a crypto firm.', 'binance:Binance', 'us-fine=supported'),
  n('Binance agreed to pay $3.4 billion to FinCEN, the largest part of its settlement.', 'binance:Binance', 'us-fine=related'),
  n('Binance paid $4.3 million in fines in the United States, the blog claimed.', 'binance:Binance', 'us-fine=related'),
  n('Binance could face fines of up to $10 billion if it breaches the plea deal.', 'binance:Binance', 'us-fine=related'),
  f('Binance literally paid 4.3 billion in fines and people still trust it?', 'binance:Binance', 'us-fine=supported'),
  h('Binance Paid $4.3 Billion. Now It Wants Washington’s Help.', 'binance:Binance', 'us-fine=supported'),
  n('Binance paid $1 billion for the Trust Wallet acquisition years ago.', 'binance:Binance', ''),
  n('Binance pled guilty to federal charges in 2023, ending a years-long investigation.', 'binance:Binance', 'guilty-plea-year=supported'),
  n('Binance admitted wrongdoing in a 2023 plea deal with U.S. prosecutors.', 'binance:Binance', 'guilty-plea-year=supported'),
  n('Binance started cooperating with investigators in 2020, three years before its guilty plea.', 'binance:Binance', ''),
  n('After four months in a California prison, Changpeng Zhao walked free in September.', 'cz:Changpeng Zhao', 'cz-prison-term=supported'),
  n('CZ was sentenced to four months, far less than the three years prosecutors wanted.', 'cz:CZ', 'cz-prison-term=supported'),
  n('Changpeng Zhao spent 18 months in prison, one commentator claimed.', 'cz:Changpeng Zhao', 'cz-prison-term=contradicted'),
  n('CZ has been out of prison for a year now.', 'cz:CZ', 'cz-prison-term=related'),
  s('Reminder: CZ served 4 months. FOUR. For the biggest AML case ever.', 'cz:CZ', 'cz-prison-term=supported'),
  f('Isn’t WLFI like 60% owned by Trump and his sons?', 'wlfi:WLFI', 'trump-family-wlfi-share=supported | wlfi-trump-ties=related'),
  s('USD1 is basically 90% sitting on Binance, lol decentralization', 'usd1:USD1 | binance:Binance', 'usd1-binance-wallet-share=supported'),
  n('Over 85% of USD1 tokens reside in wallets controlled by Binance.', 'usd1:USD1 | binance:Binance', 'usd1-binance-wallet-share=supported'),
  n('Analysts estimate the Trump family could earn $80 million a year from USD1 reserves.', 'usd1:USD1', 'trump-usd1-income=mixed'),
  n('USD1 might make the Trump family $5 billion, one hedge fund manager speculated.', 'usd1:USD1', 'trump-usd1-income=mixed'),
  n('The Trump family could pocket $300 million a year from USD1, a newsletter estimated.', 'usd1:USD1', 'trump-usd1-income=related'),
  h('Trump Family Makes Billions From USD1, Critics Say', 'usd1:USD1', 'trump-usd1-income=mixed'),

  // ── Status facts: rank, deal, listing, role ──────────────────────────────
  n('Binance, the second-largest crypto exchange, is behind Coinbase in the U.S.', 'binance:Binance', 'binance-rank=related'),
  n('Binance is one of the largest crypto exchanges in the world.', 'binance:Binance', 'binance-rank=supported'),
  n('Binance, the world’s top crypto exchange by volume, denies wrongdoing.', 'binance:Binance', 'binance-rank=supported'),
  n('Eric Trump said World Liberty Financial never struck any deal with Binance.', 'wlfi:World Liberty Financial | binance:Binance', 'binance-wlfi-deal=related'),
  n('Binance denied any partnership with World Liberty Financial in a statement on Friday.', 'binance:Binance | wlfi:World Liberty Financial', 'binance-wlfi-deal=related'),
  n('Binance is reportedly weighing a partnership with World Liberty Financial.', 'binance:Binance | wlfi:World Liberty Financial', 'binance-wlfi-deal=mixed'),
  n('Binance has been quietly providing technical support to World Liberty Financial for months.', 'binance:Binance | wlfi:World Liberty Financial', 'binance-wlfi-deal=mixed'),
  n('Binance added USD1 to its platform with zero-fee trading pairs.', 'binance:Binance | usd1:USD1', 'usd1-listing=supported'),
  h('World Liberty’s USD1 Hits $1 Billion Supply as Binance Listing Looms', 'wlfi:World Liberty | usd1:USD1 | binance:Binance', 'usd1-listing=related'),
  n('Former Binance CEO Changpeng Zhao posted a cryptic message on X.', 'binance:Binance | cz:Changpeng Zhao', 'cz-role=supported'),
  n('Binance CEO Changpeng Zhao announced the new fund on Tuesday.', 'binance:Binance | cz:Changpeng Zhao', 'cz-role=mixed'),
  n('Binance co-founder Yi He now leads the exchange alongside CEO Richard Teng, while CZ stays out of management.', 'binance:Binance | cz:CZ', ''),
  h('Binance’s CZ Says He Has No Plans to Return as CEO', 'binance:Binance | cz:CZ', ''),

  // ── About a fact, with nothing to compare ────────────────────────────────
  n('Trump pardoned Changpeng Zhao in October, the White House confirmed.', 'cz:Changpeng Zhao', 'pardon-request=related'),
  s('CZ pardon when??', 'cz:CZ', 'pardon-request=related'),
  n('Binance’s lawyers have been pushing for a pardon for its founder since the spring.', 'binance:Binance', 'pardon-request=mixed'),
  n('In December, CZ sat down with Eric Trump in Abu Dhabi, according to people briefed on the meeting.', 'cz:CZ', 'abu-dhabi-meeting=mixed | meeting-place=related'),
  n('Zhao Changpeng and Steve Witkoff were both at the Bitcoin conference in Abu Dhabi last December.', 'cz:Zhao Changpeng', ''),
  n('People familiar with the talks say Binance wants Treasury to lift the monitor installed after its plea.', 'binance:Binance', 'treasury-oversight-talks=related'),
  n('Binance is still fighting with its government-appointed monitors over access to internal records.', 'binance:Binance', 'treasury-regulators-obstacle=related'),
  n('Critics noted that the DOJ shut down its National Cryptocurrency Enforcement Team weeks before Binance’s talks began.', 'binance:Binance', 'doj-crypto-unit=related'),
  n('World Liberty Financial launched USD1 in March, backed by Treasuries and cash.', 'wlfi:World Liberty Financial | usd1:USD1', 'usd1-launch=related'),
  n('Witkoff co-founded World Liberty Financial with the Trump family in 2024.', 'wlfi:World Liberty Financial', 'wlfi-cofounders=supported'),
  n('World Liberty Financial did not respond to a request for comment.', 'wlfi:World Liberty Financial', 'wlfi-response=related'),
  n('Binance declined to comment on the report.', 'binance:Binance', 'binance-response=related'),
  n('A White House spokesperson did not respond to questions about Binance.', 'binance:Binance', 'white-house-response=related'),
  n('Steve Witkoff is handing his World Liberty stake to his sons, a filing shows.', 'wlfi:World Liberty', 'witkoff-share-transfer=related'),
  n('Ethics lawyers questioned whether Witkoff’s exit from World Liberty Financial satisfied federal rules.', 'wlfi:World Liberty Financial', 'witkoff-ethics=related'),
  n('World Liberty Financial’s token is down 40% from its launch price, saddling the Trump family with paper losses.', 'wlfi:World Liberty Financial', 'trump-wlfi-losses=related'),
  n('USD1 is still tiny next to Tether’s USDT and Circle’s USDC.', 'usd1:USD1', 'usd1-rivals=related'),
  n('As part of his plea, Changpeng Zhao agreed to cooperate with U.S. authorities.', 'cz:Changpeng Zhao', 'cz-cooperation=related'),
  n('Binance is plotting a return to the U.S. market, insiders say.', 'binance:Binance', 'binance-us-comeback=related'),
  n('It is unclear whether Binance was paid for its work on USD1.', 'binance:Binance | usd1:USD1', 'usd1-payment-unclear=related'),
  n('The Trump family’s World Liberty Financial sold tokens worth $550 million.', 'wlfi:World Liberty Financial'),
  n('Changpeng Zhao founded Binance in 2017. Zhao later pleaded guilty in 2023 and served four months.', 'cz:Changpeng Zhao | binance:Binance | cz:Zhao', 'cz-role=supported | guilty-plea-year=related | cz-prison-term=supported'),

  // ── Numbers near the names that are about something else ─────────────────
  n('Binance burned $1 billion worth of BNB tokens this quarter.', 'binance:Binance', ''),
  n('Binance’s BNB token rose 5% to $600 on Monday.', 'binance:Binance', ''),
  n('Bitcoin hit $100,000 as Binance saw record inflows.', 'binance:Binance', ''),
  n('Binance holds $150 billion in user assets, according to its proof-of-reserves report.', 'binance:Binance', ''),
  n('World Liberty Financial raised $550 million in token sales, the Trump family says.', 'wlfi:World Liberty Financial', ''),
  n('USD1’s market capitalization climbed past $2 billion within weeks of launch.', 'usd1:USD1', 'usd1-launch=related'),
  n('Binance employs around 7,000 people worldwide.', 'binance:Binance', ''),
  n('Binance was founded in 2017 in Shanghai.', 'binance:Binance', ''),
  n('CZ owns roughly 90% of Binance, Forbes estimates.', 'cz:CZ | binance:Binance', ''),
  n('Binance users withdrew $1 billion in 24 hours after the charges were announced.', 'binance:Binance', ''),
  n('Binance’s daily withdrawals hit $2 billion during the panic.', 'binance:Binance', ''),
  n('Tether, with more than 400 million users, remains far ahead of USD1.', 'usd1:USD1', 'usd1-rivals=related'),
  n('Binance froze $40 million in stolen funds linked to the hack.', 'binance:Binance', ''),
  n('Changpeng Zhao’s net worth is estimated at $60 billion.', 'cz:Changpeng Zhao', ''),
  n('CZ donated $10 million to earthquake relief.', 'cz:CZ', ''),
  n('USD1 launched this spring. The stablecoin now has a supply above $2 billion.', 'usd1:USD1', 'usd1-launch=related'),
  f('Not financial advice but USD1 on Binance earns like 4% APY rn', 'usd1:USD1 | binance:Binance', ''),
  s('$USD1 peg looking solid, $WLFI pumping', 'usd1:$USD1 | wlfi:WLFI', ''),

  // ── Names that are not mentions, and mentions written oddly ──────────────
  n('A Prague-based startup, the CZ market leader in payments, raised €5 million.', '', ''),
  n('The fund converts EUR/CZK exposure daily.', '', ''),
  n('Visit https://www.binance.com/en/support for the official announcement.', '', ''),
  n('Send questions to press@binance.com before Friday.', '', ''),
  f('Use `binance.fetchTicker()` from ccxt to pull prices.', '', ''),
  n('The EUR/USD pair and USD10 notes were both mentioned in the memo.', '', ''),
  n('Vendors priced the adapter at USD1,000 per unit.', '', ''),
  n('The contract is worth USD1.5 billion over five years.', '', ''),
  n('The company reported revenue of USD1 billion last year.', '', ''),
  n('The USD1000 bill never circulated widely.', '', ''),
  n('Zhao Wei, a Chinese actress, invested in a film studio.', '', ''),
  n('Changpeng Zhao spoke first; later, Zhao Lijian of the foreign ministry answered questions.', 'cz:Changpeng Zhao', ''),
  n('Lisa Zhao, an analyst at a Hong Kong bank, said CZ still commands loyalty.', 'cz:CZ', ''),
  s('cz is overrated tbh', '', ''),
  n('Shares of Czech lender Komercni banka rose after the CZ central bank held rates.', '', ''),
  n('The wlfi_token_address variable stores the contract address.', '', ''),
  n('The World Liberty Bell replica was restored in Philadelphia.', '', ''),
  n('He praised world liberty and free markets in his speech.', '', ''),
  n('Binanceland is a fan-made game with no ties to the exchange.', '', ''),
  n('The hashtag #BinanceBlock trended overnight.', '', ''),
  n('He traded on Binance-style platforms in Asia.', 'binance:Binance', ''),
  s('Follow @binance and @cz_binance for updates.', '', ''),
  n('Changpeng Zhao’s lawyers filed the motion. Zhao did not attend.', 'cz:Changpeng Zhao | cz:Zhao', ''),
  n('CZ-based exporters face new tariffs, the trade ministry said.', '', ''),
  n('Prices in CZK rose 3% as the koruna weakened.', '', ''),
  n('Binance.US and Binance are separate companies, lawyers stressed.', 'binance:Binance.US | binance:Binance', ''),
  s('WLFI x USD1 x Binance = the most Trump-coded trade of the year', 'wlfi:WLFI | usd1:USD1 | binance:Binance', ''),
  s('CZ: "4" 🙂', 'cz:CZ', ''),
  f('binance.com support is useless, opened a ticket 3 days ago', '', ''),
  f('Moved my bags off binance after the doj thing', 'binance:binance', ''),
  f('has anyone used binance p2p in nigeria? asking for a friend', 'binance:binance', ''),
  n('Changpeng ‘CZ’ Zhao returned to X after his release.', 'cz:Changpeng ‘CZ’ Zhao', ''),
  n('Changpeng\u00a0Zhao met investors in Dubai.', 'cz:Changpeng\u00a0Zhao', ''),
  n('World Lib\u00aderty Financial announced a token buyback.', 'wlfi:World Lib\u00aderty Financial', ''),
  n('Bi\u200bnance said it would appeal.', 'binance:Bi\u200bnance', ''),
  n('The BINANCE logo was removed from the stadium.', 'binance:BINANCE', ''),
  n('Reports say Changpeng\nZhao attended the event.', 'cz:Changpeng\nZhao', ''),
  n('CZ’s lawyers declined to comment.', 'cz:CZ', ''),
  n('Binance’s Richard Teng said compliance spending tripled.', 'binance:Binance', ''),
  n('Binance expanded into Poland and the Czech Republic, where CZ residents can now buy crypto with koruna.', 'binance:Binance', ''),
  n('CZ told Czech reporters that Binance would keep its Prague office.', 'cz:CZ | binance:Binance', ''),
  n('Changpeng has kept a lower profile since his release.', 'cz:Changpeng', ''),
  n('Tron’s Justin Sun, not Zhao, was the subject of the filing.', '', ''),
  n('Binance Smart Chain, now BNB Chain, hosts thousands of tokens.', 'binance:Binance', ''),

  // ── A second batch, written after the rules, to check they generalise ────
  n('Binance, which claims a quarter-billion users, said it would appeal.', 'binance:Binance', 'binance-users=mixed'),
  f('Binance did $65 billion in volume yesterday alone', 'binance:Binance', 'binance-daily-volume=related'),
  n('Binance, the largest crypto exchange in the world by trading volume, handled about $65 billion a day last year.', 'binance:Binance', 'binance-rank=supported | binance-daily-volume=supported'),
  n('Regulators in Canada fined Binance roughly C$6 million in 2024 for reporting failures.', 'binance:Binance', 'canada-fine=related'),
  n('Binance’s U.S. penalty — about $4.3 billion — remains the largest ever paid by a crypto firm.', 'binance:Binance', 'us-fine=supported'),
  n('Binance settled with U.S. authorities for $4.3 billion in November 2023.', 'binance:Binance', 'us-fine=supported'),
  s('imagine paying a $4.3B fine and then asking for a pardon. peak binance', 'binance:binance', 'us-fine=supported | pardon-request=related'),
  n('Zhao Changpeng, Binance’s founder, spent four months in a low-security prison in Lompoc, California.', 'cz:Zhao Changpeng | binance:Binance', 'cz-prison-term=supported | cz-role=supported'),
  n('Changpeng Zhao was sentenced to four months in April 2024.', 'cz:Changpeng Zhao', 'cz-prison-term=supported'),
  n('CZ was handed a 48-month sentence, a widely shared post claimed, though court records show otherwise.', 'cz:CZ', 'cz-prison-term=contradicted'),
  n('World Liberty Financial’s USD1 has grown to a market value of more than $2 billion.', 'wlfi:World Liberty Financial | usd1:USD1', ''),
  n('The Trump family holds a majority stake in World Liberty Financial.', 'wlfi:World Liberty Financial', 'trump-family-wlfi-share=supported'),
  n('Eric Trump, a World Liberty co-founder, praised Binance on X.', 'wlfi:World Liberty | binance:Binance', 'wlfi-cofounders=mixed'),
  n('Binance and World Liberty Financial have signed an agreement, according to a person familiar with it.', 'binance:Binance | wlfi:World Liberty Financial', 'binance-wlfi-deal=mixed'),
  n('Roughly nine in ten USD1 tokens sit on Binance, according to blockchain data.', 'usd1:USD1 | binance:Binance', 'usd1-binance-wallet-share=supported'),
  n('Binance wallets hold about 90% of the roughly $2 billion USD1 supply.', 'binance:Binance | usd1:USD1', 'usd1-binance-wallet-share=supported'),
  n('USD1 is the stablecoin issued by World Liberty Financial, the crypto firm backed by the Trump family.', 'usd1:USD1 | wlfi:World Liberty Financial', 'wlfi-trump-ties=related | usd1-launch=related'),
  n('The Justice Department’s decision to scrap its crypto enforcement team was celebrated by Binance executives.', 'binance:Binance', 'doj-crypto-unit=related'),
  n('Binance executives have pressed the Treasury Department to loosen the compliance monitoring that followed the 2023 settlement.', 'binance:Binance', 'treasury-oversight-talks=related'),
  h('Binance Founder CZ Released From Prison After Four-Month Sentence', 'binance:Binance | cz:CZ', 'cz-prison-term=supported | cz-role=supported'),
  h('Trump Pardons Binance Founder Changpeng Zhao', 'binance:Binance | cz:Changpeng Zhao', 'cz-role=supported | pardon-request=related'),
  s('so CZ gets 4 months and SBF gets 25 years lol', 'cz:CZ', 'cz-prison-term=supported'),
  f('the 4.3B fine was paid in installments iirc, binance still owes some', 'binance:binance', 'us-fine=supported'),
  n('Binance’s BNB Chain processes about 5 million transactions a day.', 'binance:Binance', ''),
  n('In a statement, Binance called the report “a politically motivated hit piece.”', 'binance:Binance', 'binance-response=related'),
  n('A spokesperson for World Liberty Financial said the company does not comment on rumors.', 'wlfi:World Liberty Financial', 'wlfi-response=related'),
  n('Binance.US, which Trump allies were said to be eyeing, has lost most of its market share since 2023.', 'binance:Binance.US', 'binance-us-stake=related'),
  n('Binance’s return to the American market would need a green light from regulators, analysts said.', 'binance:Binance', 'binance-us-comeback=related'),
  n('Witkoff’s son Zach has been the public face of World Liberty Financial.', 'wlfi:World Liberty Financial', ''),
  n('David Warrington, a White House lawyer, said Witkoff followed the ethics rules in handing over his World Liberty shares.', 'wlfi:World Liberty', 'witkoff-ethics=related | witkoff-share-transfer=related'),
  n('USD1 could one day rival Tether, its backers say.', 'usd1:USD1', 'usd1-rivals=related'),
  n('Binance chief executive Richard Teng said the exchange has more than 250 million users.', 'binance:Binance', 'binance-users=supported'),
  n('The Binance–WLFI partnership is still under discussion, according to two people.', 'binance:Binance | wlfi:WLFI', 'binance-wlfi-deal=related'),
  n('Changpeng Zhao met with Steve Witkoff and Eric Trump in the UAE last year.', 'cz:Changpeng Zhao', 'abu-dhabi-meeting=supported | meeting-place=related'),
  n('Binance holds roughly $4 billion of USD1 in its wallets.', 'binance:Binance | usd1:USD1', ''),
  n('USD1 gives the Trump family a slice of the interest on more than $2 billion in reserves.', 'usd1:USD1', ''),
  n('Over the past year, Binance has added more than 50 million users.', 'binance:Binance', 'binance-users=related'),
  n('Changpeng Zhao left prison in September. He had served four months.', 'cz:Changpeng Zhao', 'cz-prison-term=supported'),
  n('Changpeng Zhao met Donald Trump Jr. in December. He later said the talks were about crypto policy.', 'cz:Changpeng Zhao', 'abu-dhabi-meeting=mixed'),

  // ── A third batch from a precision audit of ordinary crypto news ─────────
  n('Binance Coin, or BNB, fell 4% on Friday to $590 after the exchange announced a token burn worth about $1.1 billion.', 'binance:Binance', ''),
  n('Meanwhile Binance said its Launchpool had attracted 12 million participants since 2020, and that it would expand its card program to 30 countries.', 'binance:Binance', ''),
  n('The CZ-era culture at Binance, critics say, prized growth over compliance; Richard Teng has tried to change that since late 2023.', 'cz:CZ | binance:Binance', ''),
  n('World Liberty Financial bought $10 million of ETH last week, its third purchase this month, Arkham data show.', 'wlfi:World Liberty Financial', ''),
  n('The Trump family’s crypto ventures now include a memecoin, a mining company and World Liberty Financial, which sold $550 million of WLFI tokens.', 'wlfi:World Liberty Financial | wlfi:WLFI'),
  n('USD1 reserves are held in short-term U.S. Treasuries and cash, according to BitGo, its custodian.', 'usd1:USD1', ''),
  f('On Reddit, one user wrote: "binance took 3 days to process my withdrawal of 500 USDT, never again."', 'binance:binance', ''),
  n('Binance’s fine was $4.3 billion, but its profits in 2022 alone were estimated at $12 billion.', 'binance:Binance', 'us-fine=supported'),
  n('CZ, who was sentenced in April 2024, had faced up to 18 months under federal guidelines.', 'cz:CZ', 'cz-prison-term=related'),
  n('Czech regulators fined a Prague broker, CZ Trading s.r.o., for misleading ads.', '', ''),
  n('Binance founder CZ visited Prague last week to meet Czech fintech founders.', 'binance:Binance | cz:CZ', 'cz-role=supported'),
  s('CZ koruna weakening again vs EUR, my trip just got cheaper', '', ''),
];
