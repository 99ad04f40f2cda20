/**
 * A long page made of the article fixture's own paragraphs (real claims in every one), repeated:
 * its scan takes seconds and many batches, so an update or a stopped worker can land in the middle.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { FIXTURES_DIR } from '../harness';

export async function longArticle(copies: number): Promise<string> {
  const article = await readFile(join(FIXTURES_DIR, 'pages/article.html'), 'utf8');
  const paragraphs = [...article.matchAll(/<p id="p-[a-z0-9]+">([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
  expect(paragraphs.length).toBeGreaterThan(5);
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Archive</title><link rel="icon" href="data:,"></head><body>'];
  for (let i = 0; i < copies; i++) parts.push(`<section><h2>Day ${i + 1}</h2>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</section>`);
  parts.push('</body></html>');
  return parts.join('\n');
}
