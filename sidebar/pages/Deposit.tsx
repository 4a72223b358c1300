/** One payment for one member: kind, amount proposed from the fee schedule and what they owe, receipt number from the server. */
import { useEffect, useState } from 'preact/hooks';
import { proposeDeposit } from '../../src/core/forms/owed';
import { checkAmount, checkText, checkYear } from '../../src/core/forms/validate';
import type { DepositKind } from '../../src/core/records';
import type { FormsContext } from '../../src/addon/forms/context';
import { call } from '../lib/rpc';
import { say, t } from '../lib/i18n';
import {
  AmountInput,
  baht,
  DateInput,
  describedBy,
  Field,
  kindName,
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

const KINDS: DepositKind[] = ['savings', 'annual_fee', 'entry_fee'];

function DepositForm({ ctx }: { ctx: FormsContext }) {
  const sub = useSubmission();
  const today = todayOf(ctx);
  const [memberId, setMemberId] = useState('');
  const { info, error: infoError, loading } = useMemberInfo(memberId);
  const [kind, setKind] = useState<DepositKind>('savings');
  const [amount, setAmount] = useState('');
  const [year, setYear] = useState('');
  const [edited, setEdited] = useState(false);
  const date = useDateField(ctx.todayBE, today, true);
  const [recordedBy, setRecordedBy] = useState(ctx.recordedBy);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);

  // The proposal follows the member and the kind until the secretary types an amount.
  useEffect(() => {
    if (!info || edited) return;
    const p = proposeDeposit(kind, info.owed, ctx.fees, today);
    setAmount(baht(p.amount));
    setYear(p.yearCovered === null ? '' : String(p.yearCovered));
  }, [info, kind]);

  const amountCheck = checkAmount(amount, ctx.amountCeiling);
  // The secretary's own amount or year: the proposal stops following the member and the kind.
  const typed = (set: (v: string) => void) => (v: string) => {
    set(v);
    setEdited(true);
  };
  const yearCheck = checkYear(year);

  async function submit(e: Event) {
    sub.begin(e);
    setDone(null);
    if (!memberId) return sub.setErrors({ memberId: t('form.pickMember') });
    const res = await sub.run((key) =>
      call('saveDeposit', {
        key,
        memberId,
        kind,
        amount,
        date: date.iso,
        yearCovered: kind === 'annual_fee' ? year : '',
        recordedBy,
        note,
      }),
    );
    sub.settle(res, (written) => {
      setDone(
        t('form.depositSaved', {
          receipt: written.numbers[0],
          row: written.rows[0],
          sheet: written.sheet,
          kind: kindName(kind),
          amount: baht(amountCheck.value),
          id: memberId,
          name: info ? info.name : '',
        }),
      );
      setMemberId('');
      setAmount('');
      setYear('');
      setEdited(false);
      setNote('');
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      {done && <Notice kind="ok">{done}</Notice>}
      {(sub.errors.form || infoError) && <Notice kind="error">{sub.errors.form ?? infoError}</Notice>}
      <MemberPicker
        id="member"
        label={t('form.member')}
        roster={ctx.roster}
        value={memberId}
        onChange={(id) => {
          setMemberId(id);
          setEdited(false);
          sub.clear('memberId');
          if (id) setDone(null);
        }}
        error={sub.errors.memberId}
      />
      {loading && (
        <p class="muted" role="status">
          {t('form.loading')}
        </p>
      )}
      {info && <MemberPanel info={info} />}
      <Field id="kind" label={t('form.kind')} error={sub.errors.kind}>
        <select
          id="kind"
          value={kind}
          onChange={(e) => {
            setKind((e.currentTarget as HTMLSelectElement).value as DepositKind);
            setEdited(false);
          }}
          aria-invalid={sub.errors.kind ? 'true' : undefined}
          aria-describedby={describedBy('kind', sub.errors.kind)}
        >
          {KINDS.map((k) => (
            <option value={k} key={k}>
              {kindName(k)}
            </option>
          ))}
        </select>
      </Field>
      <AmountInput
        value={amount}
        check={amountCheck}
        sub={sub}
        onType={typed(setAmount)}
        hint={info ? t('form.amountHint') : undefined}
      />
      {kind === 'annual_fee' && (
        <TextInput
          id="yearCovered"
          label={t('form.yearCovered')}
          value={year}
          inputMode="numeric"
          required
          onInput={typed(setYear)}
          error={sub.err('yearCovered', yearCheck.error)}
          warnings={yearCheck.warnings.map(say)}
        />
      )}
      <DateInput id="date" label={t('form.paidOn')} field={date} required sub={sub} />
      <TextInput
        id="recordedBy"
        label={t('form.recordedBy')}
        value={recordedBy}
        onInput={sub.bind('recordedBy', setRecordedBy)}
        error={sub.err('recordedBy', checkText(recordedBy, false, 200).error)}
      />
      <TextArea
        id="note"
        label={t('form.note')}
        value={note}
        onInput={sub.bind('note', setNote)}
        error={sub.err('note')}
      />
      <div class="actions">
        <SaveButton busy={sub.busy} label={t('form.saveDeposit')} />
      </div>
    </form>
  );
}

renderFormPage('menu.depositForm', DepositForm);
