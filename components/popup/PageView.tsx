/**
 * "This page": leads with how many claims on the page agree or disagree with
 * the sources (role=status, one accessible name per count), then the claims in
 * order of importance — each with the fact's question, what the page says,
 * what the sources say and the verdict — then one line per entity named, with
 * previous/next. Activating a claim or a step asks the page to scroll to it and
 * open its card (page:reveal).
 */
import { useState } from 'preact/hooks';
import type { Repo } from '../../lib/db';
import type { Finding } from '../../lib/messages';
import { SiteSwitch } from './SiteSwitch';
import { VerdictBadge } from '../shared/AgreementBadge';
import type { ClaimData } from './use-claims';
import type { PageState } from './use-page';
import { mentionLines, orderClaims, sourcesSay, stepIndex, verdictCounts, type MentionLine } from './page-summary';
import { requestPageText, revealFinding, sendPageStatus, type TabsApi } from './tab-link';
import { AddSource } from './AddSource';
import { ReaderSources } from './ReaderSources';
import type { ToastMessage } from '../shared/Toast';

export interface PageViewProps {
  page: PageState;
  claims: ClaimData;
  tabs: TabsApi;
  repo: Repo;
  send: (message: unknown) => Promise<unknown>;
  onReload: () => void;
  onOpenFact: (factId: string) => void;
  now: () => Date;
  /** A source was added, switched or removed: the comparisons are read again. */
  onSourcesChanged: () => void;
  onToast: (toast: Omit<ToastMessage, 'id'>) => void;
}

export const EMPTY_PAGE_TEXT = 'No claims about Binance, WLFI, USD1 or CZ on this page';

