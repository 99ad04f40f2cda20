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
import type { CompiledFact, Party, StatusOption, Value } from '../model';
import { compareValues, formatValue } from '../values';
import type { SourceComparison, Verdict } from './types';

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

/**
 * Judges with a cache per fact and stated value: a long page repeats the same
 * figures, and the sources' side of the comparison never changes.
 */
export function createJudge(parties: Party[]): (fact: CompiledFact, stated: Value | undefined, examples?: boolean) => Judgement {
  const cache = new Map<string, Judgement>();
  return (fact, stated, examples = false) => {
    const key = `${fact.id}\u0000${examples ? 'e' : ''}${stated ? JSON.stringify(stated) : ''}`;
    let j = cache.get(key);
    if (!j) {
      j = judge(fact, stated, parties, examples);
      if (cache.size > 5000) cache.clear();
      cache.set(key, j);
    }
    // Each claim gets its own sources array, so a caller may change one without touching others.
    return { ...j, sources: j.sources.map((x) => ({ ...x })) };
  };
}

/**
 * `examples`: the sources' values are examples, not the whole set ("pardoned individuals like
 * Arthur Hayes"), so a page naming someone else is not a conflict with them (silent instead).
 */
export function judge(fact: CompiledFact, stated: Value | undefined, parties: Party[], examples = false): Judgement {
  const statuses = fact.statuses ?? [];
  const sources: SourceComparison[] = fact.reports.map((r) => {
    const agrees = stated && r.value ? safeCompare(stated, r.value, parties, statuses) : null;
    return { source: r.source, quote: r.quote, agrees: examples && agrees === false ? null : agrees };
  });
  const agree = sources.filter((s) => s.agrees === true).length;
  const conflict = sources.filter((s) => s.agrees === false).length;
  if (!stated || (agree === 0 && conflict === 0)) {
    const what = stated ? `this page says ${safeFormat(stated, parties, statuses)}, which the sources' values do not settle` : 'this page is about it but states no value to compare';
    return { verdict: 'related', sources, reason: `${fact.label} — ${what}; ${describeReports(fact, parties)}` };
  }
  const verdict: Verdict = agree > 0 ? (conflict > 0 ? 'mixed' : 'supported') : 'contradicted';
  return { verdict, sources, reason: `this page says ${safeFormat(stated, parties, statuses)}; ${describeReports(fact, parties)}` };
}
