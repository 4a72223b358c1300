/**
 * Collect the network: the sidebar drives the collection in chunks (start → chunk … → finish), each
 * call well inside Apps Script's 6-minute limit, showing how many funds have been read. A chunk
 * that fails (closed laptop, timeout) leaves the cursor where it was: "carry on" resumes. Files are
 * added to the list with Google Picker, which grants access to exactly the files picked.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import type { FinishedRow } from '../../src/addon/network/api';
import type { Progress } from '../../src/addon/network/collect';
import { callOk, failureText } from '../lib/rpc';
import { t } from '../lib/i18n';
import { ProgressBar, Stopped } from '../lib/ProgressBar';
import { usePageData } from '../lib/startup';

interface Finished {
  message: string;
  rows: FinishedRow[];
  boardPdf: string;
}

declare const window: Window & {
  gapi?: { load(name: string, cb: () => void): void };
  google?: { picker?: Record<string, unknown> & { PickerBuilder: new () => PickerBuilder } };
};

interface PickerBuilder {
  addView(v: unknown): PickerBuilder;
  enableFeature(f: unknown): PickerBuilder;
  setOAuthToken(t: string): PickerBuilder;
  setDeveloperKey(k: string): PickerBuilder;
  setAppId(id: string): PickerBuilder;
  setCallback(cb: (data: Record<string, unknown>) => void): PickerBuilder;
  setOrigin(o: string): PickerBuilder;
  build(): { setVisible(v: boolean): void };
}

/** Google's Picker script is loaded only when asked for (https://developers.google.com/workspace/drive/picker/guides/overview). */
function loadPicker(): Promise<void> {
  return new Promise((resolve, reject) => {
    if (window.google?.picker) return resolve();
    const s = document.createElement('script');
    s.src = 'https://apis.google.com/js/api.js';
    s.onload = () => (window.gapi ? window.gapi.load('picker', () => resolve()) : reject(new Error('no gapi')));
    s.onerror = () => reject(new Error('Picker unavailable'));
    document.head.appendChild(s);
  });
}

function Network() {
  const [info, setInfo, status] = usePageData(() => callOk('getNetworkInfo'));
  const [progress, setProgress] = useState<Progress | null>(null);
  const [writing, setWriting] = useState(false);
  const [stopped, setStopped] = useState<string | null>(null);
  const [done, setDone] = useState<Finished | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const busy = progress !== null && !done && !stopped;

  async function drive(from: Progress) {
    let p = from;
    setStopped(null);
    try {
      while (!p.finished) {
        p = await callOk('networkChunk', p.runId);
        setProgress(p);
      }
      setWriting(true);
      const r = await callOk('networkFinish', p.runId);
      setDone({ message: r.message, rows: r.rows, boardPdf: r.boardPdf });
    } catch (e) {
      // The cursor stays where the last chunk ended: carrying on loses nothing.
      stop(e);
    } finally {
      setWriting(false);
    }
  }

  const stop = (e: unknown) => setStopped(failureText(e));

  // drive() catches its own failures: only the start call's is left
  function start() {
    setDone(null);
    setNote(null);
    return callOk('networkStart').then((p) => {
      setProgress(p);
      return drive(p);
    }, stop);
  }

  async function pick() {
    setNote(null);
    try {
      const cfg = await callOk('getPickerToken');
      await loadPicker();
      const gp = window.google!.picker!;
      const views = gp.ViewId as Record<string, unknown>;
      const features = gp.Feature as Record<string, unknown>;
      const picker = new gp.PickerBuilder()
        .addView(views.SPREADSHEETS)
        .enableFeature(features.MULTISELECT_ENABLED)
        .setOAuthToken(cfg.token)
        .setDeveloperKey(cfg.apiKey)
        .setAppId(cfg.appId)
        .setOrigin('https://docs.google.com')
        .setCallback((data) => {
          if (data.action !== 'picked') return;
          const docs = (data.docs as { id: string; name: string }[]) ?? [];
          void callOk(
            'addPickedFunds',
            docs.map((d) => ({ id: d.id, name: d.name })),
          ).then(
            (i) => {
              setInfo(i);
              setNote(t('net.ui.picked', { funds: i.funds }));
            },
            (e) => setNote(failureText(e)),
          );
        })
        .build();
      picker.setVisible(true);
    } catch (_e) {
      setNote(t('net.ui.pickUnavailable'));
    }
  }

  if (status || !info) return status;
  return (
    <div>
      <h1>{t('net.title')}</h1>
      <p class="muted">{t('net.ui.intro')}</p>
      {info.problem ? (
        <p class="notice error" role="alert">
          {info.problem}
        </p>
      ) : (
        <p data-testid="net-facts">
          {t('net.ui.facts', { name: info.name, date: info.reportingDate, funds: info.funds })}
        </p>
      )}

      <p class="actions">
        <button type="button" disabled={busy || !!info.problem} onClick={start}>
          {busy ? t('net.ui.working') : t('net.ui.collect')}
        </button>
      </p>

      {progress && (
        <ProgressBar
          testId="net-progress"
          done={progress.done}
          total={progress.total}
          label={
            progress.last
              ? t('net.ui.progressLast', { done: progress.done, total: progress.total, last: progress.last })
              : t('net.ui.progress', { done: progress.done, total: progress.total })
          }
          note={writing ? t('net.ui.writing') : undefined}
        />
      )}

      {stopped && !progress && (
        // The start was refused (another save holds the book, no funds listed): nothing was read.
        <p class="notice error" role="alert">
          {stopped}
        </p>
      )}

      {stopped && progress && (
        <Stopped
          why={stopped}
          help={t('net.ui.resume')}
          carryOn={t('net.ui.carryOn')}
          onCarryOn={() => drive(progress)}
        />
      )}

      {done && (
        <div>
          <div class="notice ok" role="status" data-testid="net-done">
            <p>{done.message}</p>
            <p>
              <a href={done.boardPdf} target="_blank" rel="noopener noreferrer">
                {t('net.ui.print')}
              </a>
            </p>
          </div>
          <h2>{t('net.ui.results')}</h2>
          <table data-testid="net-results">
            <tbody>
              {done.rows.map((r, i) => (
                <tr key={`${i}-${r.name}`}>
                  <td>
                    {r.name}
                    {r.reason && (
                      <>
                        <br />
                        <span class="muted small">{r.reason}</span>
                      </>
                    )}
                  </td>
                  <td class={r.statusCode === 'ok' ? '' : 'field-error'}>{r.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t('net.ui.pick')}</h2>
      <p class="muted">{t('net.ui.pickHelp')}</p>
      <p>
        <button type="button" class="secondary" disabled={busy} onClick={pick}>
          {t('net.ui.pick')}
        </button>
      </p>
      {note && <p class="notice">{note}</p>}
    </div>
  );
}

render(<Network />, document.getElementById('app') as HTMLElement);
