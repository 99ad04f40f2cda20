/**
 * Compares a stated value with every source's report of a fact and turns the
 * comparisons into a verdict (definitions in docs/design.md, section 2) and a reason in words.
 *
 *  supported    agrees with at least one source and conflicts with none
 *  contradicted conflicts with every source that gives a comparable value
 *  mixed        agrees with some, conflicts with others
 *  related      about the fact, but no comparable value
 *
 * A source whose report has no value, or whose value compareValues cannot
 * compare (it returns null), is silent: it neither supports nor contradicts.
 */
import type { CompiledFact, Party, SourceMeta, StatusOption, Value } from '../model';
import { compareValues, formatValue } from '../values';
import { describeSpan, monthsApart, spanOfIsoDate, type MonthSpan } from './frame';
import type { SourceComparison, Verdict } from './types';

/** Figures that vary over time are compared only with sources reporting within this many months. */
export const SAME_TIME_MONTHS = 4;

/** What the claim's frame says about comparing it (see frame/index.ts). */
export interface JudgeFrame {
  /** Not comparable at all, in words: another holder, scope or currency. */
  limit?: string;
  /** The limit names one part of the whole: an amount that still agrees with the sources is the whole. */
  limitIsPart?: boolean;
  /** Not an assertion: "could", "by 2026", "prosecutors sought". */
  hypothetical?: string;
  /** When the value is from; explicit when the text says so, else the page's date. */
  time?: { span: MonthSpan; explicit: boolean; text?: string };
  /** A time before the page's own that cannot be placed ("at the time", "at its peak"). */
  earlier?: string;
  /** The new figure after a change the page reports ("cut its stake to 40%"). */
  changed?: string;
  /** A figure that varies over time, on a page that gives no date and whose words give none either. */
  undated?: boolean;
  /** A bare "$" on a fact of another country's case: the page may mean its own dollars. */
  ambiguousDollar?: boolean;
  /** The fact's value is a total and the page's words do not say theirs is (it may be a part). */
  partOfTotal?: boolean;
}

export interface Judgement {
  verdict: Verdict;
  sources: SourceComparison[];
  reason: string;
}

function safeCompare(stated: Value, reported: Value, parties: Party[], statuses: StatusOption[]): boolean | null {
  try {
    return compareValues(stated, reported, { parties, statuses });
  } catch {
    // A comparison the value library cannot make is silence, never a verdict.
    return null;
  }
}

function safeFormat(v: Value, parties: Party[], statuses: StatusOption[] = []): string {
  try {
    return formatValue(v, parties, statuses);
  } catch {
    return v.type;
  }
}

