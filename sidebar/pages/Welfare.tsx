/**
 * A welfare claim: benefit, member (or community project), units, date. The rules engine's
 * checklist and amount show before saving; a different amount, or paying a claim that is not
 * eligible, needs the committee's reason, which is written to the register.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkAmount, checkText, checkUnits } from '../../src/core/forms/validate';
import type { WelfareInput } from '../../src/core/forms/types';
import type { FormsContext } from '../../src/addon/forms/context';
import type { ClaimCheck } from '../../src/addon/forms/welfare';
import { call } from '../lib/rpc';
import { t } from '../lib/i18n';
import {
  AmountInput,
  baht,
  DateInput,
  describedBy,
  errorOf,
  Field,
  isFailure,
  Notice,
  renderFormPage,
  SaveButton,
  TextArea,
  TextInput,
  todayOf,
  useDateField,
  useSubmission,
} from '../forms/common';
import { MemberPicker } from '../forms/MemberPicker';
import { MemberPanel, useMemberInfo } from '../forms/MemberPanel';

function WelfareForm({ ctx }: { ctx: FormsContext }) {
  const sub = useSubmission();
  const today = todayOf(ctx);
  const [benefitCode, setBenefitCode] = useState('');
  const benefit = ctx.benefits.find((b) => b.code === benefitCode);
  const forProject = benefit ? benefit.payee === 'project' : false;
  const [memberId, setMemberId] = useState('');
  const { info } = useMemberInfo(forProject ? '' : memberId);
  const [project, setProject] = useState('');
  const [units, setUnits] = useState('1');
  const date = useDateField(ctx.todayBE, today, true);
  const [amount, setAmount] = useState('');
  const [edited, setEdited] = useState(false);
  const [approvedBy, setApprovedBy] = useState('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [check, setCheck] = useState<ClaimCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const seq = useRef(0);

  const input = (key: string): WelfareInput => ({
    key,
    benefit: benefitCode,
    memberId: forProject ? '' : memberId,
    project: forProject ? project : '',
    units,
    date: date.iso,
    amount: edited ? amount : '',
    approvedBy,
    note,
    overrideReason: reason,
  });

  // The checklist follows what the claim is about (debounced; only the latest answer counts).
  const subject = [benefitCode, memberId, project, units, date.iso, edited ? amount : ''].join('|');
  useEffect(() => {
    window.clearTimeout(timer.current);
    setCheck(null);
    if (
      !benefitCode ||
      (!forProject && !memberId) ||
      (forProject && project.trim() === '') ||
      checkUnits(units).error ||
      !date.iso
    )
      return;
    const mine = ++seq.current;
    timer.current = window.setTimeout(() => {
      setChecking(true);
      call('checkWelfareClaim', input('check-only'))
        .then((r) => {
          if (mine !== seq.current) return;
          if (isFailure(r)) return sub.setErrors(r.errors);
          setCheck(r);
          if (!edited && r.eligibility) setAmount(r.eligibility.amount > 0 ? baht(r.eligibility.amount) : '');
        })
        .catch((e: Error) => sub.setErrors({ form: t('error.generic', { detail: e.message }) }))
        .finally(() => mine === seq.current && setChecking(false));
    }, 300);
  }, [subject]);

  const verdict = check ? check.eligibility : null;
  const amountCheck = checkAmount(amount, ctx.amountCeiling);
  const differs =
    verdict !== null &&
    amount.trim() !== '' &&
    !amountCheck.error &&
    (!verdict.eligible || Math.abs(amountCheck.value - verdict.amount) > 0.005);

  async function submit(e: Event) {
    sub.begin(e);
    setDone(null);
    if (!benefitCode) return sub.setErrors({ benefit: t('form.required') });
    const res = await sub.run((key) => call('saveWelfareClaim', { ...input(key), amount }));
    sub.settle(res, (written) => {
      setDone(
        t('form.welfareSaved', {
          voucher: written.numbers[0],
          row: written.rows[0],
          sheet: written.sheet,
          amount: baht(amountCheck.value),
        }),
      );
      setMemberId('');
      setProject('');
      setUnits('1');
      setAmount('');
      setEdited(false);
      setNote('');
      setReason('');
    });
  }

  const unitsCheck = checkUnits(units);
  return (
    <form onSubmit={submit} noValidate>
      {done && <Notice kind="ok">{done}</Notice>}
      {sub.errors.form && <Notice kind="error">{sub.errors.form}</Notice>}
      <Field id="benefit" label={`${t('form.benefit')} *`} error={sub.errors.benefit}>
        <select
          id="benefit"
          value={benefitCode}
          aria-required="true"
          aria-invalid={sub.errors.benefit ? 'true' : undefined}
          aria-describedby={describedBy('benefit', sub.errors.benefit)}
          onChange={(e) => {
            setBenefitCode((e.currentTarget as HTMLSelectElement).value);
            // Units belong to a benefit: 3 nights of sickness are not 3 newborns.
            setUnits('1');
            setAmount('');
            setEdited(false);
            sub.clear('benefit');
          }}
        >
          <option value="">{t('form.chooseBenefit')}</option>
          {ctx.benefits.map((b) => (
            <option value={b.code} key={b.code}>
              {b.name}
              {b.amountPerUnit !== null ? ` (${baht(b.amountPerUnit)}/${b.unit || t('form.unit')})` : ''}
            </option>
          ))}
        </select>
      </Field>
      {forProject ? (
        <TextInput
          id="project"
          label={t('form.project')}
          value={project}
          onInput={sub.bind('project', setProject)}
          required
          error={sub.err('project', checkText(project, true).error)}
        />
      ) : (
        <MemberPicker
          id="member"
          label={t('form.member')}
          roster={ctx.roster}
          value={memberId}
          onChange={(id) => {
            setMemberId(id);
            setEdited(false);
            sub.clear('memberId');
          }}
          error={sub.errors.memberId}
        />
      )}
      {info && !forProject && <MemberPanel info={info} />}
      <TextInput
        id="units"
        label={`${t('form.units')}${benefit && benefit.unit ? ` (${benefit.unit})` : ''}`}
        value={units}
        onInput={sub.bind('units', setUnits)}
        inputMode="numeric"
        required
        error={errorOf(sub.errors, 'units', unitsCheck.error, true)}
      />
      <DateInput id="date" label={t('form.claimDate')} field={date} required sub={sub} />

      <section aria-labelledby="elig-title" class="eligibility" aria-busy={checking ? 'true' : 'false'}>
        <h2 id="elig-title">{t('form.eligibility')}</h2>
        {!verdict && (
          <p class="muted" role="status">
            {checking ? t('form.checking') : t('form.eligibilityWaiting')}
          </p>
        )}
        {verdict && (
          <div role="status">
            <p class={verdict.eligible ? 'notice ok' : 'notice error'} data-testid="verdict">
              <strong>{verdict.eligible ? t('form.eligible') : t('form.notEligible')}</strong>
              {verdict.eligible ? ` — ${t('form.scheduleAmount', { amount: baht(verdict.amount) })}` : ''}
            </p>
            <ul class="reasons">
              {verdict.reasons.map((r, i) => (
                <li key={i} class={r.ok ? undefined : 'fail'}>
                  <span class="sr-only">{r.ok ? t('form.passed') : t('form.failed')}: </span>
                  {r.text}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <AmountInput
        value={amount}
        check={amountCheck}
        sub={sub}
        onType={(v) => {
          setAmount(v);
          setEdited(true);
        }}
      />
      <TextInput
        id="approvedBy"
        label={t('form.approvedBy')}
        value={approvedBy}
        onInput={sub.bind('approvedBy', setApprovedBy)}
        required
        error={sub.err('approvedBy', checkText(approvedBy, true, 200).error)}
      />
      {(differs || reason !== '' || sub.errors.overrideReason) && (
        <TextArea
          id="overrideReason"
          label={`${t('form.overrideReason')} *`}
          value={reason}
          onInput={setReason}
          hint={
            differs
              ? t(verdict && verdict.eligible ? 'form.overrideHintAmount' : 'form.overrideHintNotEligible', {
                  amount: baht(verdict ? verdict.amount : 0),
                })
              : undefined
          }
          error={sub.errors.overrideReason}
        />
      )}
      <TextArea id="note" label={t('form.note')} value={note} onInput={setNote} error={sub.err('note')} />
      <div class="actions">
        <SaveButton busy={sub.busy} label={t('form.saveWelfare')} disabled={!verdict} />
      </div>
    </form>
  );
}

renderFormPage('menu.welfareForm', WelfareForm);
