import { expect, test } from 'vitest';
import { DEFAULT_MARKS, isMarked, markCss, normalizeMarks, sharedShapes } from '../../lib/marks';

test('stored marks are normalised: bad or missing values take the default, unknown keys are dropped', () => {
  expect(normalizeMarks(undefined)).toEqual(DEFAULT_MARKS);
  expect(normalizeMarks({ related: 'double', mixed: 'sparkles', evil: 'wavy' })).toEqual({ ...DEFAULT_MARKS, related: 'double' });
  expect(normalizeMarks('wavy')).toEqual(DEFAULT_MARKS);
});

test('by default the three comparing verdicts are marked and related is not', () => {
  expect(isMarked(DEFAULT_MARKS, 'contradicted')).toBe(true);
  expect(isMarked(DEFAULT_MARKS, 'related')).toBe(false);
  expect(markCss(DEFAULT_MARKS)).not.toContain('claimlens-related');
});

test('the CSS never carries anything but the known shapes (a stored value cannot inject rules)', () => {
  const css = markCss(normalizeMarks({ contradicted: 'wavy; } body { display: none' }));
  expect(css).not.toContain('display');
  expect(css.trim().split('\n').every((line) => /^::highlight\(claimlens-[a-z]+\) \{ [^{}]+ \}$/.test(line))).toBe(true);
});

test('verdicts sharing a shape are named (colour alone would tell them apart); unmarked ones never clash', () => {
  expect(sharedShapes(DEFAULT_MARKS)).toEqual([]);
  expect(sharedShapes({ ...DEFAULT_MARKS, related: 'wavy' })).toEqual([{ style: 'wavy', verdicts: ['contradicted', 'related'] }]);
  expect(sharedShapes({ contradicted: 'none', mixed: 'none', supported: 'solid', related: 'none' })).toEqual([]);
});
