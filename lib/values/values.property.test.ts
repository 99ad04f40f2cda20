import fc from 'fast-check';
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

  /** News-like text: prose with numbers, names and adversarial fragments, from a fixed seed. */
  function bigText(size: number): string {
    const pieces = [
      'Binance reported over $4.3 billion in fines and 250 million users, the exchange said on Tuesday. ',
      'The world’s leading cryptocurrency exchange is strategizing its comeback in the U.S. following new connections. ',
      'Zhao, who served four months behind bars, has agreed to cooperate with U.S. authorities. ',
      'Approximately 90% of the circulating USD1 tokens are still held in Binance wallets, according to on-chain data. ',
      'Eric and Trump Jr. met Changpeng "CZ" Zhao; CZ later struck an agreement. ',
      'a a a an 1,2,3,4,5 tens of tens of millions of $$$$ US$ USD \u00a0\u202f 四百万 ملايين 🚀 9999999999 4.3.2.1 v2 USD1 $USD1 2023-2024 ',
      'Critics, however, warn that it could set a dangerous precedent by prioritizing political alliances over ethical practices. ',
    ];
    let seed = 7;
    const out: string[] = [];
    let len = 0;
    while (len < size) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const p = pieces[seed % pieces.length]!;
      out.push(p);
      len += p.length;
    }
    return out.join('');
  }

  /** Best CPU time (user + system) of `runs` runs: wall time on a shared machine measures the neighbours. */
  function bestCpuMs(fn: () => void, runs = 2): number {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const t = process.cpuUsage();
      fn();
      const d = process.cpuUsage(t);
      best = Math.min(best, (d.user + d.system) / 1000);
    }
    return best;
  }

  it('5 MB of news-like text parses in well under a second per kind', () => {
    const big = bigText(5_000_000);
    for (const kind of ['money', 'count', 'percent', 'duration', 'year', 'people', 'status'] as const) {
      expect(parseValues(kind, big, ctx).length, kind).toBeGreaterThan(0);
      const ms = bestCpuMs(() => parseValues(kind, big, ctx));
      console.log(`${kind}: 5 MB in ${ms.toFixed(0)} ms CPU`);
      expect(ms, `${kind}: 5 MB took ${ms.toFixed(0)} ms`).toBeLessThan(600);
    }
  });

  it('time grows linearly, also on adversarial runs', () => {
    const patterns = ['1,', 'a dozen ', 'tens of ', 'two hundred and ', '$', '9', ' ', 'over $1 ', 'Eric and '];
    for (const pattern of patterns) {
      const small = pattern.repeat(Math.ceil(50_000 / pattern.length));
      const large = pattern.repeat(Math.ceil(500_000 / pattern.length));
      const run = (t: string) => () => {
        parseValues('money', t, ctx);
        parseValues('people', t, ctx);
      };
      run(small)(); // warm up the JIT
      const tSmall = bestCpuMs(run(small), 3);
      const tLarge = bestCpuMs(run(large));
      // 10x the text: a quadratic scan would take 100x; allow 25x for GC and timer granularity.
      expect(tLarge, `${JSON.stringify(pattern)}: ${tSmall.toFixed(1)} ms → ${tLarge.toFixed(1)} ms`).toBeLessThan(Math.max(25 * tSmall, 60));
      expect(tLarge, `${JSON.stringify(pattern)}: 0.5 MB took ${tLarge.toFixed(0)} ms`).toBeLessThan(500);
    }
  });
});
