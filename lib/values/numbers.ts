/**
 * Reads one number phrase at a position: "4.3", "4,300,000,000", "4.3bn", "$4.3B" (the digits part),
 * "250 million", "two hundred and fifty million", "a dozen", "half a billion", "a quarter of a billion",
 * "tens of millions", "billions", "several million". Knows nothing about units (money, %, days):
 * quantities.ts looks around the phrase for those.
 *
 * Work per call is bounded (at most MAX_TOKENS tokens are read), so a scan over a whole text that
 * calls this once per candidate position stays linear.
 */

export interface Token {
  kind: 'num' | 'word' | 'sym';
  /** Raw text; words are compared lower-cased via `lower`. */
  raw: string;
  lower: string;
  start: number;
  end: number;
  /** Whitespace between the previous read position and this token. */
  gap: boolean;
}

// Digits with thousands separators (comma, no-break, narrow no-break or thin space) or plain digits;
// ASCII words; any other single non-space character. Leading whitespace of any kind is skipped.
const TOKEN_RE =
  /\s*(?:(\d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|([A-Za-z]+)|([^\sA-Za-z0-9]))/y;

export function readToken(text: string, pos: number): Token | null {
  TOKEN_RE.lastIndex = pos;
  const m = TOKEN_RE.exec(text);
  if (!m) return null;
  const raw = m[1] ?? m[2] ?? m[3] ?? '';
  const end = TOKEN_RE.lastIndex;
  const start = end - raw.length;
  return { kind: m[1] ? 'num' : m[2] ? 'word' : 'sym', raw, lower: raw.toLowerCase(), start, end, gap: start > pos };
}

/** A parsed number phrase, before any unit is known. */
export interface NumberPhrase {
  start: number;
  end: number;
  amount: number;
  /** Upper bound for vague phrases ("tens of millions" is 1e7..1e8). */
  max?: number;
  /** "tens of millions", "billions", "several million", "multibillion". */
  vague: boolean;
  /** A scale was written (million, bn, k, thousand, dozen). */
  scaled: boolean;
  /** The phrase is a single bare digit token (no separators, decimals or scale): candidate year. */
  bareDigits: string | null;
  /** Written only as "a"/"an" (valid as "a year", not as a count). */
  article: boolean;
  /** "250+" or "250m+". */
  plus: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words after a number ("4.3 billion", "4.3 bn"). */
const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mn: 1e6, mln: 1e6, bn: 1e9, tn: 1e12, trn: 1e12,
};
/** Suffixes glued to digits ("275m", "4.3B", "10k"); single letters only when glued. */
const GLUED_SCALES: Record<string, number> = { ...SCALE_WORDS, k: 1e3, m: 1e6, b: 1e9 };
const PLURAL_SCALES: Record<string, number> = {
  thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};
/** Upper bound of a bare plural scale ("billions" = 1e9 up to 1e12): wide on purpose, since a
 * vague phrase should only contradict values clearly outside it. */
const PLURAL_SPAN = 1e3;

const MAX_TOKENS = 16;

/** Words that can start a number phrase; used by the scanner to find candidate positions. */
export const NUMBER_START_WORDS = [
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(PLURAL_SCALES),
  'half', 'tens', 'hundreds', 'dozens', 'several', 'few', 'couple', 'multibillion', 'multimillion', 'multi',
];
/** "a"/"an" start a number only before these ("a dozen", "a year"); listing them keeps "a record"
 * from being a candidate at all, which matters for speed on long English texts. */
export const ARTICLE_NEXT_WORDS = [
  'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'quarter', 'half', 'few', 'couple',
  'days?', 'weeks?', 'months?', 'years?',
];

function isLetterOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // ASCII fast path; the Unicode test only for other characters.
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return /[\p{L}\p{N}]/u.test(ch);
}

function digitsValue(raw: string): number {
  return Number(raw.replace(/[,\u00a0\u202f\u2009]/g, ''));
}

