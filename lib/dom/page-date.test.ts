import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { normaliseDate, pageDateOf, textDateOf } from './page-date';

const doc = (head: string, body = '') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const NOW = new Date(Date.UTC(2026, 11, 2));

describe('page dates', () => {
  it('reads the usual metadata, in order of trust', () => {
    expect(pageDateOf(doc('<meta property="article:published_time" content="2025-10-23T14:02:00Z">'), NOW)).toBe('2025-10-23');
    expect(pageDateOf(doc('<meta name="date" content="October 23, 2025">'), NOW)).toBe('2025-10-23');
    expect(pageDateOf(doc('<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-06-01"}]}</script>'), NOW)).toBe('2024-06-01');
    expect(pageDateOf(doc('', '<article><header><time datetime="2023-11-21">Nov 21</time></header></article>'), NOW)).toBe('2023-11-21');
    expect(pageDateOf(doc('', '<span itemprop="datePublished" content="2025-07">July</span>'), NOW)).toBe('2025-07');
  });

  it('says nothing when the page does not, or lies beyond belief', () => {
    expect(pageDateOf(doc('<title>x</title>'), NOW)).toBeUndefined();
    expect(pageDateOf(doc('<meta property="article:published_time" content="3025-01-01">'), NOW)).toBeUndefined();
    expect(pageDateOf(doc('<script type="application/ld+json">{not json</script>'), NOW)).toBeUndefined();
    expect(normaliseDate('sometime soon', NOW)).toBeUndefined();
  });

  it('reads a Published line at the top of a plain-text page', () => {
    expect(textDateOf('Binance hits 300 million users\nPublished: December 3, 2025\n\nBinance said…', NOW)).toBe('2025-12-03');
    expect(textDateOf('date 2025-10-31\nPresident Donald Trump last week…', NOW)).toBe('2025-10-31');
    expect(textDateOf('No date here. Binance has 250 million users.', NOW)).toBeUndefined();
  });
});
