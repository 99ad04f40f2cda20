import { describe, expect, test } from 'vitest';
import { encodeFragmentTerm, textDirective, textFragmentUrl } from '../../lib/notes/text-fragment';

describe('text fragment links', () => {
  test('encodes the directive delimiters , - & inside terms', () => {
    expect(encodeFragmentTerm('a,b-c&d')).toBe('a%2Cb%2Dc%26d');
    expect(encodeFragmentTerm('50% off #1 é')).toBe('50%25%20off%20%231%20%C3%A9');
  });

  test('prefix-,exact,-suffix with a few words of context', () => {
    const d = textDirective({ exact: '250 million users', prefix: 'the vast presence of Binance—boasting ', suffix: ' and $65 billion in daily' });
    expect(d).toBe('text=presence%20of%20Binance%E2%80%94boasting-,250%20million%20users,-and%20%2465%20billion');
  });

  test('no prefix or suffix: just the quote', () => {
    expect(textDirective({ exact: '  co-founder\nof WLFI ' })).toBe('text=co%2Dfounder%20of%20WLFI');
  });

  test('long quotes become textStart,textEnd', () => {
    const exact = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty';
    expect(textDirective({ exact })).toBe('text=one%20two%20three%20four%20five,sixteen%20seventeen%20eighteen%20nineteen%20twenty');
  });

  test('keeps an anchor, replaces an old directive, and round-trips through URL', () => {
    expect(textFragmentUrl('https://x.test/a?q=1#sec', { exact: 'a,b' })).toBe('https://x.test/a?q=1#sec:~:text=a%2Cb');
    expect(textFragmentUrl('https://x.test/a#:~:text=old', { exact: 'new' })).toBe('https://x.test/a#:~:text=new');
    const url = new URL(textFragmentUrl('https://x.test/p', { exact: 'Binance & CZ - again', prefix: 'said', suffix: 'today' }));
    const directive = url.hash.slice('#:~:text='.length);
    const terms = directive.split(',').map((t) => decodeURIComponent(t.replace(/^-|-$/g, '')));
    expect(terms).toEqual(['said', 'Binance & CZ - again', 'today']);
  });

  test('an empty quote leaves the URL alone', () => {
    expect(textFragmentUrl('https://x.test/', { exact: '  ' })).toBe('https://x.test/');
  });
});
