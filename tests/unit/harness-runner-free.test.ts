/**
 * The benchmark (npm run bench) drives browsers through tests/e2e/harness.ts and
 * its page objects outside vitest; importing vitest there makes it throw at load
 * ("Vitest failed to access its internal state"), which happened once. Keep the
 * modules the benchmark imports free of the test runner.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

test('the modules the benchmark imports from tests/e2e do not import vitest', () => {
  const imported = new Set<string>();
  for (const file of readdirSync(join(ROOT, 'tests/bench')).filter((f) => /\.(ts|mjs)$/.test(f))) {
    const src = readFileSync(join(ROOT, 'tests/bench', file), 'utf8');
    for (const m of src.matchAll(/from '\.\.\/e2e\/([^']+)'/g)) imported.add(m[1]!);
  }
  expect(imported.size).toBeGreaterThan(0);
  for (const rel of imported) {
    const path = join(ROOT, 'tests/e2e', rel.endsWith('.ts') ? rel : `${rel}.ts`);
    expect(readFileSync(path, 'utf8'), rel).not.toMatch(/from 'vitest'/);
  }
});
