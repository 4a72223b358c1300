/** Member look-up: find by name, id or national id; the member's statement of payments, standing and welfare. */
import { useState } from 'preact/hooks';
import type { FormsContext } from '../../src/addon/forms/context';
import { call } from '../lib/rpc';
import { t } from '../lib/i18n';
import { baht, dateBE, isFailure, kindName, Notice, renderFormPage, stampBE, TableHead } from '../forms/common';
import { MemberPicker, statusLabel } from '../forms/MemberPicker';
import { useMemberInfo } from '../forms/MemberPanel';

function Statement({ ctx }: { ctx: FormsContext }) {
  const [memberId, setMemberId] = useState('');
  const [version, setVersion] = useState(0);
  const [refreshing, setRefreshing] = useState(false);
  const [builtAt, setBuiltAt] = useState(ctx.summaryBuiltAt);
  const [error, setError] = useState<string | null>(null);
  const { info, loading, error: infoError } = useMemberInfo(memberId, version);

  function refresh() {
    setRefreshing(true);
    setError(null);
    call('rebuildMemberSummary')
      .then((r) => {
        if (isFailure(r)) return setError(r.errors.form ?? '');
        setBuiltAt(r.builtAt);
        setVersion(version + 1);
      })
      .catch((e: Error) => setError(t('error.generic', { detail: e.message })))
      .finally(() => setRefreshing(false));
  }

  const s = info ? info.state : null;
  return (
    <div>
      <MemberPicker
        id="lookup"
        label={t('form.searchMember')}
        roster={ctx.roster}
        value={memberId}
        onChange={setMemberId}
        required={false}
      />
      {(error || infoError) && <Notice kind="error">{error ?? infoError}</Notice>}
      {loading && (
        <p class="muted" role="status">
          {t('form.loading')}
        </p>
      )}
      {info && s && (
        <article aria-labelledby="st-name" data-testid="statement">
          <h2 id="st-name">
            {info.name} <span class="muted">({info.memberId})</span>
          </h2>
          <dl class="facts">
            <dt>{t('form.village')}</dt>
            <dd>{info.village || '-'}</dd>
            <dt>{t('form.nationalId')}</dt>
            <dd>{info.nationalId || '-'}</dd>
            <dt>{t('form.joinDate')}</dt>
            <dd>
              {dateBE(info.joinISO)} {t('form.tenure', { years: s.tenureYears })}
            </dd>
            <dt>{t('form.standing')}</dt>
            <dd>
              <strong>{statusLabel(s.status)}</strong> — {s.statusText}
            </dd>
            <dt>{t('form.paidThrough')}</dt>
            <dd>{dateBE(s.paidThroughISO)}</dd>
          </dl>

          <h3>{t('form.paidByKind')}</h3>
          <table>
            <tbody>
              {(['savings', 'annual_fee', 'entry_fee'] as const).map((k) => (
                <tr key={k}>
                  <th scope="row">{kindName(k)}</th>
                  <td class="num">{baht(s.paid[k])}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('form.total')}</th>
                <td class="num">
                  <strong>{baht(s.paid.savings + s.paid.annual_fee + s.paid.entry_fee)}</strong>
                </td>
              </tr>
            </tbody>
          </table>

          <h3>{t('form.arrears')}</h3>
          <table>
            <tbody>
              <tr>
                <th scope="row">{kindName('savings')}</th>
                <td class="num">
                  {s.savingsArrearsBaht > 0
                    ? t('form.arrearsSavings', { baht: baht(s.savingsArrearsBaht), days: s.savingsArrearsDays })
                    : '0'}
                </td>
              </tr>
              <tr>
                <th scope="row">{kindName('annual_fee')}</th>
                <td class="num">
                  {s.annualFeeArrearsBaht > 0
                    ? t('form.arrearsAnnual', {
                        baht: baht(s.annualFeeArrearsBaht),
                        years: s.annualYearsMissing.join(', '),
                      })
                    : '0'}
                </td>
              </tr>
              <tr>
                <th scope="row">{kindName('entry_fee')}</th>
                <td class="num">{baht(s.entryFeeArrearsBaht)}</td>
              </tr>
            </tbody>
          </table>

          <h3>{t('form.benefitsReceived')}</h3>
          <table>
            <tbody>
              <tr>
                <th scope="row">{t('form.thisFiscalYear', { year: info.benefits.fiscalYear })}</th>
                <td class="num">
                  {t('form.timesBaht', {
                    count: info.benefits.thisYear.count,
                    baht: baht(info.benefits.thisYear.amount),
                  })}
                </td>
              </tr>
              <tr>
                <th scope="row">{t('form.ever')}</th>
                <td class="num">
                  {t('form.timesBaht', { count: info.benefits.ever.count, baht: baht(info.benefits.ever.amount) })}
                </td>
              </tr>
            </tbody>
          </table>
          {info.benefits.lines.length > 0 && (
            <table class="small">
              <caption class="muted">{t('form.benefitLines')}</caption>
              <TableHead text={[t('form.date'), t('form.benefit')]} money={[t('form.amountBaht')]} />
              <tbody>
                {info.benefits.lines.map((l, i) => (
                  <tr key={i}>
                    <td>{dateBE(l.dateISO)}</td>
                    <td>
                      {l.benefit}
                      {l.units !== null && l.units > 1 ? ` ×${l.units}` : ''}
                    </td>
                    <td class="num">{baht(l.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </article>
      )}
      <p class="muted">{t('form.summaryAsOf', { time: builtAt ? stampBE(builtAt) : '-' })}</p>
      <button type="button" class="secondary" onClick={refresh} disabled={refreshing}>
        {refreshing ? t('form.refreshing') : t('form.refresh')}
      </button>
    </div>
  );
}

renderFormPage('menu.lookup', Statement);
