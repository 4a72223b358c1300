/**
 * Collection day: pick a village (or all), see who owes what, tick or edit, watch the total,
 * save everything in ONE call, then print the list of what was collected with its receipt numbers.
 */
import { useState } from 'preact/hooks';
import { splitAnnual } from '../../src/core/forms/owed';
import { checkAmount } from '../../src/core/forms/validate';
import type { CollectionItem } from '../../src/core/forms/types';
import type { CollectionLine, CollectionList } from '../../src/addon/forms/deposits';
import type { FormsContext } from '../../src/addon/forms/context';
import { call } from '../lib/rpc';
import { t } from '../lib/i18n';
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
  say,
  TextInput,
  todayOf,
  useDateField,
  useSubmission,
} from '../forms/common';

interface RowState {
  ticked: boolean;
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

function initialRows(list: CollectionList): Record<string, RowState> {
  const out: Record<string, RowState> = {};
  for (const l of list.lines) {
    const annual = owedAnnual(l);
    out[l.id] = {
      ticked: l.owed.savings + annual > 0,
      savings: l.owed.savings > 0 ? baht(l.owed.savings) : '',
      annual: annual > 0 ? baht(annual) : '',
    };
  }
  return out;
}

/** A blank amount is nothing to collect; anything else must read as baht above zero. */
function amountOf(s: string): { value: number; error?: string } {
  if (s.trim() === '') return { value: 0 };
  const c = checkAmount(s);
  return c.error ? { value: 0, error: say(c.error) } : { value: c.value };
}

function Collection({ ctx }: { ctx: FormsContext }) {
  const today = todayOf(ctx);
  const sub = useSubmission();
  const [village, setVillage] = useState('');
  const [list, setList] = useState<CollectionList | null>(null);
  const [loading, setLoading] = useState(false);
  const [rows, setRows] = useState<Record<string, RowState>>({});
  const date = useDateField(ctx.todayBE, today, true);
  const [recordedBy, setRecordedBy] = useState(ctx.recordedBy);
  const [printed, setPrinted] = useState<Printed[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);

  function load() {
    setLoading(true);
    setListError(null);
    setPrinted(null);
    call('getCollectionList', village)
      .then((r) => {
        if (isFailure(r)) return setListError(r.errors.form ?? '');
        setList(r);
        setRows(initialRows(r));
      })
      .catch((e: Error) => setListError(t('error.generic', { detail: e.message })))
      .finally(() => setLoading(false));
  }

  function update(id: string, patch: Partial<RowState>) {
    setRows({ ...rows, [id]: { ...rows[id], ...patch } });
  }

  // What will be saved, line by line, in list order (receipts follow this order).
  const items: CollectionItem[] = [];
  const itemLine: CollectionLine[] = [];
  let total = 0;
  let people = 0;
  let invalid = false;
  for (const l of list ? list.lines : []) {
    const r = rows[l.id];
    if (!r || !r.ticked) continue;
    const s = amountOf(r.savings);
    const a = amountOf(r.annual);
    if (s.error || a.error) invalid = true;
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
    if (items.length === 0) return sub.setErrors({ form: t('form.noLinesShort') });
    const sent = items.slice();
    const lines = itemLine.slice();
    const res = await sub.run((key) => call('saveCollection', { key, date: date.iso, recordedBy, items: sent }));
    if (!res) return;
    if (!res.ok) return sub.setErrors(res.errors);
    sub.renew();
    setPrinted(
      sent.map((it, i) => ({
        receipt: res.written.numbers[i] ?? '',
        row: res.written.rows[i],
        id: it.memberId,
        name: lines[i].name,
        kind: kindName(it.kind),
        year: it.yearCovered,
        amount: Number(it.amount),
      })),
    );
  }

  if (printed) {
    const sum = printed.reduce((s, p) => s + p.amount, 0);
    return (
      <section aria-labelledby="printed-title" class="printable">
        <h2 id="printed-title">
          {t('form.collectedTitle', { date: dateBE(date.iso), village: village || t('form.allVillages') })}
        </h2>
        <Notice kind="ok">
          {t('form.collectionSaved', {
            count: printed.length,
            people: new Set(printed.map((p) => p.id)).size,
            total: baht(sum),
          })}
        </Notice>
        <table class="print-table">
          <thead>
            <tr>
              <th scope="col">{t('form.receipt')}</th>
              <th scope="col">{t('form.member')}</th>
              <th scope="col">{t('form.kind')}</th>
              <th scope="col" class="num">
                {t('form.amountBaht')}
              </th>
            </tr>
          </thead>
          <tbody>
            {printed.map((p, i) => (
              <tr key={i}>
                <td>{p.receipt}</td>
                <td>
                  {p.id} {p.name}
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

  return (
    <form onSubmit={save} noValidate>
      <Field id="village" label={t('form.village')}>
        <div class="row">
          <select
            id="village"
            value={village}
            onChange={(e) => setVillage((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t('form.allVillages')}</option>
            {ctx.villages.map((v) => (
              <option value={v} key={v}>
                {v}
              </option>
            ))}
          </select>
          <button type="button" class="secondary" onClick={load} disabled={loading}>
            {t('form.showList')}
          </button>
        </div>
      </Field>
      {listError && <Notice kind="error">{listError}</Notice>}
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
            <table class="collect">
              <caption class="muted">{t('form.collectCaption', { count: list.lines.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('form.member')}</th>
                  <th scope="col" class="num">
                    {kindName('savings')}
                  </th>
                  <th scope="col" class="num">
                    {t('form.annualShort')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.lines.map((l) => {
                  const r = rows[l.id];
                  const s = amountOf(r.savings);
                  const a = amountOf(r.annual);
                  return (
                    <tr key={l.id} class={r.ticked ? 'ticked' : undefined}>
                      <td>
                        <label class="tick">
                          <input
                            type="checkbox"
                            checked={r.ticked}
                            onChange={(e) => update(l.id, { ticked: (e.currentTarget as HTMLInputElement).checked })}
                            aria-describedby={`owed-${l.id}`}
                          />
                          <span>{l.name}</span>
                        </label>
                        <div class="muted small" id={`owed-${l.id}`}>
                          {l.id} · {owedText(l)}
                        </div>
                      </td>
                      <td class="num">
                        <input
                          class="num amount"
                          inputMode="decimal"
                          value={r.savings}
                          aria-label={t('form.savingsOf', { name: l.name })}
                          aria-invalid={s.error ? 'true' : undefined}
                          title={s.error}
                          onInput={(e) =>
                            update(l.id, { savings: (e.currentTarget as HTMLInputElement).value, ticked: true })
                          }
                        />
                      </td>
                      <td class="num">
                        <input
                          class="num amount"
                          inputMode="decimal"
                          value={r.annual}
                          aria-label={t('form.annualOf', { name: l.name })}
                          aria-invalid={a.error ? 'true' : undefined}
                          title={a.error}
                          onInput={(e) =>
                            update(l.id, { annual: (e.currentTarget as HTMLInputElement).value, ticked: true })
                          }
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <div class="actions">
            <SaveButton
              busy={sub.busy}
              label={t('form.saveCollection', { lines: items.length, total: baht(total) })}
              disabled={items.length === 0}
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

renderFormPage('menu.collectionDay', Collection, 'no-print');
