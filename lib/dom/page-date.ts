/**
 * When a page was published, read from what the page says about itself: its
 * metadata (article:published_time, datePublished in JSON-LD or microdata, the
 * Dublin Core and news-site date tags), the first <time datetime> of its
 * article, or a "Published: …" line at the top of a plain-text page. Figures
 * that change over time (a user count) are dated by it when their own words
 * give no time (docs/design.md, section 3). Returns "YYYY", "YYYY-MM" or
 * "YYYY-MM-DD", or undefined when the page does not say.
 *
 * Takes the document as a parameter: the content script passes the page's,
 * the CLI a linkedom parse. Reads attributes and text only; never throws.
 */

const META_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'citation_publication_date',
  'cxenseparse:recs:publishtime',
];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "2025-10-23T…", "2025/10/23", "October 23, 2025", "23 Oct 2025", "Oct. 2025" → ISO prefix. */
export function normaliseDate(raw: string | null | undefined, now = new Date()): string | undefined {
  const text = (raw ?? '').trim().slice(0, 200);
  if (!text) return undefined;
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  const iso = /\b((?:19|20)\d\d)[-/.](\d{1,2})(?:[-/.](\d{1,2}))?/.exec(text);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = iso[3] ? Number(iso[3]) : undefined;
  } else {
    const words = /\b(?:(\d{1,2})\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?,?\s+((?:19|20)\d\d)\b/i.exec(text);
    if (words) {
      year = Number(words[4]);
      month = MONTHS.indexOf(words[2]!.toLowerCase()) + 1;
      const d = Number(words[1] ?? words[3] ?? NaN);
      day = Number.isFinite(d) ? d : undefined;
    } else {
      const y = /\b((?:19|20)\d\d)\b/.exec(text);
      if (y && /^\s*(?:19|20)\d\d\s*$/.test(text)) year = Number(y[1]);
    }
  }
  if (year === undefined || year < 1995 || year > now.getUTCFullYear() + 1) return undefined;
  if (month === undefined || month < 1 || month > 12) return String(year);
  const mm = String(month).padStart(2, '0');
  if (day === undefined || day < 1 || day > 31) return `${year}-${mm}`;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** datePublished anywhere in a JSON-LD value (objects, arrays, @graph). */
function fromJsonLd(value: unknown, depth = 0): string | undefined {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = fromJsonLd(v, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const obj = value as Record<string, unknown>;
  for (const key of ['datePublished', 'dateCreated', 'uploadDate']) if (typeof obj[key] === 'string') return obj[key] as string;
  for (const v of Object.values(obj)) {
    const found = fromJsonLd(v, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function pageDateOf(doc: Document, now = new Date()): string | undefined {
  try {
    for (const meta of Array.from(doc.querySelectorAll('meta'))) {
      const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
      if (!META_NAMES.includes(key)) continue;
      const date = normaliseDate(meta.getAttribute('content'), now);
      if (date) return date;
    }
    for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 10)) {
      try {
        const date = normaliseDate(fromJsonLd(JSON.parse((script.textContent ?? '').slice(0, 200_000))), now);
        if (date) return date;
      } catch {
        // Malformed JSON-LD is common; the next source may still say.
      }
    }
    const itemprop = doc.querySelector('[itemprop="datePublished"]');
    if (itemprop) {
      const date = normaliseDate(itemprop.getAttribute('datetime') ?? itemprop.getAttribute('content') ?? itemprop.textContent, now);
      if (date) return date;
    }
    const time = doc.querySelector('article time[datetime], header time[datetime], main time[datetime], time[pubdate], time[datetime]');
    if (time) {
      const date = normaliseDate(time.getAttribute('datetime'), now);
      if (date) return date;
    }
  } catch {
    // A hostile or odd document: no date.
  }
  return undefined;
}

/** A "Published: October 23, 2025" or "date 2025-10-31" line in the first lines of a plain-text page. */
export function textDateOf(text: string, now = new Date()): string | undefined {
  const head = text.slice(0, 600);
  const line = /^\s*(?:published|posted|updated|date|dated)\b[:\s]+(.{4,60})$/im.exec(head);
  return line ? normaliseDate(line[1], now) : undefined;
}
