/**
 * Popup open time with the full bundled database: open popup.html in a tab
 * and record (once per frame, from an init script) when the first real
 * content is on screen; then click the Facts tab and time until every fact
 * is listed and painted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type ExtensionBrowser } from '../e2e/harness';

export interface PopupResult {
  /** ms from navigation start: the default view shows data from the database. */
  firstContentMs: (number | null)[];
  /** ms from clicking the Facts tab until every fact is listed and painted. */
  factsListMs: (number | null)[];
  facts: number;
}

const POPUP_RECORDER = `(() => {
  // tsx's keepNames helper, for the functions page.evaluate sends (see page-probes.ts).
  if (!globalThis.__name) Object.defineProperty(globalThis, '__name', { value: (f) => f });
  const rec = { content: null };
  Object.defineProperty(window, '__popup', { value: rec });
  const tick = (t) => {
    const panel = document.querySelector('[role=tabpanel]');
    const text = panel ? panel.textContent.trim() : '';
    if (rec.content === null && panel && panel.children.length > 0 && !/^Loading/.test(text)) rec.content = t;
    if (rec.content === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export async function measurePopup(ext: ExtensionBrowser, runs: number): Promise<PopupResult> {
  const data = JSON.parse(readFileSync(join(ROOT, 'seeds/claims.json'), 'utf8')) as { facts: { id: string }[] };
  const facts = data.facts.length;
  const out: PopupResult = { firstContentMs: [], factsListMs: [], facts };
  for (let i = 0; i < runs; i++) {
    // The default view, as the toolbar button opens it.
    const page = await ext.context.newPage();
    await page.addInitScript(POPUP_RECORDER);
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    out.firstContentMs.push(
      await page
        .waitForFunction(() => (window as unknown as { __popup: { content: number | null } }).__popup.content, null, { timeout: 10_000 })
        .then((h) => h.jsonValue())
        .catch(() => null),
    );
    // Then the Facts tab: click to the whole database listed and painted.
    out.factsListMs.push(
      await page
        .evaluate(
          (n) =>
            new Promise<number | null>((resolve) => {
              const tab = [...document.querySelectorAll<HTMLElement>('[role=tab]')].find((t) => t.textContent?.trim().startsWith('Facts'));
              if (!tab) return resolve(null);
              const t0 = performance.now();
              tab.click();
              const check = () =>
                setTimeout(() => {
                  if (document.querySelectorAll('.fact-label').length >= n) resolve(performance.now() - t0);
                  else if (performance.now() - t0 > 5000) resolve(null);
                  else requestAnimationFrame(check);
                }, 0);
              requestAnimationFrame(check);
            }),
          facts,
        )
        .catch(() => null),
    );
    await page.close();
  }
  return out;
}
