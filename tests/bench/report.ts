/**
 * Turns raw runs into medians, ratios against the baselines and a verdict
 * per aim; prints the tables docs/bench.md shows.
 */
import type { WindowStats } from './trace';
import type { PopupResult } from './popup';
import { fmt, max, median, ratio, table } from './stats';

export interface PageSpec {
  id: string;
  path: string;
  html: string;
  /** 0 for the saved article (counted by the walk). */
  textNodes: number;
  density: string;
  append: boolean;
}

/** What one page load with the extension measures (tests/bench/bench.ts). */
export interface ExtMeasure {
  scan: WindowStats;
  append: (WindowStats & { nodes: number }) | null;
  hover: { latencies: (number | null)[]; ext: WindowStats; first?: WindowStats; later?: WindowStats } | null;
  /** The hover floor (installHoverFloor) on this page with the extension's highlights painted. */
  hoverFloorWithMs?: (number | null)[] | null;
  ranges: number;
  counts: Record<string, number>;
  firstPaintMs: number | null;
  lastPaintMs: number | null;
  loadMs: number;
  heapBytes: number;
  pageLongTasks: number[];
  settled: boolean;
  /** Performance.getMetrics TaskDuration at the end of the scan: all main-thread work of the page so far. */
  taskMs: number;
  traceCoverage: number;
  /** Loading the content script (EvaluateScript: compile and top-level run), ms. */
  evalMs: number;
}

/** One run of one page: the extension's measurements plus the baselines from the same run. */
/** The same page in a browser without the extension: the baselines. */
export interface BaseMeasure {
  walkMs: number;
  walkNodes: number;
  markMs: number;
  marks: number;
  baseHeapBytes: number;
  /** TaskDuration of the same page without the extension, once settled. */
  baseTaskMs: number;
  /** The page's own box shown at once on pointermove, timed like the card (installHoverFloor). */
  hoverFloorMs?: (number | null)[];
}

export interface RunResult extends ExtMeasure, BaseMeasure {
  page: string;
  run: number;
}

export interface PageSummary {
  page: string;
  textNodes: number;
  density: string;
  ranges: number;
  counts: Record<string, number>;
  markJsMarks: number;
  /** Medians, ms. */
  claimLensMs: number;
  claimLensJsMs: number;
  walkMs: number;
  markJsMs: number;
  vsWalk: number;
  markJsSpeedup: number;
  longestTaskMs: number;
  /** ClaimLens's own JS inside that longest task, ms. */
  longestTaskJsMs: number;
  tasks: number;
  loadMs: number;
  firstPaintMs: number | null;
  lastPaintMs: number | null;
  heapAddedMB: number;
  /** Cross-check: the page's whole main-thread time (TaskDuration) with the extension minus without, ms. */
  addedTaskMs: number;
  /** Median hover → card latency on this page, ms. */
  cardMs: number | null;
  /** Median time to load (evaluate) the content script, ms. */
  evalMs: number;
  allSettled: boolean;
  minTraceCoverage: number;
}

export interface AppendSummary {
  page: string;
  pageTextNodes: number;
  appendedTextNodes: number;
  claimLensMs: number;
  perThousandNodesMs: number;
  longestTaskMs: number;
}

export interface Summary {
  pages: PageSummary[];
  appends: AppendSummary[];
  hover: {
    samples: number;
    medianMs: number;
    /** Median over the later hovers only (the first loads card.js). */
    laterMedianMs: number;
    /** The floor: the page's own box shown at once on the same moves, same probe (no extension). */
    floorMedianMs: number;
    /** The same floor on the same pages with ClaimLens's highlights painted (the extension's browser). */
    floorWithMedianMs: number;
    maxMs: number;
    missed: number;
    extMsPerHover: number;
    /** ClaimLens work in the first hover (it loads card.js), and per later hover, ms (medians over runs). */
    extMsFirst: number;
    extMsPerLaterHover: number;
    longestTaskMs: number;
  };
  popup: { firstOpenMs: number | null; firstContentMs: number; factsListMs: number; facts: number };
  aims: { aim: string; target: string; measured: string; met: boolean }[];
}

const medianOf = (rs: RunResult[], f: (r: RunResult) => number | null) => median(rs.map(f).filter((v): v is number => v !== null));