/** Reads the next token; a tiny cursor keeps the parsing code readable. */
class Cursor {
  private reads = 0;
  constructor(
    private readonly text: string,
    public pos: number,
  ) {}
  private cachedAt = -1;
  private cached: Token | null = null;
  peek(): Token | null {
    if (this.cachedAt === this.pos) return this.cached;
    if (this.reads >= MAX_TOKENS) return null;
    this.reads++;
    this.cachedAt = this.pos;
    this.cached = readToken(this.text, this.pos);
    return this.cached;
  }
  take(t: Token): Token {
    this.pos = t.end;
    return t;
  }
  /** Takes the next token if it is a word in `words` (optionally glued only). */
  word(words: Record<string, number> | string[], opts: { glued?: boolean } = {}): Token | null {
    const t = this.peek();
    if (!t || t.kind !== 'word') return null;
    if (opts.glued && t.gap) return null;
    const ok = Array.isArray(words) ? words.includes(t.lower) : t.lower in words;
    return ok ? this.take(t) : null;
  }
  sym(chars: string, opts: { glued?: boolean } = {}): Token | null {
    const t = this.peek();
    if (!t || t.kind !== 'sym' || !chars.includes(t.raw)) return null;
    if (opts.glued && t.gap) return null;
    return this.take(t);
  }
}

/** Parses a digit-led phrase: "4.3", "4.3bn", "4.3 billion", "250,000", "250+ million", "4.3-billion". */
function parseDigits(text: string, first: Token): NumberPhrase | null {
  const before = text[first.start - 1];
  // "USD1", "Web3", "A1": digits glued to letters are part of a name; "1.2.3" is a version.
  if (isLetterOrDigit(before)) return null;
  // "1.2.3" (versions), "24/7" and "12/05/2023" (fractions, dates), "#1" (a rank, not a count).
  const dateYear = before === '/' && /^(?:19|20)\d\d$/.test(first.raw); // "12/05/2023" still names 2023
  if ((before === '.' || (before === '/' && !dateYear)) && /\d/.test(text[first.start - 2] ?? '')) return null;
  if ((text[first.end] === '.' || text[first.end] === '/') && /\d/.test(text[first.end + 1] ?? '')) return null;
  if (before === '#') return null;
  const c = new Cursor(text, first.end);
  let amount = digitsValue(first.raw);
  if (!Number.isFinite(amount)) return null;
  let scale = 1;
  let plus = Boolean(c.sym('+', { glued: true }));
  const next = c.peek();
  if (next && next.kind === 'word' && !next.gap) {
    // Glued letters: a scale suffix or not a number we understand ("1st", "3D", "10am").
    const s = GLUED_SCALES[next.lower];
    if (s === undefined) return null;
    c.take(next);
    scale = s;
  } else if (next && next.kind === 'word' && SCALE_WORDS[next.lower] !== undefined) {
    c.take(next);
    scale = SCALE_WORDS[next.lower] ?? 1;
  } else if (next && next.kind === 'sym' && next.raw === '-' && !next.gap) {
    // "4.3-billion fine"
    const after = readToken(text, next.end);
    if (after && after.kind === 'word' && !after.gap && SCALE_WORDS[after.lower] !== undefined) {
      c.pos = after.end;
      scale = SCALE_WORDS[after.lower] ?? 1;
    }
  } else if (next && next.kind === 'word' && next.lower === 'dozen') {
    c.take(next);
    scale = 12;
  }
  if (!plus) plus = Boolean(c.sym('+', { glued: true }));
  amount *= scale;
  const bare = scale === 1 && /^\d+$/.test(first.raw);
  return {
    start: first.start, end: c.pos, amount, vague: false, scaled: scale !== 1,
    bareDigits: bare ? first.raw : null, article: false, plus,
  };
}

