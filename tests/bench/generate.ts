/**
 * Deterministic benchmark pages: article-like paragraphs with inline links
 * and emphasis, an exact number of text nodes, and a chosen density of
 * sentences that name Binance, WLFI, USD1 or CZ (many with a checkable
 * number next to them, some agreeing with the bundled sources, some not).
 *
 * Every text node carries real words (no whitespace-only nodes between tags),
 * so "10,000 text nodes" means 10,000 nodes that a scanner must read.
 */

export type Density = 'none' | 'sparse' | 'dense';

/** Share of prose runs that hold a mention sentence. */
const MENTION_SHARE: Record<Density, number> = { none: 0, sparse: 0.005, dense: 0.4 };

/** mulberry32: tiny, fast, good enough to vary text reproducibly. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

// Filler prose: finance-desk wording that names none of the four entities
// (bench.ts checks that mark.js and ClaimLens find nothing on "none" pages).
const SUBJECTS = [
  'Regulators in several countries',
  'The exchange’s compliance team',
  'A spokesperson for the trading venue',
  'Analysts at a London brokerage',
  'Lawmakers on the banking committee',
  'Market makers in Asia',
  'The company’s outside counsel',
  'Two people familiar with the talks',
  'The central bank’s payments unit',
  'Retail investors on social media',
  'A group of former prosecutors',
  'The fund’s chief investment officer',
];
const VERBS = [
  'said on Tuesday that',
  'argued in a filing that',
  'told reporters that',
  'wrote in a quarterly letter that',
  'warned last week that',
  'conceded in an interview that',
  'noted in a research memo that',
  'signalled at a conference that',
];
const CLAUSES = [
  'liquidity in the derivatives market had thinned over the summer',
  'the review of its custody arrangements would take several more months',
  'stablecoin reserves should be held in short-dated government debt',
  'trading volumes tend to spike around policy announcements',
  'the settlement did not resolve every question raised by the inquiry',
  'new licensing rules could push smaller platforms offshore',
  'fees on spot trading were likely to fall again next year',
  'the audit found no shortfall in customer balances',
  'token listings have become a source of fierce competition',
  'the partnership was still at an early stage and might not proceed',
  'the price of bitcoin had little to do with the decision',
  'a monitor would continue to review the firm’s controls',
  'its lawyers were in regular contact with the Treasury',
  'the deal would need approval from at least two regulators',
];
const TAILS = [
  'according to documents reviewed by the newspaper',
  'though the details were not made public',
  'a claim the company disputed',
  'people briefed on the matter said',
  'in a statement released late on Friday',
  'without giving a timetable',
];
const LINKS = ['the filing', 'earlier coverage', 'a court document', 'the full statement', 'an analyst note', 'the hearing transcript'];
const EMPHASIS = ['not', 'still', 'record', 'largest', 'first', 'only', 'again', 'before'];
const HEADINGS = ['Markets', 'Regulation', 'The deal', 'Background', 'What comes next', 'Reaction', 'The numbers', 'Legal fight'];

// Sentences that name the entities; most carry a value that the claim engine checks.
const MENTIONS = [
  'Binance says it now serves about 250 million users around the world.',
  'Binance, which claims 275 million users, handles billions of dollars in trades each day.',
  'Binance has 300 million registered users, a company brochure claimed.',
  'In 2023 Binance pleaded guilty and agreed to pay a record $4.3 billion.',
  'Changpeng Zhao served four months in prison after the guilty plea.',
  'Changpeng "CZ" Zhao stepped down as chief executive of Binance in 2023.',
  'CZ spent seven months behind bars, a post on a forum said.',
  'The Trump family holds about 60% of World Liberty Financial, filings suggest.',
  'World Liberty Financial launched the USD1 stablecoin earlier this year.',
  'USD1 is a dollar-pegged stablecoin backed by short-term Treasuries.',
  'WLFI sold its governance tokens to investors through several rounds.',
  'A fund in Abu Dhabi used USD1 to settle a $2 billion investment in Binance.',
  'Binance handles around $65 billion in daily trading volume.',
  'Binance is investigating a partnership with World Liberty Financial.',
];

function sentence(r: () => number): string {
  return `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, CLAUSES)}, ${pick(r, TAILS)}.`;
}

export interface GeneratedPage {
  html: string;
  textNodes: number;
  /** Prose runs that carry a mention sentence. */
  mentionRuns: number;
  chars: number;
}

