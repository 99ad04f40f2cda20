/**
 * Saved pages with the expected `scan --json` output, reviewed by hand when
 * written. A change in what the engine flags on them shows up as a diff.
 * To update after a deliberate change, re-run and review the diff:
 *   npm run -s scan -- --json tests/engine/fixtures/<name>.html | python3 -m json.tool > tests/engine/fixtures/<name>.expected.json
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../lib/engine';
import { htmlToPage } from '../../lib/cli/html-text';
import { toContract } from '../../lib/cli/report';
import { loadSnapshot, REPO_ROOT } from '../../lib/cli/snapshot';

const dir = join(REPO_ROOT, 'tests/engine/fixtures');
const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));

describe('engine on saved pages', () => {
  const engine = createEngine(loadSnapshot());
  it('has fixtures', () => expect(pages.length).toBeGreaterThan(0));
  for (const page of pages) {
    it(`${page} gives the reviewed mentions and claims`, () => {
      const { text, pageDate } = htmlToPage(readFileSync(join(dir, page), 'utf8'));
      const expected = JSON.parse(readFileSync(join(dir, page.replace(/\.html$/, '.expected.json')), 'utf8'));
      expect(toContract(engine.scan(text, { named: new Set(), ...(pageDate ? { pageDate } : {}) }))).toEqual(expected);
    });
  }
});
