/**
 * Folds page text into a form the matchers can read, while remembering where
 * every folded character came from in the original.
 *
 * Why: pages write "Binance’s" with a typographic apostrophe, put non-breaking
 * spaces between "Changpeng" and "Zhao", and hyphenation tools insert soft
 * hyphens (U+00AD) or zero-width characters inside long words. A regex over the
 * raw text would miss all of those. Folding is 1:1 (a replaced character keeps
 * its position) or a removal (invisible characters are dropped), never a
 * lengthening, so the map stays a plain array and folding is linear.
 */

/** Invisible characters that may sit inside a word and are dropped. */
const INVISIBLE = new Set([
  0x00ad, // soft hyphen
  0x200b, // zero-width space
  0x200c, // zero-width non-joiner
  0x200d, // zero-width joiner
  0x2060, // word joiner
  0xfeff, // zero-width no-break space / BOM
]);

/** Characters replaced by a plain ASCII equivalent of the same length. */
const REPLACE = new Map<number, string>([
  [0x00a0, ' '], // no-break space
  [0x2007, ' '], // figure space
  [0x202f, ' '], // narrow no-break space
  [0x2002, ' '],
  [0x2003, ' '],
  [0x2004, ' '],
  [0x2005, ' '],
  [0x2006, ' '],
  [0x2008, ' '],
  [0x2009, ' '], // thin space
  [0x200a, ' '], // hair space
  [0x3000, ' '], // ideographic space
  [0x2018, "'"], // ‘
  [0x2019, "'"], // ’
  [0x02bc, "'"], // ʼ modifier letter apostrophe
  [0x2032, "'"], // ′ prime, used as an apostrophe by some keyboards
  [0x201c, '"'], // “
  [0x201d, '"'], // ”
  [0x2010, '-'], // hyphen
  [0x2011, '-'], // non-breaking hyphen
  [0x2012, '-'], // figure dash
  [0x2013, '-'], // en dash: "4–5 months"
  [0x2212, '-'], // minus sign
  [0x2028, '\n'], // line separator
  [0x2029, '\n'], // paragraph separator
  [0x0085, '\n'], // next line
]);

export interface FoldedText {
  /** The folded text. */
  text: string;
  /**
   * map[i] is the index in the original text of folded character i;
   * map[text.length] is the original length, so end offsets map too.
   */
  map: Int32Array;
  /** True when folding changed nothing (map is the identity). */
  identity: boolean;
}

/** Every character foldText changes, for jumping from one to the next. */
const SPECIAL = new RegExp(`[${[...INVISIBLE, ...REPLACE.keys()].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`, 'g');

export function foldText(original: string): FoldedText {
  const n = original.length;
  const map = new Int32Array(n + 1);
  SPECIAL.lastIndex = 0;
  let m = SPECIAL.exec(original);
  if (!m) {
    // Most text has none of the characters we fold.
    for (let i = 0; i <= n; i++) map[i] = i;
    return { text: original, map, identity: true };
  }
  const parts: string[] = [];
  let from = 0; // start of the unchanged run in the original
  let out = 0; // folded length so far
  for (; m; m = SPECIAL.exec(original)) {
    const at = m.index;
    for (let i = from; i < at; i++) map[out++] = i;
    if (from < at) parts.push(original.slice(from, at));
    const c = original.charCodeAt(at);
    const rep = REPLACE.get(c);
    if (rep !== undefined) {
      parts.push(rep);
      map[out++] = at;
    }
    from = at + 1;
  }
  for (let i = from; i < n; i++) map[out++] = i;
  if (from < n) parts.push(original.slice(from));
  map[out] = n;
  return { text: parts.join(''), map: map.subarray(0, out + 1), identity: false };
}

/** foldText's text alone, without the offset map: one native replace (the pre-filter's cue test, lib/dom/prefilter.ts). */
export function foldedTextOf(original: string): string {
  SPECIAL.lastIndex = 0;
  return original.replace(SPECIAL, (c) => REPLACE.get(c.charCodeAt(0)) ?? '');
}

/** Maps a folded [start, end) span back to the original text. */
export function toOriginal(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  const s = folded.map[start] ?? 0;
  // The end maps to just after the last folded character, so invisible
  // characters after the span are not pulled into it.
  const e = end > start ? (folded.map[end - 1] ?? s) + 1 : s;
  return { start: s, end: e };
}
