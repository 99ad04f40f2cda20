/**
 * The first-run page: what the marks mean, shown on a live sample (the real
 * engine and highlight layer, components/welcome/sample.ts), how to hover, the
 * popup, and that nothing leaves the browser.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_MARKS, MARK_STYLE_LABELS, MARK_VERDICTS, VERDICT_COLOURS } from '../../lib/marks';
import type { CheckedClaim } from '../../lib/engine';
import type { ClaimSnapshot } from '../../lib/model';
import { VerdictBadge } from '../shared/AgreementBadge';
import { paintSample, SAMPLE_PARAGRAPHS, SAMPLE_TITLE } from './sample';

export interface WelcomeAppProps {
  snapshot: () => ClaimSnapshot;
  win: Window;
  optionsUrl: string;
}

const MEANING = {
  contradicted: 'the page states a value the sources do not support',
  mixed: 'the sources disagree with each other, so the page cannot simply be right or wrong',
  supported: 'the page says what the sources say',
  related: 'about one of the facts, but with nothing to compare; not marked unless you choose a shape',
} as const;

export function WelcomeApp({ snapshot, win, optionsUrl }: WelcomeAppProps) {
  const article = useRef<HTMLDivElement>(null);
  const [found, setFound] = useState<CheckedClaim[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (!article.current) return;
    try {
      const painted = paintSample(win, [...article.current.querySelectorAll<HTMLElement>('p.sample-p')], snapshot());
      if (!painted.layer) setError('This browser cannot draw the marks (it lacks the CSS Custom Highlight API).');
      setFound(painted.claims);
      return () => painted.layer?.dispose();
    } catch (e) {
      setError(`The sample could not be checked: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }, [win, snapshot]);
  const facts = new Map(snapshot().facts.map((f) => [f.id, f.label]));

  return (
    <main class="welcome">
      <h1>Welcome to ClaimLens</h1>
      <p class="lead">
        ClaimLens reads the pages you visit for <strong>Binance</strong>, <strong>World Liberty Financial (WLFI)</strong>, the{' '}
        <strong>USD1</strong> stablecoin and <strong>Changpeng “CZ” Zhao</strong>, and checks the claims next to them against three news
        reports that ship with it.
      </p>

      <h2>What the marks mean</h2>
      <p>Here is a short made-up article, read and marked by ClaimLens just as a page would be:</p>
      <article class="sample" aria-label="Sample article" data-testid="sample">
        <h3>{SAMPLE_TITLE}</h3>
        <div ref={article}>
          {SAMPLE_PARAGRAPHS.map((text) => (
            <p class="sample-p" key={text}>
              {text}
            </p>
          ))}
        </div>
      </article>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}

      <ul class="legend" aria-label="Legend">
        <li>
          <span class="legend-sample mention-sample">Binance</span> — a name ClaimLens follows: a light yellow background.
        </li>
        {MARK_VERDICTS.map((verdict) => {
          const style = DEFAULT_MARKS[verdict];
          return (
            <li key={verdict} data-testid={`legend-${verdict}`}>
              <span
                class="legend-sample"
                style={style === 'none' ? undefined : { textDecoration: `underline ${style} ${VERDICT_COLOURS[verdict]}`, textDecorationThickness: '2px' }}
              >
                {verdict}
              </span>{' '}
              — {MARK_STYLE_LABELS[style]}: {MEANING[verdict]}.
            </li>
          );
        })}
      </ul>
      <p class="muted">The shape of the line carries the verdict, so colour is never the only signal. You can change the shapes in the options.</p>

      {found ? (
        <>
          <h2>What ClaimLens found in the sample</h2>
          <ul class="found" data-testid="found">
            {found.map((claim, i) => (
              <li key={`${claim.fact}-${i}`}>
                <VerdictBadge verdict={claim.verdict} /> <strong>{facts.get(claim.fact) ?? claim.fact}</strong>
                <br />
                <span class="muted">{claim.reason}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>Hover, step, and the popup</h2>
      <ul>
        <li>
          <strong>Hover</strong> a mark on any page to open a card: what the page says, what each source says, in their own words, and
          why the verdict is what it is. Pin it, or take a note on the passage.
        </li>
        <li>
          <strong>Step</strong> through the marks with <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>→</kbd> and <kbd>←</kbd>; <kbd>Esc</kbd>{' '}
          closes the card.
        </li>
        <li>
          <strong>The toolbar button</strong> opens the popup: how many claims on the page are contradicted, mixed, supported or related,
          each one clickable; every fact with the sources side by side; your notes. The button’s badge turns red when a claim on the page
          is contradicted, amber when the sources disagree, green when what was checked is supported.
        </li>
      </ul>

      <h2>Nothing leaves your browser</h2>
      <p>
        ClaimLens makes no network requests and collects nothing. The reports it compares with are inside the extension; your notes and
        settings stay in this browser. <a href={optionsUrl}>Options</a> let you choose the marks, switch sites off, and export or delete
        your data.
      </p>
    </main>
  );
}
