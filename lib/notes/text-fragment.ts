/**
 * Links that open a page scrolled to a quoted passage, using URL text fragments
 * (`#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`, WICG Scroll-to-Text).
 *
 * The directive's delimiters are `,` `-` and `&`, so those must be percent-encoded
 * inside each term; encodeURIComponent leaves `-` alone, hence the extra step.
 * Browsers match the prefix and suffix as whole words right next to the quote,
 * so we keep only a few words of each (whitespace-normalised): enough to
 * disambiguate, short enough to survive small edits of the page.
 */

const CONTEXT_WORDS = 3;
/** Quotes longer than this are linked as textStart,textEnd (first and last words) to keep URLs short. */
const LONG_QUOTE = 120;
const EDGE_WORDS = 5;

export interface QuoteTarget {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Percent-encodes one text-directive term, including the directive delimiters. */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** The text directive (without `#:~:`) for a quote, e.g. `text=over-,250%20million,-users`. */
export function textDirective(target: QuoteTarget): string {
  const exactWords = words(target.exact);
  const prefixWords = words(target.prefix ?? '').slice(-CONTEXT_WORDS);
  const suffixWords = words(target.suffix ?? '').slice(0, CONTEXT_WORDS);
  const parts: string[] = [];
  if (prefixWords.length) parts.push(`${encodeFragmentTerm(prefixWords.join(' '))}-`);
  const exact = exactWords.join(' ');
  if (exact.length > LONG_QUOTE && exactWords.length > EDGE_WORDS * 2) {
    parts.push(encodeFragmentTerm(exactWords.slice(0, EDGE_WORDS).join(' ')));
    parts.push(encodeFragmentTerm(exactWords.slice(-EDGE_WORDS).join(' ')));
  } else {
    parts.push(encodeFragmentTerm(exact));
  }
  if (suffixWords.length) parts.push(`-${encodeFragmentTerm(suffixWords.join(' '))}`);
  return `text=${parts.join(',')}`;
}

/**
 * The page URL with a text fragment for the quote. An existing `:~:` directive is
 * replaced; an ordinary `#anchor` is kept in front of it (`#anchor:~:text=…`).
 */
export function textFragmentUrl(pageUrl: string, target: QuoteTarget): string {
  if (!target.exact.trim()) return pageUrl;
  const hashAt = pageUrl.indexOf('#');
  const base = hashAt === -1 ? pageUrl : pageUrl.slice(0, hashAt);
  let hash = hashAt === -1 ? '' : pageUrl.slice(hashAt + 1);
  const directiveAt = hash.indexOf(':~:');
  if (directiveAt !== -1) hash = hash.slice(0, directiveAt);
  return `${base}#${hash}:~:${textDirective(target)}`;
}
