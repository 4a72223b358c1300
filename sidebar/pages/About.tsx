/** "About this fund book": proves the sidebar path end to end (page -> google.script.run -> bundle -> sheet). */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { call } from '../lib/rpc';
import { setLang, t } from '../lib/i18n';
import type { AboutInfo } from '../../src/addon/about';

function About() {
  const [info, setInfo] = useState<AboutInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [zoneDone, setZoneDone] = useState<string | null>(null);
  useEffect(() => {
    call('getClientContext')
      .then((ctx) => {
        setLang(ctx.lang);
        return call('getAboutInfo');
      })
      .then(setInfo)
      .catch((e: Error) => setError(t('error.generic', { detail: e.message })));
  }, []);

  if (error)
    return (
      <p class="notice error" role="alert">
        {error}
      </p>
    );
  if (!info) return <p class="muted">…</p>;
  return (
    <div>
      <h1>{t('app.name')}</h1>
      <p data-testid="book-name">{info.bookName}</p>
      {!info.isSetUp && <p class="notice warn">{t('about.notSetUp')}</p>}
      <p class={info.cells.warn ? 'notice warn' : 'muted'} data-testid="about-cells">
        {info.cells.message}
      </p>
      {info.timeZone.notThai ? (
        <div class="notice warn" data-testid="about-zone">
          <p>{zoneDone ?? info.timeZone.notThai}</p>
          {!zoneDone && (
            <button
              type="button"
              class="secondary"
              onClick={() =>
                void call('setBookTimeZoneToThai')
                  .then((r) => setZoneDone(r.message))
                  .catch((e: Error) => setError(t('error.generic', { detail: e.message })))
              }
            >
              {t('limits.setZone')}
            </button>
          )}
        </div>
      ) : (
        <p class="muted">{t('limits.zone', { zone: info.timeZone.zone })}</p>
      )}
      <h2>{t('about.sheets')}</h2>
      <table>
        <tbody>
          {info.sheets.map((s) => (
            <tr key={s.name}>
              <td>{s.name}</td>
              <td class="num">{t('about.rows', { count: s.rows.toLocaleString('th-TH') })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

render(<About />, document.getElementById('app') as HTMLElement);
