/**
 * Popup open time with the full bundled database: open popup.html in a tab
 * and record (once per frame, from an init script) when the first real
 * content is on screen and when the Facts list shows every fact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type ExtensionBrowser } from '../e2e/harness';

export interface PopupResult {
  /** ms from navigation start: the default view shows data from the database. */
  firstContentMs: (number | null)[];
  /** ms from navigation start: the Facts view lists every fact. */
  factsListMs: (number | null)[];
  facts: number;
}

const POPUP_RECORDER = (facts: number) => `(() => {
  const rec = { content: null, list: null };
  Object.defineProperty(window, '__popup', { value: rec });
  const tick = (t) => {
    const panel = document.querySelector('[role=tabpanel]');
    const text = panel ? panel.textContent.trim() : '';
    if (rec.content === null && panel && panel.children.length > 0 && !/^Loading/.test(text)) rec.content = t;
    if (rec.list === null && document.querySelectorAll('.fact-label').length >= ${facts}) rec.list = t;
    if (rec.content === null || rec.list === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export async function measurePopup(ext: ExtensionBrowser, runs: number): Promise<PopupResult> {
  const data = JSON.parse(readFileSync(join(ROOT, 'seeds/claims.json'), 'utf8')) as { facts: { id: string }[] };
  const facts = data.facts.length;
  const out: PopupResult = { firstContentMs: [], factsListMs: [], facts };
  const readRec = async (page: import('playwright-core').Page, key: 'content' | 'list') => {
    try {
      await page.waitForFunction((k) => (window as unknown as { __popup: Record<string, number | null> }).__popup[k] !== null, key, {
        timeout: 10_000,
      });
      return await page.evaluate((k) => (window as unknown as { __popup: Record<string, number | null> }).__popup[k]!, key);
    } catch {
      return null;
    }
  };
  for (let i = 0; i < runs; i++) {
    // The default view, as the toolbar button opens it.
    const page = await ext.context.newPage();
    await page.addInitScript(POPUP_RECORDER(facts));
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    out.firstContentMs.push(await readRec(page, 'content'));
    await page.close();
    // The Facts view (?fact= opens it), which renders the whole database.
    const factsPage = await ext.context.newPage();
    await factsPage.addInitScript(POPUP_RECORDER(data.facts.length));
    await factsPage.goto(`chrome-extension://${ext.extensionId}/popup.html?fact=${encodeURIComponent(data.facts[0]!.id)}`);
    out.factsListMs.push(await readRec(factsPage, 'list'));
    await factsPage.close();
  }
  return out;
}
