/**
 * Notes as Markdown: readable on its own, with the quoted passages, links that
 * open the page at the quote (text fragments), and for fact notes what each
 * source said.
 *
 * Every piece of page or user text is escaped, so a note containing `<script>`
 * or `[a](javascript:…)` stays literal text in any Markdown renderer.
 */
import { AGREEMENT_WORDS } from './claim-review';
import { sortNotes, type ExportContext } from './context';
import type { PortableNote } from './schema';
import { textFragmentUrl } from './text-fragment';

/** CommonMark ends a line at \n, \r\n and a lone \r: all three become \n before escaping. */
const LINE_END = /\r\n?|\n/g;

/** Escapes inline Markdown and HTML so the text renders literally (each line checked for block markers). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_END, '\n')
    .replace(/[\\`*_{}[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .split('\n')
    .map((line) => line.replace(/^(\s*)([#>+=-]|\d+[.)])/, '$1\\$2'))
    .join('\n');
}

/** Text that must stay on one line (a heading, a link text, a list item): line ends become spaces. */
function inline(text: string): string {
  return escapeMarkdown(text.replace(LINE_END, ' '));
}

/** A link destination in `<…>` form; callers pass http(s) URLs normalised by `new URL`. */
function linkTarget(url: string): string {
  return `<${new URL(url).href.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

/** A blockquote, one `>` per line, escaped. */
function blockquote(text: string): string {
  return text
    .split(LINE_END)
    .map((line) => `> ${escapeMarkdown(line)}`.trimEnd())
    .join('\n');
}

function noteBody(note: PortableNote): string {
  const body = note.body.trim();
  return body ? escapeMarkdown(body).replace(/\n/g, '  \n') : '_(no text)_';
}

function dateLine(note: PortableNote): string {
  const created = note.createdAt.slice(0, 16).replace('T', ' ');
  const updated = note.updatedAt.slice(0, 16).replace('T', ' ');
  return created === updated ? `_Noted ${created} UTC_` : `_Noted ${created} UTC, edited ${updated} UTC_`;
}

function factSection(note: PortableNote, ctx: ExportContext): string[] {
  const fact = ctx.facts.get(note.factId ?? '');
  const lines = [`### ${inline(fact?.label ?? `Fact ${note.factId}`)}`, ''];
  if (fact) {
    const reason = fact.agreement.reason ? `: ${inline(fact.agreement.reason)}` : '';
    lines.push(`**${AGREEMENT_WORDS[fact.agreement.status]}**${reason}`, '');
    for (const report of fact.reports) {
      const source = ctx.sources.get(report.source);
      const value = ctx.formatValue?.(fact, report);
      // A source the reader added is told apart from the bundled ones everywhere, exports included.
      const who = source ? `${source.title} (${source.reader ? `added by you${source.url ? `, ${source.url}` : ''}` : `citing ${source.cites}`})` : report.source;
      lines.push(`- **${inline(who)}**${value ? ` — ${inline(value)}` : ''}: “${inline(report.quote)}”`);
    }
    lines.push('');
  }
  return lines;
}

function passageSection(note: PortableNote): string[] {
  const p = note.passage!;
  const title = p.title.trim() || p.url;
  return [
    `### [${inline(title)}](${linkTarget(p.url)})`,
    '',
    blockquote(p.exact),
    '',
    `[Open the page at this passage](${linkTarget(textFragmentUrl(p.url, p))})`,
    '',
  ];
}

export function notesToMarkdown(notes: readonly PortableNote[], ctx: ExportContext, heading = 'ClaimLens notes'): string {
  const out = [
    `# ${inline(heading)}`,
    '',
    `_Exported ${ctx.now.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${notes.length} note${notes.length === 1 ? '' : 's'}_`,
    '',
  ];
  if (notes.length === 0) out.push('No notes yet.', '');
  for (const note of sortNotes(notes, ctx)) {
    out.push(...(note.passage ? passageSection(note) : factSection(note, ctx)));
    if (note.passage && note.factId) {
      const label = ctx.facts.get(note.factId)?.label;
      out.push(`About: ${inline(label ?? note.factId)}`, '');
    }
    out.push(noteBody(note), '', dateLine(note), '', '---', '');
  }
  return out.join('\n');
}
