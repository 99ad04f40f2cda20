/**
 * Measurements that used to be assertions in the test suite and depend on how
 * fast and how busy the machine is, so they live here and are reported as
 * ratios to a baseline taken in the same run (docs/design.md, "Tests assert
 * behaviour, never speed"):
 *   - a page's mutation storm: mutations per second with ClaimLens watching,
 *     against the same storm with ClaimLens paused;
 *   - the engine's scaling: CPU time for 5 MB against 1 MB of page text, and for
 *     pathological texts (no spaces, one endless sentence, only names) at 1 MB
 *     against 200 KB. Linear is 5×.
 */
import type { ExtensionBrowser, FixtureServer } from '../e2e/harness';
import { createEngine } from '../../lib/engine';
import { loadSnapshot } from '../../lib/cli/snapshot';
import { pageText } from '../engine/page-text';
import { ADVERSARIAL_PATTERNS, newsLikeText } from '../engine/news-like-text';
import { parseValues } from '../../lib/values';
import { ROOT } from '../e2e/harness';

export interface StormResult {
  /** Mutations per second with ClaimLens on, and paused (the baseline), per run. */
  on: number[];
  paused: number[];
}

export interface ScalingResult {
  name: string;
  smallChars: number;
  largeChars: number;
  smallMs: number;
  largeMs: number;
}

async function stormRate(page: import('playwright-core').Page): Promise<number> {
  const started = Date.now();
  await page.evaluate(() => {
    delete (window as unknown as { __stormDone?: number }).__stormDone;
    (window as unknown as { storm(ms: number): void }).storm(2000);
  });
  await page.waitForFunction(() => (window as unknown as { __stormDone?: number }).__stormDone !== undefined, null, { timeout: 60_000 });
  const mutations = await page.evaluate(() => (window as unknown as { __stormDone: number }).__stormDone);
  return (mutations / (Date.now() - started)) * 1000;
}

export async function measureStorm(ext: ExtensionBrowser, server: FixtureServer, runs: number): Promise<StormResult> {
  const popup = await ext.openExtensionPage('popup.html?tab=0');
  const pause = (paused: boolean) =>
    popup.evaluate((paused) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'pause:set', data: { paused } }), paused);
  const out: StormResult = { on: [], paused: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const page = await ext.context.newPage();
      await page.goto(server.url('/pages/feed.html'));
      await page.waitForFunction(() => (window as unknown as { __posts: number }).__posts >= 200, null, { timeout: 60_000 });
      await page.waitForFunction(() => ((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('claimlens-mention')?.size ?? 0) >= 150, null, { timeout: 60_000 });
      out.on.push(await stormRate(page));
      await pause(true);
      await page.waitForFunction(() => ((CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('claimlens-mention')?.size ?? 0) === 0, null, { timeout: 60_000 });
      out.paused.push(await stormRate(page));
      await pause(false);
      await page.close();
    }
  } finally {
    await pause(false).catch(() => undefined);
    await popup.close();
  }
  return out;
}

/** CPU time of this process for one scan, best of `tries`. */
function cpuMs(scan: () => void, tries: number): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const c0 = process.cpuUsage();
    scan();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

export function measureEngineScaling(): ScalingResult[] {
  const engine = createEngine(loadSnapshot());
  const out: ScalingResult[] = [];
  const small = pageText(ROOT, 1_000_000);
  const large = pageText(ROOT, 5_000_000);
  engine.scan(small.slice(0, 200_000)); // warm up the JIT
  out.push({
    name: 'page text',
    smallChars: small.length,
    largeChars: large.length,
    smallMs: cpuMs(() => engine.scan(small, { named: new Set() }), 3),
    largeMs: cpuMs(() => engine.scan(large, { named: new Set() }), 3),
  });
  const makers: [string, (n: number) => string][] = [
    ['no spaces', (n) => 'x'.repeat(n)],
    ['names glued to letters', (n) => 'Binance'.padEnd(100, 'a').repeat(n / 100)],
    ['one endless sentence', (n) => 'Binance paid 4 users '.repeat(n / 21)],
    ['only names', (n) => 'CZ '.repeat(n / 3)],
    ['only invisible characters', (n) => '\u00ad\u200b'.repeat(n / 2)],
  ];
  for (const [name, make] of makers) {
    const a = make(200_000);
    const b = make(1_000_000);
    out.push({ name, smallChars: a.length, largeChars: b.length, smallMs: cpuMs(() => engine.scan(a), 2), largeMs: cpuMs(() => engine.scan(b), 2) });
  }
  // The value parser alone: 5 MB of news-like text per kind against 1 MB, and adversarial runs at 10×.
  const snapshot = loadSnapshot();
  const ctx = { parties: snapshot.parties };
  const news1 = newsLikeText(1_000_000);
  const news5 = newsLikeText(5_000_000);
  for (const kind of ['money', 'count', 'percent', 'duration', 'year', 'people', 'status'] as const) {
    out.push({ name: `values: ${kind}`, smallChars: news1.length, largeChars: news5.length, smallMs: cpuMs(() => parseValues(kind, news1, ctx), 2), largeMs: cpuMs(() => parseValues(kind, news5, ctx), 2) });
  }
  for (const pattern of ADVERSARIAL_PATTERNS) {
    const a = pattern.repeat(Math.ceil(50_000 / pattern.length));
    const b = pattern.repeat(Math.ceil(500_000 / pattern.length));
    const run = (t: string) => () => {
      parseValues('money', t, ctx);
      parseValues('people', t, ctx);
    };
    run(a)();
    out.push({ name: `values: ${JSON.stringify(pattern)} repeated`, smallChars: a.length, largeChars: b.length, smallMs: cpuMs(run(a), 3), largeMs: cpuMs(run(b), 2) });
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

export function printRobustness(storm: StormResult | null, scaling: ScalingResult[]): void {
  if (storm) {
    const on = median(storm.on);
    const off = median(storm.paused);
    console.log('\nMutation storm (feed page, 2 s of text rewrites), mutations per second, median:');
    console.log(`| ClaimLens on | paused (baseline) | on ÷ paused |\n|---|---|---|\n| ${on.toFixed(0)} | ${off.toFixed(0)} | ${(on / off).toFixed(2)} |`);
  }
  console.log('\nEngine scaling (CPU ms, best of runs; linear growth is the size ratio):');
  console.log('| text | small | large | size × | time × |\n|---|---|---|---|---|');
  for (const r of scaling) {
    console.log(`| ${r.name} | ${r.smallMs.toFixed(1)} | ${r.largeMs.toFixed(1)} | ${(r.largeChars / r.smallChars).toFixed(1)} | ${(r.largeMs / Math.max(r.smallMs, 1)).toFixed(2)} |`);
  }
}
