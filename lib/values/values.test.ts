import { describe, expect, it } from 'vitest';
import type { Party, StatusOption, Value } from '../model';
import { compareValues, formatValue, parseValues, valuesAgree, type ValueContext } from './index';

const parties: Party[] = [
  { id: 'eric-trump', name: 'Eric Trump', aliases: ['Eric Trump', 'Eric'] },
  { id: 'donald-trump-jr', name: 'Donald Trump Jr.', aliases: ['Donald Trump Jr.', 'Trump Jr.'] },
  { id: 'donald-trump', name: 'Donald Trump', aliases: ['Donald Trump', 'Trump'] },
  { id: 'trump-family', name: 'the Trump family', aliases: ['Trump family'], members: ['donald-trump', 'eric-trump', 'donald-trump-jr'] },
  { id: 'steve-witkoff', name: 'Steve Witkoff', aliases: ['Steve Witkoff', 'Witkoff'] },
  { id: 'changpeng-zhao', name: 'Changpeng Zhao', aliases: ['Changpeng Zhao', 'CZ', 'Zhao'] },
  { id: 'arthur-hayes', name: 'Arthur Hayes', aliases: ['Arthur Hayes', 'Arthur Hay'] },
];
const statuses: StatusOption[] = [
  { id: 'exploring', label: 'exploring a partnership', patterns: ['investigating a partnership'] },
  { id: 'agreed', label: 'agreement struck', patterns: ['struck an? (?:agreement|deal)'] },
  { id: 'founder', label: 'founder', patterns: ['\\bfounder\\b'], compatible: ['agreed'] },
];
const ctx: ValueContext = { parties, statuses };

/** The single value of `kind` in `text`, asserting there is exactly one. */
function one(kind: Parameters<typeof parseValues>[0], text: string) {
  const found = parseValues(kind, text, ctx);
  expect(found, `${kind} in ${JSON.stringify(text)}: ${JSON.stringify(found)}`).toHaveLength(1);
  const f = found[0]!;
  expect(text.slice(f.start, f.end)).toBe(f.text);
  return f;
}
const money = (amount: number, extra: Partial<Extract<Value, { type: 'money' }>> = {}) => ({ type: 'money', currency: 'USD', amount, qualifier: 'exact', ...extra });

describe('money', () => {
  it.each([
    ['$4.3 billion', 4.3e9],
    ['$4,300,000,000', 4.3e9],
    ['US$65 billion', 65e9],
    ['USD 65 billion', 65e9],
    ['65 billion dollars', 65e9],
    ['$4.3B', 4.3e9],
    ['$4.3bn', 4.3e9],
    ['a 4.3bn fine', 4.3e9],
    ['$2 billion worth of shares', 2e9],
    ['$4.3 million', 4.3e6],
    ['$4.3\u00a0billion', 4.3e9],
    ['$4\u202f300\u202f000\u202f000', 4.3e9],
    ['$1', 1],
    ['$10k', 1e4],
    ['a $4.3-billion penalty', 4.3e9],
  ])('%s', (text, amount) => {
    expect(one('money', text).value).toMatchObject({ type: 'money', amount });
  });

  it('vague amounts are ranges', () => {
    expect(one('money', 'tens of millions of dollars in annual revenue').value).toEqual(money(1e7, { qualifier: 'range', max: 1e8 }));
    expect(one('money', 'generating billions in profits').value).toEqual(money(1e9, { qualifier: 'range', max: 1e12 }));
    expect(one('money', 'hundreds of millions of dollars').value).toEqual(money(1e8, { qualifier: 'range', max: 1e9 }));
  });

  it('qualifiers and record', () => {
    expect(one('money', 'paid over $4 billion in fines')).toMatchObject({ text: 'over $4 billion', value: money(4e9, { qualifier: 'over' }) });
    expect(one('money', 'a record fine of $4.3 billion').value).toEqual(money(4.3e9, { record: true }));
    expect(one('money', 'lose a record $4.3 billion in fines').value).toEqual(money(4.3e9, { record: true }));
    expect(one('money', 'nearly $5 billion').value).toMatchObject({ qualifier: 'nearly' });
    expect(one('money', 'up to $5 billion').value).toMatchObject({ qualifier: 'at-most' });
    expect(one('money', 'no more than $5 billion').value).toMatchObject({ qualifier: 'at-most' });
    expect(one('money', 'at least $5 billion').value).toMatchObject({ qualifier: 'at-least' });
    expect(one('money', 'roughly $5 billion').value).toMatchObject({ qualifier: 'about' });
    expect(one('money', 'less than $5 billion').value).toMatchObject({ qualifier: 'under' });
  });

  it('ranges share the scale', () => {
    expect(one('money', '$2-3 billion').value).toEqual(money(2e9, { qualifier: 'range', max: 3e9 }));
    expect(one('money', 'between $2 billion and $3 billion').value).toEqual(money(2e9, { qualifier: 'range', max: 3e9 }));
    expect(one('money', '2 to 3 billion dollars').value).toEqual(money(2e9, { qualifier: 'range', max: 3e9 }));
  });

  it('no false money', () => {
    for (const text of [
      'the USD1 stablecoin', 'buy $USD1 today', 'Binance.US is struggling', 'a bare 4300000000 here',
      '250 million users', 'in 2023', 'Web3 and ERC-20', '1st place',
    ]) expect(parseValues('money', text, ctx), text).toEqual([]);
  });

  it('other currencies are money in that currency, never U.S. dollars', () => {
    for (const [text, currency] of [
      ['£4 billion', 'GBP'], ['€4.3 billion', 'EUR'], ['4 billion euros', 'EUR'], ['C$6 million', 'CAD'], ['CA$6m', 'CAD'],
      ['CAD 6 million', 'CAD'], ['6 million Canadian dollars', 'CAD'], ['HK$2 billion', 'HKD'], ['A$1.2 billion', 'AUD'],
    ] as const) {
      const found = parseValues('money', text, ctx);
      expect(found.map((f) => (f.value.type === 'money' ? f.value.currency : '')), text).toEqual([currency]);
    }
    expect(one('money', 'US$4.3 billion').value).toEqual(money(4.3e9));
  });
});

