/**
 * Mentions and claims on the details that pages get wrong: typography,
 * invisible characters, context across the blocks of one page, offsets.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/engine';
import { loadSnapshot } from '../../lib/cli/snapshot';
import type { EntityId } from '../../lib/model';

const engine = createEngine(loadSnapshot());
const mentions = (text: string, named = new Set<EntityId>()) => engine.scan(text, { named }).mentions.map((m) => `${m.entity}:${m.text}`);

describe('engine mentions', () => {
  it('keeps offsets into the original text through soft hyphens, zero-width characters and NBSP', () => {
    const text = 'Earlier, Chang\u00adpeng\u00a0Zhao and Bi\u200bnance\u2019s World\u00a0Liberty Financial met.';
    const r = engine.scan(text);
    expect(r.mentions.map((m) => m.entity)).toEqual(['cz', 'binance', 'wlfi']);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(r.mentions[0]!.text).toBe('Chang\u00adpeng\u00a0Zhao');
  });

  it('reads "Zhao" alone only once the document has named him, also across blocks', () => {
    expect(mentions('Zhao said nothing.')).toEqual([]);
    const ctx = { named: new Set<EntityId>() };
    engine.scan('Binance founder Changpeng Zhao spoke first.', ctx);
    expect(ctx.named.has('cz')).toBe(true);
    expect(engine.scan('Later, Zhao said nothing.', ctx).mentions.map((m) => m.text)).toEqual(['Zhao']);
  });

  it('does not treat "Zhao" in an earlier position of the same text as named', () => {
    expect(mentions('Zhao spoke. Then Changpeng Zhao spoke.')).toEqual(['cz:Changpeng Zhao']);
  });

  it('tells CZ the person from CZ the country', () => {
    expect(mentions('CZ said Binance would comply.')).toEqual(['cz:CZ', 'binance:Binance']);
    expect(mentions('A CZ-based bank quoted EUR/CZK and CZ/SK rates; see example.cz for details.')).toEqual([]);
    expect(mentions('Exports to DE, CZ, PL and AT fell.')).toEqual([]);
    expect(mentions('cz and Cz are not him.')).toEqual([]);
  });

  it('skips USD amounts written like the ticker', () => {
    expect(mentions('USD10, USD1000, USD1.5bn, USD1,000 and USD1 billion are money; USD1 and $USD1 are the coin.')).toEqual(['usd1:USD1', 'usd1:$USD1']);
  });

  it('skips names in URLs, e-mail addresses, handles and code', () => {
    expect(mentions('See https://binance.com/en, www.binance.com, press@binance.com, @binance, binance_api, api/binance/v2 and binance.fetch().')).toEqual([]);
  });

  it('reads Binance.US and possessives as Binance', () => {
    expect(mentions('Binance.US and Binance\u2019s and Binance\'s')).toEqual(['binance:Binance.US', 'binance:Binance', 'binance:Binance']);
  });

  it('never throws on odd input', () => {
    for (const t of ['', '\u0000', '\ud800', 'Binance\ud800', '\u00ad'.repeat(10), 'Zhao'.repeat(1000)]) expect(() => engine.scan(t)).not.toThrow();
  });
});

describe('engine claims', () => {
  it('points the claim and its stated value at the original text', () => {
    const text = 'Intro.\n\nBinance paid a record $4.3\u00a0billion fine to U.S. authorities.';
    const [claim] = engine.scan(text).claims;
    expect(claim).toBeDefined();
    expect(claim!.fact).toBe('us-fine');
    expect(claim!.verdict).toBe('supported');
    expect(text.slice(claim!.start, claim!.end)).toBe(claim!.text);
    expect(claim!.stated?.text).toBe('$4.3\u00a0billion');
    expect(claim!.reason).toMatch(/this page says \$4\.3 billion/);
    expect(claim!.sources.every((s) => s.agrees === true)).toBe(true);
  });

  it('reads hard-wrapped plain text as prose, also when a name wraps', () => {
    const text = 'Changpeng\r\nZhao said Binance\r\nhas 250 million users.\r\n\r\nNext paragraph.';
    const r = engine.scan(text);
    expect(r.mentions.map((m) => m.text)).toEqual(['Changpeng\r\nZhao', 'Binance']);
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]).toMatchObject({ start: 0, fact: 'binance-users', verdict: 'mixed' });
  });

  it('gives the reason in words with the sources counted', () => {
    const [claim] = engine.scan('Binance has 300 million users.').claims;
    expect(claim?.verdict).toBe('mixed');
    expect(claim?.reason).toBe('this page says 300 million; the sources say 250 million (1), over 250 million (1) and 275 million (1)');
  });

  it('reads one value in many spellings the same way', () => {
    const spellings = ['$4.3 billion', '$4.3bn', '$4,300,000,000', '4.3 billion dollars', 'US$4.3 billion', '$4.3B', 'about $4.3 billion'];
    for (const v of spellings) {
      const [claim] = engine.scan(`Binance paid ${v} in fines to settle the U.S. case.`).claims;
      expect(claim?.verdict, v).toBe('supported');
    }
    for (const v of ['four months', '4 months', '4-month', '120 days', 'roughly four months']) {
      const [claim] = engine.scan(`Changpeng Zhao served ${v} in prison.`).claims;
      expect(claim?.verdict, v).toBe('supported');
    }
  });
});
