/**
 * Share with local government: the addresses to share with, the as-of date (พ.ศ.) and period,
 * then who can see the file, each with a remove button. The addresses are checked here as the
 * secretary types (the same check the server makes) and again on the server, which is the judge.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ShareResponse } from '../../src/addon/share/api';
import { fieldList } from '../../src/core/result';
import { parseEmails } from '../../src/core/share/emails';
import { call } from '../lib/rpc';
import { say, t } from '../lib/i18n';
import { usePageData } from '../lib/startup';

function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <div id={id} role="alert">
      {errors.map((e) => (
        <p class="field-error" key={e}>
          {e}
        </p>
      ))}
    </div>
  );
}

function Share() {
  const [info, setInfo, status] = usePageData(() => call('getShareInfo'));
  const [emails, setEmails] = useState('');
  const [asOf, setAsOf] = useState('');
  const [period, setPeriod] = useState<'fiscal' | 'calendar'>('fiscal');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [messages, setMessages] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const notice = useRef<HTMLDivElement>(null);

  // The result shows below the form: bring it into view (a 300 px sidebar scrolls).
  useEffect(() => {
    if (messages && notice.current && typeof notice.current.scrollIntoView === 'function')
      notice.current.scrollIntoView({ block: 'nearest' });
  }, [messages]);

  function shown(res: ShareResponse) {
    setInfo(res.info);
    setErrors(res.ok ? {} : res.errors);
    setMessages({ ok: res.ok, lines: res.messages });
  }

  async function submit(e: Event, replace = false) {
    e.preventDefault();
    setMessages(null);
    const local = parseEmails(emails);
    if (local.problems.length > 0) {
      setErrors(Object.fromEntries(local.problems.map((p, i) => [`emails.${i}`, say(p.message)])));
      setMessages({ ok: false, lines: [t('share.fixErrors')] });
      return;
    }
    setErrors({});
    await send(
      () => call('shareSummary', { emails, asOf, period, replace }),
      () => setEmails(''),
    );
  }

  function remove(email: string) {
    setMessages(null);
    return send(() => call('removeShareViewer', email));
  }

  /** One call at a time: its answer (or why it failed) shows under the form; `saved` runs when it went through. */
  async function send(request: () => Promise<ShareResponse>, saved?: () => void) {
    setBusy(true);
    try {
      const res = await request();
      shown(res);
      if (res.ok && saved) saved();
    } catch (err) {
      setMessages({ ok: false, lines: [t('error.generic', { detail: (err as Error).message })] });
    } finally {
      setBusy(false);
    }
  }

  if (status || !info) return status;
  const emailErrors = fieldList(errors, 'emails');
  const roleLabel = (role: string) =>
    t(role === 'owner' ? 'share.owner' : role === 'editor' ? 'share.canEdit' : 'share.canView');
  return (
    <div>
      <h1>{t('share.title')}</h1>
      <p class="muted">{t('share.intro')}</p>
      {info.elsewhere && (
        // Someone else's file, first thing on the page: say whose, and make a new one only when asked (the old link goes stale).
        <div class="notice error" role="alert" data-testid="share-elsewhere">
          <p>{info.elsewhere.message}</p>
          <p>
            <button type="button" class="secondary" disabled={busy} onClick={(e) => void submit(e, true)}>
              {t('share.replace')}
            </button>
          </p>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <label for="emails">{t('share.emails')}</label>
        <textarea
          id="emails"
          rows={3}
          value={emails}
          autocomplete="email"
          spellcheck={false}
          aria-invalid={emailErrors.length > 0 ? 'true' : 'false'}
          aria-describedby={emailErrors.length > 0 ? 'emails-help emails-error' : 'emails-help'}
          style={emailErrors.length > 0 ? { borderColor: 'var(--danger)' } : undefined}
          onInput={(e) => setEmails((e.target as HTMLTextAreaElement).value)}
        />
        <p id="emails-help" class="muted">
          {t('share.emailsHelp')}
        </p>
        <FieldErrors id="emails-error" errors={emailErrors} />

        <label for="asOf">{t('share.asOf')}</label>
        <input
          id="asOf"
          type="text"
          inputMode="numeric"
          value={asOf}
          placeholder={info.today}
          aria-invalid={errors.asOf ? 'true' : 'false'}
          aria-describedby={errors.asOf ? 'asOf-help asOf-error' : 'asOf-help'}
          onInput={(e) => setAsOf((e.target as HTMLInputElement).value)}
        />
        <p id="asOf-help" class="muted">
          {t('share.asOfHelp')}
        </p>
        <FieldErrors id="asOf-error" errors={errors.asOf ? [errors.asOf] : []} />

        <fieldset style={{ border: 'none', padding: 0, margin: '10px 0 0' }}>
          <legend style={{ fontWeight: 600 }}>{t('share.period')}</legend>
          {(['fiscal', 'calendar'] as const).map((p) => (
            <label
              key={p}
              style={{ fontWeight: 400, margin: '4px 0', display: 'flex', gap: '8px', alignItems: 'center' }}
            >
              <input
                type="radio"
                name="period"
                value={p}
                checked={period === p}
                style={{ width: 'auto' }}
                onChange={() => setPeriod(p)}
              />
              {t(p === 'fiscal' ? 'share.period.fiscal' : 'share.period.calendar')}
            </label>
          ))}
        </fieldset>
        <FieldErrors id="period-error" errors={errors.period ? [errors.period] : []} />

        <p>
          <button type="submit" disabled={busy}>
            {busy ? t('share.working') : t('share.submit')}
          </button>
        </p>
      </form>

      {messages && (
        <div
          ref={notice}
          class={`notice ${messages.ok ? 'ok' : 'error'}`}
          role={messages.ok ? 'status' : 'alert'}
          data-testid="share-messages"
        >
          {messages.lines.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}

      <h2>{t('share.viewers')}</h2>
      {info.file ? (
        <p>
          <a href={info.file.url} target="_blank" rel="noopener noreferrer">
            {t('share.openFile')}: {info.file.name}
          </a>
        </p>
      ) : info.elsewhere ? null : (
        <p class="muted">{t('share.noFile')}</p>
      )}
      {info.file && info.access.filter((a) => a.role !== 'owner').length === 0 && (
        <p class="muted">{t('share.noViewers')}</p>
      )}
      {info.access.length > 0 && (
        <table data-testid="share-access">
          <tbody>
            {info.access.map((a) => (
              <tr key={a.email}>
                <td style={{ wordBreak: 'break-all' }}>
                  {a.email}
                  <br />
                  <span class={a.role === 'editor' ? 'field-warning' : 'muted'}>{roleLabel(a.role)}</span>
                </td>
                <td class="num">
                  {a.role !== 'owner' && (
                    <button
                      type="button"
                      class="secondary"
                      disabled={busy}
                      aria-label={t('share.removeLabel', { email: a.email })}
                      onClick={() => remove(a.email)}
                    >
                      {t('share.remove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

render(<Share />, document.getElementById('app') as HTMLElement);
