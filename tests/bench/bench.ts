/**
 * `npm run bench`: ClaimLens in headless Chromium against two baselines on the
 * same pages in the same run. See docs/bench.md for what each number means.
 *
 *   tsx tests/bench/bench.ts [--runs 5] [--runs-large 3] [--sizes 1000,10000,100000] [--pages dense,article] [--quick]
 *                            [--out bench-results/bench.json]
 */
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHROMIUM, EXTENSION_DIR, launchExtension, ROOT, serveFixtures, type FixtureServer } from '../e2e/harness';
import { feedItemsScript, generatePage, type Density } from './generate';
import {
  aliasPattern,
  bareWalk,
  cardShown,
  highlightCounts,
  installHoverFloor,
  markJsSource,
  placeMention,
  RECORDER,
  runMarkJs,
  waitForCard,
} from './page-probes';
import { attribute, startTrace, stopTrace, windowStats, type WindowStats } from './trace';
import { printReport, summarize, type BaseMeasure, type ExtMeasure, type PageSpec, type RunResult } from './report';
import { measurePopup } from './popup';
import { measureEngineScaling, measureStorm, printRobustness } from './robustness';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const QUICK = argv.includes('--quick');
const PAGES_ONLY = argv.includes('--pages-only');
const RUNS = Number(arg('runs', QUICK ? '2' : '5'));
// 100,000-node pages take 25-80 s per run (mostly Chromium painting tens of thousands of ranges): fewer runs.
const RUNS_LARGE = Number(arg('runs-large', String(Math.min(RUNS, 3))));
/** How long a page may take to settle (s): on a loaded machine the probe alone can keep a page over the 5 % idle test. */
const SETTLE_S = Number(arg('settle', '90'));
const SIZES = arg('sizes', QUICK ? '1000,10000' : '1000,10000,100000').split(',').map(Number);
const OUT = join(ROOT, arg('out', 'bench-results/bench.json'));
const APPEND_ITEMS = 1000;
const HOVERS = 5;

const pages: PageSpec[] = [];
for (const size of SIZES) {
  for (const density of ['none', 'sparse', 'dense'] as Density[]) {
    const g = generatePage({ textNodes: size, density, seed: size + density.length });
    pages.push({
      id: `gen-${size}-${density}`,
      path: `/bench/gen-${size}-${density}.html`,
      html: g.html,
      textNodes: size,
      density,
      // Appends are measured on the sparse page of every size: same feed, growing page.
      append: density === 'sparse',
    });
  }
}
pages.push({
  id: 'long-article',
  path: '/bench/long-article.html',
  html: readFileSync(join(ROOT, 'tests/bench/pages/long-article.html'), 'utf8'),
  textNodes: 0,
  density: 'article',
  append: false,
});

// --pages dense,article: only pages whose id contains one of these.
const ONLY = arg('pages', '').split(',').filter(Boolean);
if (ONLY.length) pages.splice(0, pages.length, ...pages.filter((p) => ONLY.some((o) => p.id.includes(o))));

const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function main(): Promise<void> {
  const started = Date.now();
  const server = await serveFixtures();
  for (const p of pages) server.route(p.path, p.html);
  const ext = await launchExtension();
  // Same binary and the same (new) headless mode as the extension's browser, so rendering costs compare.
  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: false, args: ['--headless=new', ...BROWSER_ARGS] });
  const plainContext = await plain.newContext();
  const contentScriptUrl = `chrome-extension://${ext.extensionId}/content-scripts/content.js`;
  const pattern = aliasPattern();
  const markJs = markJsSource();
  console.error(`ClaimLens ${EXTENSION_DIR} (id ${ext.extensionId}); ${pages.length} pages × ${RUNS} runs`);

  // Let the background seed its database before anything is timed.
  await warmUp(ext.context, server);

  const results: RunResult[] = [];
  try {
    for (const spec of pages) {
      const runs = spec.textNodes >= 100_000 ? RUNS_LARGE : RUNS;
      for (let run = 0; run < runs; run++) {
        const t0 = Date.now();
        const withExt = await measureWithExtension(ext.context, server.url(spec.path), spec, contentScriptUrl, storedFindings(ext.worker));
        const base = await measureBaselines(plainContext, server.url(spec.path), pattern, markJs);
        results.push({ page: spec.id, run, ...withExt, ...base });
        console.error(
          `${spec.id} #${run + 1}: ext ${withExt.scan.extMs.toFixed(1)} ms (longest ${withExt.scan.longestTaskMs.toFixed(1)}), ` +
            `walk ${base.walkMs.toFixed(1)} ms, mark.js ${base.markMs.toFixed(1)} ms, ${withExt.ranges} ranges [${((Date.now() - t0) / 1000).toFixed(1)} s]`,
        );
      }
    }
    // --pages-only: the page loads alone (profiling a change); the popup, storm and engine scaling are skipped.
    const popup = PAGES_ONLY ? { firstContentMs: [], factsListMs: [], facts: 0 } : await measurePopup(ext, RUNS);
    const storm = PAGES_ONLY ? null : await measureStorm(ext, server, RUNS);
    const scaling = PAGES_ONLY ? null : measureEngineScaling();
    const summary = summarize(pages, results, popup);
    const report = {
      date: new Date().toISOString(),
      chromium: plain.version(),
      runs: RUNS,
      runsLarge: RUNS_LARGE,
      seconds: Math.round((Date.now() - started) / 1000),
      contentScriptBytes: statSync(join(EXTENSION_DIR, 'content-scripts/content.js')).size,
      // The hover card's code, imported by the content script on the reader's first move on a page with a highlight (absent before issue 11's split).
      cardScriptBytes: existsSync(join(EXTENSION_DIR, 'card.js')) ? statSync(join(EXTENSION_DIR, 'card.js')).size : null,
      aims: { vsWalk: { none: 1.5, sparse: 2.5, dense: 4 }, speedupVsMarkJs: 5, longestTaskMs: 50, cardMs: 16, denseHeapMB: 5 },
      summary,
      storm,
      scaling,
      runsRaw: results,
    };
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, JSON.stringify(report, null, 2));
    printReport(report);
    if (storm && scaling) printRobustness(storm, scaling);
    console.error(`\nwrote ${OUT} in ${report.seconds} s`);
  } finally {
    await ext.close();
    await plain.close();
    await server.close();
  }
}

