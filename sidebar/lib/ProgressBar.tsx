/**
 * The progress bar of work the sidebar drives in steps (the network collection, a big book's
 * summaries): a native <progress> that screen readers announce, and one line of what is done.
 */
export function ProgressBar(props: { done: number; total: number; label: string; testId?: string }) {
  const pct = props.total > 0 ? Math.round((props.done / props.total) * 100) : 0;
  return (
    <div role="status" aria-live="polite" data-testid={props.testId}>
      <progress max={props.total} value={props.done} style={{ width: '100%' }} aria-label={`${pct}%`} />
      <p>{props.label}</p>
    </div>
  );
}

/** Whole percent done, for the line under the bar. */
export function percent(done: number, total: number): number {
  return total > 0 ? Math.round((done / total) * 100) : 0;
}
