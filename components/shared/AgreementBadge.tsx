import type { Agreement } from '../../lib/model';
import type { Finding } from '../../lib/messages';
import { AGREEMENT_WORDS } from '../../lib/notes/claim-review';
import { VERDICT_SYMBOLS, VERDICT_WORDS } from '../popup/page-summary';

export interface AgreementBadgeProps {
  status: Agreement['status'];
}

/** Whether the sources agree on a fact, as a coloured pill (colour is never the only cue: the words are there). */
export function AgreementBadge({ status }: AgreementBadgeProps) {
  return <span class={`badge ${status}`}>{AGREEMENT_WORDS[status]}</span>;
}

export interface VerdictBadgeProps {
  verdict: NonNullable<Finding['verdict']>;
}

export function VerdictBadge({ verdict }: VerdictBadgeProps) {
  return (
    <span class={`badge ${verdict}`}>
      <span class="verdict-symbol" aria-hidden="true">
        {VERDICT_SYMBOLS[verdict]}
      </span>
      {VERDICT_WORDS[verdict]}
    </span>
  );
}
