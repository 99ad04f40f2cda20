/**
 * The engine against the hand-labelled sets: the main set (tests/engine/labelled.ts)
 * and a holdout batch written and scored before any rule was tuned for it
 * (tests/engine/holdout.ts). Prints each set's scores separately so `npm test`
 * shows how the rules generalise, and fails when the union is below mention
 * precision 0.98, recall 0.95, verdict accuracy 0.85, or has any false "contradicted".
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/engine';
import { loadSnapshot } from '../../lib/cli/snapshot';
import { HOLDOUT } from '../engine/holdout';
import { LABELLED, type LabelledCase } from '../engine/labelled';
import { score, type Scores } from '../engine/metrics';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(name: string, cases: readonly LabelledCase[], s: Scores): string {
  const kinds = (['news', 'forum', 'social', 'headline'] as const).map((k) => `${cases.filter((c) => c.kind === k).length} ${k}`).join(', ');
  return [
    `${name}: ${s.cases} cases (${kinds})`,
    `  mention precision  ${pct(s.precision).padStart(6)}  (${s.mentionTp} right, ${s.mentionFp} wrong)      threshold 98%`,
    `  mention recall     ${pct(s.recall).padStart(6)}  (${s.mentionTp} of ${s.mentionTp + s.mentionFn})           threshold 95%`,
    `  verdict accuracy   ${pct(s.accuracy).padStart(6)}  (${s.correct} of ${s.decisions} decisions)   threshold 85%`,
    `  false contradicted ${String(s.falseContradicted.length).padStart(6)}                            threshold 0`,
    ...s.misses.map((m) => `  miss: ${m.what} — ${m.text.slice(0, 90)}`),
  ].join('\n');
}

describe('engine on the labelled sets', () => {
  const engine = createEngine(loadSnapshot());
  const main = score(engine, LABELLED);
  const holdout = score(engine, HOLDOUT);
  const union = score(engine, [...LABELLED, ...HOLDOUT]);

  it('prints its scores', () => {
    console.log([report('labelled set', LABELLED, main), report('holdout batch', HOLDOUT, holdout), report('union', [...LABELLED, ...HOLDOUT], { ...union, misses: [] })].join('\n'));
    expect(main.cases).toBeGreaterThanOrEqual(180);
    expect(holdout.cases).toBeGreaterThanOrEqual(60);
  });

  it('meets the thresholds on the union', () => {
    expect(union.falseContradicted).toEqual([]);
    expect(union.precision).toBeGreaterThanOrEqual(0.98);
    expect(union.recall).toBeGreaterThanOrEqual(0.95);
    expect(union.accuracy).toBeGreaterThanOrEqual(0.85);
  });
});