describe('counts', () => {
  it.each([
    ['250 million users', 250e6, 'exact'],
    ['275m', 275e6, 'exact'],
    ['a user base of over 250 million', 250e6, 'over'],
    ['more than 250 million', 250e6, 'over'],
    ['nearly 250 million', 250e6, 'nearly'],
    ['about 250 million people', 250e6, 'about'],
    ['~250M users', 250e6, 'about'],
    ['a quarter of a billion users', 250e6, 'exact'],
    ['a quarter-billion users', 250e6, 'exact'],
    ['a half-million users', 500e3, 'exact'],
    ['half a billion users', 500e6, 'exact'],
    ['two hundred and fifty million users', 250e6, 'exact'],
    ['250,000,000 users', 250e6, 'exact'],
    ['250+ million users', 250e6, 'over'],
    ['250 million or more', 250e6, 'at-least'],
    ['a dozen exchanges', 12, 'exact'],
    ['twenty-five employees', 25, 'exact'],
  ])('%s', (text, amount, qualifier) => {
    expect(one('count', text).value).toMatchObject({ type: 'count', amount, qualifier });
  });

  it('vague counts and ranges', () => {
    expect(one('count', 'millions of users').value).toEqual({ type: 'count', amount: 1e6, max: 1e9, qualifier: 'range' });
    expect(one('count', 'between 250 and 275 million users').value).toEqual({ type: 'count', amount: 250e6, max: 275e6, qualifier: 'range' });
  });

  it('"from X to Y" is two values, not a range', () => {
    expect(parseValues('count', 'grew from 250 million to 275 million users', ctx).map((f) => f.value)).toEqual([
      { type: 'count', amount: 250e6, qualifier: 'exact' },
      { type: 'count', amount: 275e6, qualifier: 'exact' },
    ]);
  });

  it('phone numbers, fractions, ranks and versions are not counts', () => {
    for (const text of ['call 555-1234 now', 'trading 24/7', 'the #1 exchange', 'version 1.2.3 shipped', 'on 12/05/2023']) {
      expect(parseValues('count', text, ctx), text).toEqual([]);
    }
    expect(one('count', '2-3 million users').value).toEqual({ type: 'count', amount: 2e6, max: 3e6, qualifier: 'range' });
    expect(one('year', 'on 12/05/2023').value).toEqual({ type: 'year', year: 2023 });
  });

  it('years, money and bare small numbers are not counts', () => {
    expect(parseValues('count', 'In 2023 Binance paid $4.3 billion, 60% of it, on page 12.', ctx)).toEqual([]);
  });
});

describe('percentages', () => {
  it.each([
    ['60%', 60, 'exact'], ['60 %', 60, 'exact'], ['60 per cent', 60, 'exact'], ['90 percent', 90, 'exact'],
    ['over 60%', 60, 'over'], ['approximately 90% of tokens', 90, 'about'], ['sixty percent', 60, 'exact'], ['12.5%', 12.5, 'exact'],
    ['roughly nine in ten tokens', 90, 'about'], ['3 out of 10 traders', 30, 'exact'], ['one in every 100 wallets', 1, 'exact'],
  ])('%s', (text, amount, qualifier) => {
    expect(one('percent', text).value).toMatchObject({ type: 'percent', amount, qualifier });
  });
  it('range', () => {
    expect(parseValues('percent', 'the first time in 10 years', ctx)).toEqual([]);
    expect(one('percent', '10-20%').value).toEqual({ type: 'percent', amount: 10, max: 20, qualifier: 'range' });
  });
});

