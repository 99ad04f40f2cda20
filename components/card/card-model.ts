/**
 * What the hover card shows, computed from the highlights under the pointer
 * and the claim snapshot. Plain data so the card component stays dumb and
 * this stays testable without a browser.
 */
import type { CheckedClaim, Mention, Verdict } from '../../lib/engine/types';
import type { ClaimSnapshot } from '../../lib/model';

export interface CardSource {
  id: string;
  title: string;
  cites: string;
  quote: string;
  /** true agrees, false conflicts, null neither (the source reports the fact, but nothing comparable to this page). */
  agrees: boolean | null;
}

export interface CardClaim {
  factId: string;
  label: string;
  verdict: Verdict;
  text: string;
  reason: string;
  sources: CardSource[];
}

export interface CardData {
  entity?: { id: string; name: string; description: string };
  /** The claims stated in this sentence, most severe verdict first (one sentence can state several facts). */
  claims: CardClaim[];
  /** The passage a note would anchor to (W3C TextQuoteSelector parts). */
  passage: { exact: string; prefix: string; suffix: string };
}

export interface HitLike {
  kind: 'mention' | 'claim';
  start: number;
  end: number;
  block: { text: string };
  mention?: Mention;
  claim?: CheckedClaim;
}

const CONTEXT = 64;

/**
 * `hits` are the entries under the pointer; `siblings` the other entries of the
 * same block, so a hovered name also shows the claim of its sentence and a
 * hovered claim names the entity it is about.
 */
export function buildCardData(hits: HitLike[], siblings: HitLike[], snapshot: ClaimSnapshot): CardData | null {
  if (hits.length === 0) return null;
  let mention = hits.find((h) => h.kind === 'mention');
  const hovered = hits.filter((h) => h.kind === 'claim');
  const anchor = mention ?? hovered[0]!;
  // The claims of this sentence: those under the pointer, or those around the hovered name.
  const span = hovered[0] ?? siblings.find((s) => s.kind === 'claim' && s.start <= anchor.start && s.end >= anchor.end);
  const claimHits = span ? uniq([...hovered, ...siblings.filter((s) => s.kind === 'claim' && s.start === span.start && s.end === span.end)]) : [];
  if (!mention && span) mention = siblings.find((s) => s.kind === 'mention' && s.start >= span.start && s.end <= span.end);

  const data: CardData = { claims: [], passage: passage(span ?? anchor) };
  const entity = mention?.mention && snapshot.entities.find((e) => e.id === mention!.mention!.entity);
  if (entity) data.entity = { id: entity.id, name: entity.name, description: entity.description };
  const seen = new Set<string>();
  for (const hit of claimHits) {
    const c = hit.claim;
    if (!c || seen.has(c.fact)) continue;
    seen.add(c.fact);
    const fact = snapshot.facts.find((f) => f.id === c.fact);
    data.claims.push({
      factId: c.fact,
      label: fact?.label ?? c.fact,
      verdict: c.verdict,
      text: c.text,
      reason: c.reason,
      sources: c.sources.map((s) => {
        const meta = snapshot.sources.find((m) => m.id === s.source);
        return { id: s.source, title: meta?.title ?? s.source, cites: meta?.cites ?? '', quote: s.quote, agrees: s.agrees };
      }),
    });
  }
  data.claims.sort((a, b) => SEVERITY[b.verdict] - SEVERITY[a.verdict]);
  return data;
}

/** A wrong "contradicted" matters most to the reader; show it first. */
export const SEVERITY: Record<Verdict, number> = { contradicted: 4, mixed: 3, supported: 2, related: 1 };

function uniq<T>(list: T[]): T[] {
  return [...new Set(list)];
}

function passage(hit: HitLike): CardData['passage'] {
  const text = hit.block.text;
  return {
    exact: text.slice(hit.start, hit.end),
    prefix: text.slice(Math.max(0, hit.start - CONTEXT), hit.start),
    suffix: text.slice(hit.end, hit.end + CONTEXT),
  };
}

export const VERDICT_LABEL: Record<Verdict, string> = {
  supported: 'Supported',
  mixed: 'Mixed — the sources disagree',
  contradicted: 'Contradicted',
  related: 'Related',
};

/** Every source on the card reports the fact, so null is not silence: what it says neither agrees nor conflicts. */
export function agreementLabel(agrees: boolean | null): 'agrees' | 'conflicts' | 'neither' {
  return agrees === true ? 'agrees' : agrees === false ? 'conflicts' : 'neither';
}
