/**
 * Collection day: pick a village (or all), see who owes what, tick or edit, watch the total,
 * save everything in ONE call, then print the list of what was collected with its receipt numbers.
 */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { splitAnnual } from '../../src/core/forms/owed';
import { checkAmount } from '../../src/core/forms/validate';
import type { CollectionItem } from '../../src/core/forms/types';
import { COLLECTION_ALL_LIMIT } from '../../src/core/forms/limits';
import type { CollectionLine, CollectionList } from '../../src/addon/forms/deposits';
import { statusLabel } from '../forms/MemberPicker';
import type { FormsContext } from '../../src/addon/forms/context';
import { call } from '../lib/rpc';
import { say, t } from '../lib/i18n';
import {
  baht,
  dateBE,
  DateInput,
  Field,
  isFailure,
  kindName,
  Notice,
  renderFormPage,
  SaveButton,
  TableHead,
  TextInput,
  todayOf,
  useDateField,
  useSubmission,
} from '../forms/common';

/** The select's value for every village (offered to small funds only). */
const ALL = '*';

interface RowState {
  ticked: boolean;
  /** Lapsed and suspended members: collected only once confirmed. */
  confirmed: boolean;
  savings: string;
  annual: string;
}

interface Printed {
  receipt: string;
  row: number;
  id: string;
  name: string;
  kind: string;
  year: string;
  amount: number;
}

function owedAnnual(l: CollectionLine): number {
  return l.owed.annual.reduce((s, y) => s + y.amount, 0);
}

/** Lapsed and suspended members are listed apart: collecting from them needs a confirmation. */
function isApart(l: CollectionLine): boolean {
  return l.status !== 'active';
}

/** Nobody is ticked at first; each member's proposal is this period's due, not all arrears. */
function initialRows(list: CollectionList): Record<string, RowState> {
  const out: Record<string, RowState> = {};
  for (const l of list.lines) {
    out[l.id] = {
      ticked: false,
      confirmed: false,
      savings: l.due.savings > 0 ? baht(l.due.savings) : '',
      annual: l.due.annual > 0 ? baht(l.due.annual) : '',
    };
  }
  return out;
}

/** A blank amount is nothing to collect; anything else must read as baht above zero, by the fund's rule. */
function amountOf(s: string, ceiling: number): { value: number; error?: string } {
  if (s.trim() === '') return { value: 0 };
  const c = checkAmount(s, ceiling);
  return c.error ? { value: 0, error: say(c.error) } : { value: c.value };
}

/** A Thai name that line-breaks only at its spaces (Chromium's dictionary splits names mid-word). */
export function Name({ text }: { text: string }) {
  const words = text.split(/\s+/).filter((w) => w !== '');
  return (
    <span class="name">
      {words.map((w, i) => (
        <Fragment key={i}>
          {i > 0 ? ' ' : ''}
          <span class="nobr">{w}</span>
        </Fragment>
      ))}
    </span>
  );
}

