/**
 * `npm run scan -- [--json] <file.txt|file.html|->`
 *
 * Runs the same engine as the content script on a file (or standard input)
 * and prints the mentions and checked claims: with --json exactly one JSON
 * object following the contract in docs/design.md (section 4), otherwise a readable report.
 * Bad input gets one line on stderr and exit code 2; usage errors exit 64.
 */
import { createEngine } from '../engine';
import { loadSnapshot } from './snapshot';
import { htmlToPage } from './html-text';
import { textDateOf } from '../dom/page-date';
import { InputError, readInput } from './read-input';
import { formatReport, toContract } from './report';

const USAGE = 'usage: npm run scan -- [--json] <file.txt|file.html|->';

interface Args {
  json: boolean;
  path: string;
}

function parseArgs(argv: string[]): Args | string {
  let json = false;
  const paths: string[] = [];
  let literal = false;
  for (const a of argv) {
    if (!literal && a === '--') literal = true;
    else if (!literal && a === '--json') json = true;
    else if (!literal && (a === '--help' || a === '-h')) return USAGE;
    else if (!literal && a.startsWith('-') && a !== '-') return `unknown option ${a}; ${USAGE}`;
    else paths.push(a);
  }
  if (paths.length !== 1) return paths.length === 0 ? `no input file; ${USAGE}` : `one input file at a time; ${USAGE}`;
  return { json, path: paths[0]! };
}

function fail(message: string, code: number): never {
  process.stderr.write(`scan: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(code);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    if (args === USAGE) {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    fail(args, 64);
  }
  let input;
  try {
    input = readInput(args.path);
  } catch (err) {
    fail(err instanceof InputError ? err.message : `cannot read ${args.path}: ${(err as Error).message}`, 2);
  }
  const snapshot = loadSnapshot();
  // Figures that change over time are dated by the page when their words give no time.
  const page = input.format === 'html' ? htmlToPage(input.text) : { text: input.text, pageDate: textDateOf(input.text) };
  const result = createEngine(snapshot).scan(page.text, { named: new Set(), ...(page.pageDate ? { pageDate: page.pageDate } : {}) });
  if (args.json) process.stdout.write(`${JSON.stringify(toContract(result))}\n`);
  else process.stdout.write(`${formatReport(args.path === '-' ? 'stdin' : args.path, result, snapshot)}\n`);
}

try {
  main();
} catch (err) {
  fail(`internal error: ${(err as Error).message}`, 1);
}
