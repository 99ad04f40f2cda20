/**
 * Finds checkable claims: sentences near a mention that state something a
 * fact covers (rules.ts), with the stated value picked from the sentence and
 * judged against the sources (verdict.ts).
 *
 * Works on folded text (fold.ts) and folded offsets; the engine maps results
 * back to the original text.
 */
import type { ClaimSnapshot, CompiledFact, EntityId, Value } from '../model';
import { createHolderLexicon, frameOf, spanOfIsoDate, type Frame, type Holder, type MonthSpan, type NamedSpan } from './frame';
import { compileStatusPattern, parseValues } from '../values';
import type { FoundValue, ValueContext } from '../values/types';
import type { FoldedMention } from './mentions';
import { RULES, SPAN_MARGIN, VALUE_CONTEXT, VALUE_CONTEXT_BEFORE, type FactRule } from './rules';
import { splitSentences, type Span } from './sentences';
import { parentheticals, slotPeople } from './people-slots';
import { mayBeJurisdiction, soleJurisdiction, type Jurisdiction } from './value-owner';
import { createJudge, type JudgeFrame, type Judgement } from './verdict';

/** Longer "sentences" are tables, lists or run-on junk: no claim is read from them, which also keeps scans linear. */
export const MAX_SENTENCE = 700;

export interface FoldedClaim extends Judgement {
  start: number;
  end: number;
  fact: string;
  stated?: { value: Value; start: number; end: number };
}

/** A sentence that starts by referring back to a man. */
const HE = /^(?:He|His|Him)\b/;
const HE_ANYWHERE = /\b(?:he|his|him)\b/i;

/** One bit per entity, so a sentence's entities are a number and rule checks are a mask test. */
const BIT: Record<EntityId, number> = { binance: 1, wlfi: 2, usd1: 4, cz: 8 };
const maskOf = (ids: readonly EntityId[]): number => ids.reduce((m, id) => m | BIT[id], 0);

/**
 * Descriptions that name an entity once the document has named it anywhere before: "the world's
 * largest crypto exchange" in an article about Binance is Binance.
 */
