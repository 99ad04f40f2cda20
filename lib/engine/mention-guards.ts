/**
 * Guards that tell a name written as prose from the same letters used as
 * something else. Each looks only at a bounded window around the candidate
 * (at most MAX_TOKEN characters each side), so a scan stays linear even on a
 * 5 MB text with no spaces.
 */

const MAX_TOKEN = 256;
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** The whitespace-delimited token around [start, end), bounded. */
function tokenAround(text: string, start: number, end: number): { token: string; offset: number } {
  let s = start;
  const minS = Math.max(0, start - MAX_TOKEN);
  while (s > minS && !isSpace(text[s - 1])) s--;
  let e = end;
  const maxE = Math.min(text.length, end + MAX_TOKEN);
  while (e < maxE && !isSpace(text[e])) e++;
  return { token: text.slice(s, e), offset: start - s };
}

/**
 * True when the name sits inside a URL, an e-mail address, a social handle, a
 * file path or code: "https://www.binance.com/en", "press@binance.com",
 * "binance.com", "api/binance/v3", "binance.fetchTicker()", "`USD1`".
 */
export function isCodeOrAddress(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  const afterNext = text[end + 1];
  if (before !== undefined && '.@\\=<>`~|:'.includes(before)) return true;
  // "api/binance" is a path; "Binance/WLFI" is prose shorthand.
  if (before === '/' && (/[a-z]/.test(text[start] ?? '') || /(?:^|[^\p{L}\p{N}])[a-z0-9_-]+\/$/u.test(text.slice(Math.max(0, start - 40), start)))) return true;
  if (after !== undefined) {
    if ('.,:'.includes(after) && isWord(afterNext)) return true; // binance.com, binance:api
    if ('(@`=<>\\|{['.includes(after)) return true;
    if (after === '/' && isWord(afterNext) && !/^[A-Z0-9$]/.test(afterNext ?? '')) return true;
  }
  const { token } = tokenAround(text, start, end);
  if (/:\/\/|^[("'[]*www\.|@/i.test(token)) return true;
  // Strip sentence punctuation around the token before looking for code characters.
  const core = token.replace(/^[("'[#$*]+/, '').replace(/[.,;:!?)"'\]*]+$/, '');
  if (/[{}<>=\\`|]|::|\(\)|\/\/|^\/|\.[a-z]{2,}\//i.test(core)) return true;
  if ((core.match(/\//g) ?? []).length >= 2) return true;
  return false;
}

const CZECH_WORDS =
  /\b(?:czech\w*|czechia|prague|praha|koruna|korun\w*|czk|brno|ostrava|bohemia\w*|moravia\w*|slovak\w*|kč)\b|\bkc\b/i;
const CZECH_SUFFIX = /^-(?:based|registered|made|listed|domiciled|incorporated|headquartered|licensed|issued|plated|\d)/i;
/** Two-letter country codes next to "CZ" in a list: "DE, CZ, PL", "CZ/SK". */
const COUNTRY_LIST = /\b(?:AT|DE|PL|SK|HU|FR|IT|ES|NL|BE|UK|GB|RO|BG|SI|HR|EU|LT|LV|EE|DK|SE|FI|PT|IE|GR|CH|NO)\b/;

/** Words around "CZ" that only a person takes: "CZ told", "CZ's lawyers", "Binance founder CZ". */
const PERSON_AFTER = /^(?:'s\b|\s+(?:said|says|told|tweeted|posted|wrote|denied|argued|added|met|pleaded|served|sought|seeks|asked|replied|responded|himself)\b)/;
const PERSON_BEFORE = /\b(?:Binance(?:'s)?(?:\s+(?:founder|co-founder|boss|chief|CEO|ex-CEO|former CEO))?|founder|co-founder|ex-CEO|former CEO|billionaire)\s+$/i;

/** True when "CZ" means Czechia or its currency, not Changpeng Zhao. */
export function isCzechCz(text: string, start: number, end: number): boolean {
  if (CZECH_SUFFIX.test(text.slice(end, end + 20))) return true;
  // A person's words win over Czech words nearby: "CZ told Czech reporters".
  if (PERSON_AFTER.test(text.slice(end, end + 16)) || PERSON_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  if (text[end] === '/' || text[start - 1] === '/') return true; // EUR/CZ, CZ/SK
  if (text[start - 1] === '-' && /[A-Z]{2}-$/.test(text.slice(Math.max(0, start - 3), start))) return true; // EN-CZ
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 8);
  if (/,\s*$/.test(before) && COUNTRY_LIST.test(before)) return true;
  if (/^\s*,/.test(after) && COUNTRY_LIST.test(after)) return true;
  const window = text.slice(Math.max(0, start - 100), Math.min(text.length, end + 100));
  return CZECH_WORDS.test(window);
}

/** True when "USD1" is money notation: "USD1.5bn", "USD1,000", "USD1 billion", "USD1-2 million". */
export function isUsdAmount(text: string, end: number): boolean {
  const after = text.slice(end, end + 24);
  if (/^[.,-]\d/.test(after)) return true;
  return /^\s+(?:million|billion|trillion|thousand|mn|bn|m|b|k|per|a\s+(?:share|piece|token|month|year|day)|each)\b/i.test(after);
}

/** Titles and words that may stand before "Zhao" without making him someone else. */
const BEFORE_ZHAO_OK = /^(?:mr|mrs|ms|dr|ceo|founder|co-founder|chief|chairman|billionaire|former|ex-ceo|binance|binance's|said|says|and|but|as|when|while|so|then|why)$/i;

/**
 * True when "Zhao" alone is most likely another person: written with another
 * given name ("Zhao Wei", "Lijian Zhao").
 */
export function isOtherZhao(text: string, start: number, end: number, alias: string): boolean {
  const next = /^[ \t]+([A-Z][a-z]+)/.exec(text.slice(end, end + 30));
  if (next && next[1] !== alias) return true;
  const prev = /([A-Z][\p{L}'-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (prev) {
    const word = prev[1] ?? '';
    // A capital word right before may be a sentence start ("Yesterday Zhao said"): accept only known safe words.
    if (!BEFORE_ZHAO_OK.test(word)) {
      const beforeWord = text.slice(Math.max(0, start - 32 - word.length), start - prev[0].length);
      const sentenceStart = beforeWord.length === 0 || /(?:^|[.!?]["')]?\s+|\n\s*)$/.test(beforeWord);
      if (!sentenceStart) return true;
      // Sentence-initial common words are fine; sentence-initial given names are not.
      if (!/^(?:yesterday|today|later|now|meanwhile|still|there|here|also|then|again|only|even|however)$/i.test(word)) return true;
    }
  }
  return false;
}
