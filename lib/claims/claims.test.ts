import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClaimSnapshot, type ClaimsFile, type Fact, type SourceMeta } from '../model';
import { compareValues, parseValues } from '../values';
import { loadBundle } from './bundle';
import { computeAgreement, contentHash, validateClaims } from './index';
import { loadClaimsFromDir, readSeeds } from './load-node';

const ROOT = resolve(__dirname, '../..');
const seeds = readSeeds(ROOT);
const file = seeds.raw as ClaimsFile;
const texts = new Map(seeds.sources.map((s) => [s.id, s.text]));
const fact = (id: string): Fact => {
  const f = file.facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The fact ids the engine's matching rules are keyed by: they must all exist. */
const REQUIRED_FACTS = [
  'binance-users', 'binance-daily-volume', 'binance-rank', 'us-fine', 'guilty-plea-year', 'fine-reason', 'canada-fine',
  'treasury-oversight-talks', 'treasury-regulators-obstacle', 'binance-wlfi-deal', 'trump-family-wlfi-share', 'wlfi-trump-ties',
  'abu-dhabi-meeting', 'meeting-denial', 'cz-prison-term', 'pardon-request', 'binance-us-stake', 'doj-crypto-unit',
  'doj-oversight-program', 'earlier-pardons', 'usd1-smart-contracts', 'uae-binance-purchase', 'usd1-binance-wallet-share',
  'trump-usd1-income', 'wlfi-cofounders', 'usd1-listing', 'cz-role', 'wlfi-response', 'binance-response',
  'white-house-response', 'witkoff-share-transfer', 'trump-wlfi-losses', 'usd1-rivals',
];

describe('the bundled claim database', () => {
  it('validates', () => {
    const result = validateClaims(seeds.raw, seeds.sources, seeds.metas);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has every required fact, at least 28, and three sources', () => {
    expect(file.facts.length).toBeGreaterThanOrEqual(28);
    expect(file.facts.map((f) => f.id)).toEqual(expect.arrayContaining(REQUIRED_FACTS));
    expect(seeds.sources.map((s) => s.id)).toEqual(['000_f40a926ede8d89e9', '001_dd845306f4938548', '002_a328b9dd84f34a90']);
    // The sources are byte-identical copies of the shared seeds (where that checkout exists).
    const shared = join(ROOT, '..', 'shared', 'seeds');
    if (existsSync(shared)) for (const s of seeds.sources) expect(s.text).toBe(readFileSync(join(shared, `${s.id}.txt`), 'utf8'));
  });

  // Independent of the validator: a plain substring check of every report.
  const reports = file.facts.flatMap((f) => f.reports.map((r) => ({ fact: f, report: r })));
  it.each(reports.map(({ fact: f, report: r }) => [f.id, r.source.slice(0, 3), f, r] as const))('%s / %s: quote verbatim, value from the quote', (_id, _src, f, r) => {
    const text = texts.get(r.source);
    expect(text, `unknown source ${r.source}`).toBeDefined();
    expect(text!.includes(r.quote), `quote not in ${r.source}: ${r.quote}`).toBe(true);
    if (!r.value) return;
    expect(r.value.type).toBe(f.kind);
    const found = parseValues(f.kind, r.quote, { parties: file.parties, statuses: f.statuses });
    if (r.value.type === 'people') {
      const named = found.flatMap((x) => (x.value.type === 'people' ? x.value.people : []));
      for (const id of r.value.people) expect(named, `${id} not named in the quote`).toContain(id);
    } else {
      expect(found.some((x) => compareValues(x.value, r.value!) === true), JSON.stringify(found.map((x) => x.value))).toBe(true);
    }
  });

  it('at most one report per source per fact', () => {
    for (const f of file.facts) expect(new Set(f.reports.map((r) => r.source)).size, f.id).toBe(f.reports.length);
  });
});

describe('agreement between sources, computed from values', () => {
  const metas = seeds.metas as SourceMeta[];
  it('binance-users conflicts: 250 vs 275 million', () => {
    const a = computeAgreement(fact('binance-users'), file.parties, metas);
    expect(a.status).toBe('conflict');
    expect(a.reason).toMatch(/250 million/);
    expect(a.reason).toMatch(/275 million/);
    expect(a.reason).toMatch(/Bloomberg/);
  });
  it('trump-usd1-income conflicts: tens of millions vs billions', () => {
    const a = computeAgreement(fact('trump-usd1-income'), file.parties, metas);
    expect(a.status).toBe('conflict');
    expect(a.reason).toMatch(/tens of millions/);
    expect(a.reason).toMatch(/billions/);
  });
  it('the other known disagreements and agreements', () => {
    const status = (id: string) => computeAgreement(fact(id), file.parties, metas).status;
    expect(status('abu-dhabi-meeting')).toBe('conflict');
    // Lists of people are not exhaustive: only the disjoint pair conflicts; the list naming both sides overlaps them.
    expect(computeAgreement(fact('abu-dhabi-meeting'), file.parties, metas).reason).toMatch(/Eric Trump and Donald Trump Jr\. \(Wall Street Journal\) vs Steve Witkoff \(Bloomberg\); Eric Trump and Steve Witkoff \(unnamed reports\) overlaps both/);
    expect(status('wlfi-cofounders')).toBe('agree');
    expect(status('binance-wlfi-deal')).toBe('conflict');
    expect(status('pardon-request')).toBe('conflict');
    expect(status('us-fine')).toBe('agree'); // "over $4 billion" does not contradict "$4.3 billion"
    expect(status('binance-daily-volume')).toBe('agree');
    expect(status('earlier-pardons')).toBe('agree'); // "Arthur Hay" is Arthur Hayes
    expect(status('cz-prison-term')).toBe('single');
    expect(status('fine-reason')).toBe('unvalued');
  });
  it('status patterns read common phrasings, and keep "second-largest" and "one of the largest" apart', () => {
    const statusOf = (id: string, text: string) =>
      parseValues('status', text, { parties: file.parties, statuses: fact(id).statuses }).map((f) => (f.value.type === 'status' ? f.value.status : ''));
    expect(statusOf('binance-rank', 'Binance remains the biggest crypto exchange by trading volume.')).toEqual(['largest']);
    expect(statusOf('binance-rank', 'Binance is the second-largest exchange.')).toEqual(['not-largest']);
    expect(statusOf('binance-rank', 'Binance is one of the largest exchanges.')).toEqual(['among-largest']);
    expect(statusOf('cz-role', 'Changpeng Zhao is no longer Binance’s CEO.')).toEqual(['former-ceo']);
    expect(statusOf('cz-role', 'Binance CEO Changpeng Zhao said')).toEqual(['ceo']);
    expect(statusOf('binance-wlfi-deal', 'Binance has signed a deal with World Liberty.')).toEqual(['agreed']);
  });

  it('changes when a value changes (not written by hand)', () => {
    const f = clone(fact('binance-users'));
    for (const r of f.reports) if (r.value?.type === 'count') r.value.amount = 250e6;
    expect(computeAgreement(f, file.parties).status).toBe('agree');
  });
});

describe('a broken claims file fails, naming the fact', () => {
  const errorsOf = (mutate: (f: ClaimsFile) => void): string[] => {
    const broken = clone(file);
    mutate(broken);
    const result = validateClaims(broken, seeds.sources, seeds.metas);
    return result.ok ? [] : result.errors;
  };
  it('altered quote', () => {
    const errors = errorsOf((f) => {
      f.facts.find((x) => x.id === 'us-fine')!.reports[1]!.quote = 'lose a record $4.4 billion in fines';
    });
    expect(errors).toEqual(['fact "us-fine", report 001_dd845306f4938548: quote not found verbatim in source']);
  });
  it('straight apostrophe where the source has a typographic one', () => {
    const errors = errorsOf((f) => {
      f.facts.find((x) => x.id === 'binance-users')!.reports[1]!.quote = "Binance's massive user base of over 250 million";
    });
    expect(errors.join('\n')).toMatch(/fact "binance-users", report 001_dd845306f4938548: quote not found verbatim/);
  });
  it('value that is not what the quote says', () => {
    const errors = errorsOf((f) => {
      const r = f.facts.find((x) => x.id === 'binance-users')!.reports[2]!;
      if (r.value?.type === 'count') r.value.amount = 250e6;
    });
    expect(errors.join('\n')).toMatch(/fact "binance-users", report 002_a328b9dd84f34a90: value is not what the quote says/);
    const qualifier = errorsOf((f) => {
      const r = f.facts.find((x) => x.id === 'us-fine')!.reports[2]!;
      if (r.value?.type === 'money') r.value.qualifier = 'exact';
    });
    expect(qualifier.join('\n')).toMatch(/fact "us-fine", report 002_a328b9dd84f34a90: value is not what the quote says/);
    const people = errorsOf((f) => {
      const r = f.facts.find((x) => x.id === 'abu-dhabi-meeting')!.reports[2]!;
      if (r.value?.type === 'people') r.value.people.push('eric-trump');
    });
    expect(people.join('\n')).toMatch(/fact "abu-dhabi-meeting", report 002_a328b9dd84f34a90: value names "eric-trump" but the quote does not/);
  });
  it('unknown entity, source, party, status; duplicates', () => {
    expect(errorsOf((f) => ((f.facts[0]!.entities as string[])[0] = 'tether')).join('\n')).toMatch(/fact "binance-users": entities/);
    expect(errorsOf((f) => (f.facts.find((x) => x.id === 'canada-fine')!.reports[0]!.source = '009_0000000000000000'))).toEqual([
      'fact "canada-fine", report 009_0000000000000000: unknown source "009_0000000000000000"',
    ]);
    expect(errorsOf((f) => {
      const r = f.facts.find((x) => x.id === 'usd1-smart-contracts')!.reports[0]!;
      if (r.value?.type === 'people') r.value.people = ['nobody'];
    }).join('\n')).toMatch(/fact "usd1-smart-contracts", report 002_a328b9dd84f34a90: unknown party "nobody"/);
    expect(errorsOf((f) => {
      const r = f.facts.find((x) => x.id === 'cz-role')!.reports[0]!;
      if (r.value?.type === 'status') r.value.status = 'janitor';
    }).join('\n')).toMatch(/fact "cz-role", report 000_f40a926ede8d89e9: unknown status "janitor"/);
    expect(errorsOf((f) => f.facts.push(clone(f.facts[0]!))).join('\n')).toMatch(/fact "binance-users": duplicate fact id/);
    expect(errorsOf((f) => {
      const reports = f.facts.find((x) => x.id === 'us-fine')!.reports;
      reports.push(clone(reports[0]!));
    }).join('\n')).toMatch(/fact "us-fine", report 000_f40a926ede8d89e9: more than one report from this source/);
    expect(errorsOf((f) => f.entities.pop()).join('\n')).toMatch(/entities/);
  });
  it('a report without a value whose quote states one', () => {
    expect(errorsOf((f) => delete f.facts.find((x) => x.id === 'canada-fine')!.reports[0]!.value).join('\n')).toMatch(
      /fact "canada-fine", report 000_f40a926ede8d89e9: quote states a value \("\$4.3 million"\) but the report has none/,
    );
  });
});

describe('loading', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** A copy of seeds/ in a temp dir (never the real files), optionally corrupted. */
  function copySeeds(edit?: (claimsJson: string) => string): string {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-claims-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'seeds', 'sources'), { recursive: true });
    for (const name of readdirSync(join(ROOT, 'seeds', 'sources'))) copyFileSync(join(ROOT, 'seeds', 'sources', name), join(dir, 'seeds', 'sources', name));
    const claims = readFileSync(join(ROOT, 'seeds', 'claims.json'), 'utf8');
    writeFileSync(join(dir, 'seeds', 'claims.json'), edit ? edit(claims) : claims);
    return dir;
  }

  it('Node and the extension bundle build the same snapshot', () => {
    const node = loadClaimsFromDir(copySeeds());
    const bundle = loadBundle();
    expect(ClaimSnapshot.safeParse(bundle.snapshot).success).toBe(true);
    expect(bundle.snapshot).toEqual(node.snapshot);
    expect(bundle.sources.map((s) => s.id)).toEqual(node.sources.map((s) => s.id));
    expect(bundle.sources.every((s) => s.text.length > 1000 && s.cites && s.title)).toBe(true);
    expect(bundle.snapshot.facts.every((f) => f.agreement.reason.length > 0)).toBe(true);
  });

  it('the build hook loader throws naming the fact for a corrupted copy', () => {
    const dir = copySeeds((json) => json.replace('boasting 250 million users', 'boasting 260 million users'));
    expect(() => loadClaimsFromDir(dir)).toThrow(/fact "binance-users", report 000_f40a926ede8d89e9: quote not found verbatim in source/);
  });

  it('the version is a content hash: same content same version, any change a new one', () => {
    const metas = validateClaims(seeds.raw, seeds.sources, seeds.metas);
    if (!metas.ok) throw new Error('invalid');
    const v1 = contentHash(metas.file, metas.metas, seeds.sources);
    expect(v1).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash(clone(metas.file), metas.metas, [...seeds.sources].reverse())).toBe(v1);
    const changed = clone(metas.file);
    changed.facts[0]!.label += '!';
    expect(contentHash(changed, metas.metas, seeds.sources)).not.toBe(v1);
    const edited = seeds.sources.map((s, i) => (i === 0 ? { ...s, text: `${s.text} ` } : s));
    expect(contentHash(metas.file, metas.metas, edited)).not.toBe(v1);
  });
});

describe('as-of dates of sources', () => {
  it('reads a source\'s date, approximate when inferred, and a report\'s own date first', async () => {
    const { asOfText, formatIsoDate } = await import('./as-of');
    expect(formatIsoDate('2025-06')).toBe('June 2025');
    expect(formatIsoDate('2025-06-12')).toBe('12 June 2025');
    expect(formatIsoDate('2025')).toBe('2025');
    expect(asOfText({ asOf: '2025-03', asOfNote: 'inferred from the events it describes' })).toBe('as of about March 2025');
    expect(asOfText({ asOf: '2025-03' })).toBe('as of March 2025');
    expect(asOfText({ asOf: '2025-03', asOfNote: 'x' }, { asOf: '2022' })).toBe('as of 2022');
    expect(asOfText(undefined)).toBeUndefined();
  });

  it('every bundled source has a date and says how it was inferred', () => {
    const metas = readSeeds(resolve(import.meta.dirname, '../..')).metas as SourceMeta[];
    for (const m of metas) {
      expect(m.asOf, m.id).toMatch(/^20\d\d-\d\d$/);
      expect((m.asOfNote ?? '').length, m.id).toBeGreaterThan(40);
    }
  });
});
