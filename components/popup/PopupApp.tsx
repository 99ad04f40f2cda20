/**
 * The toolbar popup: three tabs (This page, Facts, Notes) over the claim
 * database and the target tab's findings. ?fact=ID opens that fact directly.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { panelId, Tabs, type TabSpec } from '../shared/Tabs';
import { Toast, type ToastMessage } from '../shared/Toast';
import { FactsView } from './FactsView';
import { NotesView } from './NotesView';
import { PageView } from './PageView';
import type { PopupServices } from './services';
import { useClaims } from './use-claims';
import { usePage } from './use-page';

export interface PopupAppProps {
  services: PopupServices;
  /** Called once the first real content (with the database's data) is on screen. */
  onFirstContent?: () => void;
}

type TabId = 'page' | 'facts' | 'notes';

export function PopupApp({ services, onFirstContent }: PopupAppProps) {
  const params = new URLSearchParams(services.search);
  const initialFact = params.get('fact');
  const [tab, setTab] = useState<TabId>(initialFact ? 'facts' : 'page');
  const [fact, setFact] = useState<string | null>(initialFact);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const toastId = useRef(0);
  // Bumped when the reader adds or removes a source: every comparison is read again.
  const [claimsRevision, setClaimsRevision] = useState(0);
  const claims = useClaims(services.repo, claimsRevision);
  const { page, reload } = usePage(services.tabs, services.search, services.ownOrigin);
  const status = services.repo.status();

  useEffect(() => {
    if (claims.state === 'ready') onFirstContent?.();
  }, [claims.state]);

  const showToast = (t: Omit<ToastMessage, 'id'>) => setToast({ ...t, id: ++toastId.current });
  const openFact = (id: string) => {
    setFact(id);
    setTab('facts');
  };
  const pageRef = page.state === 'ready' ? { url: page.page.url, title: page.page.title } : undefined;
  const findingsCount = page.state === 'ready' ? String(page.page.claims) : undefined;
  const tabs: TabSpec<TabId>[] = [
    { id: 'page', label: 'This page', badge: findingsCount },
    { id: 'facts', label: 'Facts' },
    { id: 'notes', label: 'Notes' },
  ];

  return (
    <div class="popup">
      <header>
        <div class="title-row">
          <h1>ClaimLens</h1>
          <button type="button" class="link options-link" onClick={() => void services.openOptions().catch(() => undefined)}>
            Options
          </button>
        </div>
        <Tabs tabs={tabs} selected={tab} onSelect={setTab} label="ClaimLens views" idPrefix="cl" />
      </header>
      {status.state !== 'ok' ? (
        <p class="error banner" role="alert" data-testid="db-warning">
          {status.state === 'unavailable'
            ? 'The ClaimLens database could not be opened; showing the bundled facts. Your notes are kept and will be back once it opens.'
            : 'The bundled facts could not be updated; showing the previous ones.'}{' '}
          <span class="muted">({status.error})</span>
        </p>
      ) : null}
      <main id={panelId('cl', tab)} role="tabpanel" aria-labelledby={`cl-tab-${tab}`} tabIndex={-1}>
        {claims.state === 'loading' ? <p class="muted">Loading facts…</p> : null}
        {claims.state === 'error' ? (
          <p class="error" role="alert">
            The facts could not be loaded: {claims.error}
          </p>
        ) : null}
        {claims.state === 'ready' && tab === 'page' ? (
          <PageView
            page={page}
            claims={claims.value}
            tabs={services.tabs}
            repo={services.repo}
            send={services.send}
            onReload={reload}
            onOpenFact={openFact}
            now={services.now}
            onSourcesChanged={() => setClaimsRevision((r) => r + 1)}
            onToast={showToast}
          />
        ) : null}
        {claims.state === 'ready' && tab === 'facts' ? (
          <FactsView claims={claims.value} services={services} selected={fact} onSelect={setFact} onToast={showToast} />
        ) : null}
        {claims.state === 'ready' && tab === 'notes' ? (
          <NotesView services={services} claims={claims.value} page={pageRef} onOpenFact={openFact} onToast={showToast} />
        ) : null}
      </main>
      <Toast toast={toast} onDismiss={() => setToast(null)} />
    </div>
  );
}
