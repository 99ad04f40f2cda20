/**
 * Shared by the tests/unit/db-*.test.ts files: the v1 fixture, a "shipped"
 * claims bundle, unique database names, and a dump of every table.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Dexie from 'dexie';
import { expect } from 'vitest';
import type { ClaimBundle } from '../../lib/db/claim-rows';
import { rowsToBundle } from '../../lib/db/claim-rows';
import { createClaimDb, type ClaimDb } from '../../lib/db/schema';

const ROOT = resolve(import.meta.dirname, '../..');
export const V1_FIXTURE = join(ROOT, 'tests/fixtures/db/v1.json');

export interface V1Fixture {
  schemaVersion: 1;
  tables: Record<'sources' | 'entities' | 'parties' | 'facts' | 'reports' | 'notes' | 'settings', Record<string, unknown>[]>;
}

/** Throws (failing the test) when the fixture is missing: the upgrade test needs real old data. */
export function loadV1Fixture(): V1Fixture {
  const fixture = JSON.parse(readFileSync(V1_FIXTURE, 'utf8')) as V1Fixture;
  if (fixture.schemaVersion !== 1 || !fixture.tables?.notes?.length) throw new Error(`${V1_FIXTURE} is not a v1 dump with notes`);
  return fixture;
}

/** Writes the fixture into a fresh database declared with schema v1 only, as an old install left it. */
export async function installV1(name: string): Promise<V1Fixture> {
  const fixture = loadV1Fixture();
  const db = createClaimDb(name, { upTo: 1 });
  await db.open();
  expect(db.verno).toBe(1);
  await db.transaction('rw', Object.keys(fixture.tables), async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await db.table(table).bulkAdd(rows);
  });
  db.close();
  return fixture;
}

/** The claims the v1 install held, as a bundle (for seeding tests that need "old" claims). */
export function v1Bundle(): ClaimBundle {
  const { tables } = loadV1Fixture();
  const version = tables.settings.find((row) => row.key === 'claimsVersion')!.value as string;
  return rowsToBundle(version, tables as never);
}

/**
 * An update's claims: a new version where one old fact is gone, one changed
 * its agreement and one is new, so "replaced" is distinguishable from "merged".
 */
export function nextBundle(): ClaimBundle {
  const old = v1Bundle();
  const canada = old.sources[0]!.text.match(/significantly lower at \$4\.3 million/)![0];
  const facts = old.snapshot.facts
    .filter((fact) => fact.id !== 'usd1-smart-contracts')
    .map((fact) => (fact.id === 'us-fine' ? { ...fact, label: 'How large was the US fine, and when?' } : fact));
  facts.push({
    id: 'canada-fine',
    entities: ['binance'],
    label: 'How large was the Canadian fine?',
    kind: 'money',
    agreement: { status: 'single', reason: 'only one source reports it' },
    reports: [
      {
        source: old.sources[0]!.id,
        quote: canada,
        value: { type: 'money', currency: 'USD', amount: 4_300_000, qualifier: 'exact' },
        summary: 'Canada fined Binance $4.3 million.',
      },
    ],
  });
  return { snapshot: { ...old.snapshot, version: 'test-next-1', facts }, sources: old.sources };
}

let counter = 0;
export const uniqueName = (label: string) => `claimlens-test-${label}-${process.pid}-${++counter}`;

/** Every table's rows, sorted by primary key: equal dumps mean identical databases. */
export async function dump(db: ClaimDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

export async function deleteDb(name: string) {
  await Dexie.delete(name);
}
