/**
 * Every fact in the claim database has a rule, every rule names a real fact,
 * and each rule's patterns are sane (no zero-length anchors that would loop).
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../lib/engine/rules';
import { loadSnapshot } from '../../lib/cli/snapshot';

describe('engine rules', () => {
  const snapshot = loadSnapshot();

  it('cover every fact id in seeds/claims.json', () => {
    const ruled = new Set(RULES.map((r) => r.fact));
    const missing = snapshot.facts.map((f) => f.id).filter((id) => !ruled.has(id));
    expect(missing).toEqual([]);
  });

  it('name only facts that exist, once each', () => {
    const ids = new Set(snapshot.facts.map((f) => f.id));
    expect(RULES.map((r) => r.fact).filter((id) => !ids.has(id))).toEqual([]);
    expect(new Set(RULES.map((r) => r.fact)).size).toBe(RULES.length);
  });

  it('never anchor on an empty match', () => {
    for (const r of RULES) for (const cue of r.cues) expect(cue.test(''), `${r.fact}: ${cue}`).toBe(false);
  });

  it('only use entities the database knows', () => {
    const entities = new Set(snapshot.entities.map((e) => e.id));
    for (const r of RULES) for (const e of [...r.anyOf, ...(r.allOf ?? [])]) expect(entities.has(e)).toBe(true);
  });
});
