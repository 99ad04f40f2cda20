import { render } from 'preact';
import { openRepo } from '../../components/shared/open-repo';
import '../../components/shared/theme.css';
import { SourceViewer } from './SourceViewer';
import './style.css';

/** viewer.html?source=<id>&quote=<verbatim quote>[&fact=<id>] */
async function start(root: HTMLElement) {
  const params = new URLSearchParams(location.search);
  const sourceId = params.get('source') ?? '';
  const repo = await openRepo({ readStorage: (key) => browser.storage.local.get(key) });
  const [source, facts] = await Promise.all([repo.getSource(sourceId), repo.factsForSource(sourceId)]);
  if (!source) {
    root.textContent = sourceId ? `There is no source with the id “${sourceId.slice(0, 100)}”.` : 'No source was given.';
    return;
  }
  document.title = `${source.title} · ClaimLens`;
  const onQuoteChange = (quote: string, factId?: string) => {
    const next = new URLSearchParams({ source: source.id, quote });
    if (factId) next.set('fact', factId);
    history.replaceState(null, '', `?${next.toString()}`);
  };
  render(<SourceViewer source={source} facts={facts} initialQuote={params.get('quote') ?? undefined} onQuoteChange={onQuoteChange} />, root);
}

const root = document.getElementById('app')!;
start(root).catch((error: unknown) => {
  root.textContent = `The source could not be shown: ${error instanceof Error ? error.message : String(error)}`;
});