function Collection({ ctx }: { ctx: FormsContext }) {
  const today = todayOf(ctx);
  const sub = useSubmission();
  const [village, setVillage] = useState(ctx.villages.length === 0 ? ALL : '');
  const [list, setList] = useState<CollectionList | null>(null);
  const [loading, setLoading] = useState(false);
  const [rows, setRows] = useState<Record<string, RowState>>({});
  const date = useDateField(ctx.todayBE, today, true);
  const [recordedBy, setRecordedBy] = useState(ctx.recordedBy);
  const [printed, setPrinted] = useState<Printed[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);

  function load() {
    if (village === '') return setListError(t('form.chooseVillagePrompt'));
    setLoading(true);
    setListError(null);
    setPrinted(null);
    call('getCollectionList', village === ALL ? '' : village)
      .then((r) => {
        if (isFailure(r)) return setListError(r.errors.village ?? r.errors.form ?? '');
        setList(r);
        setRows(initialRows(r));
      })
      .catch((e: Error) => setListError(t('error.generic', { detail: e.message })))
      .finally(() => setLoading(false));
  }

  function update(id: string, patch: Partial<RowState>) {
    setRows({ ...rows, [id]: { ...rows[id], ...patch } });
    sub.clear('form');
  }

  /** "ทุกคน" ticks every active member; "ล้าง" unticks everyone (and drops confirmations). */
  function tickAll(on: boolean) {
    const next: Record<string, RowState> = {};
    for (const l of list ? list.lines : []) {
      const r = rows[l.id];
      next[l.id] = on ? { ...r, ticked: isApart(l) ? r.ticked : true } : { ...r, ticked: false, confirmed: false };
    }
    setRows(next);
    sub.clear('form');
  }

  const regular = list ? list.lines.filter((l) => !isApart(l)) : [];
  const apart = list ? list.lines.filter(isApart) : [];

  // What will be saved, line by line, in list order (receipts follow this order).
  const items: CollectionItem[] = [];
  const itemLine: CollectionLine[] = [];
  let total = 0;
  let people = 0;
  let invalid = false;
  let unconfirmed = false;
  for (const l of list ? list.lines : []) {
    const r = rows[l.id];
    if (!r || !r.ticked) continue;
    const s = amountOf(r.savings, ctx.amountCeiling);
    const a = amountOf(r.annual, ctx.amountCeiling);
    if (s.error || a.error) invalid = true;
    if (isApart(l) && !r.confirmed) {
      unconfirmed = true;
      continue;
    }
    if (s.value + a.value > 0) people += 1;
    if (s.value > 0) {
      items.push({ memberId: l.id, kind: 'savings', amount: String(s.value), yearCovered: '' });
      itemLine.push(l);
      total += s.value;
    }
    if (a.value > 0) {
      for (const y of splitAnnual(a.value, l.owed.annual, ctx.fees, today)) {
        items.push({ memberId: l.id, kind: 'annual_fee', amount: String(y.amount), yearCovered: String(y.year) });
        itemLine.push(l);
      }
      total += a.value;
    }
  }

  async function save(e: Event) {
    e.preventDefault();
    sub.setErrors({});
    if (invalid) return sub.setErrors({ form: t('form.fixAmounts') });
    if (unconfirmed) return sub.setErrors({ form: t('form.unconfirmed') });
    if (items.length === 0) return sub.setErrors({ form: t('form.noLinesShort') });
    const sent = items.slice();
    const lines = itemLine.slice();
    const res = await sub.run((key) => call('saveCollection', { key, date: date.iso, recordedBy, items: sent }));
    sub.settle(res, (written) =>
      setPrinted(
        sent.map((it, i) => ({
          receipt: written.numbers[i] ?? '',
          row: written.rows[i],
          id: it.memberId,
          name: lines[i].name,
          kind: kindName(it.kind),
          year: it.yearCovered,
          amount: Number(it.amount),
        })),
      ),
    );
  }

  const villageLabel = village === ALL || village === '' ? t('form.allVillages') : village;

  if (printed) {
    const sum = printed.reduce((s, p) => s + p.amount, 0);
    return (
      <section aria-labelledby="printed-title" class="printable">
        <h2 id="printed-title">{t('form.collectedTitle', { date: dateBE(date.iso), village: villageLabel })}</h2>
        <Notice kind="ok">
          {t('form.collectionSaved', {
            count: printed.length,
            people: new Set(printed.map((p) => p.id)).size,
            total: baht(sum),
          })}
        </Notice>
        <table class="print-table">
          <TableHead text={[t('form.receipt'), t('form.member'), t('form.kind')]} money={[t('form.amountBaht')]} />
          <tbody>
            {printed.map((p, i) => (
              <tr key={i}>
                <td>{p.receipt}</td>
                <td>
                  {p.id} <Name text={p.name} />
                </td>
                <td>
                  {p.kind}
                  {p.year ? ` ${p.year}` : ''}
                </td>
                <td class="num">{baht(p.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('form.total')}
              </th>
              <td class="num">
                <strong>{baht(sum)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
        <p class="muted">{t('form.recordedByLine', { name: recordedBy || '-' })}</p>
        <div class="actions row no-print">
          <button type="button" onClick={() => window.print()}>
            {t('form.print')}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setPrinted(null);
              load();
            }}
          >
            {t('form.nextRound')}
          </button>
        </div>
      </section>
    );
  }

  const lineRow = (l: CollectionLine) => {
    const r = rows[l.id];
    const s = amountOf(r.savings, ctx.amountCeiling);
    const a = amountOf(r.annual, ctx.amountCeiling);
    const needsConfirm = isApart(l) && r.ticked && !r.confirmed;
    const errors = [s.error, a.error].filter((x): x is string => x !== undefined);
    // Typing an amount ticks the member; its error is in the row below.
    const amountCell = (kind: 'savings' | 'annual', label: string, error: string | undefined) => (
      <td class="num">
        <input
          class="num amount"
          inputMode="decimal"
          value={r[kind]}
          aria-label={label}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `err-${l.id}` : undefined}
          onInput={(e) => {
            const patch: Partial<RowState> = { ticked: true };
            patch[kind] = (e.currentTarget as HTMLInputElement).value;
            update(l.id, patch);
          }}
        />
      </td>
    );
    return (
      <Fragment key={l.id}>
        <tr class={r.ticked ? 'ticked' : undefined}>
          <td>
            <label class="tick">
              <input
                type="checkbox"
                checked={r.ticked}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  update(l.id, on ? { ticked: true } : { ticked: false, confirmed: false });
                }}
                aria-describedby={`owed-${l.id}`}
              />
              <Name text={l.name} />
            </label>
            <div class="muted small" id={`owed-${l.id}`}>
              {l.id} · {t('form.arrearsBeside', { owed: owedText(l) })}
            </div>
          </td>
          {amountCell('savings', t('form.savingsOf', { name: l.name }), s.error)}
          {amountCell('annual', t('form.annualOf', { name: l.name }), a.error)}
        </tr>
        {errors.length > 0 && (
          <tr class="line-error">
            <td colSpan={3}>
              <div class="field-error" id={`err-${l.id}`} role="alert">
                {errors.join(' · ')}
              </div>
            </td>
          </tr>
        )}
        {needsConfirm && (
          <tr class="line-confirm">
            <td colSpan={3}>
              <div class="notice warn">
                {t('form.apartConfirm', { name: l.name, status: statusLabel(l.status), reason: l.statusText })}{' '}
                <button type="button" class="secondary" onClick={() => update(l.id, { confirmed: true })}>
                  {t('form.confirmCollect')}
                </button>
              </div>
            </td>
          </tr>
        )}
      </Fragment>
    );
  };

  const head = <TableHead text={[t('form.member')]} money={[kindName('savings'), t('form.annualShort')]} />;

  return (
    <form onSubmit={save} noValidate>
      <Field id="village" label={t('form.village')} error={listError ?? undefined}>
        <div class="row">
          <select
            id="village"
            value={village}
            onChange={(e) => setVillage((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="" disabled>
              {t('form.chooseVillagePrompt')}
            </option>
            {ctx.villages.map((v) => (
              <option value={v} key={v}>
                {v}
              </option>
            ))}
            {ctx.memberCount <= COLLECTION_ALL_LIMIT && <option value={ALL}>{t('form.allVillages')}</option>}
          </select>
          <button type="button" class="secondary" onClick={load} disabled={loading}>
            {t('form.showList')}
          </button>
        </div>
      </Field>
      {loading && (
        <p class="muted" role="status">
          {t('form.loading')}
        </p>
      )}
      {list && (
        <div>
          <DateInput id="date" label={t('form.paidOn')} field={date} required error={sub.errors.date} />
          <TextInput
            id="recordedBy"
            label={t('form.recordedBy')}
            value={recordedBy}
            onInput={setRecordedBy}
            error={sub.errors.recordedBy}
          />
          <p class="total" role="status" aria-live="polite" data-testid="running-total">
            {t('form.runningTotal', { people, lines: items.length, total: baht(total) })}
          </p>
          {sub.errors.form && <Notice kind="error">{sub.errors.form}</Notice>}
          <ServerLineErrors errors={sub.errors} lines={itemLine} />
          {list.lines.length === 0 ? (
            <p class="muted">{t('form.nobodyToCollect')}</p>
          ) : (
            <div>
              <div class="actions row">
                <button type="button" class="secondary" onClick={() => tickAll(true)} title={t('form.tickAllHint')}>
                  {t('form.tickAll')}
                </button>
                <button type="button" class="secondary" onClick={() => tickAll(false)} title={t('form.tickNoneHint')}>
                  {t('form.tickNone')}
                </button>
              </div>
              {regular.length > 0 && (
                <table class="collect" data-testid="regular">
                  <caption class="muted">{t('form.collectCaption', { count: regular.length })}</caption>
                  {head}
                  <tbody>{regular.map(lineRow)}</tbody>
                </table>
              )}
              {apart.length > 0 && (
                <table class="collect apart" data-testid="apart">
                  <caption>{t('form.apartTitle', { count: apart.length })}</caption>
                  {head}
                  <tbody>{apart.map(lineRow)}</tbody>
                </table>
              )}
            </div>
          )}
          <div class="actions">
            <SaveButton
              busy={sub.busy}
              label={t('form.saveCollection', { lines: items.length, total: baht(total) })}
              disabled={items.length === 0 && !invalid && !unconfirmed}
            />
          </div>
        </div>
      )}
    </form>
  );
}

function owedText(l: CollectionLine): string {
  const annual = owedAnnual(l);
  if (l.owed.savings + annual === 0) return t('form.owesNothing');
  const parts: string[] = [];
  if (l.owed.savings > 0) parts.push(t('form.owesSavings', { baht: baht(l.owed.savings) }));
  if (annual > 0)
    parts.push(t('form.owesAnnual', { baht: baht(annual), years: l.owed.annual.map((y) => y.year).join(', ') }));
  return parts.join(' · ');
}

/** Errors the server found on particular lines ('items.3.amount'), named by member. */
function ServerLineErrors({ errors, lines }: { errors: Record<string, string>; lines: CollectionLine[] }) {
  const found = Object.keys(errors)
    .map((k) => /^items\.(\d+)\./.exec(k))
    .filter((m): m is RegExpExecArray => m !== null);
  if (found.length === 0) return null;
  return (
    <div class="notice error" role="alert">
      <ul>
        {found.map((m) => {
          const line = lines[Number(m[1])];
          return (
            <li key={m.input}>
              {line ? `${line.id} ${line.name}: ` : ''}
              {errors[m.input]}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

renderFormPage('menu.collectionDay', Collection, 'no-print', { roster: false });
