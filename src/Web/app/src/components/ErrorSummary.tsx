import { useEffect, useId, useRef } from 'preact/hooks';
import type { Problem } from '../api/client';

/**
 * DKFDS's error summary: focused when it appears, so a screen reader reads it; each problem links to the field it
 * is about (by the field's id in <code>fieldIds</code>), and following the link puts the cursor in that field.
 */
export function ErrorSummary({ problems, fieldIds }: { problems: Problem[]; fieldIds: Record<string, string> }) {
  const summary = useRef<HTMLDivElement>(null);
  // Several forms on one page may each show a summary.
  const titleId = useId();
  useEffect(() => summary.current?.focus(), [problems]);
  const focus = (event: Event, id: string) => {
    event.preventDefault();
    const marked = document.getElementById(id);
    // A date's fieldset is marked; the cursor goes to its first field.
    const field = marked?.matches('input, select, textarea') ? marked : marked?.querySelector<HTMLElement>('input, select, textarea');
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  };
  return (
    <div class="alert alert-error error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1} ref={summary}>
      <div class="alert-body">
        <h2 class="alert-heading" id={titleId}>Der er et problem</h2>
        <ul class="alert-text nobullet-list">
          {problems.map((problem) => {
            const id = problem.field ? fieldIds[problem.field] : undefined;
            return <li key={problem.message}>{id ? <a href={`#${id}`} class="function-link" onClick={(e) => focus(e, id)}>{problem.message}</a> : problem.message}</li>;
          })}
        </ul>
      </div>
    </div>
  );
}
