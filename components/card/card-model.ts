/**
 * What the hover card shows, computed from the highlights under the pointer
 * and the claim snapshot. Plain data so the card component stays dumb and
 * this stays testable without a browser.
 */
import type { PageClaim, PageMention, Verdict } from '../../lib/engine/types';

/**
 * What the card looks up about the claims under the pointer: the entity, the facts' questions,
 * the sources (with the date each reports as of, and whether the reader added it) and what each
 * source says. The background answers `card:get` with exactly this for the facts a card shows
 * (lib/background/card-info.ts); a whole ClaimSnapshot has the same shape where it is at hand (tests).
 */
export interface CardLookup {
  entities: { id: string; name: string; description: string }[];
  /** `quotes`: each report's quote, in the fact's report order (a claim's `sources` line up with them). */
  facts: { id: string; label: string; quotes?: string[]; says?: { source: string; value: string }[] }[];
  sources: { id: string; title: string; cites: string; asOf?: string; asOfNote?: string; reader?: true }[];
}

export interface CardSource {
  id: string;
  title: string;
  cites: string;
  quote: string;
  /** What the source says, in our words ("275 million"), where it states a value. */
  says?: string;
  /** The date the source reports as of (YYYY, YYYY-MM or YYYY-MM-DD), and how we know. */
  asOf?: string;
  asOfNote?: string;
  /** Added by the reader from a page they read (not bundled). */
  reader?: boolean;
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
  /** What the background sent (page:scan): no quotes, no copy of the text (a CheckedClaim is one too). */
  mention?: PageMention & { text?: string };
  claim?: Omit<PageClaim, 'sources'> & { text?: string; sources: { source: string; agrees: boolean | null; quote?: string }[] };
}

const CONTEXT = 64;

/**
 * `hits` are the entries under the pointer; `siblings` the other entries of the
 * same block, so a hovered name also shows the claim of its sentence and a
 * hovered claim names the entity it is about.
 */
export function buildCardData(hits: HitLike[], siblings: HitLike[], snapshot: CardLookup): CardData | null {
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
      text: c.text ?? hit.block.text.slice(hit.start, hit.end),
      reason: c.reason,
      sources: c.sources.map((s, i) => {
        const meta = snapshot.sources.find((m) => m.id === s.source);
        const says = fact?.says?.find((v) => v.source === s.source)?.value;
        return {
          id: s.source,
          title: meta?.title ?? s.source,
          cites: meta?.cites ?? '',
          quote: s.quote ?? fact?.quotes?.[i] ?? '',
          agrees: s.agrees,
          ...(says ? { says } : {}),
          ...(meta?.asOf ? { asOf: meta.asOf } : {}),
          ...(meta?.asOfNote ? { asOfNote: meta.asOfNote } : {}),
          ...(meta?.reader ? { reader: true } : {}),
        };
      }),
    });
  }
  data.claims.sort((a, b) => SEVERITY[b.verdict] - SEVERITY[a.verdict]);
  return data;
}

/** The facts a card for these hits needs looked up (what the content script asks `card:get` for), sorted. */
export function cardNeeds(hits: HitLike[], siblings: HitLike[]): string[] {
  const facts = new Set<string>();
  for (const h of [...hits, ...siblings]) if (h.claim) facts.add(h.claim.fact);
  return [...facts].sort().slice(0, 16);
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