/** "250 million (2) and 275 million (1)": each distinct reported value with how many sources give it. */
function describeReports(fact: CompiledFact, parties: Party[]): string {
  const counts = new Map<string, number>();
  for (const r of fact.reports) {
    if (!r.value) continue;
    const key = safeFormat(r.value, parties, fact.statuses);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = [...counts].map(([text, n]) => `${text} (${n})`);
  if (parts.length === 0) {
    const n = new Set(fact.reports.map((r) => r.source)).size;
    return `reported by ${n} source${n === 1 ? '' : 's'}`;
  }
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
  return `the source${fact.reports.filter((r) => r.value).length === 1 ? ' says' : 's say'} ${list}`;
}

export type JudgeFn = (fact: CompiledFact, stated: Value | undefined, examples?: boolean, frame?: JudgeFrame) => Judgement;

/**
 * Judges with a cache per fact, stated value and frame: a long page repeats the same
 * figures, and the sources' side of the comparison never changes.
 */
export function createJudge(parties: Party[], sources: readonly SourceMeta[] = []): JudgeFn {
  const cache = new Map<string, Judgement>();
  return (fact, stated, examples = false, frame) => {
    const key = `${fact.id}\u0000${examples ? 'e' : ''}${stated ? JSON.stringify(stated) : ''}\u0000${frame ? JSON.stringify(frame) : ''}`;
    let j = cache.get(key);
    if (!j) {
      j = judge(fact, stated, parties, examples, frame, sources);
      if (cache.size > 5000) cache.clear();
      cache.set(key, j);
    }
    // Each claim gets its own sources array, so a caller may change one without touching others.
    return { ...j, sources: j.sources.map((x) => ({ ...x })) };
  };
}

/** "March–June 2025": the span of the sources' dates for a fact. */
function sourcesSpan(fact: CompiledFact, sources: readonly SourceMeta[]): MonthSpan | undefined {
  let span: MonthSpan | undefined;
  for (const r of fact.reports) {
    const at = spanOfIsoDate(r.asOf ?? sources.find((m) => m.id === r.source)?.asOf);
    if (!at) continue;
    span = span ? { from: Math.min(span.from, at.from), to: Math.max(span.to, at.to) } : at;
  }
  return span;
}

/**
 * `examples`: the sources' values are examples, not the whole set ("pardoned individuals like
 * Arthur Hayes"), so a page naming someone else is not a conflict with them (silent instead).
 *
 * `frame` (docs/design.md, section 3): a value another holder's, of another scope or currency is
 * "related" with that reason; a hypothetical is "related" (for a fact whose sources are themselves
 * projections it is compared, but never "contradicted"); for a fact that varies over time, a source
 * reporting more than SAME_TIME_MONTHS away from the value's time cannot conflict with it (and,
 * when the text dates the value itself, cannot agree either).
 */
export function judge(
  fact: CompiledFact,
  stated: Value | undefined,
  parties: Party[],
  examples = false,
  frame: JudgeFrame = {},
  sourceMetas: readonly SourceMeta[] = [],
): Judgement {
  const statuses = fact.statuses ?? [];
  let dated = 0;
  const sources: SourceComparison[] = fact.reports.map((r) => {
    let agrees = stated && r.value ? safeCompare(stated, r.value, parties, statuses) : null;
    if (examples && agrees === false) agrees = null;
    if (fact.varies && agrees !== null) {
      const at = spanOfIsoDate(r.asOf ?? sourceMetas.find((m) => m.id === r.source)?.asOf);
      const other = frame.earlier !== undefined || frame.changed !== undefined;
      const apart = other || (frame.time && at && monthsApart(frame.time.span, at) > SAME_TIME_MONTHS);
      if (apart && (agrees === false || frame.time?.explicit || other)) {
        agrees = null;
        dated++;
      }
    }
    return { source: r.source, quote: r.quote, agrees };
  });
  const agree = sources.filter((s) => s.agrees === true).length;
  const conflict = sources.filter((s) => s.agrees === false).length;
  const says = stated ? `this page says ${safeFormat(stated, parties, statuses)}` : '';
  const reports = describeReports(fact, parties);
  const related = (why: string): Judgement => ({ verdict: 'related', sources: sources.map((x) => ({ ...x, agrees: null })), reason: `${why}: ${says}; ${reports}` });
  if (stated && frame.limit && !(frame.limitIsPart && agree > 0 && conflict === 0)) return related(frame.limit);
  if (stated && frame.hypothetical && !fact.projection) return related(`a possibility or projection (“${frame.hypothetical}”), not a statement of fact`);
  // The sources project; an amount the page says was actually made in a given period is another measure.
  if (stated && fact.projection && !frame.hypothetical && frame.time?.explicit) return related(`an actual figure for ${frame.time.text ?? describeSpan(frame.time.span)}, while the sources give a projection`);
  if (!stated || (agree === 0 && conflict === 0)) {
    if (stated && dated > 0) {
      const span = sourcesSpan(fact, sourceMetas);
      const from = span ? `the sources report as of ${describeSpan(span)}` : 'the sources report another time';
      const what = frame.changed
        ? `the new figure after a change (“${frame.changed}”)`
        : frame.earlier
        ? `an earlier figure (“${frame.earlier}”)`
        : frame.time?.explicit
          ? `a figure for ${frame.time.text ?? describeSpan(frame.time.span)}`
          : `a later figure (this page is from ${frame.time ? describeSpan(frame.time.span) : 'another time'})`;
      return { verdict: 'related', sources, reason: `${what}; ${from}: ${says}; ${reports}` };
    }
    const what = stated ? `${says}, which the sources' values do not settle` : 'this page is about it but states no value to compare';
    return { verdict: 'related', sources, reason: `${fact.label} — ${what}; ${reports}` };
  }
  const verdict: Verdict = agree > 0 ? (conflict > 0 ? 'mixed' : 'supported') : 'contradicted';
  if (verdict === 'contradicted') {
    // A contradiction needs the whole frame (docs/design.md, section 3); short of it, say what is missing.
    if (frame.hypothetical) return related(`a projection (“${frame.hypothetical}”) that differs from the sources' own`);
    if (frame.undated) {
      const span = sourcesSpan(fact, sourceMetas);
      return related(`a figure that changes over time, on a page that gives no date (the sources report as of ${span ? describeSpan(span) : 'their own time'})`);
    }
    // Only where the two could be one amount in two currencies (within a factor of 1.7, like C$ and US$).
    if (frame.ambiguousDollar && stated && 'amount' in stated && fact.reports.some((r) => r.value && 'amount' in r.value && stated.amount / r.value.amount < 1.7 && r.value.amount / stated.amount < 1.7)) {
      return related('a dollar amount that may be in the local currency, while the sources give U.S. dollars');
    }
    if (frame.partOfTotal && stated && 'amount' in stated && fact.reports.every((r) => !r.value || !('amount' in r.value) || r.value.amount > stated.amount)) {
      return related('a smaller amount that may be one part of the total the sources give');
    }
  }
  return { verdict, sources, reason: `${says}; ${reports}` };
}