/** "one", "twenty-five", "two hundred and fifty million", "two dozen". */
function parseNumberWords(text: string, first: Token): NumberPhrase | null {
  const c = new Cursor(text, first.start);
  let total = 0;
  let current = 0;
  let scaled = false;
  let last: 'unit' | 'tens' | 'hundred' | 'scale' | 'and' | null = null;
  for (;;) {
    const t = c.peek();
    if (!t || t.kind !== 'word') break;
    const unit = UNITS[t.lower];
    const tens = TENS[t.lower];
    const scale = t.lower === 'hundred' || t.lower === 'dozen' ? undefined : SCALE_WORDS[t.lower];
    if (unit !== undefined && (last === null || last === 'hundred' || last === 'scale' || last === 'and' || (last === 'tens' && unit < 10))) {
      c.take(t);
      current += unit;
      last = 'unit';
    } else if (tens !== undefined && (last === null || last === 'hundred' || last === 'scale' || last === 'and')) {
      c.take(t);
      current += tens;
      last = 'tens';
      // "twenty-five"
      const dash = readToken(text, c.pos);
      const u = dash && dash.raw === '-' && !dash.gap ? readToken(text, dash.end) : null;
      const uv = u && !u.gap && u.kind === 'word' ? UNITS[u.lower] : undefined;
      if (u && uv !== undefined && uv > 0 && uv < 10) {
        c.pos = u.end;
        current += uv;
        last = 'unit';
      }
    } else if (t.lower === 'hundred' && (last === 'unit' || last === 'tens')) {
      c.take(t);
      current *= 100;
      scaled = true;
      last = 'hundred';
    } else if (t.lower === 'dozen' && (last === 'unit' || last === 'tens')) {
      c.take(t);
      current *= 12;
      scaled = true;
      break;
    } else if (scale !== undefined && t.lower.length > 3 && (last === 'unit' || last === 'tens' || last === 'hundred')) {
      c.take(t);
      total += current * scale;
      current = 0;
      scaled = true;
      last = 'scale';
    } else if (t.lower === 'and' && (last === 'hundred' || last === 'scale')) {
      // "two hundred and fifty": only if a number word follows.
      const after = readToken(text, t.end);
      if (!after || after.kind !== 'word' || (UNITS[after.lower] === undefined && TENS[after.lower] === undefined)) break;
      c.take(t);
      last = 'and';
    } else break;
  }
  if (last === null) return null;
  return {
    start: first.start, end: c.pos, amount: total + current, vague: false, scaled,
    bareDigits: null, article: false, plus: false,
  };
}

