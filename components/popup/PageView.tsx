/**
 * "This page": the mentions and flagged claims the content script found in the
 * target tab, grouped by entity. Activating a claim asks the page to scroll to
 * it and open its card (page:reveal).
 */
import { useState } from 'preact/hooks';
import type { Repo } from '../../lib/db';
import type { Finding } from '../../lib/messages';
import { SiteSwitch } from './SiteSwitch';
import { VerdictBadge } from '../shared/AgreementBadge';
import type { ClaimData } from './use-claims';
import type { PageState } from './use-page';
import { groupFindings } from './group-findings';
import { revealFinding, sendPageStatus, type TabsApi } from './tab-link';

export interface PageViewProps {
  page: PageState;
  claims: ClaimData;
  tabs: TabsApi;
  repo: Repo;
  send: (message: unknown) => Promise<unknown>;
  onReload: () => void;
  onOpenFact: (factId: string) => void;
}

export function PageView({ page, claims, tabs, repo, send, onReload, onOpenFact }: PageViewProps) {
  const [status, setStatus] = useState('');
  if (page.state === 'loading') return <p class="muted">Reading this page…</p>;
  if (page.state === 'no-tab') return <p class="empty">There is no open web page to look at.</p>;
  if (page.state === 'unavailable') {
    return (
      <div class="empty" data-testid="page-unavailable">
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
  if (found.findings.length === 0) {
    return (
      <div class="empty" data-testid="page-empty">
        {controls}
        <p>
          <strong>Nothing to check here.</strong>
        </p>
        <p class="muted">
          This page does not mention Binance, World Liberty Financial, USD1 or Changpeng Zhao. The Facts tab lists what
          the three bundled reports say about them.
        </p>
      </div>
    );
  }
  const reveal = async (finding: Finding) => {
    try {
      const ok = await revealFinding(tabs, tab.id, finding.id);
      setStatus(ok ? 'Shown on the page.' : 'That passage is no longer on the page.');
    } catch {
      setStatus('The page did not answer; try reloading it.');
    }
  };
  const groups = groupFindings(found.findings, claims.entities);
  return (
    <div class="page-view">
      {controls}
      <p class="muted summary" data-testid="page-summary">
        {found.claims} claim{found.claims === 1 ? '' : 's'} and {found.mentions} mention{found.mentions === 1 ? '' : 's'} on{' '}
        <span class="page-title">{found.title || found.url}</span>
      </p>
      {groups.map((group) => (
        <section key={group.entity} class="entity-group" aria-label={group.name}>
          <h2>
            {group.name}{' '}
            <span class="muted count">
              {group.mentions.length} mention{group.mentions.length === 1 ? '' : 's'}
            </span>
          </h2>
          {group.claims.length ? (
            <ul class="findings">
              {group.claims.map((finding) => (
                <li key={finding.id} class="finding" data-testid="finding">
                  <button type="button" class="finding-text" onClick={() => reveal(finding)} aria-label={`Show on page: ${finding.text}`}>
                    {finding.verdict ? <VerdictBadge verdict={finding.verdict} /> : null} <span>{finding.text}</span>
                  </button>
                  {finding.fact && claims.factsById.has(finding.fact) ? (
                    <button type="button" class="link compare" onClick={() => onOpenFact(finding.fact!)}>
                      Compare sources: {claims.factsById.get(finding.fact)!.label}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <ul class="findings mentions">
              {group.mentions.slice(0, 5).map((finding) => (
                <li key={finding.id}>
                  <button type="button" class="link" onClick={() => reveal(finding)}>
                    {finding.text}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <p class="muted" role="status">
        {status}
      </p>
    </div>
  );
}