async function warmUp(context: BrowserContext, server: FixtureServer): Promise<void> {
  server.route('/bench/warm.html', generatePage({ textNodes: 200, density: 'dense', seed: 7 }).html);
  const page = await context.newPage();
  await page.goto(server.url('/bench/warm.html'));
  await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, null, { timeout: 30_000 });
  await page.close();
}

async function measureWithExtension(context: BrowserContext, url: string, spec: PageSpec, contentScriptUrl: string, findings: () => Promise<string>): Promise<ExtMeasure> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(RECORDER);
  await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const settled = await waitSettled(page, cdp, findings);
  await mark(page, 'bench:scan-end');
  const taskMs = await taskDuration(cdp);
  const counts = await page.evaluate(highlightCounts);
  const rec = await page.evaluate(() => {
    const r = (window as unknown as { __bench: { first: number | null; last: number | null; longtasks: [number, number][] } }).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { first: r.first, last: r.last, longtasks: r.longtasks.map((l) => l[1]), load: nav?.loadEventEnd ?? 0 };
  });
  const heapBytes = await heapUsed(cdp);

  let appendNodes = 0;
  if (spec.append) {
    await mark(page, 'bench:append');
    appendNodes = await page.evaluate(feedItemsScript(APPEND_ITEMS, 42));
    await waitSettled(page, cdp, findings);
    await mark(page, 'bench:append-end');
  }

  let latencies: (number | null)[] | null = null;
  const ranges = Object.values(counts).reduce((a, b) => a + b, 0);
  if ((counts['claimlens-mention'] ?? 0) > 0) {
    await mark(page, 'bench:hover');
    latencies = await hoverCards(page, () => mark(page, 'bench:hover-later'));
    await mark(page, 'bench:hover-end');
  }
  // The same floor as in the baseline browser, on this page with ClaimLens's highlights painted.
  const hoverFloorWithMs = latencies ? await measureHoverFloor(page) : null;

  const events = await stopTrace(cdp);
  const a = attribute(events, contentScriptUrl);
  const at = (name: string) => a.marks.get(name) ?? Infinity;
  await page.close();
  return {
    scan: windowStats(a, -Infinity, at('bench:scan-end')),
    append: spec.append ? { ...windowStats(a, at('bench:append'), at('bench:append-end')), nodes: appendNodes } : null,
    hover: latencies
      ? {
          latencies,
          ext: windowStats(a, at('bench:hover'), at('bench:hover-end')),
          // The first hover loads card.js (import, evaluation, the card's host); the later ones only draw.
          first: windowStats(a, at('bench:hover'), at('bench:hover-later')),
          later: windowStats(a, at('bench:hover-later'), at('bench:hover-end')),
        }
      : null,
    hoverFloorWithMs,
    ranges,
    counts,
    firstPaintMs: rec.first,
    lastPaintMs: rec.last,
    loadMs: rec.load,
    heapBytes,
    pageLongTasks: rec.longtasks,
    settled,
    taskMs,
    traceCoverage: a.coverage,
    evalMs: a.contentEvalUs / 1000,
  };
}

