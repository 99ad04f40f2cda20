/**
 * Generates long page-like text for timing tests: paragraphs that mix the
 * labelled sentences (names, numbers, claims) with ordinary finance prose that
 * names none of the entities, and now and then a whole source report, the way a
 * long news page or forum thread reads.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LABELLED } from './labelled';

const FILLER = [
  'Markets were calm on Tuesday as investors waited for the central bank to announce its decision.',
  'The company reported revenue of $12.4 billion for the quarter, up 8% from a year earlier.',
  'Analysts at the bank said the outlook for 2025 remained uncertain, citing tariffs and slower hiring.',
  'Shares rose 3.2% in early trading before giving back most of the gains by the afternoon.',
  'The regulator said it would publish new guidance in the spring after a consultation with the industry.',
  'More than 40 million people watched the final, a record for the network.',
  'Readers can reply below; comments are moderated and may take a few minutes to appear.',
];

export function pageText(root: string, length: number): string {
  const dir = join(root, 'seeds', 'sources');
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < length; i++) {
    const p =
      i % 10 === 0
        ? sources[(i / 10) % sources.length]!
        : [LABELLED[i % LABELLED.length]!.text, FILLER[i % FILLER.length], FILLER[(i + 3) % FILLER.length]].join(' ');
    parts.push(p);
    len += p.length + 2;
  }
  return parts.join('\n\n').slice(0, length);
}
