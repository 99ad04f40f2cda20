/**
 * "Add this page as a source": read the page the popup looks at with the same engine, propose a
 * report for each fact it states (the verbatim sentence, the value read from it, the page's date),
 * and let the reader review: keep or drop each, correct how a value was read (it must still be what
 * the quote says), add one from the passage they selected on the page. Nothing is saved until
 * "Save source"; a page with nothing to add gets a clear message and saves nothing.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ClaimSnapshot, CompiledFact, Value } from '../../lib/model';
import { createEngine } from '../../lib/engine';
import { compareValues, formatValue, parseValues } from '../../lib/values';
import { proposeReports, type PageForSource, type Proposal } from '../../lib/sources/propose';
import { checkReaderSource, readerSourceId, type ReaderSource } from '../../lib/sources/reader-source';

export interface PageForReview extends PageForSource {
  /** What the reader has selected on the page, if anything. */
  selection?: string;
}

export interface AddSourceProps {
  snapshot: ClaimSnapshot;
  /** Reads the page in the popup's tab (through the content script). */
  readPage: () => Promise<PageForReview>;
  save: (source: ReaderSource) => Promise<void>;
  now: () => Date;
  onSaved: (source: ReaderSource) => void;
}

interface Draft extends Proposal {
  keep: boolean;
  /** The value as the reader (re)wrote it, and whether the quote states it. */
  valueInput: string;
  error?: string;
}

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'error'; message: string }
  | { step: 'review'; page: PageForReview; drafts: Draft[]; title: string; publisher: string; asOf: string; saving: boolean; error?: string };

/** The value the reader wrote, read as the fact's kind; it must be one the quote states. */
function readValue(fact: CompiledFact, input: string, quote: string, snapshot: ClaimSnapshot): { value?: Value; error?: string } {
  if (fact.kind === 'text') return {};
  const ctx = { parties: snapshot.parties, statuses: fact.statuses };
  const typed = parseValues(fact.kind, input, ctx)[0]?.value;
  if (!typed) return { error: `Write the value as the page does (a ${fact.kind === 'people' ? 'name' : fact.kind}).` };
  const stated = parseValues(fact.kind, quote, ctx).some((f) => compareValues(f.value, typed, ctx) === true && compareValues(typed, f.value, ctx) === true);
  return stated ? { value: typed } : { error: 'The quote does not state this value.' };
}

