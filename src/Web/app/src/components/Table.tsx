import type { ComponentChildren } from 'preact';

type TableProps = { caption: string; head: string[]; numeric?: number[]; foot?: string[]; children: ComponentChildren };

/** A DKFDS table that scrolls sideways on a narrow screen, reachable by keyboard. */
export function Table({ caption, head, numeric = [], foot, children }: TableProps) {
  return (
    <div class="table--responsive-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table class="table table--zebra">
        <caption class="sr-only">{caption}</caption>
        <thead><tr>{head.map((h, i) => <th key={h} scope="col" class={numeric.includes(i) ? 'numeric' : undefined}>{h}</th>)}</tr></thead>
        <tbody>{children}</tbody>
        {foot && <tfoot><tr>{foot.map((f, i) => i === 0 ? <th key={i} scope="row">{f}</th> : <td key={i} class={numeric.includes(i) ? 'numeric' : undefined}>{f}</td>)}</tr></tfoot>}
      </table>
    </div>
  );
}
