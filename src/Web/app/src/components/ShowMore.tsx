type Props = { shown: number; total: number; noun: string; onMore: () => void };

/** How many of a paged list are shown, and a button that shows more while there are more. */
export function ShowMore({ shown, total, noun, onMore }: Props) {
  return (
    <p aria-live="polite">
      Viser {shown} af {total} {noun}.
      {shown < total && <> <button type="button" class="button button-tertiary" onClick={onMore}>Vis flere {noun}</button></>}
    </p>
  );
}
