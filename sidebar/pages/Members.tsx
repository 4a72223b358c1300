/** Members: register a new member, edit a member's contact details, record a resignation or a death. */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { suggestNextMemberId } from '../../src/core/parse';
import { checkMemberId, checkName, checkNationalId, checkPhone } from '../../src/core/forms/validate';
import { CONTACT_FIELDS } from '../../src/core/forms/types';
import type { ContactValues, EndStatus } from '../../src/core/forms/types';
import type { FormsContext } from '../../src/addon/forms/context';
import { call } from '../lib/rpc';
import { say, t } from '../lib/i18n';
import {
  ConfirmActions,
  DateInput,
  Loading,
  todayOf,
  Notice,
  SaveButton,
  TextArea,
  TextInput,
  dateBE,
  isFailure,
  useDateField,
  useFormsContext,
  useSubmission,
} from '../forms/common';
import { MemberPicker } from '../forms/MemberPicker';
import { useMemberInfo } from '../forms/MemberPanel';

type Tab = 'new' | 'contact' | 'status';

function NewMember({ ctx, onSaved }: { ctx: FormsContext; onSaved: (id: string, name: string) => void }) {
  const sub = useSubmission();
  const [memberId, setMemberId] = useState(ctx.suggestedMemberId);
  const [name, setName] = useState('');
  const [nid, setNid] = useState('');
  const [nidServer, setNidServer] = useState<{ nid: string; error: string; warnings: string[] } | null>(null);
  const birth = useDateField('', todayOf(ctx), false);
  const join = useDateField(ctx.todayBE, todayOf(ctx), true);
  const [village, setVillage] = useState('');
  const [address, setAddress] = useState('');
  const [phone, setPhone] = useState('');
  const [beneficiary, setBeneficiary] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const [idServer, setIdServer] = useState<{ id: string; taken: boolean } | null>(null);
  const idTimer = useRef<number | undefined>(undefined);

  const idCheck = checkMemberId(memberId);
  const idTaken =
    idCheck.value !== '' &&
    (ctx.roster.some((m) => m.id === idCheck.value) || (idServer?.id === idCheck.value && idServer.taken));

  // Past ROSTER_LIMIT members the roster is not sent: whether a typed id is taken is asked of the server.
  useEffect(() => {
    window.clearTimeout(idTimer.current);
    const value = idCheck.value;
    if (ctx.roster.length > 0 || ctx.memberCount === 0 || idCheck.error || value === '') return setIdServer(null);
    if (value === ctx.suggestedMemberId) return setIdServer({ id: value, taken: false });
    idTimer.current = window.setTimeout(() => {
      call('findMembers', value)
        .then((found) => setIdServer(isFailure(found) ? null : { id: value, taken: found.some((m) => m.id === value) }))
        .catch(() => setIdServer(null));
    }, 350);
  }, [memberId]);
  const nameCheck = checkName(name);
  const nidCheck = checkNationalId(nid);
  const phoneCheck = checkPhone(phone);

  // The duplicate check needs the whole roll (national ids stay on the server): after typing pauses.
  useEffect(() => {
    window.clearTimeout(timer.current);
    if (nidCheck.error || nidCheck.value === '') return setNidServer(null);
    const value = nidCheck.value;
    timer.current = window.setTimeout(() => {
      call('checkMemberNationalId', value, '')
        .then((r) => setNidServer({ nid: value, error: r.error, warnings: r.warnings }))
        .catch(() => setNidServer(null));
    }, 350);
  }, [nid]);

  const nidError = nidCheck.error
    ? say(nidCheck.error)
    : nidServer && nidServer.nid === nidCheck.value && nidServer.error
      ? nidServer.error
      : undefined;

  async function submit(e: Event) {
    sub.begin(e);
    setDone(null);
    const res = await sub.run((key) =>
      call('saveNewMember', {
        key,
        memberId,
        name,
        nationalId: nid,
        birthDate: birth.iso,
        village,
        address,
        phone,
        joinDate: join.iso,
        beneficiary,
        note,
      }),
    );
    sub.settle(res, (written) => {
      const saved = written.numbers[0];
      setDone(t('form.memberSaved', { id: saved, name: name.trim(), row: written.rows[0], sheet: written.sheet }));
      onSaved(saved, name.trim());
      setMemberId(suggestNextMemberId([...ctx.roster.map((m) => m.id), saved]));
      setName('');
      setNid('');
      birth.setText('');
      join.setText(ctx.todayBE);
      setVillage('');
      setAddress('');
      setPhone('');
      setBeneficiary('');
      setNote('');
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="tab-new">
      {done && <Notice kind="ok">{done}</Notice>}
      {sub.errors.form && <Notice kind="error">{sub.errors.form}</Notice>}
      <TextInput
        id="memberId"
        label={t('form.memberId')}
        value={memberId}
        onInput={sub.bind('memberId', setMemberId)}
        required
        hint={t('form.memberIdHint', { id: ctx.suggestedMemberId })}
        error={
          sub.errors.memberId ??
          (idTaken ? t('form.memberIdTakenShort') : idCheck.error && sub.tried ? say(idCheck.error) : undefined)
        }
      />
      <TextInput
        id="name"
        label={t('form.name')}
        value={name}
        onInput={sub.bind('name', setName)}
        required
        error={sub.err('name', nameCheck.error)}
        autoComplete="off"
      />
      <TextInput
        id="nationalId"
        label={t('form.nationalId')}
        value={nid}
        onInput={sub.bind('nationalId', setNid)}
        inputMode="numeric"
        error={sub.errors.nationalId ?? (nid.replace(/\D/g, '').length >= 13 || sub.tried ? nidError : undefined)}
        warnings={[
          ...nidCheck.warnings.map(say),
          ...(nidServer && nidServer.nid === nidCheck.value ? nidServer.warnings : []),
        ]}
        hint={nidCheck.value !== '' && !nidError ? t('form.nidOk') : t('form.nidHint')}
      />
      <DateInput id="birthDate" label={t('form.birthDate')} field={birth} sub={sub} />
      <DateInput id="joinDate" label={t('form.joinDate')} field={join} required sub={sub} />
      <TextInput
        id="village"
        label={t('form.village')}
        value={village}
        onInput={sub.bind('village', setVillage)}
        list="villages"
        error={sub.err('village')}
      />
      <datalist id="villages">
        {ctx.villages.map((v) => (
          <option value={v} key={v} />
        ))}
      </datalist>
      <TextArea
        id="address"
        label={t('form.address')}
        value={address}
        onInput={sub.bind('address', setAddress)}
        error={sub.err('address')}
      />
      <TextInput
        id="phone"
        label={t('form.phone')}
        value={phone}
        onInput={sub.bind('phone', setPhone)}
        type="tel"
        inputMode="tel"
        error={sub.err('phone', phoneCheck.error)}
        warnings={phoneCheck.warnings.map(say)}
      />
      <TextInput
        id="beneficiary"
        label={t('form.beneficiary')}
        value={beneficiary}
        onInput={sub.bind('beneficiary', setBeneficiary)}
        error={sub.err('beneficiary')}
      />
      <TextArea
        id="note"
        label={t('form.note')}
        value={note}
        onInput={sub.bind('note', setNote)}
        error={sub.err('note')}
      />
      <div class="actions">
        <SaveButton busy={sub.busy} label={t('form.saveMember')} />
      </div>
    </form>
  );
}

const FIELD_LABEL: Record<
  (typeof CONTACT_FIELDS)[number],
  'form.village' | 'form.address' | 'form.phone' | 'form.beneficiary' | 'form.note'
> = {
  village: 'form.village',
  address: 'form.address',
  phone: 'form.phone',
  beneficiary: 'form.beneficiary',
  note: 'form.note',
};

function EditContact({ ctx }: { ctx: FormsContext }) {
  const sub = useSubmission();
  const [memberId, setMemberId] = useState('');
  const [version, setVersion] = useState(0);
  const { info, error: infoError } = useMemberInfo(memberId, version);
  const [after, setAfter] = useState<ContactValues | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    setAfter(info ? { ...info.contact } : null);
    setConfirming(false);
  }, [info]);

  const changed = info && after ? CONTACT_FIELDS.filter((f) => after[f].trim() !== info.contact[f]) : [];
  const phoneCheck = checkPhone(after ? after.phone : '');

  async function save(e: Event) {
    e.preventDefault();
    if (!info || !after) return;
    if (!confirming) {
      sub.setErrors(changed.length === 0 ? { form: t('form.nothingChangedShort') } : {});
      if (changed.length > 0 && !phoneCheck.error) setConfirming(true);
      return;
    }
    const res = await sub.run((key) =>
      call('saveMemberContact', { key, memberId: info.memberId, before: info.contact, after }),
    );
    if (res) setConfirming(false);
    sub.settle(res, (written) => {
      setDone(t('form.contactSaved', { id: info.memberId, row: written.rows[0] }));
      setVersion(version + 1);
    });
  }

  return (
    <form onSubmit={save} noValidate aria-labelledby="tab-contact">
      {done && <Notice kind="ok">{done}</Notice>}
      {(sub.errors.form || infoError) && <Notice kind="error">{sub.errors.form ?? infoError}</Notice>}
      <MemberPicker
        id="contact-member"
        label={t('form.member')}
        roster={ctx.roster}
        value={memberId}
        onChange={(id) => {
          setMemberId(id);
          setDone(null);
          sub.setErrors({});
        }}
        error={sub.errors.memberId}
      />
      {info && after && (
        <div>
          {CONTACT_FIELDS.map((f) =>
            f === 'address' || f === 'note' ? (
              <TextArea
                key={f}
                id={`c-${f}`}
                label={t(FIELD_LABEL[f])}
                value={after[f]}
                onInput={(v) => setAfter({ ...after, [f]: v })}
                error={sub.errors[f]}
              />
            ) : (
              <TextInput
                key={f}
                id={`c-${f}`}
                label={t(FIELD_LABEL[f])}
                value={after[f]}
                onInput={(v) => setAfter({ ...after, [f]: v })}
                error={sub.errors[f] ?? (f === 'phone' && phoneCheck.error ? say(phoneCheck.error) : undefined)}
                warnings={f === 'phone' ? phoneCheck.warnings.map(say) : undefined}
                list={f === 'village' ? 'villages-edit' : undefined}
              />
            ),
          )}
          <datalist id="villages-edit">
            {ctx.villages.map((v) => (
              <option value={v} key={v} />
            ))}
          </datalist>
          {confirming && (
            <div class="notice warn confirm" role="alertdialog" aria-labelledby="confirm-title">
              <p id="confirm-title">
                <strong>{t('form.confirmEdit', { id: info.memberId, name: info.name })}</strong>
              </p>
              <ul>
                {changed.map((f) => (
                  <li key={f}>
                    {t(FIELD_LABEL[f])}: “{info.contact[f] || '-'}” → “{after[f].trim() || '-'}”
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ConfirmActions
            busy={sub.busy}
            confirming={confirming}
            label={t('form.saveChanges')}
            onCancel={() => setConfirming(false)}
          />
        </div>
      )}
    </form>
  );
}

function EndMembership({ ctx }: { ctx: FormsContext }) {
  const sub = useSubmission();
  const [memberId, setMemberId] = useState('');
  const [version, setVersion] = useState(0);
  const { info, error: infoError } = useMemberInfo(memberId, version);
  const [status, setStatus] = useState<EndStatus | ''>('');
  const date = useDateField(ctx.todayBE, todayOf(ctx), true);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function save(e: Event) {
    e.preventDefault();
    if (!info) return;
    if (!status) return sub.setErrors({ status: t('form.required') });
    if (date.check.error) return;
    if (!confirming) return setConfirming(true);
    const res = await sub.run((key) =>
      call('saveMemberStatus', { key, memberId: info.memberId, status, date: date.iso }),
    );
    if (res) setConfirming(false);
    sub.settle(res, (written) => {
      setDone(
        t('form.statusSaved', {
          id: info.memberId,
          status: t(`status.${status}`),
          date: dateBE(date.iso),
          row: written.rows[0],
        }),
      );
      setVersion(version + 1);
    });
  }

  const ended = info && (info.recordedStatus === 'resigned' || info.recordedStatus === 'deceased');
  return (
    <form onSubmit={save} noValidate aria-labelledby="tab-status">
      {done && <Notice kind="ok">{done}</Notice>}
      {(sub.errors.form || infoError) && <Notice kind="error">{sub.errors.form ?? infoError}</Notice>}
      <MemberPicker
        id="status-member"
        label={t('form.member')}
        roster={ctx.roster}
        value={memberId}
        onChange={(id) => {
          setMemberId(id);
          setDone(null);
          setConfirming(false);
          sub.setErrors({});
        }}
        error={sub.errors.memberId}
      />
      {info && ended && (
        <Notice kind="warn">
          {t('form.alreadyEndedShort', {
            status: t(`status.${info.recordedStatus as EndStatus}`),
            date: dateBE(info.statusISO),
          })}
        </Notice>
      )}
      {info && !ended && (
        <div>
          <fieldset>
            <legend>{t('form.endStatus')} *</legend>
            {(['resigned', 'deceased'] as EndStatus[]).map((s) => (
              <label class="choice" key={s}>
                <input
                  type="radio"
                  name="status"
                  value={s}
                  checked={status === s}
                  onChange={() => {
                    setStatus(s);
                    setConfirming(false);
                  }}
                />
                {t(`status.${s}`)}
              </label>
            ))}
            {sub.errors.status && (
              <div class="field-error" role="alert">
                {sub.errors.status}
              </div>
            )}
          </fieldset>
          <DateInput id="status-date" label={t('form.statusDate')} field={date} required error={sub.errors.date} />
          <p class="muted">{t('form.nothingDeleted')}</p>
          {confirming && status && (
            <div class="notice warn confirm" role="alertdialog" aria-labelledby="confirm-status">
              <p id="confirm-status">
                <strong>
                  {t('form.confirmStatus', {
                    id: info.memberId,
                    name: info.name,
                    status: t(`status.${status}`),
                    date: dateBE(date.iso),
                  })}
                </strong>
              </p>
            </div>
          )}
          <ConfirmActions
            busy={sub.busy}
            confirming={confirming}
            label={t('form.saveStatus')}
            onCancel={() => setConfirming(false)}
          />
        </div>
      )}
    </form>
  );
}

function Members() {
  const { ctx, error } = useFormsContext();
  const [tab, setTab] = useState<Tab>('new');
  const [roster, setRoster] = useState<FormsContext['roster'] | null>(null);
  if (!ctx) return <Loading error={error} />;
  const c: FormsContext = roster ? { ...ctx, roster } : ctx;
  const tabs: [Tab, string][] = [
    ['new', t('form.tabNew')],
    ['contact', t('form.tabContact')],
    ['status', t('form.tabStatus')],
  ];
  return (
    <div>
      <h1>{t('menu.memberForm')}</h1>
      <div role="tablist" aria-label={t('menu.memberForm')} class="tabs">
        {tabs.map(([k, label]) => (
          <button
            type="button"
            role="tab"
            id={`tab-${k}`}
            key={k}
            aria-selected={tab === k ? 'true' : 'false'}
            aria-controls={`panel-${k}`}
            class={tab === k ? 'tab active' : 'tab'}
            onClick={() => setTab(k)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'new' && (
          <NewMember
            ctx={c}
            onSaved={(id, name) => setRoster([...c.roster, { id, name, village: '', status: 'active' }])}
          />
        )}
        {tab === 'contact' && <EditContact ctx={c} />}
        {tab === 'status' && <EndMembership ctx={c} />}
      </div>
    </div>
  );
}

render(<Members />, document.getElementById('app') as HTMLElement);