const DESCRIPTIONS: [EntityId, RegExp][] = [
  // "a new dollar-pegged cryptocurrency from World Liberty Financial" is USD1.
  ['usd1', /\b(?:a|the|its|their) (?:new )?(?:dollar-pegged |USD-pegged |dollar-backed )?(?:stablecoin|cryptocurrency|token|coin) (?:from|issued by|launched by|of) (?:the Trump family['’]s )?(?:World Liberty|WLFI?)\b|\bWorld Liberty(?: Financial)?['’]s (?:new )?stablecoin\b/i],
  ['cz', /\bBinance(?:['’]s)? (?:billionaire )?(?:co-?)?founder\b(?!\s+(?:Yi He|He Yi))|\bthe (?:co-?)?founder of Binance\b/i],
  ['binance', /\b(?:the|this) (?:world['’]s )?(?:largest|biggest|leading) (?:crypto(?:currency)?|digital[- ]asset|bitcoin)? ?(?:exchange|trading platform|platform)\b/i],
];

/** Words that bring in someone else: a sentence with them is not carried over to Zhao. */
const PERSON_WORD = /\b(?:she|her|they|their|Mr\.|Ms\.|Mrs\.|executives?|CEO|founders?|Bankman-Fried|SBF)\b/i;
const BINANCE_FOUNDER = /\bBinance(?:['’]s)? (?:billionaire |convicted |jailed |pardoned )?founder\b(?!\s+(?:Yi He|He Yi))|\bthe founder of Binance\b|\b(?:former|ex-) ?Binance (?:CEO|chief executive|boss)\b|\bBinance['’]s (?:former|ex-) ?(?:CEO|chief executive|boss)\b/i;
const ITS_FOUNDER = /\b(?:its|whose|the exchange['’]s|the company['’]s) (?:billionaire |convicted |jailed |pardoned )?founder\b(?!\s+(?:Yi He|He Yi))/i;

/**
 * Every description as a name span for whose-value (global copies, compiled once): DESCRIPTIONS
 * need the document to have named their entity; "Binance founder" and "its founder" do not.
 */
const DESCRIBED: { entity: EntityId; re: RegExp; needsNamed: boolean }[] = [
  ...DESCRIPTIONS.map(([entity, re]) => ({ entity, re: new RegExp(re.source, 'gi'), needsNamed: true })),
  { entity: 'cz', re: new RegExp(BINANCE_FOUNDER.source, 'gi'), needsNamed: false },
  { entity: 'cz', re: new RegExp(ITS_FOUNDER.source, 'gi'), needsNamed: false },
];

/** Words that stand for an organisation named before (the last one named). */
const REFERS_TO: Partial<Record<EntityId, RegExp>> = {
  binance: /\b(?:it|its|the (?:crypto(?:currency)? )?(?:exchange|company|firm|platform))\b/i,
  wlfi: /\b(?:it|its|the (?:crypto )?(?:project|venture|company|firm|platform|protocol|operation|business|enterprise))\b/i,
  usd1: /\b(?:the (?:stablecoin|token|coin))\b/i,
};

/** Words that point back to an entity named in the sentence before. */
const ANAPHORA: [EntityId, RegExp][] = [
  ['binance', /\b(?:the|its) (?:crypto(?:currency)? )?(?:exchange|company|platform|firm)\b/i],
  // "If this token gets listed …", "the interest income from these assets …".
  ['usd1', /\b(?:the|this|that) (?:stablecoin|token|coin)\b|\b(?:these|those) (?:stablecoins|tokens|coins|assets|holdings)\b/i],
];

interface PreparedRule {
  rule: FactRule;
  fact: CompiledFact;
  ctx: ValueContext;
  /** Global copy of the anchor cue, for finding every occurrence. */
  anchor: RegExp;
  /** Entity bit masks of rule.anyOf (0: any entity) and rule.allOf. */
  anyMask: number;
  allMask: number;
  /** Status facts: the fact's own patterns, non-global, to skip sentences that state no status cheaply. */
  statusTests: RegExp[];
}

export interface ClaimFinder {
  /**
   * `named`: the entities the whole document has named so far (for documentWide rules).
   * `pageDate`: when the page was published (YYYY, YYYY-MM or YYYY-MM-DD), where it says.
   */
  find(text: string, mentions: readonly FoldedMention[], named?: ReadonlySet<EntityId>, pageDate?: string, carry?: DocumentCarry): FoldedClaim[];
}

/** What one block leaves for the next of the same document: who "he" and "it" are, which country. */
export interface DocumentCarry {
  person?: Holder;
  org?: Holder;
  jurisdiction?: Jurisdiction;
}

/** What every value of one sentence shares for reading its frame. */
interface SentenceFrameContext {
  names: NamedSpan[];
  /** The jurisdiction the text has been about in the sentences before (for fines). */
  jurisdiction?: Jurisdiction;
  previousPerson?: Holder;
  previousOrg?: Holder;
  pageDate?: MonthSpan;
  assumedNow: MonthSpan;
}

const NUMERIC = new Set(['money', 'count', 'percent', 'duration', 'year']);

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

/** Where a clause ends after a value: a semicolon, a dash, or a comma before a new clause. */
const CLAUSE_END = /[;—–]|\s-\s|,\s*(?:but|while|whereas|although|though|yet|and|or|so)\b/i;

/** A bare number followed by a noun other than a money word counts things, not dollars. */
const COUNTED_THING =
  /^\s+(?!(?:in|of|a|an|per|each|every|daily|worth|on|at|and|or|to|from|for|with|by|back|as|over|after|under|fine[ds]?|penalt\w*|settlement|volume|trading|trades?|turnover|revenue|income|profits?|dollars?|usd|bucks|this|that|last|so|the)\b)[a-z]{2,}/i;

/** A status written under a negation ("never struck a deal") is not stated. */
const NEGATED = /\b(?:not|never|no|didn't|did not|hasn't|has not|haven't|have not|isn't|wasn't|won't|without|denies|denied|deny|false(?:ly)?)\s+(?:\w+\s+){0,2}$/i;

/** Every value of the fact's kind in a sentence, read as the rule allows. */
function valuesIn(p: PreparedRule, s: string): FoundValue[] {
  const { fact, rule } = p;
  if (fact.kind === 'status' && !p.statusTests.some((re) => re.test(s))) return [];
  const read = (text: string): FoundValue[] => {
    const found = safeParse(fact.kind, text, p.ctx);
    if (rule.bareAmountsAsMoney && fact.kind === 'money') {
      for (const c of safeParse('count', text, p.ctx)) {
        if (c.value.type !== 'count' || (c.value.max ?? c.value.amount) < 1e6) continue;
        // "5 million transactions" counts things; "65B a day" and "4.3B fine" are dollars.
        if (COUNTED_THING.test(text.slice(c.end, c.end + 24))) continue;
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
  if (fact.kind === 'status') {
    found = found.filter((v) => !NEGATED.test(s.slice(Math.max(0, v.start - 40), v.start)));
    // "Binance CEO Zhao … is stepping down": the later state replaces the one it supersedes.
    const ids = new Set(found.map((v) => (v.value.type === 'status' ? v.value.status : '')));
    const superseded = new Set((fact.statuses ?? []).filter((o) => ids.has(o.id)).flatMap((o) => o.supersedes ?? []));
    if (superseded.size) found = found.filter((v) => v.value.type !== 'status' || !superseded.has(v.value.status));
  }
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

interface Candidate {
  value: FoundValue;
  gap: number;
  anchor: Span;
  around: string;
}

/** The values a rule may read from a sentence, each with its nearest anchor: those not about something else. */
function candidates(p: PreparedRule, s: string, found: FoundValue[], anchorSpans: Span[], jurisdiction?: Jurisdiction): Candidate[] {
  const { rule } = p;
  const out: Candidate[] = [];
  let spans: Span[] | undefined;
  for (const v of found) {
    // The words after a value describe it up to the end of its clause: in "the fine was
    // $4.3 billion, but its profits were …" the profits are about something else.
    let after = s.slice(v.end, Math.min(s.length, v.end + VALUE_CONTEXT));
    const clause = CLAUSE_END.exec(after);
    if (clause) after = after.slice(0, clause.index);
    // …and the words before it describe it from the end of the last parenthetical on: in "Binance,
    // the largest exchange by volume, paid a $4.3 billion fine" the fine is not a volume.
    let from = Math.max(0, v.start - VALUE_CONTEXT_BEFORE);
    for (const p of (spans ??= parentheticals(s))) if (p.end > from && p.end <= v.start) from = p.end;
    const around = s.slice(from, v.end) + after;
    if (rule.valueExclude?.test(around)) continue;
    // The rest of the value's own description: up to the end of its clause, a comparison, or the next figure.
    let clauseAfter = s.slice(v.end, Math.min(s.length, v.end + 70));
    const clauseCut = /[;—–]|\s-\s|,\s*(?:but|while|whereas|although|though|yet|and|or|so|more|less|fewer|up|down|compared|versus|than)\b|\b(?:than|versus|vs\.?|compared (?:with|to))\b|[$€£\d]/i.exec(clauseAfter);
    if (clauseCut) clauseAfter = clauseAfter.slice(0, clauseCut.index);
    if (rule.valueExcludeAfter?.test(s.slice(v.end, v.end + 20))) continue;
    // The value's own qualifier words count as before it: "could pay up to $10 billion".
    const lead = /^(?:up to|as much as|as many as|at most|no more than|more than|over|about|around|roughly|nearly|almost|some|approximately)\s+/i.exec(s.slice(v.start, v.end))?.[0] ?? '';
    if (rule.valueExcludeBefore?.test(s.slice(Math.max(0, v.start - 30), v.start) + lead)) continue;
    if (rule.jurisdiction && !mayBeJurisdiction(s, v.start, v.end, rule.jurisdiction, jurisdiction)) continue;
    if (rule.minAmount !== undefined && 'amount' in v.value && (v.value.max ?? v.value.amount) < rule.minAmount) continue;
    let best: Candidate | undefined;
    for (const a of anchorSpans) {
      if (rule.spanExclude) {
        const from = Math.max(0, Math.min(a.start, v.start) - SPAN_MARGIN);
        if (rule.spanExclude.test(s.slice(from, Math.max(a.end, v.end) + SPAN_MARGIN))) continue;
      }
      const g = gap(a, v);
      // Scopes are read from the value's surroundings (the rest of its clause after it) and the
      // stretch from the cue to it ("monthly spot volume of $500 billion", "… to Trump's net worth").
      const stretch = s.slice(Math.max(0, Math.min(a.start, v.start) - SPAN_MARGIN), Math.max(a.end, v.end) + SPAN_MARGIN);
      if ((rule.window === undefined || g <= rule.window) && (!best || g < best.gap)) best = { value: v, gap: g, anchor: a, around: `${around} ${clauseAfter} ${stretch}` };
    }
    if (best) out.push(best);
  }
  return out;
}

/** The frame's verdict inputs (verdict.ts) from a frame. */
function judgeFrame(frame: Frame, fact: CompiledFact): JudgeFrame {
  const out: JudgeFrame = {};
  if (frame.limit) out.limit = frame.limit;
  if (frame.limitIsPart) out.limitIsPart = true;
  if (frame.modality.kind === 'hypothetical') out.hypothetical = frame.modality.text;
  if (frame.time) out.time = frame.time;
  if (frame.when.kind === 'earlier') out.earlier = frame.when.text;
  if (frame.when.kind === 'changed') out.changed = frame.when.text;
  if (fact.varies && !frame.time && frame.when.kind === 'undated') out.undated = true;
  if (frame.ambiguousDollar) out.ambiguousDollar = true;
  if (frame.partOfTotal) out.partOfTotal = true;
  return out;
}

/** "The company", "the exchange" (Binance, when the sentence is about it) and "he" (Zhao, when he was named last): who they stand for, as people values. */
const THE_COMPANY = /\b(?:the|its) (?:company|exchange|firm|platform|crypto(?:currency)? exchange)\b/gi;
const HE_PRONOUN = /\b(?:he|him)\b/gi;
/** "his pardon application": the possessor of a request is who asks (people-slots.ts, requester). */
const HIS_REQUEST = /\bhis\b(?=\s+(?:(?:presidential|own|formal)\s+)?(?:pardon|clemency)\s+(?:application|request|bid|petition|plea|appeal|push|campaign)\b)/gi;
const FOUNDER = /\b(?:Binance['’]s|its|whose|the exchange['’]s) (?:billionaire )?(?:co-?)?founder\b(?!\s+(?:Yi He|He Yi))/gi;
function stand_ins(s: string, ctx: SentenceFrameContext, mask: number): FoundValue[] {
  const out: FoundValue[] = [];
  if (mask & BIT.binance) {
    THE_COMPANY.lastIndex = 0;
    for (let m = THE_COMPANY.exec(s); m; m = THE_COMPANY.exec(s)) out.push({ value: { type: 'people', people: ['binance'] }, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  if (mask & BIT.binance) {
    // "Binance's founder", "its founder", "whose founder" in a sentence about Binance: Zhao.
    FOUNDER.lastIndex = 0;
    for (let m = FOUNDER.exec(s); m; m = FOUNDER.exec(s)) out.push({ value: { type: 'people', people: ['changpeng-zhao'] }, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  // matchAll works on a copy of each regex: no lastIndex to reset.
  const pronouns = [...s.matchAll(HE_PRONOUN), ...s.matchAll(HIS_REQUEST)].sort((a, b) => a.index! - b.index!);
  for (const m of pronouns) {
    // "he" is the man named last before it: in this sentence, else before it.
    const before = ctx.names.filter((n) => n.person && n.end <= m!.index);
    const last = before.length ? before[before.length - 1]!.holder : ctx.previousPerson;
    if (last?.kind === 'entity' && last.id === 'cz') out.push({ value: { type: 'people', people: ['changpeng-zhao'] }, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** A frame in which the value can be compared in full: nothing limits it. */
const complete = (f: JudgeFrame) => (!f.limit || f.limitIsPart === true) && !f.hypothetical && !f.earlier && !f.changed;

export function createClaimFinder(snapshot: ClaimSnapshot): ClaimFinder {
  const facts = new Map(snapshot.facts.map((f) => [f.id, f]));
  const judge = createJudge(snapshot.parties, snapshot.sources);
  const lexicon = createHolderLexicon(snapshot.parties);
  // Without a page date, the text is taken to be contemporary with the newest source.
  const assumedNow = snapshot.sources.reduce<MonthSpan>((now, m) => {
    const at = spanOfIsoDate(m.asOf);
    return at && at.to > now.to ? at : now;
  }, { from: 0, to: 0 });
  // Everyone "he" could be instead of Zhao: the other people the database knows.
  const others = snapshot.parties
    .filter((p) => !['changpeng-zhao', 'binance', 'world-liberty-financial'].includes(p.id))
    .flatMap((p) => p.aliases)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const otherPeople = others.length ? new RegExp(`\\b(?:${others.join('|')})\\b`) : null;
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
      anyMask: maskOf(rule.anyOf),
      allMask: maskOf(rule.allOf ?? []),
      statusTests: (fact.statuses ?? []).flatMap((o) =>
        o.patterns.flatMap((pattern) => {
          const re = compileStatusPattern(pattern);
          return re ? [new RegExp(re.source, re.flags.replace('g', ''))] : [];
        }),
      ),
    });
  }

  const readFrame = (p: PreparedRule, s: string, v: FoundValue, cue: Span, around: string, ctx: SentenceFrameContext, found: readonly Span[] = []): Frame => {
    const numeric = NUMERIC.has(p.fact.kind);
    const siblings = numeric ? found : [];
    return frameOf(p.rule, {
      s,
      value: { start: v.start, end: v.end, currency: v.value.type === 'money' ? v.value.currency : undefined },
      cue,
      around,
      holderCtx: { names: ctx.names, parentheticals: parentheticals(s), previousPerson: ctx.previousPerson, previousOrg: ctx.previousOrg, siblings },
      parentheticals: parentheticals(s),
      pageDate: ctx.pageDate,
      assumedNow: ctx.assumedNow,
      numeric,
    });
  };

  const claimFor = (
    p: PreparedRule,
    sentence: Span,
    s: string,
    cache: Map<string, FoundValue[]>,
    before: string,
    frameCtx: () => SentenceFrameContext,
    mask: number,
  ): FoldedClaim[] | undefined => {
    const { rule, fact } = p;
    // Cheapest and most selective first: most sentences match no cue of most rules.
    // The anchor cue is always in the sentence; the others may be in the one before when the rule allows.
    const cued = rule.cues.every((c, i) => c.test(s) || (i > 0 && rule.cuesBefore === true && before !== '' && c.test(before)));
    // A status the fact itself defines ("struck a deal", "no longer CEO") is cue enough.
    const statuses = fact.kind === 'status' && (cued || rule.statusIsCue !== false) ? valuesIn(p, s) : [];
    if (!cued && statuses.length === 0) return undefined;
    if (rule.exclude?.some((c) => c.test(s))) return undefined;
    // A status the fact defines is an anchor of its own, wherever the rule's cue is in the sentence
    // ("the resignation and four-month sentence of its founder": "founder" is far from "resignation").
    const anchorSpans = cued ? (statuses.length ? [...anchors(p, s), ...statuses].sort((a, b) => a.start - b.start) : anchors(p, s)) : statuses.slice();
    if (anchorSpans.length === 0) return undefined;
    let stated: FoundValue | undefined;
    let frame: JudgeFrame | undefined;
    /** Further values of the same fact in the sentence, each a claim of its own. */
    const extra: { c: Candidate; jf: JudgeFrame }[] = [];
    if (fact.kind !== 'text' && !rule.noCompare) {
      const key = fact.kind === 'status' ? `status:${fact.id}` : `${fact.kind}:${rule.bareAmountsAsMoney ? 'bare' : ''}`;
      let found = cache.get(key);
      if (!found) {
        found = fact.kind === 'status' ? statuses : valuesIn(p, s);
        cache.set(key, found);
      }
      // "Zhao did not meet Eric Trump", "Binance is not seeking a pardon": a negated cue states no one.
      const affirmed = fact.kind === 'people' ? anchorSpans.filter((a) => !NEGATED.test(s.slice(Math.max(0, a.start - 40), a.start))) : anchorSpans;
      if (fact.kind === 'people') {
        found = [...found, ...stand_ins(s, frameCtx(), mask)].sort((a, b) => a.start - b.start);
        stated = slotPeople(rule.peopleSlot ?? 'list', s, found, affirmed, rule.notPeople ?? [], rule.window ?? 80, rule.peopleAmong);
        if (stated) frame = judgeFrame(readFrame(p, s, stated, stated, '', frameCtx()), fact);
      } else {
        // Among the values the rule may read, one whose frame lets it be compared in full comes
        // first, then the nearest the cue; each other value is a claim of its own, with its own
        // frame ("CZ and Binance were fined $50 million and $4.3 billion, respectively"). A value held
        // by another company gives no claim.
        const read: { c: Candidate; jf: JudgeFrame }[] = [];
        for (const c of candidates(p, s, found, anchorSpans, frameCtx().jurisdiction)) {
          const f = readFrame(p, s, c.value, c.anchor, c.around, frameCtx(), found);
          if (!f.foreign) read.push({ c, jf: judgeFrame(f, fact) });
        }
        read.sort((a, b) => Number(!complete(a.jf)) - Number(!complete(b.jf)) || a.c.gap - b.c.gap);
        const full = read.filter((r) => complete(r.jf));
        const amounts = new Set(full.map((r) => JSON.stringify(r.c.value.value)));
        if (read.length && amounts.size > 1 && NUMERIC.has(fact.kind)) {
          // Several different amounts of the same measure, all in frame: a breakdown ("will forfeit
          // $2.5 billion and pay a fine of $1.8 billion") or a comparison. One the sources give is
          // read as the fact's value; otherwise none of them alone is.
          const agreeing = full.find((r) => ['supported', 'mixed'].includes(judge(fact, r.c.value.value, false, r.jf).verdict));
          for (const r of full) {
            if (r !== agreeing) r.jf = { ...r.jf, limit: 'one of several amounts in this sentence (a breakdown or a comparison), not the total the sources give' };
          }
          if (agreeing) read.unshift(...read.splice(read.indexOf(agreeing), 1));
        }
        const seen = new Set<string>();
        for (const r of read) {
          const key = JSON.stringify(r.c.value.value);
          if (seen.has(key)) continue;
          seen.add(key);
          if (!stated) {
            stated = r.c.value;
            frame = r.jf;
          } else if (NUMERIC.has(fact.kind)) extra.push(r);
        }
      }
    }
    if (!stated && (!rule.related || (rule.relatedCue && !rule.relatedCue.test(s)))) return undefined;
    // A cue with no value is about the fact only when it is said of the fact's holder ("OKX pleaded
    // guilty" in a sentence that also names Binance is OKX's plea).
    if (!stated && rule.holders && anchorSpans[0] && readFrame(p, s, { value: { type: 'year', year: 2000 }, start: anchorSpans[0].start, end: anchorSpans[0].end, text: '' }, anchorSpans[0], '', frameCtx()).foreign) return undefined;
    if (stated && rule.compareOnly && !rule.compareOnly[0].test(s)) frame = { ...frame, limit: rule.compareOnly[1] };
    const j = judge(fact, stated?.value, rule.peopleExamples === true, frame);
    // A rule without "related" still reports a value it read but cannot compare (another year, a
    // projection, another scope): the reason says why. Only a sentence with no value stays unflagged.
    if (j.verdict === 'related' && !rule.related && !stated) return undefined;
    const claim = (judgement: Judgement, v: FoundValue | undefined): FoldedClaim => ({
      ...judgement,
      start: sentence.start,
      end: sentence.end,
      fact: fact.id,
      stated: v ? { value: v.value, start: sentence.start + v.start, end: sentence.start + v.end } : undefined,
    });
    return [claim(j, stated), ...extra.map((r) => claim(judge(fact, r.c.value.value, false, r.jf), r.c.value))];
  };

  return {
    find(text, mentions, named, pageDateIso, carry) {
      const claims: FoldedClaim[] = [];
      const pageDate = spanOfIsoDate(pageDateIso);
      // What the sentences before this one were about: across the blocks of one page through `carry`.
      let previousPerson: Holder | undefined = carry?.person;
      let previousOrg: Holder | undefined = carry?.org;
      let jurisdiction: Jurisdiction | undefined = carry?.jurisdiction;
      // Rules specific enough to fire anywhere in a document about their entities.
      const docMask = named ? maskOf([...named]) : 0;
      // …only when the text has their anchor cue at all: most blocks of a long page have none.
      const wide = docMask
        ? prepared.filter((p) => p.rule.documentWide && (docMask & maskOf(p.fact.entities)) !== 0 && p.rule.cues[0]!.test(text))
        : [];
      if ((mentions.length === 0 && wide.length === 0) || prepared.length === 0) return claims;
      const sentences = splitSentences(text, mentions);
      let mi = 0;
      let previous: { start: number; end: number; mask: number } | undefined;
      let last: Span | undefined;
      for (const sentence of sentences) {
        // The sentence before in the same paragraph, for rules whose cues may be split over two.
        const before = last && !text.slice(last.end, sentence.start).includes('\n') ? text.slice(last.start, last.end) : '';
        last = sentence;
        let mask = 0;
        while (mi < mentions.length && mentions[mi]!.end <= sentence.start) mi++;
        for (let k = mi; k < mentions.length && mentions[k]!.start < sentence.end; k++) mask |= BIT[mentions[k]!.entity];
        const long = sentence.end - sentence.start > MAX_SENTENCE;
        if (!long && named) {
          for (const [entity, re] of DESCRIPTIONS) if (named.has(entity) && !(mask & BIT[entity]) && re.test(text.slice(sentence.start, sentence.end))) mask |= BIT[entity];
        }
        // "Binance founder" is Zhao even before the page names him (a headline: "Trump pardons
        // convicted Binance founder"); "its founder" / "whose founder" in a sentence about Binance alone too.
        if (!long && !(mask & BIT.cz)) {
          const t = text.slice(sentence.start, sentence.end);
          if (BINANCE_FOUNDER.test(t) || ((mask & BIT.binance) && !(mask & (BIT.wlfi | BIT.usd1)) && ITS_FOUNDER.test(t))) mask |= BIT.cz;
        }
        // "It", "the company", "the project", "the stablecoin" stand for the organisation named last
        // (in this block or, through carry, the blocks before): the sentence is about it.
        if (!long && previousOrg?.kind === 'entity' && !(mask & BIT[previousOrg.id])) {
          const re = REFERS_TO[previousOrg.id];
          if (re?.test(text.slice(sentence.start, sentence.end))) mask |= BIT[previousOrg.id];
        }
        if (long || (mask === 0 && !previous && wide.length === 0)) {
          previous = undefined;
          if (!long) jurisdiction = soleJurisdiction(text.slice(sentence.start, sentence.end)) ?? jurisdiction;
          continue;
        }
        const s = text.slice(sentence.start, sentence.end);
        // "The exchange has 300 million users." right after a sentence naming Binance.
        // Only right after that sentence; a new paragraph may still begin "The exchange …".
        if (previous) {
          for (const [entity, re] of ANAPHORA) if (previous.mask & BIT[entity] && !(mask & BIT[entity]) && re.test(s)) mask |= BIT[entity];
          // "He served four months." after a sentence about Zhao, when no other man was named there.
          if (previous.mask & BIT.cz && !(mask & BIT.cz) && HE.test(s) && !otherPeople?.test(text.slice(previous.start, previous.end))) mask |= BIT.cz;
          // A sentence naming no one, right after one about Zhao in the same paragraph, goes on about
          // him: "Zhao's sentencing would fall within 12 to 18 months. However, prosecutors contend that a
          // custodial sentence of 36 months is necessary." (A person-only carry: a figure's owner is
          // still read by each rule's frame; another person named here stops it.)
          if (mask === 0 && previous.mask === BIT.cz && !text.slice(previous.end, sentence.start).includes('\n') && !otherPeople?.test(s) && !PERSON_WORD.test(s)) mask |= BIT.cz;
        }
        // "As a result, he received a four-month sentence": "he" stands for the last person named, Zhao.
        if (!(mask & BIT.cz) && previousPerson?.kind === 'entity' && previousPerson.id === 'cz' && HE_ANYWHERE.test(s)) {
          const at = s.search(HE_ANYWHERE);
          if (!otherPeople?.test(s.slice(0, at))) mask |= BIT.cz;
        }
        previous = mask ? { start: sentence.start, end: sentence.end, mask } : undefined;
        const cache = new Map<string, FoundValue[]>();
        const found: FoldedClaim[] = [];
        // The names in this sentence that may hold a figure (read once, when a rule needs them).
        let frameCtx: SentenceFrameContext | undefined;
        const sentenceMentions = () => {
          // Mentions are in text order and mi is the first that may fall in this sentence: linear overall.
          const out: { start: number; end: number; entity: EntityId; text: string }[] = [];
          for (let k = mi; k < mentions.length && mentions[k]!.start < sentence.end; k++) {
            const m = mentions[k]!;
            if (m.start >= sentence.start && m.end <= sentence.end) out.push({ start: m.start - sentence.start, end: m.end - sentence.start, entity: m.entity, text: s.slice(m.start - sentence.start, m.end - sentence.start) });
          }
          // A description standing for an entity here ("the world's largest exchange" in an article
          // about Binance) names it: a figure or status written next to it is that entity's.
          for (const { entity, re: d, needsNamed } of DESCRIBED) {
            if (!(mask & BIT[entity]) || (needsNamed && !named?.has(entity))) continue;
            d.lastIndex = 0;
            for (let m = d.exec(s); m; m = d.exec(s)) {
              const start = m.index;
              const end = start + m[0].length;
              // "Binance founder" names Zhao though "Binance" in it names the exchange: both stay.
              if (!out.some((o) => o.start < end && start < o.end && (o.entity === entity || entity !== 'cz'))) out.push({ start, end, entity, text: m[0] });
              if (m[0].length === 0) d.lastIndex++;
            }
          }
          return out.sort((a, b) => a.start - b.start);
        };
        const getFrameCtx = () => (frameCtx ??= { names: lexicon.names(s, sentenceMentions()), previousPerson, previousOrg, jurisdiction, pageDate, assumedNow });
        for (const p of mask === 0 ? wide : prepared) {
          if (p.anyMask && !(mask & p.anyMask)) continue;
          if ((mask & p.allMask) !== p.allMask) continue;
          const claims = claimFor(p, sentence, s, cache, before, getFrameCtx, mask);
          if (claims) found.push(...claims);
        }
        // "He" and "it" in the next sentence stand for the last person and organisation named here;
        // a sentence about one country's case sets the country for the next.
        if (mask !== 0 || frameCtx) {
          const names = getFrameCtx().names;
          for (const n of names) {
            if (n.person) previousPerson = n.holder;
            else previousOrg = n.holder;
          }
        }
        jurisdiction = soleJurisdiction(s) ?? jurisdiction;
        for (const c of found) claims.push(c);
      }
      if (carry) Object.assign(carry, { person: previousPerson, org: previousOrg, jurisdiction });
      return claims;
    },
  };
}
