/**
 * The engine against the hand-labelled set (tests/engine/labelled.ts). Prints
 * the scores so `npm test` shows them, and fails below mention precision 0.98,
 * recall 0.95, verdict accuracy 0.85, or on any false "contradicted".
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/engine';
import { loadSnapshot } from '../../lib/cli/snapshot';
import { LABELLED } from '../engine/labelled';
import { score } from '../engine/metrics';

describe('engine on the labelled set', () => {
  const engine = createEngine(loadSnapshot());
  const s = score(engine, LABELLED);

  it('prints its scores', () => {
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(
      [
        `labelled set: ${s.cases} cases (${LABELLED.filter((c) => c.kind === 'news').length} news, ${LABELLED.filter((c) => c.kind === 'forum').length} forum, ${LABELLED.filter((c) => c.kind === 'social').length} social, ${LABELLED.filter((c) => c.kind === 'headline').length} headlines)`,
        `  mention precision  ${pct(s.precision).padStart(6)}  (${s.mentionTp} right, ${s.mentionFp} wrong)      threshold 98%`,
        `  mention recall     ${pct(s.recall).padStart(6)}  (${s.mentionTp} of ${s.mentionTp + s.mentionFn})           threshold 95%`,
        `  verdict accuracy   ${pct(s.accuracy).padStart(6)}  (${s.correct} of ${s.decisions} decisions)   threshold 85%`,
        `  false contradicted ${String(s.falseContradicted.length).padStart(6)}                            threshold 0`,
        ...s.misses.map((m) => `  miss: ${m.what} — ${m.text.slice(0, 90)}`),
      ].join('\n'),
    );
    expect(s.cases).toBeGreaterThanOrEqual(180);
  });

  it('meets the thresholds', () => {
    expect(s.falseContradicted).toEqual([]);
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.accuracy).toBeGreaterThanOrEqual(0.85);
  });
});