export function summarize(specs: PageSpec[], results: RunResult[], popup: PopupResult): Summary {
  const pages: PageSummary[] = [];
  const appends: AppendSummary[] = [];
  const hoverLat: number[] = [];
  let hoverMissed = 0;
  const hoverExt: number[] = [];
  const hoverLater: number[] = [];
  const hoverFloor: number[] = [];
  const hoverFloorWith: number[] = [];
  const hoverExtFirst: number[] = [];
  const hoverExtLater: number[] = [];
  let hoverLongest = 0;
  for (const spec of specs) {
    const rs = results.filter((r) => r.page === spec.id);
    if (!rs.length) continue;
    const claimLensMs = medianOf(rs, (r) => r.scan.extMs);
    const walkMs = medianOf(rs, (r) => r.walkMs);
    const markJsMs = medianOf(rs, (r) => r.markMs);
    pages.push({
      page: spec.id,
      textNodes: medianOf(rs, (r) => r.walkNodes),
      density: spec.density,
      ranges: medianOf(rs, (r) => r.ranges),
      counts: rs[0]!.counts,
      markJsMarks: medianOf(rs, (r) => r.marks),
      claimLensMs,
      claimLensJsMs: medianOf(rs, (r) => r.scan.extJsMs),
      walkMs,
      markJsMs,
      vsWalk: ratio(claimLensMs, walkMs),
      markJsSpeedup: ratio(markJsMs, claimLensMs),
      longestTaskMs: max(rs.map((r) => r.scan.longestTaskMs)),
      longestTaskJsMs: [...rs].sort((x, y) => y.scan.longestTaskMs - x.scan.longestTaskMs)[0]!.scan.longestTaskJsMs ?? NaN,
      tasks: medianOf(rs, (r) => r.scan.extTasks),
      loadMs: medianOf(rs, (r) => r.loadMs),
      firstPaintMs: medianOf(rs, (r) => r.firstPaintMs),
      lastPaintMs: medianOf(rs, (r) => r.lastPaintMs),
      heapAddedMB: (medianOf(rs, (r) => r.heapBytes) - medianOf(rs, (r) => r.baseHeapBytes)) / 2 ** 20,
      addedTaskMs: medianOf(rs, (r) => r.taskMs) - medianOf(rs, (r) => r.baseTaskMs),
      cardMs: rs.some((r) => r.hover) ? median(rs.flatMap((r) => (r.hover?.latencies ?? []).filter((v): v is number => v !== null))) : null,
      evalMs: medianOf(rs, (r) => r.evalMs ?? null),
      allSettled: rs.every((r) => r.settled),
      minTraceCoverage: Math.min(...rs.map((r) => r.traceCoverage)),
    });
    const ap = rs.filter((r) => r.append);
    if (ap.length) {
      const ms = median(ap.map((r) => r.append!.extMs));
      const nodes = ap[0]!.append!.nodes;
      appends.push({
        page: spec.id,
        pageTextNodes: medianOf(rs, (r) => r.walkNodes),
        appendedTextNodes: nodes,
        claimLensMs: ms,
        perThousandNodesMs: (ms / nodes) * 1000,
        longestTaskMs: max(ap.map((r) => r.append!.longestTaskMs)),
      });
    }
    for (const r of rs) {
      if (!r.hover) continue;
      for (const l of r.hoverFloorMs ?? []) if (l !== null) hoverFloor.push(l);
      for (const l of r.hoverFloorWithMs ?? []) if (l !== null) hoverFloorWith.push(l);
      for (const l of r.hover.latencies) {
        if (l === null) hoverMissed++;
        else hoverLat.push(l);
      }
      for (const l of r.hover.latencies.slice(1)) if (l !== null) hoverLater.push(l);
      if (r.hover.latencies.length) hoverExt.push(r.hover.ext.extMs / r.hover.latencies.length);
      if (r.hover.first) hoverExtFirst.push(r.hover.first.extMs);
      if (r.hover.later && r.hover.latencies.length > 1) hoverExtLater.push(r.hover.later.extMs / (r.hover.latencies.length - 1));
      hoverLongest = Math.max(hoverLongest, r.hover.ext.longestTaskMs);
    }
  }
  const hover = {
    samples: hoverLat.length,
    medianMs: median(hoverLat),
    laterMedianMs: median(hoverLater),
    floorMedianMs: median(hoverFloor),
    floorWithMedianMs: median(hoverFloorWith),
    maxMs: hoverLat.length ? max(hoverLat) : NaN,
    missed: hoverMissed,
    extMsPerHover: median(hoverExt),
    extMsFirst: median(hoverExtFirst),
    extMsPerLaterHover: median(hoverExtLater),
    longestTaskMs: hoverLongest,
  };
  const popupSummary = {
    firstOpenMs: popup.firstContentMs[0] ?? null,
    firstContentMs: median(popup.firstContentMs.filter((v): v is number => v !== null)),
    factsListMs: median(popup.factsListMs.filter((v): v is number => v !== null)),
    facts: popup.facts,
  };

  const none = { page: '–', vsWalk: NaN, markJsSpeedup: NaN } as PageSummary;
  // Issue 11's aims: ClaimLens ≤ 1.5× / 2.5× / 4× the bare walk on pages with no / sparse / dense
  // names (the saved article counts as sparse), ≥ 5× faster than mark.js (aim 10×) everywhere.
  const walkAim = (p: PageSummary) => (p.density === 'none' ? 1.5 : p.density === 'dense' ? 4 : 2.5);
  const worstWalk = pages.reduce((w, p) => (Number.isNaN(w.vsWalk) || p.vsWalk / walkAim(p) > w.vsWalk / walkAim(w) ? p : w), none);
  const worstMark = pages.reduce((w, p) => (p.markJsSpeedup < w.markJsSpeedup || Number.isNaN(w.markJsSpeedup) ? p : w), none);
  const longest = Math.max(...pages.map((p) => p.longestTaskMs), ...appends.map((a) => a.longestTaskMs), hover.longestTaskMs);
  const appendSmall = appends[0];
  const appendLarge = appends[appends.length - 1];
  const appendGrowth = appendSmall && appendLarge ? ratio(appendLarge.claimLensMs, appendSmall.claimLensMs) : NaN;
  const denseLarge = pages.find((p) => p.density === 'dense' && p.textNodes >= 100_000);
  const aims = [
    ...(['none', 'sparse', 'dense'] as const).map((density) => {
      const ps = pages.filter((p) => (density === 'sparse' ? p.density !== 'none' && p.density !== 'dense' : p.density === density));
      const target = density === 'none' ? 1.5 : density === 'dense' ? 4 : 2.5;
      const worst = ps.reduce((w, p) => (Number.isNaN(w.vsWalk) || p.vsWalk > w.vsWalk ? p : w), none);
      return {
        aim: `main-thread time vs one bare TreeWalker pass, pages with ${density === 'none' ? 'no' : density} names`,
        target: `≤ ${target}×`,
        measured: `${ps.map((p) => `${fmt(p.vsWalk, 1)}×`).join(', ')} (worst ${worst.page})`,
        met: ps.length > 0 && ps.every((p) => p.vsWalk <= target),
      };
    }),
    {
      aim: 'faster than mark.js markRegExp',
      target: '≥ 5× (aim 10×)',
      measured: `worst ${fmt(worstMark.markJsSpeedup, 2)}× (${worstMark.page})`,
      met: pages.every((p) => p.markJsSpeedup >= 5),
    },
    { aim: 'longest task caused', target: '≤ 50 ms', measured: `${fmt(longest)} ms`, met: longest <= 50 },
    {
      aim: `append cost independent of page size`,
      target: `≤ 1.5× from ${appendSmall?.pageTextNodes ?? '?'} to ${appendLarge?.pageTextNodes ?? '?'} nodes`,
      measured: `${fmt(appendGrowth, 2)}× (${fmt(appendSmall?.claimLensMs)} → ${fmt(appendLarge?.claimLensMs)} ms)`,
      met: appendGrowth <= 1.5,
    },
    {
      aim: 'hover → card on screen',
      target: '≤ 16 ms',
      measured: `median ${fmt(hover.medianMs)} ms, max ${fmt(hover.maxMs)} ms, ${hover.missed} missed (floor: the page's own box shown at once, ${fmt(hover.floorMedianMs)} ms without the extension, ${fmt(hover.floorWithMedianMs)} ms with its highlights painted)`,
      met: hover.medianMs <= 16 && hover.missed === 0,
    },
    {
      aim: 'heap added, dense 100,000-node page',
      target: '≤ 5 MB',
      measured: denseLarge ? `${fmt(denseLarge.heapAddedMB, 2)} MB` : 'not run',
      met: !!denseLarge && denseLarge.heapAddedMB <= 5,
    },
  ];
  void worstWalk;
  return { pages, appends, hover, popup: popupSummary, aims };
}

