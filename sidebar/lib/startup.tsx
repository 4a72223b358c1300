/**
 * How a page that is not a form starts (About, Progress, Network, Share): the user's language from
 * the server, then the page's own data. Until the data is here the page shows a status line; a
 * failure replaces the page with its message.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { call, failureText } from './rpc';
import { setLang } from './i18n';

/**
 * [the data (undefined until loaded), its setter, what to show instead of the page (the failure,
 * or "…" while the data is on the way; null once it is here), and `fail`, which ends the page with
 * an error (also for a later call the page cannot go on without)].
 */
export function usePageData<T>(
  load: () => Promise<T>,
): [T | undefined, (value: T) => void, JSX.Element | null, (e: unknown) => void] {
  const [data, setData] = useState<T>();
  const [fatal, setFatal] = useState<string | null>(null);
  const fail = (e: unknown) => setFatal(failureText(e));
  useEffect(() => {
    call('getClientContext')
      .then((ctx) => {
        setLang(ctx.lang);
        return load();
      })
      .then(setData)
      .catch(fail);
  }, []);
  const status = fatal ? (
    <p class="notice error" role="alert">
      {fatal}
    </p>
  ) : data === undefined ? (
    <p class="muted">…</p>
  ) : null;
  return [data, setData, status, fail];
}