/** Hover several mentions, each from a closed card, and time until the card is on screen. */
async function hoverCards(page: Page, afterFirst: () => Promise<void>): Promise<(number | null)[]> {
  const out: (number | null)[] = [];
  for (let i = 0; i < HOVERS; i++) {
    if (i === 1) await afterFirst();
    const spot = await page.evaluate(placeMention, i * 7);
    if (!spot) break;
    out.push(await timeShown(page, spot));
  }
  await page.mouse.move(2, 2);
  return out;
}

/** The same moves and the same probe against the page's own box shown at once (installHoverFloor): the floor for "card on screen". */
async function measureHoverFloor(page: Page): Promise<(number | null)[]> {
  const spot = await page.evaluate(installHoverFloor);
  const out: (number | null)[] = [];
  for (let i = 0; i < HOVERS; i++) out.push(await timeShown(page, spot));
  await page.mouse.move(2, 2);
  return out;
}

/** Park the pointer in the margin until nothing covers the probes, then move onto the spot: ms until something does. */
async function timeShown(page: Page, spot: { x: number; y: number; probes: [number, number][] }): Promise<number | null> {
  await page.mouse.move(2, 2);
  await page.waitForFunction(cardClosed, { probes: spot.probes }, { timeout: 5_000 }).catch(() => undefined);
  await page.waitForTimeout(50);
  const latency = page.evaluate(waitForCard, { probes: spot.probes, timeoutMs: 2_000 });
  await page.mouse.move(spot.x, spot.y);
  return latency;
}

const cardClosed = (args: { probes: [number, number][] }) => !cardShown(args);

/**
 * Done when the highlight count has not changed for a second, the page's main thread has been
 * nearly idle over that second (Performance.getMetrics TaskDuration grew by under 10 %: the
 * recorder's per-frame check alone costs about 8 % while the trace records), and, with the
 * extension, the counts its content script reported to the background (`findings`, read from the
 * worker) have not changed for FINDINGS_QUIET_MS. The registered highlight count alone stops
 * changing early on large pages (only ranges near the viewport are registered), while the scan
 * goes on: the heap was once read mid-scan that way.
 */
async function waitSettled(page: Page, cdp: CDPSession, findings?: () => Promise<string>, quietMs = 1000, timeoutMs = SETTLE_S * 1000): Promise<boolean> {
  const start = Date.now();
  const history: { t: number; task: number; count: number; found: string }[] = [];
  while (Date.now() - start < timeoutMs) {
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const task = metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    const count = await page.evaluate(() => (window as unknown as { __bench: { count: number } }).__bench.count);
    const found = findings ? await findings().catch(() => '?') : '';
    const t = Date.now();
    history.push({ t, task, count, found });
    const old = history.find((h) => h.t >= t - quietMs);
    const foundQuiet =
      !findings || (history.some((h) => h.t <= t - FINDINGS_QUIET_MS) && history.filter((h) => h.t >= t - FINDINGS_QUIET_MS).every((h) => h.found === found));
    if (old && foundQuiet && t - history[0]!.t >= quietMs && t - old.t >= quietMs * 0.8) {
      const stable = history.filter((h) => h.t >= old.t).every((h) => h.count === count);
      const busy = (task - old.task) * 1000; // seconds → ms
      if (stable && busy < 0.1 * (t - old.t)) return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** During a long pass the content script reports its counts at least every ~3 s (page-session.ts). */
const FINDINGS_QUIET_MS = 4500;

/** The content scripts' reported counts, as the background stored them for the badge and popup (tab-store.ts). */
function storedFindings(worker: Worker): () => Promise<string> {
  return () =>
    worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } } }).chrome;
      const all = await api.storage.session.get(null);
      let mentions = 0;
      let claims = 0;
      for (const v of Object.values(all)) {
        if (v && typeof v === 'object' && 'claims' in v && 'mentions' in v) {
          mentions += Number((v as { mentions: number }).mentions);
          claims += Number((v as { claims: number }).claims);
        }
      }
      return `${mentions}/${claims}`;
    });
}

async function mark(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => void performance.mark(n), name);
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** The same URL in a browser without the extension: memory, then the bare walk, then mark.js. */
async function measureBaselines(context: BrowserContext, url: string, pattern: { source: string; flags: string }, markJs: string): Promise<BaseMeasure> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(RECORDER);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await waitSettled(page, cdp);
  const baseTaskMs = await taskDuration(cdp);
  const baseHeapBytes = await heapUsed(cdp);
  const walk = await page.evaluate(bareWalk);
  const hoverFloorMs = await measureHoverFloor(page);
  await page.addScriptTag({ content: markJs });
  const m = await page.evaluate(runMarkJs, pattern);
  if (!m.sync) throw new Error('mark.js did not finish synchronously: the timing would be wrong');
  await page.close();
  return { walkMs: walk.ms, walkNodes: walk.nodes, markMs: m.ms, marks: m.marks, baseHeapBytes, baseTaskMs, hoverFloorMs };
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
