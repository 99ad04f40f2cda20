/**
 * The pre-filter's data, made where the engine lives (the background) and sent
 * to the content script as plain regex sources (`page:prefilter`), so the page
 * side compiles a few regexes and carries none of the engine or claim data.
 * What the spec must guarantee is documented in ./prefilter.ts.
 */
import { RULES, type FactRule } from '../engine/rules';
import type { ClaimSnapshot, EntityId } from '../model';
import { anchorKeys, anchorRegex, type PrefilterSpec } from './prefilter';

export function prefilterSpec(snapshot: ClaimSnapshot, rules: readonly FactRule[] = RULES): PrefilterSpec {
  const all = anchorRegex(anchorKeys(snapshot.entities.flatMap((e) => e.aliases.map((a) => a.text))));
  const perEntity: PrefilterSpec['entities'] = [];
  for (const e of snapshot.entities) {
    const re = anchorRegex(anchorKeys(e.aliases.map((a) => a.text)));
    if (re) perEntity.push({ id: e.id as EntityId, anchor: re.source });
  }
  const facts = new Map(snapshot.facts.map((f) => [f.id, f]));
  const wide: PrefilterSpec['wide'] = [];
  for (const rule of rules) {
    const fact = facts.get(rule.fact);
    if (!rule.documentWide || !fact || !rule.cues[0]) continue;
    // claims.ts: a status fact's own status phrases are a cue when statusIsCue is not false.
    const statusCues = fact.kind === 'status' && rule.statusIsCue !== false;
    const cue = statusCues ? null : { source: rule.cues[0].source, flags: rule.cues[0].flags.replace(/[gy]/g, '') };
    wide.push({ entities: fact.entities as EntityId[], cue });
  }
  return { version: snapshot.version, anchor: all?.source ?? null, entities: perEntity, wide };
}
