/**
 * The engine on real text (tests/engine/real): excerpts of public pages labelled by hand before
 * the engine was run on them. Printed separately from the hand-written sets: mention precision and
 * recall, claim recall, verdict accuracy and every false "contradicted" — and any false
 * "contradicted" fails the run (docs/design.md, section 2: the worst thing the product can do).
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/engine';
import { loadSnapshot } from '../../lib/cli/snapshot';
import { DEV } from '../engine/real/dev';
import { FRESH } from '../engine/real/fresh';
import { scoreReal, type RealScores } from '../engine/metrics';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function reportReal(name: string, s: RealScores, details = true): string {
  return [
    `${name}: ${s.cases} excerpts, ${s.labels} labelled claims`,
    `  mention precision  ${pct(s.precision).padStart(6)}  (${s.mentionTp} right, ${s.mentionFp} wrong)`,
    `  mention recall     ${pct(s.recall).padStart(6)}  (${s.mentionTp} of ${s.mentionTp + s.mentionFn})`,
    `  claim recall       ${pct(s.claimRecall).padStart(6)}  (${s.found} of ${s.labels} labelled claims found)`,
    `  verdict accuracy   ${pct(s.verdictAccuracy).padStart(6)}  (${s.right} of ${s.found} found claims)`,
    `  extra claims       ${String(s.extras.length).padStart(6)}`,
    `  false contradicted ${String(s.falseContradicted.length).padStart(6)}`,
    ...s.falseContradicted.map((m) => `  FALSE CONTRADICTED: ${m.what} — ${m.text}`),
    ...(details ? [...s.misses.map((m) => `  miss: ${m.what} — ${m.text}`), ...s.extras.map((m) => `  extra: ${m.what} — ${m.text}`)] : []),
  ].join('\n');
}

describe('engine on real text', () => {
  const engine = createEngine(loadSnapshot());
  const dev = scoreReal(engine, DEV);
  const fresh = scoreReal(engine, FRESH);

  it('prints the development set scores', () => {
    console.log(reportReal('real-text development set', dev));
    expect(dev.cases).toBeGreaterThanOrEqual(40);
  });

  it('prints the fresh batch scores (labelled after the development work; first run in its header)', () => {
    console.log(reportReal('real-text fresh batch', fresh));
    expect(fresh.cases).toBeGreaterThanOrEqual(15);
  });

  it('never calls a correct sentence "contradicted"', () => {
    expect(dev.falseContradicted).toEqual([]);
    expect(fresh.falseContradicted).toEqual([]);
  });

  // Floors a little under the current scores, so a change that loses ground shows up as a failure.
  it('keeps its mention, claim and verdict scores', () => {
    expect(dev.precision).toBeGreaterThanOrEqual(0.98);
    expect(dev.recall).toBeGreaterThanOrEqual(0.96);
    expect(dev.claimRecall).toBeGreaterThanOrEqual(0.85);
    expect(dev.verdictAccuracy).toBeGreaterThanOrEqual(0.92);
  });
});
