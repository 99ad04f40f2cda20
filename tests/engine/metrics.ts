/**
 * Scores the engine on the labelled set: mention precision and recall
 * (entity + exact text, as multisets per case), verdict accuracy (each
 * expected or found fact in a case is one decision, right when both agree on
 * the verdict; a case with no claims expected and none found is one right
 * decision), and every false "contradicted".
 */
import type { Engine } from '../../lib/engine';
import type { LabelledCase } from './labelled';
import type { RealCase } from './real/types';

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

/**
 * Scores on the real-text sets (tests/engine/real): per claim, not per case, because a real excerpt
 * states many. A label is found when the engine flags the same fact in the sentence holding the
 * label's `at`; then its verdict is right or wrong. Engine claims that match no label are extras;
 * an extra or a wrongly found "contradicted" is a false "contradicted".
 *   claim recall      labels found / labels
 *   verdict accuracy  right verdicts / labels found
 */
export interface RealScores {
  cases: number;
  mentionTp: number;
  mentionFp: number;
  mentionFn: number;
  precision: number;
  recall: number;
  labels: number;
  found: number;
  right: number;
  claimRecall: number;
  verdictAccuracy: number;
  extras: Miss[];
  falseContradicted: Miss[];
  misses: Miss[];
}

export function scoreReal(engine: Engine, cases: readonly RealCase[]): RealScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let labels = 0;
  let found = 0;
  let right = 0;
  const misses: Miss[] = [];
  const extras: Miss[] = [];
  const falseContradicted: Miss[] = [];
  for (const c of cases) {
    const r = engine.scan(c.text, { named: new Set(), ...(c.published ? { pageDate: c.published } : {}) });
    const left = [...c.mentions] as string[];
    for (const m of r.mentions) {
      const key = `${m.entity}:${m.text}`;
      const i = left.indexOf(key);
      if (i >= 0) {
        tp++;
        left.splice(i, 1);
      } else {
        fp++;
        misses.push({ text: `${c.id}`, what: `extra mention ${key}` });
      }
    }
    fn += left.length;
    for (const l of left) misses.push({ text: c.id, what: `missed mention ${l}` });

    // Labels to claims: right verdicts first, so two labels in one sentence pair up sensibly.
    const used = new Set<number>();
    const pending = c.claims.map((l) => ({ l, at: c.text.indexOf(l.at) }));
    const matchOf = new Map<(typeof pending)[number], number>();
    for (const pass of ['same', 'any'] as const) {
      for (const p of pending) {
        if (matchOf.has(p)) continue;
        const k = r.claims.findIndex((cl, i) => !used.has(i) && cl.fact === p.l.fact && cl.start <= p.at && p.at < cl.end && (pass === 'any' || cl.verdict === p.l.verdict));
        if (k >= 0) {
          used.add(k);
          matchOf.set(p, k);
        }
      }
    }
    for (const p of pending) {
      labels++;
      const k = matchOf.get(p);
      const excerpt = c.text.slice(Math.max(0, p.at - 40), p.at + p.l.at.length + 40).replace(/\s+/g, ' ');
      if (k === undefined) {
        misses.push({ text: `${c.id} …${excerpt}…`, what: `${p.l.fact}: expected ${p.l.verdict}, not found` });
        continue;
      }
      found++;
      const got = r.claims[k]!.verdict;
      if (got === p.l.verdict) right++;
      else misses.push({ text: `${c.id} …${excerpt}…`, what: `${p.l.fact}: expected ${p.l.verdict}, got ${got}` });
      if (got === 'contradicted' && p.l.verdict !== 'contradicted') falseContradicted.push({ text: `${c.id} …${excerpt}…`, what: `${p.l.fact}: expected ${p.l.verdict}` });
    }
    r.claims.forEach((cl, i) => {
      if (used.has(i)) return;
      const miss = { text: `${c.id} …${cl.text.slice(0, 140)}…`, what: `${cl.fact}: extra ${cl.verdict}` };
      extras.push(miss);
      if (cl.verdict === 'contradicted') falseContradicted.push(miss);
    });
  }
  return {
    cases: cases.length,
    mentionTp: tp,
    mentionFp: fp,
    mentionFn: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    labels,
    found,
    right,
    claimRecall: labels === 0 ? 1 : found / labels,
    verdictAccuracy: found === 0 ? 1 : right / found,
    extras,
    falseContradicted,
    misses,
  };
}
