/**
 * Do the sources agree on a fact? Computed from the reports' values with lib/values, never
 * written by hand, and explained in words ("250 million (unnamed reports) vs 275 million (Bloomberg)").
 */
import type { Agreement, Fact, Party, SourceMeta, Value } from '../model';
import { formatValue, valuesAgree } from '../values';

interface Group {
  text: string;
  value: Value;
  sources: string[];
}

/** How a source is named in reasons: whom it cites ("Bloomberg"), else its id. */
export function sourceName(id: string, metas: SourceMeta[] = []): string {
  const meta = metas.find((m) => m.id === id);
  return meta ? meta.cites.replace(/^the /, '') : id.slice(0, 3);
}

export function computeAgreement(fact: Fact, parties: Party[], metas: SourceMeta[] = []): Agreement {
  const ctx = { parties, statuses: fact.statuses };
  const valued = fact.reports.filter((r) => r.value !== undefined);
  const silent = fact.reports.filter((r) => r.value === undefined).map((r) => sourceName(r.source, metas));
  const silentNote = silent.length ? `; ${silent.join(', ')} mention${silent.length === 1 ? 's' : ''} it without a value` : '';
  if (valued.length === 0) {
    return {
      status: 'unvalued',
      reason: fact.kind === 'text' ? 'stated in words only: compare the quotes' : `no source states a value${silentNote}`,
    };
  }
  // Same wording → one group: "$65 billion (unnamed reports, Wall Street Journal)".
  const groups: Group[] = [];
  for (const r of valued) {
    const text = formatValue(r.value!, parties, fact.statuses);
    const g = groups.find((x) => x.text === text);
    if (g) g.sources.push(sourceName(r.source, metas));
    else groups.push({ text, value: r.value!, sources: [sourceName(r.source, metas)] });
  }
  const label = (g: Group) => `${g.text} (${g.sources.join(', ')})`;
  if (valued.length === 1) {
    return { status: 'single', reason: `only ${sourceName(valued[0]!.source, metas)} states a value: ${groups[0]!.text}${silentNote}` };
  }
  const conflicts: string[] = [];
  const inConflict = new Set<Group>();
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!;
      const b = groups[j]!;
      if (valuesAgree(a.value, b.value, ctx) === false) {
        conflicts.push(`${label(a)} vs ${label(b)}`);
        inConflict.add(a).add(b);
      }
    }
  }
  if (conflicts.length === 0) {
    const reason = groups.length === 1 ? `all say ${label(groups[0]!)}` : `compatible: ${groups.map(label).join(', ')}`;
    return { status: 'agree', reason: reason + silentNote };
  }
  const neutral = groups.filter((g) => !inConflict.has(g));
  // People lists are not exhaustive (lib/values/compare.ts): a list sharing names with both sides of a
  // conflict is not evidence for either, so it "overlaps" them rather than "fits" them.
  const verb = fact.kind === 'people' ? 'overlaps both' : 'fits both';
  const neutralNote = neutral.length ? `; ${neutral.map(label).join(', ')} ${verb}` : '';
  return { status: 'conflict', reason: conflicts.join('; ') + neutralNote + silentNote };
}
