/** A chosen member's standing in a few lines (the deposit and welfare forms), and the loader behind it. */
import { useEffect, useState } from 'preact/hooks';
import type { MemberInfo } from '../../src/core/forms/statement';
import { call } from '../lib/rpc';
import { t } from '../lib/i18n';
import { baht, dateBE, isFailure } from './common';
import { statusLabel } from './MemberPicker';

/** The member's statement from the server whenever the chosen id changes ('' clears it). */
export function useMemberInfo(
  memberId: string,
  version = 0,
): { info: MemberInfo | null; loading: boolean; error: string | null } {
  const [info, setInfo] = useState<MemberInfo | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setInfo(null);
    setError(null);
    if (!memberId) return;
    let live = true;
    setLoading(true);
    call('getMemberInfo', memberId)
      .then((r) => {
        if (!live) return;
        if (isFailure(r)) setError(r.errors.form ?? '');
        else setInfo(r);
      })
      .catch((e: Error) => live && setError(t('error.generic', { detail: e.message })))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [memberId, version]);
  return { info, loading, error };
}

export function MemberPanel({ info }: { info: MemberInfo }) {
  const s = info.state;
  const good = s.status === 'active';
  return (
    <div class={`notice ${good ? 'ok' : 'warn'} member-panel`} data-testid="member-panel">
      <div>
        <strong>{info.name}</strong> ({info.memberId}) · {info.village || '-'}
      </div>
      <div>
        {t('form.standing')}: {statusLabel(s.status)} — {s.statusText}
      </div>
      <div>
        {t('form.paidThrough')}: {dateBE(s.paidThroughISO)}
      </div>
      {s.savingsArrearsBaht > 0 && (
        <div>{t('form.savingsOwed', { baht: baht(s.savingsArrearsBaht), days: s.savingsArrearsDays })}</div>
      )}
      {info.owed.annual.length > 0 && (
        <div>
          {t('form.annualOwed', {
            years: info.owed.annual.map((y) => y.year).join(', '),
            baht: baht(info.owed.annual.reduce((a, y) => a + y.amount, 0)),
          })}
        </div>
      )}
      {info.owed.entryFee > 0 && <div>{t('form.entryOwed', { baht: baht(info.owed.entryFee) })}</div>}
    </div>
  );
}
