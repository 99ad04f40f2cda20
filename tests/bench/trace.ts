/**
 * Chrome trace capture and attribution: which main-thread tasks did the
 * extension cause, how long were they, how much time did they take in total.
 *
 * The trace holds the renderer's top-level tasks (RunTask, with durations)
 * and V8's sampling profile (100 µs samples with full stacks, on the same
 * clock). A sample is ClaimLens's when a content-script frame is on its
 * stack (this includes style and layout it forces, and DOM calls it makes);
 * the page's when any other JavaScript frame is; otherwise it is rendering,
 * GC or V8 overhead. A task's extension cost is its ClaimLens samples plus
 * that overhead shared in proportion to the JS that ran (a MutationObserver
 * callback runs at the end of the page task that appended nodes: only
 * ClaimLens's part counts; a task only ClaimLens ran in is all ClaimLens's).
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
].join(',');

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' } as never);
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<{ stream?: string }>((ok) => cdp.once('Tracing.tracingComplete', ok as never));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  if (!stream) throw new Error('trace came back without a stream');
  const chunks: string[] = [];
  for (;;) {
    const part = (await cdp.send('IO.read', { handle: stream, size: 4 << 20 })) as { data: string; eof: boolean; base64Encoded?: boolean };
    chunks.push(part.base64Encoded ? Buffer.from(part.data, 'base64').toString('utf8') : part.data);
    if (part.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Trace events worth naming in a task breakdown. */
const PARTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.run',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'HitTest',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
  'ParseHTML',
  'EventDispatch',
]);

/** Profile nodes that are not JavaScript: V8's bookkeeping entries. */
const META_FRAMES = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

interface ProfileNode {
  url: string;
  fn: string;
  parent?: number;
}

interface Sample {
  ts: number;
  /** Time until the next sample (its weight), µs. */
  w: number;
  kind: 'ext' | 'page-js' | 'other';
  /** The sampled frame, "function@column" for extension code (minified: columns locate it). */
  frame: string;
}

export interface Task {
  ts: number;
  dur: number;
  /** Inclusive time of the main trace events inside the task (µs), e.g. Layout, Paint, FunctionCall. */
  parts: Record<string, number>;
  extUs: number;
  pageJsUs: number;
  /** Extension-attributed cost, µs. */
  costUs: number;
}

export interface Attribution {
  pid: number;
  tid: number;
  tasks: Task[];
  marks: Map<string, number>;
  samples: number;
  /** First task on the thread (µs), where the page's own timeline starts. */
  start: number;
  /** Share of task time covered by CPU samples (a full trace buffer drops samples: should be near 1). */
  coverage: number;
  /** Extension samples: ts and top frame, for per-function breakdowns. */
  extSamples: { ts: number; w: number; frame: string }[];
  /** Loading the content script: its EvaluateScript events (compile + top-level run), µs. */
  contentEvalUs: number;
}

