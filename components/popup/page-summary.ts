/**
 * What "This page" leads with, as plain functions over the page's findings:
 * the count per verdict (worst first), the claims in order of importance
 * (contradicted, mixed, supported, related; page order within a verdict), one
 * line per entity for the mentions, and what the sources say for a claim's fact.
 */
import type { Finding } from '../../lib/messages';
import type { CompiledFact, Entity, Report, SourceMeta } from '../../lib/model';

export type Verdict = NonNullable<Finding['verdict']>;

/** Most important first: the order of the summary and of the claim list. */
export const VERDICT_ORDER: readonly Verdict[] = ['contradicted', 'mixed', 'supported', 'related'];

export interface VerdictCount {
  verdict: Verdict;
  count: number;
  /** "1 contradicted": the accessible name of the count. */
  words: string;
}

/** Counts per verdict, in VERDICT_ORDER, only those present. */
export function verdictCounts(findings: readonly Finding[]): VerdictCount[] {
  const counts = new Map<Verdict, number>();
  for (const f of findings) if (f.kind === 'claim') counts.set(f.verdict ?? 'related', (counts.get(f.verdict ?? 'related') ?? 0) + 1);
  return VERDICT_ORDER.filter((v) => counts.has(v)).map((verdict) => {
    const count = counts.get(verdict)!;
    return { verdict, count, words: `${count} ${verdict}` };
  });
}

/** "1 contradicted · 2 mixed · 6 supported · 3 related" (the summary as one line of text). */
export function summaryText(counts: readonly VerdictCount[]): string {
  return counts.map((c) => c.words).join(' · ');
}

/** Claims only, most important verdict first, then in page order (ids are page order when asked in document order). */
export function orderClaims(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => VERDICT_ORDER.indexOf(f.verdict ?? 'related');
  return findings
    .map((f, index) => ({ f, index }))
    .filter(({ f }) => f.kind === 'claim')
    .sort((a, b) => rank(a.f) - rank(b.f) || a.index - b.index)
    .map(({ f }) => f);
}

export interface MentionLine {
  entity: string;
  name: string;
  /** The mentions of this entity, in page order. */
  mentions: Finding[];
}

/** One line per entity named on the page, in the database's entity order. */
export function mentionLines(findings: readonly Finding[], entities: readonly Pick<Entity, 'id' | 'name'>[]): MentionLine[] {
  const lines = new Map<string, MentionLine>();
  for (const f of findings) {
    if (f.kind !== 'mention' || !f.entity) continue;
    let line = lines.get(f.entity);
    if (!line) {
      line = { entity: f.entity, name: entities.find((e) => e.id === f.entity)?.name ?? f.entity, mentions: [] };
      lines.set(f.entity, line);
    }
    line.mentions.push(f);
  }
  const order = (id: string) => {
    const at = entities.findIndex((e) => e.id === id);
    return at < 0 ? entities.length : at;
  };
  return [...lines.values()].sort((a, b) => order(a.entity) - order(b.entity));
}

/** The next mention to show when stepping by `dir` from `at` (-1: none shown yet), wrapping around. */
export function stepIndex(at: number, dir: 1 | -1, length: number): number {
  if (length <= 0) return -1;
  if (at < 0) return dir > 0 ? 0 : length - 1;
  return (at + dir + length) % length;
}

export interface SourceSays {
  /** The value in words ("275 million"), or the source's one-line summary where it states none. */
  value: string;
  /** Who reports it: the publication it cites. */
  who: string;
  reader: boolean;
}

/** What each source says about a fact, in the fact's report order. */
export function sourcesSay(
  fact: CompiledFact,
  sourcesById: ReadonlyMap<string, SourceMeta>,
  formatValue: (fact: CompiledFact, report: Report) => string | undefined,
): SourceSays[] {
  return fact.reports.map((report) => {
    const source = sourcesById.get(report.source);
    return {
      value: formatValue(fact, report) ?? report.summary,
      who: source?.cites ?? 'an unknown source',
      reader: source?.reader === true,
    };
  });
}

export const VERDICT_WORDS: Record<Verdict, string> = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  mixed: 'Mixed',
  related: 'Related',
};

/** A shape next to the verdict's word, so colour is never the only signal (hidden from screen readers: the word says it). */
export const VERDICT_SYMBOLS: Record<Verdict, string> = {
  contradicted: '✗',
  mixed: '≈',
  supported: '✓',
  related: '•',
};
