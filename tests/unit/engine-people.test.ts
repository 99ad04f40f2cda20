/**
 * People facts read the cue's slot, not every name in the sentence: the
 * participants of a meeting, the makers of a thing, the one who asks for a
 * pardon. Names in appositives and relative clauses describe someone else.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/engine';
import { loadSnapshot } from '../../lib/cli/snapshot';

const engine = createEngine(loadSnapshot());

/** The people the engine reads for `fact` in `text`, or undefined when it flags no value. */
function people(text: string, fact: string): string[] | undefined {
  const claim = engine.scan(text, { named: new Set() }).claims.find((c) => c.fact === fact);
  const v = claim?.stated?.value;
  return v?.type === 'people' ? [...v.people].sort() : undefined;
}

describe('people slots', () => {
  it('meeting participants: the object of the cue, not an appositive about it', () => {
    expect(people('CZ met with Steve Witkoff, an associate of Trump and co-founder of World Liberty, at a Bitcoin conference in Abu Dhabi in December.', 'abu-dhabi-meeting')).toEqual(['steve-witkoff']);
    expect(people('Changpeng "CZ" Zhao first met Trump\'s two sons, Eric and Trump Jr., in Abu Dhabi last December.', 'abu-dhabi-meeting')).toEqual(['donald-trump-jr', 'eric-trump']);
    expect(people('CZ sat down with Steve Witkoff, a longtime Trump ally, in Abu Dhabi.', 'abu-dhabi-meeting')).toEqual(['steve-witkoff']);
  });
  it('meeting participants: the subject when the object is Zhao, past a relative clause', () => {
    expect(people('Witkoff, who later became a White House envoy, met Changpeng Zhao in Abu Dhabi in December.', 'abu-dhabi-meeting')).toEqual(['steve-witkoff']);
    expect(people('Eric Trump and Steve Witkoff met CZ in Abu Dhabi last December.', 'abu-dhabi-meeting')).toEqual(['eric-trump', 'steve-witkoff']);
    expect(people('Changpeng Zhao, who met Eric Trump in Abu Dhabi in December, later met Donald Trump Jr. in New York.', 'abu-dhabi-meeting')).toEqual(['eric-trump']);
  });
  it('a negated cue states no one', () => {
    expect(people('Changpeng Zhao did not meet Eric Trump in Abu Dhabi in December, his spokesperson said.', 'abu-dhabi-meeting')).toBeUndefined();
    expect(people('Binance is not seeking a pardon for its founder Changpeng Zhao, a spokesperson said.', 'pardon-request')).toBeUndefined();
  });
  it('co-founders: the appositive head, the agent after "by", the subject', () => {
    expect(people('Binance founder Changpeng Zhao connected with Eric Trump and Steve Witkoff, a co-founder of World Liberty.', 'wlfi-cofounders')).toEqual(['steve-witkoff']);
    expect(people('World Liberty Financial, co-founded by members of the Trump family and real estate mogul Steve Witkoff, grew fast.', 'wlfi-cofounders')).toEqual(['steve-witkoff', 'trump-family']);
    expect(people('Eric Trump, who co-founded World Liberty Financial, spoke at the conference.', 'wlfi-cofounders')).toEqual(['eric-trump']);
    expect(people('World Liberty Financial co-founder Zach Witkoff said USD1 would expand.', 'wlfi-cofounders')).toBeUndefined();
  });
  it('pardon requester: the subject of a request, never the one who grants it', () => {
    expect(people('Internally, Binance is also pursuing a presidential pardon for Zhao.', 'pardon-request')).toEqual(['binance']);
    expect(people('Changpeng Zhao has asked President Trump for a pardon.', 'pardon-request')).toEqual(['changpeng-zhao']);
    expect(people('Trump pardons Binance founder Changpeng Zhao.', 'pardon-request')).toBeUndefined();
    expect(people('A Binance spokesperson said the pardon request was a personal decision for Zhao.', 'pardon-request')).toBeUndefined();
    // Someone the sources do not consider asking is not a conflict with them.
    expect(people('Eric Trump has lobbied for a pardon for Changpeng Zhao.', 'pardon-request')).toBeUndefined();
  });
  it('a sentence naming both sides of the Abu Dhabi disagreement is not a contradiction of either', () => {
    const claim = engine.scan('Changpeng Zhao met with Steve Witkoff and Eric Trump in the UAE last year.', { named: new Set() }).claims.find((c) => c.fact === 'abu-dhabi-meeting');
    expect(claim?.verdict).toBe('supported');
    expect(claim?.sources.map((s) => s.agrees)).toEqual([true, null, null]);
  });
  it('earlier pardons: anywhere in a document that names the entities, the pardon cue may be in the sentence before', () => {
    const block = 'Trump has granted pardons to crypto executives. The list includes BitMEX co-founder Arthur Hayes and Ross Ulbricht.';
    // A block of a page that named Binance in an earlier block: the shared context carries it.
    const ctx = { named: new Set<'binance'>() };
    engine.scan('Binance hopes for the same.', ctx);
    const claim = engine.scan(block, ctx).claims.find((c) => c.fact === 'earlier-pardons');
    expect(claim?.verdict).toBe('supported');
    expect(claim?.text).toBe('The list includes BitMEX co-founder Arthur Hayes and Ross Ulbricht.');
    // The same text in a document that never names the entities is not flagged.
    expect(engine.scan(block, { named: new Set() }).claims).toEqual([]);
    // Naming someone else pardoned is no conflict with the sources' examples.
    const other = engine.scan('Binance noted that Trump pardoned Ross Ulbricht in January.', { named: new Set() }).claims.find((c) => c.fact === 'earlier-pardons');
    expect(other?.sources.map((x) => x.agrees)).toEqual([null, true]);
  });
});