/** Attributes the renderer main thread's tasks, identified by samples in `contentScriptUrl`. */
export function attribute(events: TraceEvent[], contentScriptUrl: string): Attribution {
  const extPrefix = contentScriptUrl.slice(0, contentScriptUrl.indexOf('/', 'chrome-extension://'.length) + 1);
  // 1. Rebuild each thread's sampled profile.
  const profiles = new Map<string, { pid: number; tid: number; start: number; nodes: Map<number, ProfileNode>; ids: number[]; deltas: number[] }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) {
      const data = (e.args?.data ?? {}) as { startTime?: number };
      profiles.set(`${e.pid}:${e.id}`, { pid: e.pid, tid: e.tid, start: data.startTime ?? e.ts, nodes: new Map(), ids: [], deltas: [] });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    if (!p) continue;
    const data = (e.args?.data ?? {}) as {
      cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { url?: string; functionName?: string } }[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, { url: n.callFrame.url ?? '', fn: n.callFrame.functionName ?? '', parent: n.parent });
    p.ids.push(...(data.cpuProfile?.samples ?? []));
    p.deltas.push(...(data.timeDeltas ?? []));
  }
  // 2. Classify samples; the page's main thread is the one that ran the content script.
  let chosen: { pid: number; tid: number; samples: Sample[] } | null = null;
  for (const p of profiles.values()) {
    const kindOf = new Map<number, Sample['kind']>();
    const classify = (id: number): Sample['kind'] => {
      const known = kindOf.get(id);
      if (known) return known;
      // Any JavaScript frame makes it the page's JS (scripts the page evaluates may have no URL),
      // unless a content-script frame is on the stack: then it is ours.
      let kind: Sample['kind'] = 'other';
      for (let cur: number | undefined = id; cur !== undefined; cur = p.nodes.get(cur)?.parent) {
        const node = p.nodes.get(cur);
        if (!node) break;
        if (node.url.startsWith(extPrefix)) {
          kind = 'ext';
          break;
        }
        if (kind === 'other' && !META_FRAMES.has(node.fn)) kind = 'page-js';
      }
      kindOf.set(id, kind);
      return kind;
    };
    let t = p.start;
    const samples: Sample[] = [];
    let hasContent = false;
    for (let i = 0; i < p.ids.length; i++) {
      t += p.deltas[i] ?? 0;
      const kind = classify(p.ids[i]!);
      const top = p.nodes.get(p.ids[i]!);
      const frame = top ? `${top.fn || '(anonymous)'}${top.url ? '' : ' [native]'}` : '?';
      samples.push({ ts: t, w: 0, kind, frame });
    }
    for (let i = 0; i < samples.length; i++) samples[i]!.w = Math.min(2000, Math.max(0, (samples[i + 1]?.ts ?? samples[i]!.ts + 100) - samples[i]!.ts));
    for (const n of p.nodes.values()) if (n.url === contentScriptUrl) hasContent = true;
    if (hasContent && (!chosen || samples.length > chosen.samples.length)) chosen = { pid: p.pid, tid: p.tid, samples };
  }
  const marks = new Map<string, number>();
  for (const e of events) if (e.cat.includes('blink.user_timing') && e.name.startsWith('bench:')) marks.set(e.name, e.ts);
  if (!chosen) return { pid: 0, tid: 0, tasks: [], marks, samples: 0, start: 0, coverage: 0, extSamples: [], contentEvalUs: 0 };
  let contentEvalUs = 0;
  for (const e of events) {
    if (e.name !== 'EvaluateScript' || e.ph !== 'X' || !e.dur || e.pid !== chosen.pid || e.tid !== chosen.tid) continue;
    if (((e.args?.data ?? {}) as { url?: string }).url === contentScriptUrl) contentEvalUs += e.dur;
  }

  // 3. Top-level tasks of that thread, with their samples.
  const raw = events
    .filter((e) => e.ph === 'X' && e.pid === chosen.pid && e.tid === chosen.tid && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur)
    .sort((a, b) => a.ts - b.ts);
  const inner = events
    .filter((e) => e.ph === 'X' && e.pid === chosen.pid && e.tid === chosen.tid && e.dur && PARTS.has(e.name))
    .sort((a, b) => a.ts - b.ts);
  let ii = 0;
  let sampledUs = 0;
  let taskUs = 0;
  const tasks: Task[] = [];
  let end = -Infinity;
  let si = 0;
  const samples = chosen.samples;
  for (const e of raw) {
    if (e.ts < end) continue; // nested
    end = e.ts + e.dur!;
    taskUs += e.dur!;
    while (si < samples.length && samples[si]!.ts < e.ts) si++;
    let extUs = 0;
    let pageJsUs = 0;
    for (let j = si; j < samples.length && samples[j]!.ts <= end; j++) {
      const s = samples[j]!;
      sampledUs += s.w;
      if (s.kind === 'ext') extUs += s.w;
      else if (s.kind === 'page-js') pageJsUs += s.w;
    }
    // Rendering, GC and V8 overhead in the task are shared in proportion to the JS that ran.
    const costUs = extUs > 0 ? extUs + (e.dur! - extUs - pageJsUs) * (extUs / (extUs + pageJsUs)) : 0;
    const parts: Record<string, number> = {};
    while (ii < inner.length && inner[ii]!.ts < e.ts) ii++;
    for (let j = ii; j < inner.length && inner[j]!.ts < end; j++) parts[inner[j]!.name] = (parts[inner[j]!.name] ?? 0) + inner[j]!.dur!;
    tasks.push({ ts: e.ts, dur: e.dur!, parts, extUs, pageJsUs, costUs });
  }
  const extSamples = samples.filter((x) => x.kind === 'ext').map(({ ts, w, frame }) => ({ ts, w, frame }));
  const coverage = taskUs ? sampledUs / taskUs : 0;
  return { pid: chosen.pid, tid: chosen.tid, tasks, marks, samples: samples.length, start: tasks[0]?.ts ?? 0, coverage, extSamples, contentEvalUs };
}