/** Phrases led by "a"/"an"/"half"/"tens"/"billions"/"several"/"multi…". */
function parseLeadWord(text: string, first: Token): NumberPhrase | null {
  const c = new Cursor(text, first.end);
  const w = first.lower;
  const phrase = (amount: number, extra: Partial<NumberPhrase> = {}): NumberPhrase => ({
    start: first.start, end: c.pos, amount, vague: false, scaled: true, bareDigits: null,
    article: false, plus: false, ...extra,
  });
  if (w === 'tens' || w === 'hundreds') {
    // "tens of millions", "hundreds of thousands"
    const base = w === 'tens' ? 10 : 100;
    if (!c.word(['of'])) return w === 'hundreds' ? phrase(100, { max: 1000, vague: true }) : null;
    const s = c.word(PLURAL_SCALES);
    if (!s) return null;
    const scale = PLURAL_SCALES[s.lower]!;
    return phrase(base * scale, { max: base * 10 * scale, vague: true });
  }
  if (PLURAL_SCALES[w] !== undefined) {
    const scale = PLURAL_SCALES[w]!;
    return phrase(scale, { max: scale * PLURAL_SPAN, vague: true });
  }
  if (w === 'dozens') return phrase(24, { max: 144, vague: true });
  if (w === 'multibillion' || w === 'multimillion') {
    const scale = w === 'multibillion' ? 1e9 : 1e6;
    return phrase(scale, { max: scale * PLURAL_SPAN, vague: true });
  }
  if (w === 'multi') {
    c.sym('-', { glued: true });
    const s = c.word({ billion: 1e9, million: 1e6 }, { glued: true });
    if (!s) return null;
    const scale = SCALE_WORDS[s.lower]!;
    return phrase(scale, { max: scale * PLURAL_SPAN, vague: true });
  }
  if (w === 'several' || w === 'few' || w === 'couple') {
    // "several million", "a few billion", "a couple of million"
    if (w === 'couple') c.word(['of']);
    const s = c.word({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
    if (!s) return null;
    const scale = SCALE_WORDS[s.lower]!;
    return w === 'couple' ? phrase(2 * scale, { max: 3 * scale, vague: true }) : phrase(2 * scale, { max: 10 * scale, vague: true });
  }
  if (w === 'half') {
    // "half a billion", "half a year"
    if (!c.word(['a', 'an'])) return null;
    const s = c.word({ ...SCALE_WORDS, dozen: 12, hundred: 100 });
    if (s) return phrase(0.5 * (SCALE_WORDS[s.lower] ?? (s.lower === 'dozen' ? 12 : 100)));
    return phrase(0.5, { scaled: false, article: true });
  }
  if (w === 'a' || w === 'an') {
    const t = c.peek();
    if (!t || t.kind !== 'word') return null;
    if (t.lower === 'few' || t.lower === 'couple') {
      // "a few billion", "a couple of million"
      const inner = parseLeadWord(text, t);
      return inner && { ...inner, start: first.start };
    }
    if (t.lower === 'quarter' || t.lower === 'half') {
      // "a quarter of a billion", "a quarter-billion", "a half-million", "a half"
      c.take(t);
      if (c.sym('-', { glued: true })) {
        const h = c.word({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }, { glued: true });
        return h ? phrase((t.lower === 'quarter' ? 0.25 : 0.5) * SCALE_WORDS[h.lower]!) : null;
      }
      c.word(['of']);
      if (!c.word(['a', 'an'])) return null;
      const s = c.word({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
      if (!s) return null;
      return phrase((t.lower === 'quarter' ? 0.25 : 0.5) * SCALE_WORDS[s.lower]!);
    }
    if (t.lower === 'dozen') {
      c.take(t);
      return phrase(12);
    }
    if (t.lower === 'hundred' || (SCALE_WORDS[t.lower] !== undefined && !['mn', 'mln', 'tn', 'trn', 'bn'].includes(t.lower))) {
      // "a hundred", "a million", "a hundred and fifty thousand" is rare: read only the head.
      c.take(t);
      const scale = t.lower === 'hundred' ? 100 : SCALE_WORDS[t.lower]!;
      return phrase(scale);
    }
    // "a year", "a month": the caller accepts an article alone only before a duration unit.
    return { start: first.start, end: first.end, amount: 1, vague: false, scaled: false, bareDigits: null, article: true, plus: false };
  }
  return null;
}

/**
 * Parses the number phrase starting at `pos` (which must be the start of a token).
 * Returns null when no number starts there.
 */
export function parseNumberAt(text: string, pos: number): NumberPhrase | null {
  const first = readToken(text, pos);
  if (!first) return null;
  if (first.kind === 'num') return parseDigits(text, first);
  if (first.kind !== 'word') return null;
  // Words must start at a word boundary ("alpha" does not contain "a").
  if (isLetterOrDigit(text[first.start - 1])) return null;
  if (UNITS[first.lower] !== undefined || TENS[first.lower] !== undefined) return parseNumberWords(text, first);
  return parseLeadWord(text, first);
}

/** Applies `scale` to a bare first half of a range ("$2-3 billion": 2 → 2 billion). */
export function scaleOf(p: NumberPhrase): number {
  if (!p.scaled || p.amount === 0) return 1;
  const exp = Math.floor(Math.log10(p.amount));
  for (const s of [1e12, 1e9, 1e6, 1e3]) if (exp >= Math.log10(s)) return s;
  return 1;
}