describe('durations', () => {
  it.each([
    ['four months', 4, 'month'], ['4-month', 4, 'month'], ['4 months', 4, 'month'], ['120 days', 120, 'day'],
    ['a four-month sentence', 4, 'month'], ['served a year', 1, 'year'], ['two years', 2, 'year'], ['half a year', 0.5, 'year'],
    ['six weeks', 6, 'week'],
  ])('%s', (text, amount, unit) => {
    expect(one('duration', text).value).toMatchObject({ type: 'duration', amount, unit, qualifier: 'exact' });
  });
  it('rates are not durations', () => {
    expect(parseValues('duration', 'earns $1 billion a year, once a year', ctx)).toEqual([]);
    expect(parseValues('duration', 'a short sentence', ctx)).toEqual([]);
  });
});

describe('years', () => {
  it('standalone years only', () => {
    expect(one('year', 'its guilty plea in 2023, which included').value).toEqual({ type: 'year', year: 2023 });
    expect(parseValues('year', '$2023 million and 2,023 users and 1850 and 20230', ctx)).toEqual([]);
    expect(parseValues('year', '2023-2024', ctx).map((f) => f.value)).toEqual([{ type: 'year', year: 2023 }, { type: 'year', year: 2024 }]);
  });
});

describe('people', () => {
  it('"Eric and Trump Jr." is one group', () => {
    const found = parseValues('people', 'Changpeng "CZ" Zhao first met Trump\'s two sons, Eric and Trump Jr.', ctx);
    expect(found.at(-1)).toMatchObject({ text: 'Eric and Trump Jr.', value: { type: 'people', people: ['eric-trump', 'donald-trump-jr'] } });
    expect(found.map((f) => f.value)).toContainEqual({ type: 'people', people: ['donald-trump'] });
  });
  it('separate names stay separate; longest alias wins', () => {
    const found = parseValues('people', 'Changpeng Zhao connected with Eric Trump and Steve Witkoff.', ctx);
    expect(found.map((f) => f.value)).toEqual([
      { type: 'people', people: ['changpeng-zhao'] },
      { type: 'people', people: ['eric-trump', 'steve-witkoff'] },
    ]);
  });
  it('misspellings, typographic apostrophes and capitals-only short aliases', () => {
    expect(one('people', 'BiMEX co-founder Arthur Hay, the').value).toEqual({ type: 'people', people: ['arthur-hayes'] });
    expect(one('people', 'the Trump family’s venture').value).toEqual({ type: 'people', people: ['trump-family'] });
    expect(parseValues('people', 'cz is not CZ', ctx)).toHaveLength(1);
    expect(parseValues('people', 'Erica and Trumpet', ctx)).toEqual([]);
  });
  it('a bare surname after another given name is another person', () => {
    const ids = (t: string) => parseValues('people', t, ctx).flatMap((f) => (f.value.type === 'people' ? f.value.people : []));
    expect(ids('CZ met Zach Witkoff in Dubai.')).toEqual(['changpeng-zhao']);
    expect(ids('said Lara Trump on Monday')).toEqual([]);
    expect(ids('On Wednesday Trump said so; later Witkoff agreed.')).toEqual(['donald-trump', 'steve-witkoff']);
    expect(ids('When Trump pardoned Arthur Hayes')).toEqual(['donald-trump', 'arthur-hayes']);
    expect(ids('Eric Trump and Steve Witkoff')).toEqual(['eric-trump', 'steve-witkoff']);
  });
});

describe('status', () => {
  it('matches the fact patterns', () => {
    expect(one('status', 'Binance and Donald Trump has just struck an agreement').value).toEqual({ type: 'status', status: 'agreed' });
    expect(parseValues('status', 'anything', { parties, statuses: [{ id: 'bad', label: 'bad', patterns: ['(unclosed'] }] })).toEqual([]);
  });
});