export function AddSource({ snapshot, readPage, save, now, onSaved }: AddSourceProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const engine = useMemo(() => createEngine(snapshot), [snapshot]);
  const facts = new Map(snapshot.facts.map((f) => [f.id, f]));

  const start = async () => {
    setState({ step: 'reading' });
    let page: PageForReview;
    try {
      page = await readPage();
    } catch (err) {
      setState({ step: 'error', message: `The page could not be read: ${err instanceof Error ? err.message : String(err)}. Reload it and try again.` });
      return;
    }
    const result = proposeReports(engine, snapshot, page);
    if (!result.ok) {
      setState({ step: 'error', message: result.error });
      return;
    }
    setState({
      step: 'review',
      page,
      title: result.title,
      publisher: result.publisher,
      asOf: result.asOf ?? '',
      saving: false,
      drafts: result.proposals.map((p) => ({ ...p, keep: true, valueInput: p.valueText })),
    });
  };

  if (state.step === 'idle' || state.step === 'error') {
    return (
      <div class="add-source">
        <button type="button" onClick={start}>
          Add this page as a source
        </button>
        {state.step === 'error' ? (
          <p class="error" role="alert" data-testid="add-source-error">
            {state.message}
          </p>
        ) : null}
      </div>
    );
  }
  if (state.step === 'reading') return <p class="muted" role="status">Reading the page…</p>;

  const review = state;
  const update = (i: number, patch: Partial<Draft>) => setState({ ...review, drafts: review.drafts.map((d, k) => (k === i ? { ...d, ...patch } : d)) });
  const setValue = (i: number, input: string) => {
    const d = review.drafts[i]!;
    const read = readValue(facts.get(d.fact)!, input, d.quote, snapshot);
    update(i, { valueInput: input, ...(read.value ? { value: read.value, error: undefined } : { error: read.error }) });
  };
  const addSelection = (factId: string) => {
    const quote = (review.page.selection ?? '').trim();
    const fact = facts.get(factId);
    if (!fact || quote.length < 8 || !review.page.text.includes(quote)) return;
    const found = fact.kind === 'text' ? undefined : parseValues(fact.kind, quote, { parties: snapshot.parties, statuses: fact.statuses })[0];
    const draft: Draft = {
      fact: factId,
      quote,
      ...(found ? { value: found.value } : {}),
      summary: `${review.title}: ${found ? found.text : quote.slice(0, 80)}.`,
      label: fact.label,
      verdict: 'related',
      valueText: found?.text ?? '',
      keep: true,
      valueInput: found?.text ?? '',
    };
    setState({ ...review, drafts: [...review.drafts.filter((d) => d.fact !== factId), draft] });
  };
  const confirm = async () => {
    const kept = review.drafts.filter((d) => d.keep);
    if (kept.some((d) => d.error)) return;
    const source: ReaderSource = {
      id: readerSourceId(review.page.url),
      title: review.title.trim() || review.publisher,
      url: review.page.url,
      publisher: review.publisher.trim() || 'this page',
      ...(review.asOf ? { asOf: review.asOf } : {}),
      text: review.page.text,
      reports: kept.map(({ fact, quote, value, summary }) => ({ fact, quote, ...(value ? { value } : {}), summary })),
      enabled: true,
      addedAt: now().getTime(),
    };
    const check = checkReaderSource(source, snapshot);
    if (!check.ok) {
      setState({ ...review, error: `Not saved: ${check.errors[0]}` });
      return;
    }
    setState({ ...review, saving: true, error: undefined });
    try {
      await save(check.source);
      setState({ step: 'idle' });
      onSaved(check.source);
    } catch (err) {
      setState({ ...review, saving: false, error: `Not saved: ${err instanceof Error ? err.message : String(err)}` });
    }
  };
  const keptCount = review.drafts.filter((d) => d.keep).length;
  const selection = (review.page.selection ?? '').trim();

  return (
    <section class="add-source review" role="dialog" aria-modal="false" aria-label="Review this page as a source">
      <h2>Add this page as a source</h2>
      <label>
        Title <input value={review.title} onInput={(e) => setState({ ...review, title: (e.target as HTMLInputElement).value })} />
      </label>
      <label>
        Publisher <input value={review.publisher} onInput={(e) => setState({ ...review, publisher: (e.target as HTMLInputElement).value })} />
      </label>
      <label>
        Reports as of{' '}
        <input
          value={review.asOf}
          placeholder="YYYY-MM-DD"
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          onInput={(e) => setState({ ...review, asOf: (e.target as HTMLInputElement).value.trim() })}
        />
      </label>
      <ul class="proposals" aria-label="What this page states">
        {review.drafts.map((d, i) => (
          <li key={d.fact} class="proposal" data-fact={d.fact}>
            <label class="keep">
              <input type="checkbox" checked={d.keep} onChange={(e) => update(i, { keep: (e.target as HTMLInputElement).checked })} /> {d.label}
            </label>
            <blockquote>{d.quote}</blockquote>
            {facts.get(d.fact)?.kind !== 'text' ? (
              <label>
                Value{' '}
                <input value={d.valueInput} aria-invalid={d.error ? 'true' : 'false'} onInput={(e) => setValue(i, (e.target as HTMLInputElement).value)} />
                {d.value && !d.error ? <span class="muted"> read as {formatValue(d.value, snapshot.parties, facts.get(d.fact)?.statuses)}</span> : null}
              </label>
            ) : null}
            {d.error ? (
              <p class="error" role="alert">
                {d.error}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {selection ? (
        <p>
          <label>
            Add the passage you selected as a report on{' '}
            <select onChange={(e) => addSelection((e.target as HTMLSelectElement).value)} value="">
              <option value="">choose a fact…</option>
              {snapshot.facts.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
        </p>
      ) : (
        <p class="muted">To add a passage ClaimLens did not propose, select it on the page and open this again.</p>
      )}
      {review.error ? (
        <p class="error" role="alert">
          {review.error}
        </p>
      ) : null}
      <p class="actions">
        <button type="button" onClick={confirm} disabled={review.saving || keptCount === 0}>
          Save source
        </button>{' '}
        <button type="button" class="link" onClick={() => setState({ step: 'idle' })}>
          Cancel
        </button>
      </p>
    </section>
  );
}
