/**
 * Finds checkable claims: sentences near a mention that state something a
 * fact covers (rules.ts), with the stated value picked from the sentence and
 * judged against the sources (verdict.ts).
 *
 * Works on folded text (fold.ts) and folded offsets; the engine maps results
 * back to the original text.
 */
import type { ClaimSnapshot, CompiledFact, EntityId, Value } from '../model';
import { parseValues } from '../values';
import type { FoundValue, ValueContext } from '../values/types';
import type { FoldedMention } from './mentions';
import { RULES, SPAN_MARGIN, VALUE_CONTEXT, VALUE_CONTEXT_BEFORE, type FactRule } from './rules';
import { splitSentences, type Span } from './sentences';
import { judge, type Judgement } from './verdict';

/** Longer "sentences" are tables, lists or run-on junk: no claim is read from them, which also keeps scans linear. */
export const MAX_SENTENCE = 700;

export interface FoldedClaim extends Judgement {
  start: number;
  end: number;
  fact: string;
  stated?: { value: Value; start: number; end: number };
}

/** Words that point back to an entity named in the sentence before. */
const ANAPHORA: [EntityId, RegExp][] = [
  ['binance', /\b(?:the|its) (?:crypto(?:currency)? )?(?:exchange|company|platform|firm)\b/i],
  ['usd1', /\bthe (?:stablecoin|token|coin)\b/i],
];

interface PreparedRule {
  rule: FactRule;
  fact: CompiledFact;
  ctx: ValueContext;
  /** Global copy of the anchor cue, for finding every occurrence. */
  anchor: RegExp;
}

export interface ClaimFinder {
  find(text: string, mentions: readonly FoldedMention[]): FoldedClaim[];
}

function safeParse(kind: CompiledFact['kind'], text: string, ctx: ValueContext): FoundValue[] {
  try {
    return parseValues(kind, text, ctx);
  } catch {
    return [];
  }
}

/** Headlines ("Trump Family Makes Billions From USD1") capitalise words the value parser reads in lower case. */
function isTitleCase(s: string): boolean {
  const words = s.match(/\b[A-Za-z]{4,}\b/g) ?? [];
  return words.length >= 3 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.6;
}

/** A status written under a negation ("never struck a deal") is not stated. */
const NEGATED = /\b(?:not|never|no|didn't|did not|hasn't|has not|haven't|have not|isn't|wasn't|won't|without|denies|denied|deny|false(?:ly)?)\s+(?:\w+\s+){0,2}$/i;

/** Every value of the fact's kind in a sentence, read as the rule allows. */
function valuesIn(p: PreparedRule, s: string): FoundValue[] {
  const { fact, rule } = p;
  const read = (text: string): FoundValue[] => {
    const found = safeParse(fact.kind, text, p.ctx);
    if (rule.bareAmountsAsMoney && fact.kind === 'money') {
      for (const c of safeParse('count', text, p.ctx)) {
        if (c.value.type !== 'count' || (c.value.max ?? c.value.amount) < 1e6) continue;
        if (found.some((m) => m.start < c.end && c.start < m.end)) continue;
        found.push({ ...c, value: { ...c.value, type: 'money', currency: 'USD' } });
      }
    }
    return found;
  };
  let found = read(s);
  if (found.length === 0 && isTitleCase(s)) {
    const lower = s.toLowerCase();
    // Offsets stay valid only when lower-casing keeps every character's length.
    if (lower.length === s.length) found = read(lower).map((v) => ({ ...v, text: s.slice(v.start, v.end) }));
  }
  if (fact.kind === 'status') found = found.filter((v) => !NEGATED.test(s.slice(Math.max(0, v.start - 40), v.start)));
  return found;
}

