/** "About this fund book": proves the sidebar path end to end (page -> google.script.run -> bundle -> sheet). */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { call } from '../lib/rpc';
import { t } from '../lib/i18n';
import { usePageData } from '../lib/startup';

function About() {
  const [info, , status, fail] = usePageData(() => call('getAboutInfo'));
  const [zoneDone, setZoneDone] = useState<string | null>(null);

  if (status || !info) return status;
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
                  .catch(fail)
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
