import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { csvField, CSV_COLUMNS, defuseFormula, notesToCsv, parseCsv } from '../../lib/notes/csv';
import { escapeMarkdown, notesToMarkdown } from '../../lib/notes/markdown';
import { ANNOTATION_CONTEXT, notesToWebAnnotations } from '../../lib/notes/web-annotation';
import { factsToClaimReview } from '../../lib/notes/claim-review';
import { CTX, FACT_NOTE, FACTS, fmt, NOTES, NOW, PASSAGE_NOTE, SOURCES } from './notes-fixtures';
import { makeExportContext } from '../../lib/notes/context';
import type { SourceMeta } from '../../lib/model';

test('the fixture quotes are verbatim in the sources', () => {
  for (const report of FACTS.flatMap((f) => f.reports)) {
    expect(SOURCES.map((s) => s.id)).toContain(report.source);
    expect(readFileSync(`seeds/sources/${report.source}.txt`, 'utf8')).toContain(report.quote);
  }
});

describe('CSV', () => {
  test('RFC 4180 quoting and formula defusing', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    for (const c of ['=', '+', '-', '@', '\t']) expect(defuseFormula(`${c}1`)).toBe(`'${c}1`);
    expect(defuseFormula('1-2')).toBe('1-2');
    expect(csvField('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
  });

  test('notes export parses back to the same cells', () => {
    const csv = notesToCsv(NOTES, CTX);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const byId = new Map(rows.slice(1).map((r) => [r[0], Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]))]));
    const fact = byId.get(FACT_NOTE.id)!;
    expect(fact.kind).toBe('fact');
    expect(fact.fact).toBe('How many users does Binance have?');
    expect(fact.note).toBe(FACT_NOTE.body);
    const passage = byId.get(PASSAGE_NOTE.id)!;
    expect(passage.kind).toBe('passage');
    expect(passage.quote).toBe(PASSAGE_NOTE.passage!.exact);
    expect(passage.page_title).toBe(PASSAGE_NOTE.passage!.title);
    expect(passage.link_to_passage).toContain('#top:~:text=');
    // The body starts with "<", not a formula character, so it stays as is; a leading "-" would be defused.
    expect(passage.note).toBe(PASSAGE_NOTE.body);
    const dangerous = parseCsv(notesToCsv([{ ...FACT_NOTE, body: '-10% @everyone' }], CTX))[1]!;
    expect(dangerous[CSV_COLUMNS.indexOf('note')]).toBe("'-10% @everyone");
  });

  test('the parser handles quotes, empty fields and a missing final newline', () => {
    expect(parseCsv('a,"b,""c""",\r\n"x\r\ny",z')).toEqual([
      ['a', 'b,"c"', ''],
      ['x\r\ny', 'z'],
    ]);
    expect(() => parseCsv('"open')).toThrow(/unterminated/);
  });
});

