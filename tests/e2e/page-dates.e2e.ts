/**
 * The page's own date in the real browser: a user count that changes over time is contradicted
 * only on a page dated within the sources' time; on an undated page, or one dated long after the
 * sources, the same sentence is "related" (docs/design.md, section 3).
 */
import { describe, expect, test } from 'vitest';
import { useExtensionAndFixtures } from './use-extension';
import { ContentPage } from './pages/content-page';

const env = useExtensionAndFixtures();

const page = (meta: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${meta}<title>Users</title><link rel="icon" href="data:,"></head>` +
  '<body><article><p id="users">Binance has 150 million users, the filing said.</p><p id="fine">Binance paid a record $4.3 billion fine to U.S. authorities.</p></article></body></html>';

const sentence = 'Binance has 150 million users, the filing said.';

describe('dated pages', () => {
  for (const [name, meta, verdict] of [
    ['dated within the sources’ time', '<meta property="article:published_time" content="2025-05-20T10:00:00Z">', 'contradicted'],
    ['dated long after the sources', '<meta property="article:published_time" content="2025-12-01T10:00:00Z">', 'related'],
    ['with no date at all', '', 'related'],
  ] as const) {
    test(`a user count on a page ${name} is ${verdict}`, async () => {
      env.server.route(`/pages/dated-${verdict}-${meta.length}.html`, page(meta));
      const cp = await ContentPage.open(await env.browser.context.newPage(), env.server.url(`/pages/dated-${verdict}-${meta.length}.html`));
      const h = await cp.waitForHighlights((h) => (h['claimlens-supported'] ?? []).length > 0, 60_000);
      // The verdict of the sentence as the popup lists it (related claims are found but not marked by default).
      let findings = await cp.findings(env.browser.worker);
      for (let i = 0; i < 50 && !findings.some((f) => f.text === sentence); i++) {
        await cp.page.waitForTimeout(200);
        findings = await cp.findings(env.browser.worker);
      }
      expect(findings.filter((f) => f.text === sentence).map((f) => f.verdict)).toEqual([verdict]);
      // Painted: the stated value, and only when its verdict is marked.
      if (verdict === 'contradicted') expect(h['claimlens-contradicted']).toEqual([expect.stringMatching(/^150 million/)]);
      else expect(Object.values(h).flat().filter((t) => t.startsWith('150 million'))).toEqual([]);
      // A one-off event does not change with the page's date.
      expect(findings.filter((f) => f.text === 'Binance paid a record $4.3 billion fine to U.S. authorities.').map((f) => f.verdict)).toEqual(['supported']);
      expect(h['claimlens-supported']).toEqual([expect.stringContaining('$4.3 billion')]);
      expect(cp.errors).toEqual([]);
      await cp.page.close();
    });
  }
});