export function PageView({ page, claims, tabs, repo, send, onReload, onOpenFact, now, onSourcesChanged, onToast }: PageViewProps) {
  const [status, setStatus] = useState('');
  const [sourcesRevision, setSourcesRevision] = useState(0);
  // Which mention of each entity was shown last (index into its line), for previous/next.
  const [cursor, setCursor] = useState<Record<string, number>>({});
  if (page.state === 'loading') {
    return (
      <p class="muted" role="status" data-testid="page-loading">
        Reading this page…
      </p>
    );
  }
  if (page.state === 'no-tab') return <p class="empty">There is no open web page to look at.</p>;
  if (page.state === 'unavailable') {
    return (
      <div class="empty" data-testid="page-unavailable" role="alert">
        <p>{page.reason}</p>
        <button type="button" onClick={onReload}>
          Try again
        </button>
      </div>
    );
  }
  const { page: found, tab } = page;
  const controls = (
    <SiteSwitch url={found.url} repo={repo} send={send} notifyPage={(state) => sendPageStatus(tabs, tab.id, state)} onChanged={onReload} />
  );
  // The reader's own sources (issue 14): add this page after review, and the list of those added.
  const sources = repo.db ? (
    <div class="reader-sources-area">
      <AddSource
        snapshot={claims.snapshot}
        readPage={async () => {
          const text = await requestPageText(tabs, tab.id);
          return { ...text, title: text.title || found.title };
        }}
        save={async (source) => void (await repo.putReaderSource(source))}
        now={now}
        onSaved={(source) => {
          setSourcesRevision((r) => r + 1);
          onSourcesChanged();
          onToast({ text: `Added “${source.title}” as a source (${source.reports.length} fact${source.reports.length === 1 ? '' : 's'}).` });
        }}
      />
      <ReaderSources
        repo={repo}
        revision={sourcesRevision}
        onChanged={onSourcesChanged}
        onToast={(text, undo) => onToast(undo ? { text, actionLabel: 'Undo', onAction: undo } : { text })}
      />
    </div>
  ) : null;
  const ordered = orderClaims(found.findings);
  const lines = mentionLines(found.findings, claims.entities);
  if (ordered.length === 0 && lines.length === 0) {
    return (
      <div class="empty" data-testid="page-empty">
        {controls}
        <p role="status">
          <strong>{EMPTY_PAGE_TEXT}.</strong>
        </p>
        <p class="muted">The Facts tab lists what the bundled reports say about them.</p>
        {sources}
      </div>
    );
  }
  const reveal = async (finding: Finding, shown = 'Shown on the page.') => {
    try {
      const ok = await revealFinding(tabs, tab.id, finding.id);
      setStatus(ok ? shown : 'That passage is no longer on the page.');
    } catch {
      setStatus('The page did not answer; try reloading it.');
    }
  };
  const step = (line: MentionLine, dir: 1 | -1) => {
    const at = stepIndex(cursor[line.entity] ?? -1, dir, line.mentions.length);
    const mention = line.mentions[at];
    if (!mention) return;
    setCursor({ ...cursor, [line.entity]: at });
    void reveal(mention, `${line.name}: mention ${at + 1} of ${line.mentions.length} shown on the page.`);
  };
  const counts = verdictCounts(found.findings);
  return (
    <div class="page-view">
      {controls}
      <p class="page-summary" role="status" data-testid="page-summary" aria-label={summaryLabel(counts, found.title || found.url)}>
        {counts.length ? (
          counts.map((c, i) => (
            <>
              {i > 0 ? <span aria-hidden="true"> · </span> : null}
              <span class={`summary-count ${c.verdict}`} data-verdict={c.verdict} aria-label={c.words}>
                <strong>{c.count}</strong> {c.verdict}
              </span>
            </>
          ))
        ) : (
          <span>No claims to check</span>
        )}
      </p>
      <p class="muted page-line">
        on <span class="page-title">{found.title || found.url}</span>
      </p>
      {ordered.length ? (
        <ol class="claims" aria-label="Claims on this page, most important first">
          {ordered.map((finding) => (
            <ClaimRow key={finding.id} finding={finding} claims={claims} onReveal={() => reveal(finding)} onOpenFact={onOpenFact} />
          ))}
        </ol>
      ) : (
        <p class="muted" data-testid="no-claims">
          {EMPTY_PAGE_TEXT}; the names below are mentioned.
        </p>
      )}
      {lines.length ? (
        <section class="mention-lines" aria-labelledby="mentions-heading">
          <h2 id="mentions-heading">Mentions</h2>
          <ul>
            {lines.map((line) => (
              <li key={line.entity} class="mention-line" data-testid="mention-line" data-entity={line.entity}>
                <span class="mention-name">{line.name}</span>{' '}
                <span class="muted count">
                  {line.mentions.length} mention{line.mentions.length === 1 ? '' : 's'}
                </span>
                <span class="steps">
                  <button type="button" onClick={() => step(line, -1)} aria-label={`Previous mention of ${line.name}`}>
                    ‹ Previous
                  </button>
                  <button type="button" onClick={() => step(line, 1)} aria-label={`Next mention of ${line.name}`}>
                    Next ›
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p class="muted" role="status" data-testid="reveal-status">
        {status}
      </p>
      {sources}
    </div>
  );
}

function summaryLabel(counts: ReturnType<typeof verdictCounts>, page: string): string {
  const what = counts.length ? counts.map((c) => c.words).join(', ') : 'no claims to check';
  return `${what} on ${page}`;
}

interface ClaimRowProps {
  finding: Finding;
  claims: ClaimData;
  onReveal: () => void;
  onOpenFact: (factId: string) => void;
}

/** One claim: a button (click, Enter or Space shows it on the page) and a link to the full comparison. */
function ClaimRow({ finding, claims, onReveal, onOpenFact }: ClaimRowProps) {
  const fact = finding.fact ? claims.factsById.get(finding.fact) : undefined;
  const verdict = finding.verdict ?? 'related';
  const says = fact ? sourcesSay(fact, claims.sourcesById, claims.formatValue) : [];
  return (
    <li class={`claim-row ${verdict}`} data-testid="finding" data-verdict={verdict}>
      <button type="button" class="finding-text" onClick={onReveal} aria-label={`Show on page: ${fact?.label ?? finding.text} (${verdict})`}>
        <span class="claim-head">
          <VerdictBadge verdict={verdict} />
          <span class="claim-question">{fact?.label ?? 'A claim about these names'}</span>
        </span>
        <span class="claim-line">
          <span class="claim-key">This page says</span> <q class="page-says">{finding.text}</q>
        </span>
        {says.length ? (
          <span class="claim-line sources-say">
            <span class="claim-key">The sources say</span>{' '}
            {says.map((s, i) => (
              <>
                {i > 0 ? '; ' : null}
                <span class="source-value">{s.value}</span> <span class="muted">({s.reader ? `added by you: ${s.who}` : s.who})</span>
              </>
            ))}
          </span>
        ) : null}
      </button>
      {fact ? (
        <button type="button" class="link compare" onClick={() => onOpenFact(fact.id)}>
          Compare sources: {fact.label}
        </button>
      ) : null}
    </li>
  );
}
