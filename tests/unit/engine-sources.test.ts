/**
 * The engine on the three bundled sources themselves: a strong check, since
 * each source states its own reports. Scanning a source must never flag its
 * own report as a conflict (that would be a rule reading the wrong value or
 * the wrong people), never give "contradicted", and should find each valued
 * report as a claim that agrees with that very source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/engine';
import { loadSnapshot, REPO_ROOT } from '../../lib/cli/snapshot';

const snapshot = loadSnapshot();
const engine = createEngine(snapshot);
const sourceIds = [...new Set(snapshot.facts.flatMap((f) => f.reports.map((r) => r.source)))].sort();
const texts = new Map(sourceIds.map((id) => [id, readFileSync(join(REPO_ROOT, 'seeds/sources', `${id}.txt`), 'utf8')]));
const scans = new Map(sourceIds.map((id) => [id, engine.scan(texts.get(id)!, { named: new Set() })]));

/** Where a report's quote is in its source (validated verbatim at build time). */
function quoteSpan(source: string, quote: string): { start: number; end: number } {
  const start = texts.get(source)!.indexOf(quote);
  return { start, end: start + quote.length };
}

describe('engine on the sources themselves', () => {
  it('has the three sources', () => expect(sourceIds.length).toBe(3));

  it('never has a source conflict with its own report written in the claim sentence', () => {
    const bad: string[] = [];
    for (const [id, result] of scans) {
      for (const claim of result.claims) {
        const own = claim.sources.find((x) => x.source === id);
        if (!own || own.agrees !== false) continue;
        const q = quoteSpan(id, own.quote);
        if (q.start >= claim.start && q.end <= claim.end) bad.push(`${id.slice(0, 3)} ${claim.fact}: ${claim.text.slice(0, 100)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives no "contradicted" verdict on any source', () => {
    const bad = [...scans].flatMap(([id, r]) => r.claims.filter((c) => c.verdict === 'contradicted').map((c) => `${id.slice(0, 3)} ${c.fact}: ${c.text.slice(0, 100)}`));
    expect(bad).toEqual([]);
  });

  it('finds each valued report in its own source, agreeing with it (recall ≥ 85%)', () => {
    const misses: string[] = [];
    let valued = 0;
    for (const fact of snapshot.facts) {
      for (const report of fact.reports) {
        if (!report.value) continue;
        valued++;
        const q = quoteSpan(report.source, report.quote);
        const hit = scans
          .get(report.source)!
          .claims.some((c) => c.fact === fact.id && c.start < q.end && q.start < c.end && c.sources.some((x) => x.source === report.source && x.agrees === true));
        if (!hit) misses.push(`${report.source.slice(0, 3)} ${fact.id}: "${report.quote}"`);
      }
    }
    const recall = (valued - misses.length) / valued;
    console.log(`source self-scan recall ${(recall * 100).toFixed(1)}% (${valued - misses.length} of ${valued} valued reports)${misses.map((m) => `\n  miss: ${m}`).join('')}`);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });
});
