import fc from 'fast-check';
import { ADVERSARIAL_PATTERNS, newsLikeText } from '../../tests/engine/news-like-text';
import { describe, expect, it } from 'vitest';
import { FactKind, type Party, type StatusOption } from '../model';
import { compareValues, parseValues, type ValueContext } from './index';

const parties: Party[] = [
  { id: 'eric-trump', name: 'Eric Trump', aliases: ['Eric Trump', 'Eric'] },
  { id: 'changpeng-zhao', name: 'Changpeng Zhao', aliases: ['Changpeng Zhao', 'CZ', 'Zhao'] },
  { id: 'binance', name: 'Binance', aliases: ['Binance', 'Binance.US'] },
];
const statuses: StatusOption[] = [{ id: 'agreed', label: 'agreed', patterns: ['struck an? (?:agreement|deal)', '(?:a|b)*c'] }];
const ctx: ValueContext = { parties, statuses };

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** 1..999 in words: "two hundred and fifty-three". Written here independently of the parser. */
function words(n: number): string {
  const parts: string[] = [];
  if (n >= 100) parts.push(`${UNITS[Math.floor(n / 100)]} hundred`);
  const rest = n % 100;
  if (rest > 0) {
    const r = rest < 20 ? UNITS[rest]! : `${TENS[Math.floor(rest / 10)]}${rest % 10 ? `-${UNITS[rest % 10]}` : ''}`;
    parts.push(n >= 100 ? `and ${r}` : r);
  }
  return parts.join(' ');
}
function withSeparators(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

const SCALES = [
  { value: 1e6, words: ['million', 'm', 'mn', 'M'] },
  { value: 1e9, words: ['billion', 'bn', 'B', 'b'] },
  { value: 1e3, words: ['thousand', 'k', 'K'] },
] as const;
/** Space between a number and a scale word: single letters are written glued ("275m"). */
const join = (n: string, s: string) => (s.length <= 2 && s !== 'bn' && s !== 'mn' ? `${n}${s}` : `${n} ${s}`);

// An amount as mantissa (1..999, optionally with one decimal) times a scale, and every way to write it.
const amountArb = fc.record({
  int: fc.integer({ min: 1, max: 999 }),
  tenth: fc.integer({ min: 0, max: 9 }),
  useDecimal: fc.boolean(),
  scale: fc.constantFrom(...SCALES),
});
type AmountCase = { int: number; tenth: number; useDecimal: boolean; scale: (typeof SCALES)[number] };
function spellings(a: AmountCase): { text: string; amount: number }[] {
  const mantissa = a.useDecimal ? a.int + a.tenth / 10 : a.int;
  const amount = Math.round(mantissa * a.scale.value);
  const m = a.useDecimal ? mantissa.toFixed(1) : String(mantissa);
  const out = a.scale.words.map((w) => ({ text: join(m, w), amount }));
  if (Number.isInteger(amount)) {
    out.push({ text: withSeparators(amount, ','), amount });
    out.push({ text: withSeparators(amount, '\u202f'), amount });
    out.push({ text: withSeparators(amount, '\u00a0'), amount });
  }
  if (!a.useDecimal) out.push({ text: `${words(a.int)} ${a.scale.words[0]}`, amount });
  return out;
}
const filler = fc.constantFrom('Binance reported', 'Yesterday,', 'According to Bloomberg', 'The exchange said', '');
const tail = fc.constantFrom('.', ', analysts said.', ' this year.', '');

describe('round trip: a value written any way parses back to itself', () => {
  it('money', () => {
    fc.assert(
      fc.property(amountArb, filler, tail, fc.constantFrom('$', 'US$', 'USD '), (a, pre, post, cur) => {
        for (const s of spellings(a)) {
          for (const written of [`${cur}${s.text}`, `${s.text} dollars`]) {
            const found = parseValues('money', `${pre} ${written}${post}`, ctx);
            expect(found, written).toHaveLength(1);
            expect(found[0]!.value, written).toMatchObject({ type: 'money', qualifier: 'exact' });
            expect(compareValues(found[0]!.value, { type: 'money', currency: 'USD', amount: s.amount, qualifier: 'exact' }), written).toBe(true);
            expect(found[0]!.text, written).toBe(written);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('counts, with and without qualifiers', () => {
    const quals = [['', 'exact'], ['over ', 'over'], ['nearly ', 'nearly'], ['about ', 'about'], ['at least ', 'at-least'], ['up to ', 'at-most']] as const;
    fc.assert(
      fc.property(amountArb, filler, fc.constantFrom(...quals), (a, pre, [q, qualifier]) => {
        for (const s of spellings(a)) {
          const found = parseValues('count', `${pre} ${q}${s.text} users`, ctx);
          expect(found, s.text).toHaveLength(1);
          expect(found[0]!.value, s.text).toMatchObject({ type: 'count', qualifier });
          expect((found[0]!.value as { amount: number }).amount / s.amount).toBeCloseTo(1, 9);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('percentages and durations in digits and words', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('%', ' percent', ' per cent'),
        fc.constantFrom(['day', 1], ['week', 7], ['month', 30.44], ['year', 365.25]),
        (n, pct, [unit, days]) => {
          for (const num of [String(n), words(n)]) {
            expect(parseValues('percent', `holds ${num}${pct} of it`, ctx).map((f) => f.value)).toEqual([{ type: 'percent', amount: n, qualifier: 'exact' }]);
            const d = parseValues('duration', `served ${num} ${unit}s in prison`, ctx);
            expect(d.map((f) => f.value)).toEqual([{ type: 'duration', amount: n, qualifier: 'exact', unit }]);
            const inDays = parseValues('duration', `${Math.round(n * (days as number))} days`, ctx)[0]!.value;
            expect(compareValues(d[0]!.value, inDays)).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('robustness', () => {
  const kinds = FactKind.options;
  it('random Unicode never throws and offsets always point at the found text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.constantFrom(...'0123456789$,. %-kmbnMB+~abcdefghilnorstuvy\u00a0\u202f'), maxLength: 60 }), (junk, numberish) => {
        for (const text of [junk, numberish, `${junk}${numberish}${junk}`]) {
          for (const kind of kinds) {
            const found = parseValues(kind, text, ctx);
            for (const f of found) {
              expect(f.start).toBeGreaterThanOrEqual(0);
              expect(f.end).toBeGreaterThan(f.start);
              expect(f.end).toBeLessThanOrEqual(text.length);
              expect(text.slice(f.start, f.end)).toBe(f.text);
              if ('amount' in f.value) expect(Number.isFinite(f.value.amount)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('non-string input returns nothing instead of throwing', () => {
    expect(parseValues('money', undefined as unknown as string, ctx)).toEqual([]);
  });

  // How long parsing takes, and how it grows with the text, is measured by `npm run bench`
  // (tests/bench/robustness.ts); here: what it finds, on the same inputs.
  it('5 MB of news-like text: every kind finds its values', () => {
    const big = newsLikeText(5_000_000);
    for (const kind of ['money', 'count', 'percent', 'duration', 'year', 'people', 'status'] as const) {
      expect(parseValues(kind, big, ctx).length, kind).toBeGreaterThan(0);
    }
  });

  it('adversarial runs (number fragments repeated half a million characters) parse to the end', () => {
    for (const pattern of ADVERSARIAL_PATTERNS) {
      const large = pattern.repeat(Math.ceil(500_000 / pattern.length));
      expect(Array.isArray(parseValues('money', large, ctx)), pattern).toBe(true);
      expect(Array.isArray(parseValues('people', large, ctx)), pattern).toBe(true);
    }
  });
});