export interface WindowStats {
  /** Extension main-thread time, ms. */
  extMs: number;
  /** The content script's own JS (and the DOM calls it made), from samples only, ms. */
  extJsMs: number;
  /** Longest task that did extension work, ms. */
  longestTaskMs: number;
  /** The content script's own JS in that task, ms (the rest is rendering, GC, V8: a frame's style and layout of the page may fall in it). */
  longestTaskJsMs: number;
  extTasks: number;
  /** ms from the window start to the end of the last extension task. */
  lastActivityMs: number;
  /** The longest extension tasks: duration, extension JS and page JS inside, ms. */
  topTasks: { dur: number; ext: number; pageJs: number; parts: Record<string, number> }[];
  /** Where extension samples landed (top frame), ms, largest first. */
  topFrames: [string, number][];
}

/** Sums extension tasks that start in [from, to) (trace µs; from = -Infinity: the page's start). */
export function windowStats(a: Attribution, fromTs: number, to: number): WindowStats {
  const from = Number.isFinite(fromTs) ? fromTs : a.start;
  let ext = 0;
  let js = 0;
  let longest = 0;
  let longestJs = 0;
  let count = 0;
  let last = from;
  for (const t of a.tasks) {
    if (t.ts < from || t.ts >= to || t.costUs === 0) continue;
    ext += t.costUs;
    js += t.extUs;
    count++;
    // A page task that ends with our MutationObserver callback is the page's task:
    // count only our part of it. Otherwise the whole task is ours.
    const ours = t.pageJsUs > t.extUs ? t.costUs : t.dur;
    if (ours > longest) {
      longest = ours;
      longestJs = t.extUs;
    }
    if (t.ts + t.dur > last) last = t.ts + t.dur;
  }
  const mine = a.tasks.filter((t) => t.ts >= from && t.ts < to && t.costUs > 0);
  const topTasks = mine
    .sort((x, y) => y.dur - x.dur)
    .slice(0, 5)
    .map((t) => ({
      dur: t.dur / 1000,
      ext: t.extUs / 1000,
      pageJs: t.pageJsUs / 1000,
      parts: Object.fromEntries(Object.entries(t.parts).map(([k, v]) => [k, Math.round(v) / 1000])),
    }));
  const frames = new Map<string, number>();
  for (const s of a.extSamples) if (s.ts >= from && s.ts < to) frames.set(s.frame, (frames.get(s.frame) ?? 0) + s.w / 1000);
  const topFrames = [...frames].sort((x, y) => y[1] - x[1]).slice(0, 12);
  return { extMs: ext / 1000, extJsMs: js / 1000, longestTaskMs: longest / 1000, longestTaskJsMs: longestJs / 1000, extTasks: count, lastActivityMs: (last - from) / 1000, topTasks, topFrames };
}
