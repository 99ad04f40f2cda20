/**
 * How sure is a stated value? An assertion ("Binance paid $4.3 billion") can
 * contradict a source; a possibility, a projection, a demand or a maximum
 * ("could pay up to", "prosecutors sought three years", "guidelines suggest 18
 * months", "if it is listed", "is expected to reach") cannot.
 *
 * Read from the value's own clause: the words between the clause's start and
 * the value, and a few words after it. Quoted speech and reported speech
 * ("said it has") stay assertions.
 */
import type { Span } from '../sentences';

/** A full stop that ends a clause: not the one of a title or an abbreviation ("Mr. Zhao", "U.S. law"). */
const SENTENCE_DOT = /(?<!\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Inc|Co|Corp|Ltd|No|vs|Gov|Sen|Rep|Gen|Prof|U\.S|U\.K|[A-Z]))\.\s/g;

export type Modality = { kind: 'assertion' } | { kind: 'hypothetical'; text: string };

/**
 * Modal words. "may" only as a verb (not the month: "in May 2024"), "will" is
 * left out (a settlement someone "will pay" is agreed), and "expected" only
 * with "to" or "is expected".
 */
const MODAL =
  /\b(?:could|might|would|should|(?<!\b(?:in|of|since|until|early|late|mid|last|this|next)\s)may(?!\s+\d)|likely|unlikely|possibl[ey]|potential(?:ly)?|perhaps|maybe|hypothetical\w*|(?:is|are|was|were)?\s*expected to|expects? (?:to|that)|projected|projections?|forecasts?|predict\w*|estimates? (?:that|it could)|aims? to|aiming|plans? to|planning to|hopes? to|hoping|wants? to|seeks?|sought|seeking|asked for|requested|recommend\w*|push(?:es|ed|ing)? for|call(?:s|ed|ing)? for|argu(?:es|ed|ing) for|demand\w*|urg(?:es|ed|ing)|proposed|guidelines?|faces?|facing|faced|risks?|risking|threaten\w*|up to|as much as|a maximum of|maximum|if|unless|whether|rumou?r\w*|speculat\w*|reportedly considering|considering|in talks|negotiating|missions?|goals?|targets?|targeting|ambitions?|ambitious|aspir\w*|towards? (?:achieving|reaching|hitting)|on track to|aim(?:s|ing)? (?:for|at))\b/i;

/** Verbs of arguing or asking right before the value's "that" clause. */
const ARGUED_THAT = /\b(?:contend\w*|argu(?:e|es|ed|ing)|insist\w*|urg(?:e|es|ed|ing)|recommend\w*|propos(?:e|es|ed|ing)|request\w*|demand\w*|ask(?:s|ed|ing)?|suggest\w*|believ\w*)\s+that\s*$/i;
/** A value the clause calls needed rather than done: "a sentence of 36 months is necessary". */
const NEEDED_AFTER = /^[^.;,]{0,30}?\b(?:is|was|would be|are|were)\s+(?:necessary|needed|warranted|appropriate|justified|required|sufficient)\b/i;

/** How far back in the clause modal words count. */
const LOOKBACK = 80;

function clauseStart(s: string, at: number): number {
  const before = s.slice(Math.max(0, at - LOOKBACK), at);
  // A new clause starts after a semicolon, a dash, a sentence break, or ", but" / ", while".
  let cut = -1;
  for (const re of [/;/g, /[—–]/g, SENTENCE_DOT, /,\s*(?:but|while|whereas|although|though|and then|after|before|since|when|which|who|whose|where|according)\b/gi, /\b(?:that|which|who)\s+(?=[a-z])/g, /\(/g]) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) cut = Math.max(cut, m.index + m[0].length);
  }
  return cut >= 0 ? at - before.length + cut : Math.max(0, at - LOOKBACK);
}

/**
 * The modality of the value at `v` in sentence `s`. `cue` is the span of the
 * rule's anchor (the fact's cue word): modal words between the clause start and
 * the later of cue and value count.
 */
export function modalityOf(s: string, v: Span, cue?: Span): Modality {
  const from = clauseStart(s, Math.min(v.start, cue?.start ?? v.start));
  const to = Math.max(v.start, cue?.end ?? v.start);
  const lead = s.slice(from, to);
  const m = MODAL.exec(lead);
  if (m) return { kind: 'hypothetical', text: m[0].trim() };
  // The clause is what someone argues for: "prosecutors contend that a sentence of 36 months is
  // necessary" (an argued position, not a reported fact; "said that" stays an assertion).
  const argued = ARGUED_THAT.exec(s.slice(Math.max(0, from - 40), from)) ?? NEEDED_AFTER.exec(s.slice(to, to + 60));
  if (argued) return { kind: 'hypothetical', text: argued[0].trim() };
  // A sentence that opens with "If …" conditions everything in it.
  if (/^\s*(?:if|unless|should)\b/i.test(s)) return { kind: 'hypothetical', text: s.trim().split(/\s+/)[0]! };
  return { kind: 'assertion' };
}