export function printReport(report: { summary: Summary; chromium: string; runs: number; runsLarge: number; contentScriptBytes?: number; cardScriptBytes?: number | null }): void {
  const s = report.summary;
  const out: string[] = [];
  out.push(`Chromium ${report.chromium}, medians of ${report.runs} runs (${report.runsLarge} on 100,000-node pages); times in ms.`);
  if (report.contentScriptBytes !== undefined) out.push(`Content script (Chrome, minified): ${fmt(report.contentScriptBytes / 1024, 1)} KB; "eval" is loading it (EvaluateScript) on each page.`);
  if (report.cardScriptBytes) out.push(`Hover card's code (card.js, imported on the reader's first move on a page with a highlight): ${fmt(report.cardScriptBytes / 1024, 1)} KB.`);
  out.push('');
  out.push(
    table(
      ['page', 'text nodes', 'ranges', 'ClaimLens', 'eval', 'bare walk', '× walk', 'mark.js', 'mark.js ÷ ClaimLens', 'longest task', 'tasks', 'load', 'painted', 'card', 'heap +MB', 'TaskDuration +'],
      s.pages.map((p) => [
        p.page + (p.allSettled ? '' : ' (!)'),
        String(p.textNodes),
        String(p.ranges),
        fmt(p.claimLensMs),
        fmt(p.evalMs),
        fmt(p.walkMs),
        fmt(p.vsWalk, 2),
        fmt(p.markJsMs),
        fmt(p.markJsSpeedup, 2),
        `${fmt(p.longestTaskMs)} (JS ${fmt(p.longestTaskJsMs)})`,
        fmt(p.tasks, 0),
        fmt(p.loadMs, 0),
        fmt(p.lastPaintMs, 0),
        fmt(p.cardMs),
        fmt(p.heapAddedMB, 2),
        fmt(p.addedTaskMs, 0),
      ]),
    ),
  );
  out.push('');
  out.push(
    table(
      ['append 1,000 feed items to', 'page text nodes', 'appended text nodes', 'ClaimLens', 'per 1,000 appended nodes', 'longest task'],
      s.appends.map((a) => [a.page, String(a.pageTextNodes), String(a.appendedTextNodes), fmt(a.claimLensMs), fmt(a.perThousandNodesMs), fmt(a.longestTaskMs)]),
    ),
  );
  out.push('');
  out.push(
    table(
      ['interaction', 'median', 'max', 'notes'],
      [
        [
          'hover → card on screen',
          fmt(s.hover.medianMs),
          fmt(s.hover.maxMs),
          `${s.hover.samples} hovers, ${s.hover.missed} missed; median of the later hovers (card.js loaded) ${fmt(s.hover.laterMedianMs)} ms; floor (the page's own box shown at once, same probe) ${fmt(s.hover.floorMedianMs)} ms without the extension, ${fmt(s.hover.floorWithMedianMs)} ms on the same pages with its highlights painted (card ÷ that: ${fmt(ratio(s.hover.medianMs, s.hover.floorWithMedianMs), 2)}×); ClaimLens work ${fmt(s.hover.extMsPerHover)} ms per hover: ${fmt(s.hover.extMsFirst)} ms in the first (loads card.js), ${fmt(s.hover.extMsPerLaterHover)} ms per later hover`,
        ],
        ['popup: first content', fmt(s.popup.firstContentMs), '', `first open ${fmt(s.popup.firstOpenMs)} ms`],
        ['popup: Facts tab → whole list painted', fmt(s.popup.factsListMs), '', `${s.popup.facts} facts`],
      ],
    ),
  );
  out.push('');
  out.push(table(['aim', 'target', 'measured', 'met'], s.aims.map((a) => [a.aim, a.target, a.measured, a.met ? 'yes' : 'NO'])));
  console.log(out.join('\n'));
}
