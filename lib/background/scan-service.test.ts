import { describe, expect, test } from 'vitest';
import { createEngine } from '../engine';
import { loadSnapshot } from '../cli/snapshot';
import { createPrefilter } from '../dom/prefilter';
import { toPageResult } from '../engine/page-result';
import { createScanService } from './scan-service';
import { isCardLookup, isPrefilterSpec, isScanReply } from '../content/guards';
import { parseRequest } from '../messages';
import type { ClaimSnapshot } from '../model';

const snapshot = loadSnapshot();
const ARTICLE = [
  'Binance, the exchange founded by Changpeng Zhao, says it now serves 300 million users.',
  'Zhao later pleaded guilty. He spent two years in federal prison, one commentator wrongly claimed.',
  'The exchange paid a record $4.3 billion fine.',
];

describe('scan service (the engine in the background)', () => {
  test('answers a page batch by batch exactly as one engine over the whole page, state carried by the page', async () => {
    const service = createScanService(async () => snapshot);
    const engine = createEngine(snapshot);
    const named = new Set<never>();
    const ctx = { named, carry: {} };
    const expected = ARTICLE.map((t) => toPageResult(engine.scan(t, ctx)));
    // One block per batch, the page carrying `named` and `carry` from reply to request, as backend.ts does.
    let state: { named: ('binance' | 'wlfi' | 'usd1' | 'cz')[]; carry?: object } = { named: [] };
    const got = [];
    for (const text of ARTICLE) {
      const request = { type: 'page:scan', data: { blocks: [text], named: state.named, ...(state.carry ? { carry: state.carry } : {}) } };
      const parsed = parseRequest(JSON.parse(JSON.stringify(request)));
      expect(parsed.ok).toBe(true);
      const reply = await service.scan((parsed as unknown as { value: { data: never } }).value.data);
      const wire = JSON.parse(JSON.stringify(reply));
      expect(isScanReply(wire, [text])).toBe(true);
      got.push(...wire.results);
      state = { named: wire.named, ...(wire.carry ? { carry: wire.carry } : {}) };
    }
    expect(got).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(got.flatMap((r) => r.claims.map((c: { verdict: string }) => c.verdict))).toContain('contradicted');
    expect(service.builds).toBe(1);
    // The wire carries no copies of the page's text and no quotes: the card looks quotes up (card:get).
    expect(JSON.stringify(got)).not.toMatch(/"(text|quote)":/);
    const claim = got.flatMap((r) => r.claims)[0] as { fact: string; sources: { source: string }[] };
    const lookup = await service.card([claim.fact]);
    const fact = snapshot.facts.find((f) => f.id === claim.fact)!;
    expect(lookup.facts[0]!.quotes).toEqual(fact.reports.map((r) => r.quote));
    expect(claim.sources.map((s) => s.source)).toEqual(fact.reports.map((r) => r.source));
  });

  test('compiles the engine once per snapshot version and again when the snapshot changes (a reader source added)', async () => {
    let current: ClaimSnapshot = snapshot;
    let t = 0;
    const service = createScanService(async () => current, () => t);
    await service.scan({ blocks: ['Binance has 300 million users.'], named: [] });
    await service.prefilter();
    t += 10_000;
    await service.scan({ blocks: ['Binance has 300 million users.'], named: [] });
    expect(service.builds).toBe(1); // re-read, same version: kept
    current = { ...snapshot, version: `${snapshot.version}+reader`, facts: snapshot.facts.map((f) => (f.id === 'binance-users' ? { ...f, label: 'Users (with mine)' } : f)) };
    t += 10_000;
    expect((await service.card(['binance-users'])).facts[0]!.label).toBe('Users (with mine)');
    expect(service.builds).toBe(2);
  });

  test('after invalidate() the next request reads the snapshot again, even within the TTL', async () => {
    let current: ClaimSnapshot = snapshot;
    const service = createScanService(async () => current, () => 0);
    await service.scan({ blocks: ['Binance has 300 million users.'], named: [] });
    current = { ...snapshot, version: `${snapshot.version}+reader` };
    await service.scan({ blocks: ['Binance has 300 million users.'], named: [] });
    expect(service.builds).toBe(1); // within the TTL: the cached engine
    service.invalidate();
    await service.scan({ blocks: ['Binance has 300 million users.'], named: [] });
    expect(service.builds).toBe(2);
  });

  test('the pre-filter spec and the card lookup are plain data the content script accepts', async () => {
    const service = createScanService(async () => snapshot);
    const spec = JSON.parse(JSON.stringify(await service.prefilter()));
    expect(isPrefilterSpec(spec)).toBe(true);
    const prefilter = createPrefilter(spec);
    expect(prefilter.mayMatch('Gardening tips for spring.', new Set())).toBe(false);
    expect(prefilter.mayMatch('BINANCE said so.', new Set())).toBe(true);
    expect(prefilter.namedIn('World Liberty Financial and CZ')).toEqual(expect.arrayContaining(['wlfi', 'cz']));
    const card = JSON.parse(JSON.stringify(await service.card(['binance-users'])));
    expect(isCardLookup(card)).toBe(true);
    expect(card.entities.map((e: { id: string }) => e.id).sort()).toEqual(['binance', 'cz', 'usd1', 'wlfi']);
    expect(card.facts[0].says.length).toBeGreaterThan(0);
    expect(card.sources.every((s: { asOf?: string }) => typeof s.asOf === 'string')).toBe(true);
    // Only the sources of the facts asked for.
    const reported = new Set(snapshot.facts.find((f) => f.id === 'binance-users')!.reports.map((r) => r.source));
    expect(card.sources.every((s: { id: string }) => reported.has(s.id))).toBe(true);
  });

  test('a reader source in the snapshot is marked "added by you" on the card', async () => {
    const reader = { id: 'r_0123456789abcdef', title: 'My page', cites: 'example.org', reader: true as const, asOf: '2025-05' };
    const fact = snapshot.facts.find((f) => f.id === 'binance-users')!;
    const withReader: ClaimSnapshot = {
      ...snapshot,
      version: 'with-reader',
      sources: [...snapshot.sources, reader],
      facts: snapshot.facts.map((f) => (f === fact ? { ...f, reports: [...f.reports, { ...fact.reports[0]!, source: reader.id }] } : f)),
    };
    const card = await createScanService(async () => withReader).card(['binance-users']);
    expect(card.sources.find((s) => s.id === reader.id)).toMatchObject({ reader: true, asOf: '2025-05' });
  });
});

describe('page:scan messages', () => {
  test('oversized or malformed batches are refused before any scan', () => {
    expect(parseRequest({ type: 'page:scan', data: { blocks: [], named: [] } }).ok).toBe(false);
    expect(parseRequest({ type: 'page:scan', data: { blocks: ['x'], named: ['nobody'] } }).ok).toBe(false);
    expect(parseRequest({ type: 'page:scan', data: { blocks: Array(65).fill('x'), named: [] } }).ok).toBe(false);
    expect(parseRequest({ type: 'page:scan', data: { blocks: ['x'.repeat(300_000), 'y'.repeat(200_000)], named: [] } }).ok).toBe(false);
    expect(parseRequest({ type: 'page:scan', data: { blocks: ['x'], named: [], carry: { person: { kind: 'boss' } } } }).ok).toBe(false);
    expect(parseRequest({ type: 'page:scan', data: { blocks: ['x'], named: ['cz'], pageDate: '2025-05-20' } }).ok).toBe(true);
  });
});