function anchors(p: PreparedRule, s: string): Span[] {
  const out: Span[] = [];
  p.anchor.lastIndex = 0;
  for (let m = p.anchor.exec(s); m; m = p.anchor.exec(s)) {
    if (m[0].length === 0) p.anchor.lastIndex++;
    if (p.rule.anchorExcludeBefore?.test(s.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const gap = (a: Span, b: Span): number => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);

/** The value a rule reads from a sentence: nearest to an anchor, not about something else. */
function pickValue(p: PreparedRule, s: string, found: FoundValue[], anchorSpans: Span[]): FoundValue | undefined {
  const { rule } = p;
  let best: FoundValue | undefined;
  let bestGap = Infinity;
  for (const v of found) {
    const around = s.slice(Math.max(0, v.start - VALUE_CONTEXT_BEFORE), Math.min(s.length, v.end + VALUE_CONTEXT));
    if (rule.valueExclude?.test(around)) continue;
    if (rule.valueExcludeAfter?.test(s.slice(v.end, v.end + 20))) continue;
    if (rule.valueExcludeBefore?.test(s.slice(Math.max(0, v.start - 30), v.start))) continue;
    if (rule.minAmount !== undefined && 'amount' in v.value && (v.value.max ?? v.value.amount) < rule.minAmount) continue;
    for (const a of anchorSpans) {
      if (rule.spanExclude) {
        const from = Math.max(0, Math.min(a.start, v.start) - SPAN_MARGIN);
        if (rule.spanExclude.test(s.slice(from, Math.max(a.end, v.end) + SPAN_MARGIN))) continue;
      }
      const g = gap(a, v);
      if (g < bestGap && (rule.window === undefined || g <= rule.window)) {
        best = v;
        bestGap = g;
      }
    }
  }
  return best;
}

/**
 * People facts: the people named near the anchor make up the stated set, less
 * the sentence's subject (rule.notPeople) and possessives ("Trump's sons" names
 * the sons, not Trump).
 */
function mergePeople(rule: FactRule, s: string, found: FoundValue[], anchorSpans: Span[]): FoundValue | undefined {
  if (rule.peopleAfter) {
    const after = found.filter((f) => anchorSpans.some((a) => f.start >= a.end));
    if (after.length && after !== found) {
      const merged = mergePeople({ ...rule, peopleAfter: false }, s, after, anchorSpans);
      if (merged) return merged;
    }
  }
  const people = new Set<string>();
  let start = Infinity;
  let end = -1;
  const window = rule.window ?? 80;
  for (const f of found) {
    if (f.value.type !== 'people') continue;
    if (/^['’]s\b/.test(s.slice(f.end, f.end + 3))) continue;
    if (!anchorSpans.some((a) => gap(a, f) <= window)) continue;
    const kept = f.value.people.filter((p) => !rule.notPeople?.includes(p));
    if (kept.length === 0) continue;
    kept.forEach((p) => people.add(p));
    start = Math.min(start, f.start);
    end = Math.max(end, f.end);
  }
  if (people.size === 0) return undefined;
  return { value: { type: 'people', people: [...people] }, start, end, text: s.slice(start, end) };
}

export function createClaimFinder(snapshot: ClaimSnapshot): ClaimFinder {
  const facts = new Map(snapshot.facts.map((f) => [f.id, f]));
  const prepared: PreparedRule[] = [];
  for (const rule of RULES) {
    const fact = facts.get(rule.fact);
    if (!fact || !rule.cues[0]) continue;
    const flags = rule.cues[0].flags.includes('g') ? rule.cues[0].flags : `${rule.cues[0].flags}g`;
    prepared.push({
      rule,
      fact,
      ctx: { parties: snapshot.parties, statuses: fact.statuses },
      anchor: new RegExp(rule.cues[0].source, flags),
    });
  }

  const claimFor = (p: PreparedRule, sentence: Span, s: string, cache: Map<string, FoundValue[]>): FoldedClaim | undefined => {
    const { rule, fact } = p;
    if (rule.exclude?.some((c) => c.test(s))) return undefined;
    // A status the fact itself defines ("struck a deal", "no longer CEO") is cue enough.
    const statuses = fact.kind === 'status' ? valuesIn(p, s) : [];
    const cued = rule.cues.every((c) => c.test(s));
    if (!cued && (statuses.length === 0 || rule.statusIsCue === false)) return undefined;
    const anchorSpans = cued ? anchors(p, s) : statuses.slice();
    if (anchorSpans.length === 0) return undefined;
    let stated: FoundValue | undefined;
    if (fact.kind !== 'text' && !rule.noCompare) {
      const key = fact.kind === 'status' ? `status:${fact.id}` : `${fact.kind}:${rule.bareAmountsAsMoney ? 'bare' : ''}`;
      let found = cache.get(key);
      if (!found) {
        found = fact.kind === 'status' ? statuses : valuesIn(p, s);
        cache.set(key, found);
      }
      stated = fact.kind === 'people' ? mergePeople(rule, s, found, anchorSpans) : pickValue(p, s, found, anchorSpans);
    }
    if (!stated && (!rule.related || (rule.relatedCue && !rule.relatedCue.test(s)))) return undefined;
    const j = judge(fact, stated?.value, snapshot.parties);
    if (j.verdict === 'related' && !rule.related) return undefined;
    return {
      ...j,
      start: sentence.start,
      end: sentence.end,
      fact: fact.id,
      stated: stated ? { value: stated.value, start: sentence.start + stated.start, end: sentence.start + stated.end } : undefined,
    };
  };

  return {
    find(text, mentions) {
      const claims: FoldedClaim[] = [];
      if (mentions.length === 0 || prepared.length === 0) return claims;
      const sentences = splitSentences(text);
      let mi = 0;
      let previous: { end: number; entities: Set<EntityId> } | undefined;
      for (const sentence of sentences) {
        const entities = new Set<EntityId>();
        while (mi < mentions.length && mentions[mi]!.end <= sentence.start) mi++;
        for (let k = mi; k < mentions.length && mentions[k]!.start < sentence.end; k++) entities.add(mentions[k]!.entity);
        const len = sentence.end - sentence.start;
        const s = len <= MAX_SENTENCE ? text.slice(sentence.start, sentence.end) : '';
        // "The exchange has 300 million users." right after a sentence naming Binance.
        if (s && previous && !/\n\s*\n/.test(text.slice(previous.end, sentence.start))) {
          for (const [entity, re] of ANAPHORA) if (previous.entities.has(entity) && !entities.has(entity) && re.test(s)) entities.add(entity);
        }
        previous = entities.size ? { end: sentence.end, entities: new Set(entities) } : undefined;
        if (!s || entities.size === 0) continue;
        const cache = new Map<string, FoundValue[]>();
        const found: FoldedClaim[] = [];
        for (const p of prepared) {
          const { anyOf, allOf } = p.rule;
          if (anyOf.length && !anyOf.some((e) => entities.has(e))) continue;
          if (allOf && !allOf.every((e) => entities.has(e))) continue;
          const claim = claimFor(p, sentence, s, cache);
          if (claim) found.push(claim);
        }
        // A sentence with a checked value is flagged for that; "related" extras would only add noise.
        const valued = found.filter((c) => c.verdict !== 'related');
        claims.push(...(valued.length ? valued : found));
      }
      return claims;
    },
  };
}
