/**
 * Build the summaries of a big book step by step: the page calls the server once per slice of rows
 * (src/addon/summaries/resumable.ts), each call far inside Apps Script's 6-minute limit, and shows
 * the progress. A closed panel or a failed call loses nothing: opening it again offers to carry on.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import type { StepProgress } from '../../src/addon/summaries/resumable';
import { call } from '../lib/rpc';
import { t } from '../lib/i18n';
import { percent, ProgressBar, Stopped } from '../lib/ProgressBar';
import { usePageData } from '../lib/startup';

function Progress() {
  // the run left unfinished, if any (undefined until the server has said)
  const [unfinished, setUnfinished, status] = usePageData(() => call('summaryRunState'));
  const [progress, setProgress] = useState<StepProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [writing, setWriting] = useState(false);
  const [stopped, setStopped] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function drive(from: StepProgress) {
    let p = from;
    setStopped(null);
    setUnfinished(null);
    setRunning(true);
    setProgress(p);
    try {
      while (!p.finished) {
        p = await call('summaryRunStep', p.runId);
        setProgress(p);
      }
      setWriting(true);
      const r = await call('summaryRunFinish', p.runId);
      setDone(t('sum.done', { count: r.sheets.length, date: r.asOf }));
    } catch (e) {
      // The cursor stays where the last step ended: carrying on loses nothing.
      stop(e as Error);
    } finally {
      setRunning(false);
      setWriting(false);
    }
  }

  const stop = (e: Error) => setStopped(e.message);

  // drive() catches its own failures: only the start call's is left
  function start() {
    setDone(null);
    return call('summaryRunStart').then(drive, stop);
  }

  if (status) return status;
  return (
    <div>
      <h1>{t('sum.run.title')}</h1>
      <p class="muted">{t('sum.run.intro')}</p>

      {unfinished && !running && (
        <div class="notice warn" data-testid="run-unfinished">
          <p>{t('sum.run.unfinished', { done: unfinished.done, total: unfinished.total })}</p>
          <button type="button" onClick={() => drive(unfinished)}>
            {t('sum.run.carryOn')}
          </button>{' '}
          <button type="button" class="secondary" onClick={start}>
            {t('sum.run.restart')}
          </button>
        </div>
      )}

      {!unfinished && (
        <p class="actions">
          <button type="button" disabled={running} onClick={start}>
            {running ? t('sum.run.working') : t('sum.run.start')}
          </button>
        </p>
      )}

      {progress && (
        <ProgressBar
          testId="run-progress"
          done={progress.done}
          total={progress.total}
          label={t('sum.run.progress', {
            done: progress.done.toLocaleString('th-TH'),
            total: progress.total.toLocaleString('th-TH'),
            pct: percent(progress.done, progress.total),
            sheet: progress.sheet || '—',
          })}
          note={writing ? t('sum.run.writing') : undefined}
        />
      )}

      {stopped && progress && !running && (
        <Stopped
          why={stopped}
          help={t('sum.run.stopped')}
          carryOn={t('sum.run.carryOn')}
          onCarryOn={() => drive(progress)}
        />
      )}

      {done && (
        <p class="notice ok" role="status" data-testid="run-done">
          {done}
        </p>
      )}
    </div>
  );
}

render(<Progress />, document.getElementById('app') as HTMLElement);
