import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { foldedTextOf, foldText } from '../../lib/engine/fold';

const SPECIAL = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00a0', '\u2009', '\u202f', '\u3000', '\u2018', '\u2019', '\u02bc', '\u201c', '\u201d', '\u2013', '\u2212', '\u2028', '\u0085'];

describe('foldedTextOf (the pre-filter\u2019s fold, without an offset map)', () => {
  test('is exactly foldText(...).text', () => {
    const piece = fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(foldedTextOf(text)).toBe(foldText(text).text);
      }),
      { numRuns: 500 },
    );
  });
  test('drops invisible characters and maps typographic ones', () => {
    expect(foldedTextOf('Bin\u00adance\u2019s\u00a0users \u2013 \u201cmore\u201d')).toBe('Binance\'s users - "more"');
  });
});