describe('compareValues', () => {
  const count = (amount: number, qualifier = 'exact', max?: number) => ({ type: 'count', amount, qualifier, ...(max ? { max } : {}) }) as Value;
  it('exact figures within 1.5%', () => {
    expect(compareValues(money(4.3e9) as Value, one('money', '$4,300,000,000').value)).toBe(true);
    expect(compareValues(count(250e6), count(275e6))).toBe(false);
    expect(compareValues(count(300e6), count(250e6))).toBe(false);
    expect(compareValues(money(4.3e9) as Value, money(4.4e9) as Value)).toBe(false);
    expect(compareValues(money(4.3e9) as Value, money(4.35e9) as Value)).toBe(true);
  });
  it('qualified figures', () => {
    expect(compareValues(money(4e9, { qualifier: 'over' }) as Value, money(4.3e9) as Value)).toBe(true);
    expect(compareValues(money(4.3e9) as Value, money(4e9, { qualifier: 'over' }) as Value)).toBe(true);
    expect(compareValues(count(250e6, 'nearly'), count(250e6))).toBe(true);
    expect(compareValues(count(250e6, 'nearly'), count(275e6))).toBe(false);
    expect(compareValues(count(250e6, 'about'), count(275e6))).toBe(false);
    expect(compareValues(count(250e6, 'over'), count(275e6))).toBe(true);
    expect(compareValues(count(250e6, 'under'), count(275e6))).toBe(false);
  });
  it('vague ranges', () => {
    const tens = one('money', 'tens of millions of dollars').value;
    const billions = one('money', 'billions in profits').value;
    expect(compareValues(tens, billions)).toBe(false);
    expect(compareValues(billions, money(2e9) as Value)).toBe(true);
    expect(compareValues(tens, money(40e6) as Value)).toBe(true);
  });
  it('durations in days, years, types', () => {
    expect(compareValues(one('duration', 'four months').value, one('duration', '120 days').value)).toBe(true);
    expect(compareValues(one('duration', 'four months').value, one('duration', 'a year').value)).toBe(false);
    expect(compareValues({ type: 'year', year: 2023 }, { type: 'year', year: 2023 })).toBe(true);
    expect(compareValues({ type: 'year', year: 2023 }, { type: 'year', year: 2024 })).toBe(false);
    expect(compareValues(count(250e6), money(250e6) as Value)).toBeNull();
  });
  it('people: a subset agrees, a disjoint set conflicts, a partial overlap is not comparable', () => {
    const p = (...ids: string[]): Value => ({ type: 'people', people: ids });
    expect(compareValues(p('steve-witkoff'), p('eric-trump', 'steve-witkoff'))).toBe(true);
    expect(compareValues(p('eric-trump', 'steve-witkoff'), p('steve-witkoff'))).toBeNull();
    expect(compareValues(p('donald-trump-jr'), p('eric-trump', 'steve-witkoff'))).toBe(false);
    expect(compareValues(p('eric-trump', 'donald-trump-jr'), p('steve-witkoff'))).toBe(false);
    expect(compareValues(p('eric-trump'), p('trump-family', 'steve-witkoff'), { parties })).toBe(true);
    expect(compareValues(p('trump-family', 'steve-witkoff'), p('steve-witkoff'), { parties })).toBeNull();
    expect(compareValues(p('trump-family'), p('eric-trump', 'steve-witkoff'), { parties })).toBe(true);
    expect(compareValues(p('eric-trump'), p('trump-family', 'steve-witkoff'))).toBe(false);
    expect(valuesAgree(p('eric-trump', 'steve-witkoff'), p('steve-witkoff'))).toBe(true);
    expect(valuesAgree(p('eric-trump', 'steve-witkoff'), p('eric-trump', 'donald-trump-jr'))).toBeNull();
    expect(valuesAgree(p('steve-witkoff'), p('eric-trump', 'donald-trump-jr'))).toBe(false);
  });
  it('status: same id or declared compatible', () => {
    const s = (status: string): Value => ({ type: 'status', status });
    expect(compareValues(s('agreed'), s('agreed'))).toBe(true);
    expect(compareValues(s('agreed'), s('exploring'), { statuses })).toBe(false);
    expect(compareValues(s('agreed'), s('founder'), { statuses })).toBe(true);
  });
});

describe('formatValue', () => {
  it.each([
    ['250 million users', 'count', '250 million'],
    ['over $4 billion', 'money', 'over $4 billion'],
    ['a record fine of $4.3 billion', 'money', '$4.3 billion (record)'],
    ['tens of millions of dollars', 'money', 'tens of millions of dollars'],
    ['billions in profits', 'money', 'billions of dollars'],
    ['four months', 'duration', '4 months'],
    ['a year', 'duration', '1 year'],
    ['approximately 90%', 'percent', 'about 90%'],
    ['in 2023', 'year', '2023'],
    ['$4,300', 'money', '$4,300'],
  ] as const)('%s', (text, kind, expected) => {
    expect(formatValue(one(kind, text).value, parties)).toBe(expected);
  });
  it('people and status', () => {
    expect(formatValue({ type: 'people', people: ['eric-trump', 'steve-witkoff'] }, parties)).toBe('Eric Trump and Steve Witkoff');
    expect(formatValue({ type: 'people', people: ['eric-trump', 'donald-trump-jr', 'steve-witkoff'] }, parties)).toBe('Eric Trump, Donald Trump Jr. and Steve Witkoff');
    expect(formatValue({ type: 'status', status: 'agreed' }, parties, statuses)).toBe('agreement struck');
  });
});
