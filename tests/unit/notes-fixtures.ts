/**
 * A small, real slice of the claim database for the notes tests: the quotes are
 * verbatim from seeds/sources (checked by notes-fixtures' own test below), and
 * the notes exercise every awkward character the formats must survive.
 */
import type { CompiledFact, SourceMeta } from '../../lib/model';
import type { PortableNote } from '../../lib/notes/schema';
import { makeExportContext } from '../../lib/notes/context';

export const SOURCES: SourceMeta[] = [
  { id: '000_f40a926ede8d89e9', cites: 'the Wall Street Journal', title: 'Binance plots a US comeback', asOf: '2025-03', asOfNote: 'test fixture' },
  { id: '002_a328b9dd84f34a90', cites: 'Bloomberg', title: 'Binance and USD1', asOf: '2025-06', asOfNote: 'test fixture' },
];

export const USERS_FACT: CompiledFact = {
  id: 'binance-users',
  entities: ['binance'],
  label: 'How many users does Binance have?',
  kind: 'count',
  reports: [
    {
      source: '000_f40a926ede8d89e9',
      quote: 'boasting 250 million users',
      value: { type: 'count', amount: 250_000_000, qualifier: 'exact' },
      summary: 'Binance has 250 million users.',
    },
    {
      source: '002_a328b9dd84f34a90',
      quote: 'its 275 million users',
      value: { type: 'count', amount: 275_000_000, qualifier: 'exact' },
      summary: 'Binance has 275 million users.',
    },
  ],
  agreement: { status: 'conflict', reason: '250 million vs 275 million' },
};

export const FACTS = [USERS_FACT];
export const NOW = new Date('2025-06-01T12:00:00.000Z');
export const fmt = (_f: CompiledFact, r: CompiledFact['reports'][number]) =>
  r.value?.type === 'count' ? `${r.value.amount / 1e6} million` : undefined;
export const CTX = makeExportContext(FACTS, SOURCES, NOW, fmt);

export const FACT_NOTE: PortableNote = {
  id: 'n-fact-1',
  factId: 'binance-users',
  body: 'Which count is newer?\nCheck "the 2025 report", then =SUM(A1:A9).',
  createdAt: '2025-05-01T10:00:00.000Z',
  updatedAt: '2025-05-02T11:30:00.000Z',
};

export const PASSAGE_NOTE: PortableNote = {
  id: 'n-passage-1',
  factId: 'binance-users',
  passage: {
    url: 'https://news.example/binance?a=1&b=2#top',
    title: 'Binance, CZ & the "comeback" <b>live</b>',
    exact: 'Binance has 300 million users, up-to-date',
    prefix: 'Today, the exchange said: ',
    suffix: ', a record, per the firm.',
  },
  body: '<img src=x onerror=alert(1)> -10% @everyone +1',
  createdAt: '2025-05-03T09:00:00.000Z',
  updatedAt: '2025-05-03T09:00:00.000Z',
};

export const NOTES = [FACT_NOTE, PASSAGE_NOTE];
