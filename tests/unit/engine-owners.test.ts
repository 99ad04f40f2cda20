/**
 * Whose figure is it? Values written for another company or another country
 * are not Binance's, and must never be judged against the sources' figures.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/engine';
import { loadSnapshot } from '../../lib/cli/snapshot';

const engine = createEngine(loadSnapshot());
const verdicts = (text: string): string[] => engine.scan(text, { named: new Set() }).claims.map((c) => `${c.fact}=${c.verdict}`);

describe('value owners', () => {
  it('another exchange’s users, volume, fine, plea year or rank', () => {
    expect(verdicts('Kraken, which has 15 million clients, is far smaller than Binance.')).toEqual([]);
    expect(verdicts('OKX reported $30 billion in daily trading volume, second only to Binance.')).toEqual([]);
    expect(verdicts('Coinbase paid a $100 million settlement to New York regulators; Binance’s case was far larger.')).toEqual([]);
    expect(verdicts('OKX agreed to pay $505 million after pleading guilty in 2025, a smaller case than Binance’s.')).toEqual([]);
    expect(verdicts('OKX, the second-largest exchange after Binance, was fined in Malta.')).toEqual([]);
    expect(verdicts('BNB Chain recorded $5 billion in daily DEX volume, a figure Binance highlighted in a blog post.')).toEqual([]);
  });
  it('Binance’s own figure next to another exchange’s', () => {
    expect(verdicts('Binance, the largest exchange by volume, paid a $4.3 billion fine; OKX paid $505 million.')).toEqual(['binance-rank=supported', 'us-fine=supported']);
  });
  it('another country’s fine', () => {
    expect(verdicts('India’s Financial Intelligence Unit fined Binance about $2.2 million for operating without registration.')).toEqual([]);
    expect(verdicts('France fined Binance €10 million over weaknesses in its anti-money-laundering controls.')).toEqual([]);
    expect(
      verdicts('Canada’s financial intelligence agency fined Binance $4.3 million for failing to report large virtual currency transactions, a penalty one lawyer called a rounding error next to the American number.'),
    ).toEqual(['canada-fine=supported']);
    expect(verdicts('Binance paid a $4.3 billion fine in the U.S. and a $4.3 million penalty in Canada.').sort()).toEqual(['canada-fine=supported', 'us-fine=supported']);
    expect(verdicts('Binance’s $4.3 billion U.S. settlement dwarfs the $2.2 million fine it paid in India.')).toEqual(['us-fine=supported']);
  });
  it('figures about something else, another time or a maximum', () => {
    expect(verdicts('CZ spent three days in a Dubai hotel before flying to Abu Dhabi.')).toEqual([]);
    expect(verdicts('Trump’s sons hold 20% of American Bitcoin, a mining firm separate from World Liberty Financial.')).toEqual([]);
    expect(verdicts('About 10% of USD1 is held outside Binance.')).toEqual([]);
    expect(verdicts('Binance was the third-largest exchange in 2017, before it overtook everyone.')).toEqual([]);
    // A maximum or a possibility is related (the reason says so), never compared.
    expect(verdicts('Binance could pay up to $10 billion more if it breaches the plea agreement.')).toEqual(['us-fine=related']);
    expect(verdicts('The Trump family owned about 40% of WLFI in April 2025, the report said.')).toEqual(['trump-family-wlfi-share=contradicted', 'wlfi-trump-ties=related']);
    // A share that changes over time, on a page that says nothing of when: never contradicted.
    expect(verdicts('The Trump family owns about 40% of WLFI, the report said.')).toEqual(['trump-family-wlfi-share=related']);
    expect(verdicts('A Trump family entity holds a 75% stake in World Liberty Financial.')).toEqual(['trump-family-wlfi-share=supported']);
    expect(verdicts('pretty sure CZ only did 4 months, not years')).toEqual(['cz-prison-term=supported']);
  });
});
