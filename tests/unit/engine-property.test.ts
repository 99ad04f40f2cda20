/**
 * Robustness: on any input the engine returns (never throws, never takes its
 * internal error path), every offset is valid and every text is the slice it
 * claims to be; and it scans pathological text to the end (its speed: npm run bench).
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
        // "In total": the sources' $4.3 billion is the whole resolution, and a smaller amount not called the
        // total may be one of its parts (related); said to be the total, a smaller amount contradicts.
        const total = f % 2 === 0;
        const text = total ? `In total, Binance paid ${written} in fines to U.S. authorities.` : `Binance paid a ${written} fine to U.S. authorities.`;
        const [claim] = engine.scan(text).claims;
        expect(claim?.fact, text).toBe('us-fine');
        expect(claim!.stated?.text, text).toBe(written);
        const v = claim!.stated!.value;
        expect(v.type === 'money' && Math.abs(v.amount - x * 1e9) < 1, text).toBe(true);
        // The sources: a record $4.3 billion (two) and over $4 billion (one), with 1.5% rounding slack.
        const matches43 = Math.abs(x - 4.3) <= 4.3 * TOLERANCE;
        const over4 = x >= 4 * (1 - TOLERANCE);
        const expected = matches43 ? 'supported' : over4 ? 'mixed' : total ? 'contradicted' : 'related';
        expect(claim!.verdict, text).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  // How the scan time grows with the text (linear: 5 MB in about 5× the time of 1 MB) is a speed
  // question: `npm run bench` reports it (tests/bench/robustness.ts). Here: what the scan finds.
  it('finds proportionally more in 5 MB of page text than in 1 MB', () => {
    const small = engine.scan(pageText(REPO_ROOT, 1_000_000), { named: new Set() });
    const large = engine.scan(pageText(REPO_ROOT, 5_000_000), { named: new Set() });
    expect(large.claims.length).toBeGreaterThan(small.claims.length * 4);
    expect(large.mentions.length).toBeGreaterThan(small.mentions.length * 4);
  });

  it('scans pathological text (no spaces, one endless sentence, only names) to the end without throwing', () => {
    const cases: [string, string][] = [
      ['no spaces', 'x'.repeat(1_000_000)],
      ['names glued to letters', 'Binance'.padEnd(100, 'a').repeat(10_000)],
      ['one endless sentence', 'Binance paid 4 users '.repeat(50_000)],
      ['only names', 'CZ '.repeat(300_000)],
      ['only invisible characters', '\u00ad\u200b'.repeat(500_000)],
    ];
    for (const [name, text] of cases) {
      const r = engine.scan(text);
      expect(Array.isArray(r.mentions), name).toBe(true);
      // One endless sentence is longer than any sentence a claim is read from.
      if (name === 'one endless sentence') expect(r.claims, name).toEqual([]);
    }
  });
});
