/**
 * The claim frame on sentences written the way news writes them: whose value, how sure, and which
 * description names which entity. Each case is one general construction (docs/design.md, section 3).
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/engine';
import { loadSnapshot } from '../../lib/cli/snapshot';

const engine = createEngine(loadSnapshot());
const claims = (text: string, pageDate?: string) => engine.scan(text, { named: new Set(), ...(pageDate ? { pageDate } : {}) }).claims;
const verdictOf = (text: string, fact: string, pageDate?: string) => claims(text, pageDate).filter((c) => c.fact === fact).map((c) => c.verdict);

describe('claim frames', () => {
  it('a title\'s full stop does not end the clause: "sought to imprison Mr. Zhao for three years" stays a demand', () => {
    const text = 'Changpeng Zhao served four months. "The administration sought to imprison Mr. Zhao for three years, a sentence outside the guidelines."';
    expect(verdictOf(text, 'cz-prison-term', '2025-10-23')).toEqual(['supported', 'related']);
  });

  it('a value in a clause someone argues for is not an assertion', () => {
    const text = "Under the guidelines, Changpeng Zhao's sentencing would fall within 12 to 18 months. However, prosecutors contend that a custodial sentence of 36 months is necessary.";
    expect(verdictOf(text, 'cz-prison-term', '2024-04-25').every((v) => v === 'related')).toBe(true);
    expect(verdictOf(text, 'cz-prison-term', '2024-04-25')).toHaveLength(2);
  });

  it('"developed by" names a coin\'s maker, not who wrote its code; "wrote the smart contracts" does', () => {
    expect(verdictOf("USD1, developed by Donald Trump's World Liberty Financial, is used for MGX's investment in Binance.", 'usd1-smart-contracts')).toEqual(['related']);
    expect(verdictOf('Binance wrote the smart contracts for USD1.', 'usd1-smart-contracts')).toEqual(['supported']);
  });

  it('a description names its entity: the rank of "the world\'s largest exchange" is Binance\'s, even after another name', () => {
    expect(verdictOf("Binance is in talks. Trump's venture received help from the world's largest digital-asset exchange.", 'binance-rank')).toEqual(['supported']);
  });

  it('"Binance founder" is Zhao even in a headline that names him nowhere else', () => {
    expect(verdictOf('Trump pardons convicted Binance founder', 'cz-role')).toEqual(['supported']);
  });

  it('"his" after "the Trump administration" is not Trump\'s', () => {
    const text = 'Binance pleaded guilty in 2023. CZ sought a pardon from the Trump administration following his 2023 guilty plea.';
    expect(verdictOf(text, 'guilty-plea-year')).toEqual(['supported', 'related']);
  });
});

describe('claim frames on unseen pages (2026-12-02 check)', () => {
  it('"an original 75% stake" is an earlier figure, not the current share', () => {
    const text = "Trump-affiliated entity DT Marks DEFI LLC has reduced its ownership in World Liberty Financial from 60% to 40%, following earlier cuts from an original 75% stake.";
    expect(verdictOf(text, 'trump-family-wlfi-share', '2025-06-20').every((v) => v === 'related')).toBe(true);
  });

  it('"several of the world\'s biggest exchanges, including Binance" ranks it among the largest, not the largest', () => {
    const found = claims("Several of the world's biggest cryptocurrency exchanges, including Binance, OKX and Bybit, are offering the tokens.").filter((c) => c.fact === 'binance-rank');
    expect(found.map((c) => c.reason)).toEqual([expect.stringContaining('one of the largest exchanges')]);
  });

  it('"Trump owns 70% of that company" (the company just named) is not his share of World Liberty', () => {
    const text = 'At launch, World Liberty Financial gave 22.5 billion tokens to DT Marks DEFI LLC—Trump owns 70% of that company, with his family members owning the remainder.';
    expect(claims(text).filter((c) => c.fact === 'trump-family-wlfi-share' && c.stated?.text === '70%')).toEqual([]);
  });
});

describe('goals and other events', () => {
  it('a goal ("its mission towards achieving one billion users") is not a user count', () => {
    expect(verdictOf("Binance's approach drives its mission towards achieving one billion users.", 'binance-users', '2025-04-01')).toEqual(['related']);
  });

  it('"Founded in 2017, Binance has grown to 275 million users": the year dates the founding, not the count', () => {
    const found = claims('Founded in 2017, Binance has grown to approximately 275 million users.', '2025-05-01').filter((c) => c.fact === 'binance-users');
    expect(found.map((c) => c.verdict)).toEqual(['supported']);
  });
});

describe('who asks', () => {
  it('the possessor of a pardon application asks for it ("Zhao\'s pardon application", "his pardon request")', () => {
    const one = claims("The senators questioned the timing of Changpeng Zhao's pardon application.", '2025-07-11').filter((c) => c.fact === 'pardon-request');
    expect(one.map((c) => c.stated?.text)).toEqual(['Changpeng Zhao']);
    const two = claims('Changpeng Zhao denied that his presidential pardon application was tied to USD1.', '2025-07-11').filter((c) => c.fact === 'pardon-request');
    expect(two.map((c) => c.stated?.text)).toEqual(['his']);
    expect(two[0]!.verdict).toBe('mixed');
  });
});
