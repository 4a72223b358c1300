/**
 * The progress bar of work the sidebar drives in steps (the network collection, a big book's
 * summaries): a native <progress> that screen readers announce, and one line of what is done.
 */
export function ProgressBar(props: {
  done: number;
  total: number;
  label: string;
  /** a second, muted line (e.g. "writing the sheets…") */
  note?: string;
  testId?: string;
}) {
  const pct = percent(props.done, props.total);
  return (
    <div role="status" aria-live="polite" data-testid={props.testId}>
      <progress max={props.total} value={props.done} style={{ width: '100%' }} aria-label={`${pct}%`} />
      <p>{props.label}</p>
      {props.note && <p class="muted">{props.note}</p>}
    </div>
  );
}

/** A run that stopped part-way: why, what carrying on does, and the button that carries on. */
export function Stopped(props: { why: string; help: string; carryOn: string; onCarryOn: () => void }) {
  return (
    <div class="notice warn" role="alert">
      <p>{props.why}</p>
      <p>{props.help}</p>
      <button type="button" class="secondary" onClick={props.onCarryOn}>
        {props.carryOn}
      </button>
    </div>
  );
}

/** Whole percent done, for the line under the bar. */
export function percent(done: number, total: number): number {
  return total > 0 ? Math.round((done / total) * 100) : 0;
}
