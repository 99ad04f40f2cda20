/**
 * Robustness: on any input the engine returns (never throws, never takes its
 * internal error path), every offset is valid and every text is the slice it
 * claims to be; and scanning time grows linearly with the text.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../lib/engine';
import type { ScanResult } from '../../lib/engine';
import { loadSnapshot, REPO_ROOT } from '../../lib/cli/snapshot';
import { pageText } from '../engine/page-text';
import { TOLERANCE } from '../../lib/values';

const engine = createEngine(loadSnapshot());

function checkOffsets(text: string, r: ScanResult): void {
  let last = -1;
  for (const m of r.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    last = m.end;
  }
  for (const c of r.claims) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(c.start, c.end)).toBe(c.text);
    if (c.stated) {
      expect(c.stated.start).toBeGreaterThanOrEqual(c.start);
      expect(c.stated.end).toBeLessThanOrEqual(c.end);
      expect(text.slice(c.stated.start, c.stated.end)).toBe(c.stated.text);
    }
    expect(['supported', 'contradicted', 'mixed', 'related']).toContain(c.verdict);
  }
}

/** Pieces that make random text hit the interesting paths: names, numbers, cues, invisible characters. */
const PIECES = [
  'Binance', 'binance', 'Binance.US', 'Binance\u2019s', 'World Liberty Financial', 'World Liberty', 'WLFI', 'WLF', 'USD1', '$USD1',
  'USD10', 'Changpeng Zhao', 'Zhao', 'CZ', 'CZ-based', 'Changpeng "CZ" Zhao', ' paid ', ' fine ', ' $4.3 billion ', ' 250 million users ',
  ' daily volume ', ' four months in prison ', ' pleaded guilty in 2023 ', ' 90% of USD1 in Binance wallets ', ' met Eric Trump in Abu Dhabi ',
  ' the world\u2019s largest exchange ', ' struck a deal ', '. ', '\n', '\n\n', ' U.S. ', ' 4.3 ', '\u00ad', '\u200b', '\u00a0', '\ufeff',
  'https://', '@', '/', '`', '\ud800', '\udc00', '\u{1F680}', ' ', ',', '(', ')',
];

describe('engine robustness', () => {
  afterEach(() => vi.restoreAllMocks());

  it('handles random Unicode without an error and with valid offsets', () => {
    const warn = vi.spyOn(console, 'warn');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkOffsets(text, engine.scan(text, { named: new Set() }));
      }),
      { numRuns: 400 },
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('handles random mixes of names, numbers, cues and invisible characters', () => {
    const warn = vi.spyOn(console, 'warn');
    const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.boolean(), (parts, named) => {
        const text = parts.join('');
        checkOffsets(text, engine.scan(text, { named: new Set(named ? ['cz'] : []) }));
      }),
      { numRuns: 600 },
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads an amount written in any common format and judges it against the sources', () => {
    const formats = [
      (x: number) => `$${x} billion`,
      (x: number) => `$${x}bn`,
      (x: number) => `$${x}B`,
      (x: number) => `US$${x} billion`,
      (x: number) => `${x} billion dollars`,
      (x: number) => `$${Math.round(x * 1e9).toLocaleString('en-US')}`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 200 }), fc.nat(formats.length - 1), (tenths, f) => {
        const x = tenths / 10;
        const written = formats[f]!(x);
        const text = `Binance paid a ${written} fine to U.S. authorities.`;
        const [claim] = engine.scan(text).claims;
        expect(claim?.fact, text).toBe('us-fine');
        expect(claim!.stated?.text, text).toBe(written);
        const v = claim!.stated!.value;
        expect(v.type === 'money' && Math.abs(v.amount - x * 1e9) < 1, text).toBe(true);
        // The sources: a record $4.3 billion (two) and over $4 billion (one), with 1.5% rounding slack.
        const matches43 = Math.abs(x - 4.3) <= 4.3 * TOLERANCE;
        const over4 = x >= 4 * (1 - TOLERANCE);
        const expected = matches43 ? 'supported' : over4 ? 'mixed' : 'contradicted';
        expect(claim!.verdict, text).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('scans in linear time: 5 MB takes less than 7× as long as 1 MB', () => {
    const small = pageText(REPO_ROOT, 1_000_000);
    const large = pageText(REPO_ROOT, 5_000_000);
    engine.scan(small.slice(0, 200_000)); // warm up the JIT
    // CPU time of this process, best of three: other test files run in parallel on the same cores.
    const best = (text: string) => {
      let min = Infinity;
      let result: ScanResult | undefined;
      for (let i = 0; i < 3; i++) {
        const c0 = process.cpuUsage();
        result = engine.scan(text, { named: new Set() });
        const c = process.cpuUsage(c0);
        min = Math.min(min, (c.user + c.system) / 1000);
      }
      return { ms: min, result: result! };
    };
    const a = best(small);
    const b = best(large);
    console.log(
      `engine timing (CPU): 1 MB ${a.ms.toFixed(0)} ms (${a.result.mentions.length} mentions, ${a.result.claims.length} claims); ` +
        `5 MB ${b.ms.toFixed(0)} ms (${b.result.mentions.length} mentions, ${b.result.claims.length} claims); ratio ${(b.ms / a.ms).toFixed(2)}`,
    );
    expect(b.result.claims.length).toBeGreaterThan(a.result.claims.length * 4);
    expect(b.ms / a.ms).toBeLessThan(7);
  });

  it('scans pathological text (no spaces, one endless sentence, only names) in linear time', () => {
    const makers: [string, (n: number) => string][] = [
      ['no spaces', (n) => 'x'.repeat(n)],
      ['names glued to letters', (n) => 'Binance'.padEnd(100, 'a').repeat(n / 100)],
      ['one endless sentence', (n) => 'Binance paid 4 users '.repeat(n / 21)],
      ['only names', (n) => 'CZ '.repeat(n / 3)],
      ['only invisible characters', (n) => '\u00ad\u200b'.repeat(n / 2)],
    ];
    const time = (text: string) => {
      let min = Infinity;
      for (let i = 0; i < 2; i++) {
        const t0 = performance.now();
        engine.scan(text);
        min = Math.min(min, performance.now() - t0);
      }
      return Math.max(min, 5); // below a few ms, timer noise dominates
    };
    for (const [name, make] of makers) {
      const ratio = time(make(1_000_000)) / time(make(200_000));
      expect(ratio, name).toBeLessThan(10);
    }
  });
});