/**
 * A page of `textNodes` text nodes. Each paragraph is
 * `prose <a>link</a> prose <em>word</em> prose` (5 text nodes); every 12
 * paragraphs a section heading adds one.
 */
export function generatePage(opts: { textNodes: number; density: Density; seed?: number; title?: string }): GeneratedPage {
  const r = rng(opts.seed ?? 1);
  const share = MENTION_SHARE[opts.density];
  let left = opts.textNodes;
  let mentionRuns = 0;
  let chars = 0;
  const out: string[] = [];
  const prose = (): string => {
    let text: string;
    if (share > 0 && r() < share) {
      mentionRuns++;
      text = ` ${pick(r, MENTIONS)} ${sentence(r)} `;
    } else {
      text = ` ${sentence(r)} `;
    }
    chars += text.length;
    return escapeText(text);
  };
  const word = (list: readonly string[]): string => {
    const w = pick(r, list);
    chars += w.length;
    return escapeText(w);
  };
  let paragraphs = 0;
  while (left > 0) {
    if (paragraphs % 12 === 0) {
      out.push(paragraphs ? '</section><section><h2>' : '<section><h2>', word(HEADINGS), '</h2>');
      left--;
      if (left === 0) break;
    }
    paragraphs++;
    // A full paragraph needs 5 nodes; the last one may be shorter.
    const parts: string[] = ['<p>', prose()];
    left--;
    if (left > 0) {
      parts.push('<a href="#ref">', word(LINKS), '</a>');
      left--;
    }
    if (left > 0) {
      parts.push(prose());
      left--;
    }
    if (left > 0) {
      parts.push('<em>', word(EMPHASIS), '</em>');
      left--;
    }
    if (left > 0) {
      parts.push(prose());
      left--;
    }
    parts.push('</p>');
    out.push(parts.join(''));
  }
  out.push('</section>');
  const title = escapeText(opts.title ?? `Benchmark page: ${opts.textNodes} text nodes, ${opts.density} mentions`);
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    '<style>body{font:16px/1.5 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em}</style>' +
    // The title is the head's only text node; the walk starts at body, so it is not counted.
    `</head><body><main><article>${out.join('')}</article></main></body></html>`;
  return { html, textNodes: opts.textNodes, mentionRuns, chars };
}

/**
 * Source of a page function that appends `count` feed items (3 text nodes
 * each; every 10th names an entity) to `main`, for the append measurement.
 */
export function feedItemsScript(count: number, seed: number): string {
  const r = rng(seed);
  const items: string[][] = [];
  for (let i = 0; i < count; i++) {
    const lead = i % 10 === 0 ? pick(r, MENTIONS) : sentence(r);
    items.push([` ${lead} `, pick(r, LINKS), ` ${sentence(r)} `]);
  }
  // Built with DOM calls from data: no HTML parsing on the page side either.
  return `(() => {
    const items = ${JSON.stringify(items)};
    const feed = document.createElement('section');
    feed.className = 'feed';
    for (const [a, b, c] of items) {
      const item = document.createElement('div');
      item.className = 'feed-item';
      const p = document.createElement('p');
      const link = document.createElement('a');
      link.href = '#item';
      link.textContent = b;
      p.append(a, link, c);
      item.append(p);
      feed.append(item);
    }
    document.querySelector('main').append(feed);
    return items.length * 3;
  })()`;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
