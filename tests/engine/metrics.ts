/**
 * Scores the engine on the labelled set: mention precision and recall
 * (entity + exact text, as multisets per case), verdict accuracy (each
 * expected or found fact in a case is one decision, right when both agree on
 * the verdict; a case with no claims expected and none found is one right
 * decision), and every false "contradicted".
 */
import type { Engine } from '../../lib/engine';
import type { LabelledCase } from './labelled';

export interface Miss {
  text: string;
  what: string;
}

export interface Scores {
  cases: number;
  mentionTp: number;
  mentionFp: number;
  mentionFn: number;
  precision: number;
  recall: number;
  decisions: number;
  correct: number;
  accuracy: number;
  falseContradicted: Miss[];
  misses: Miss[];
}

const split = (s: string): string[] => s.split('|').map((x) => x.trim()).filter(Boolean);

export function score(engine: Engine, cases: readonly LabelledCase[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let decisions = 0;
  let correct = 0;
  const misses: Miss[] = [];
  const falseContradicted: Miss[] = [];
  for (const c of cases) {
    const r = engine.scan(c.text, { named: new Set() });
    const expected = split(c.m);
    const found = r.mentions.map((m) => `${m.entity}:${m.text}`);
    const left = [...expected];
    for (const f of found) {
      const i = left.indexOf(f);
      if (i >= 0) {
        tp++;
        left.splice(i, 1);
      } else {
        fp++;
        misses.push({ text: c.text, what: `extra mention ${f}` });
      }
    }
    fn += left.length;
    for (const l of left) misses.push({ text: c.text, what: `missed mention ${l}` });

    const want = new Map(split(c.c).map((x) => x.split('=') as [string, string]));
    const got = new Map<string, string>();
    for (const claim of r.claims) if (!got.has(claim.fact) || claim.verdict !== 'related') got.set(claim.fact, claim.verdict);
    const facts = new Set([...want.keys(), ...got.keys()]);
    if (facts.size === 0) {
      decisions++;
      correct++;
    }
    for (const fact of facts) {
      decisions++;
      const w = want.get(fact);
      const g = got.get(fact);
      if (w === g) correct++;
      else misses.push({ text: c.text, what: `${fact}: expected ${w ?? 'no claim'}, got ${g ?? 'no claim'}` });
      if (g === 'contradicted' && w !== 'contradicted') falseContradicted.push({ text: c.text, what: `${fact}: expected ${w ?? 'no claim'}` });
    }
  }
  return {
    cases: cases.length,
    mentionTp: tp,
    mentionFp: fp,
    mentionFn: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    decisions,
    correct,
    accuracy: decisions === 0 ? 1 : correct / decisions,
    falseContradicted,
    misses,
  };
}