describe('Markdown', () => {
  test('escapes page and user text so it renders literally', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(escapeMarkdown('# not a heading\n- not a list\n1. nor this')).toBe('\\# not a heading\n\\- not a list\n\\1. nor this');
    expect(escapeMarkdown('&lt;')).toBe('&amp;lt;');
    // A lone \r ends a line in CommonMark too: it must not smuggle in a heading or a list.
    expect(escapeMarkdown('fine\r# Injected heading\r\n- item')).toBe('fine\n\\# Injected heading\n\\- item');
  });

  test('a source the reader added says so in the export, with its page', () => {
    const reader: SourceMeta = { id: 'r_0123456789abcdef', cites: 'Reuters', title: 'Binance users climb', reader: true, url: 'https://news.example/reuters-binance' };
    const fact = { ...FACTS[0]!, reports: [...FACTS[0]!.reports, { source: reader.id, quote: 'more than 280 million users', value: { type: 'count' as const, amount: 280_000_000, qualifier: 'over' as const }, summary: 'Binance has more than 280 million users.' }] };
    const md = notesToMarkdown([FACT_NOTE], makeExportContext([fact], [...SOURCES, reader], NOW, fmt));
    expect(md).toContain('**Binance users climb (added by you, https://news.example/reuters-binance)** — 280 million');
    expect(md).toContain('(citing the Wall Street Journal)');
  });

  test('readable export with quotes, sources and text-fragment links', () => {
    const md = notesToMarkdown(NOTES, CTX);
    expect(md).toMatch(/^# ClaimLens notes\n/);
    expect(md).toContain('2 notes');
    expect(md).toContain('### How many users does Binance have?');
    expect(md).toContain('**Sources conflict**: 250 million vs 275 million');
    expect(md).toContain('**Binance plots a US comeback (citing the Wall Street Journal)** — 250 million: “boasting 250 million users”');
    expect(md).toContain('> Binance has 300 million users, up-to-date');
    expect(md).toContain('[Open the page at this passage](<https://news.example/binance?a=1&b=2#top:~:text=the%20exchange%20said%3A-,Binance%20has%20300%20million%20users%2C%20up%2Dto%2Ddate,-%2C%20a%20record%2C>)');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> -10% @everyone +1');
    expect(md).not.toMatch(/(^|[^\\])<(img|b)/);
    expect(md).toContain('_Noted 2025-05-01 10:00 UTC, edited 2025-05-02 11:30 UTC_');
  });

  test('a note or title with lone carriage returns adds no heading, list or block of its own', () => {
    const hostile = { ...PASSAGE_NOTE, body: 'ok\r# Injected\r> quote\r1. one', passage: { ...PASSAGE_NOTE.passage!, title: 'Title\r## Injected title' } };
    const md = notesToMarkdown([hostile], CTX);
    const lines = md.split(/\r\n?|\n/);
    expect(lines.filter((l) => /^#+ /.test(l))).toEqual(['# ClaimLens notes', expect.stringMatching(/^### \[Title ## Injected title\]\(/)]);
    expect(lines.filter((l) => /^(> quote|1\. one|# Injected)/.test(l))).toEqual([]);
    expect(md).not.toContain('\r');
  });

  test('an empty export says so', () => {
    expect(notesToMarkdown([], CTX)).toContain('No notes yet.');
  });
});

describe('W3C Web Annotation', () => {
  test('a collection with TextQuoteSelectors and fact targets', () => {
    const doc = JSON.parse(JSON.stringify(notesToWebAnnotations(NOTES, CTX)));
    expect(doc['@context']).toBe(ANNOTATION_CONTEXT);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(2);
    const [factAnno, passageAnno] = doc.first.items;
    expect(factAnno.id).toBe('urn:claimlens:note:n-fact-1');
    expect(factAnno.target).toEqual({ id: 'urn:claimlens:fact:binance-users', type: 'Text' });
    expect(factAnno.body[0]).toEqual({ type: 'TextualBody', value: FACT_NOTE.body, format: 'text/plain', purpose: 'commenting' });
    expect(factAnno.body[1].value).toBe('How many users does Binance have?');
    expect(passageAnno.target[0]).toEqual({
      type: 'SpecificResource',
      source: PASSAGE_NOTE.passage!.url,
      selector: { type: 'TextQuoteSelector', ...PASSAGE_NOTE.passage!, url: undefined, title: undefined },
    });
    expect(passageAnno.target[0].selector).toEqual({
      type: 'TextQuoteSelector',
      exact: PASSAGE_NOTE.passage!.exact,
      prefix: PASSAGE_NOTE.passage!.prefix,
      suffix: PASSAGE_NOTE.passage!.suffix,
    });
    expect(passageAnno.created).toBe(PASSAGE_NOTE.createdAt);
  });
});

describe('ClaimReview', () => {
  test('the comparison of a conflicting fact', () => {
    const doc = JSON.parse(JSON.stringify(factsToClaimReview(FACTS, CTX)));
    expect(doc['@context']).toBe('https://schema.org');
    const review = doc['@graph'][0];
    expect(review['@type']).toBe('ClaimReview');
    expect(review.claimReviewed).toBe('How many users does Binance have?');
    expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Sources conflict', ratingExplanation: '250 million vs 275 million' });
    expect(review.itemReviewed.appearance.map((a: { text: string }) => a.text)).toEqual(['boasting 250 million users', 'its 275 million users']);
    expect(review.itemReviewed.appearance[1].citation).toBe('Bloomberg');
    expect(review.itemReviewed.appearance[1].additionalProperty[0].value).toBe('275 million');
    expect(review.datePublished).toBe('2025-06-01');
  });
});
