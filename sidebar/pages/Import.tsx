/**
 * The import dialog (a modal dialog, wider than the sidebar): pick the group's tabs, check how
 * each was read (kind, column → field, preview of values as read), change any of it, dry run,
 * import, undo. Nothing is written before "นำเข้า" is pressed after a dry run without refusals.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { callOk, failureText } from '../lib/rpc';
import { setLang, t } from '../lib/i18n';
import type { Lang } from '../../src/core/i18n';
import { FIELD_LABELS, IMPORT_KINDS, bahtText, columnLetter } from '../../src/core/import/client';
import type { ImportKind, ImportMapping, PreviewColumn, TabMapping, ValueMaps } from '../../src/core/import/client';
import type { DetectedTab, DryRunView, ImportContext, ImportRunView } from '../../src/addon/import/api';
import type { UndoResult } from '../../src/addon/import/run';

let lang: Lang = 'th';
const say = (x: { th: string; en: string }) => x[lang];
const fieldLabel = (f: string) => (FIELD_LABELS[f] ? FIELD_LABELS[f][lang] : f);
const CENTURIES = [
  ['', 'import.ui.centuryNone'],
  ['be25', 'import.ui.centuryBe25'],
  ['be24', 'import.ui.centuryBe24'],
  ['ce20', 'import.ui.centuryCe20'],
] as const;
const DATE_FIELDS = new Set(['date', 'joinDate', 'birthDate', 'statusDate']);

function TabCard(props: {
  ctx: ImportContext;
  d: DetectedTab;
  mapping: TabMapping;
  preview: PreviewColumn[];
  onChange: (m: TabMapping) => void;
  onKind: (k: ImportKind) => void;
}) {
  const { mapping, preview } = props;
  const fields = props.ctx.kindFields[mapping.kind];
  const setField = (column: number, field: string) =>
    props.onChange({
      ...mapping,
      columns: mapping.columns.map((c) =>
        c.column === column ? { ...c, field: field || null, confidence: field ? 1 : 0 } : c,
      ),
    });
  const setCentury = (column: number, century: string) =>
    props.onChange({
      ...mapping,
      columns: mapping.columns.map((c) =>
        c.column === column ? { ...c, century: (century || undefined) as TabMapping['columns'][0]['century'] } : c,
      ),
    });
  return (
    <section class="tabcard" aria-label={props.d.tab}>
      <h2>{props.d.tab}</h2>
      <div class="row">
        <label for={`kind-${props.d.tab}`}>{t('import.ui.kind')}</label>
        <select
          id={`kind-${props.d.tab}`}
          value={mapping.kind}
          onChange={(e) => props.onKind((e.target as HTMLSelectElement).value as ImportKind)}
        >
          {IMPORT_KINDS.map((k) => (
            <option value={k} key={k}>
              {t(`import.kind.${k}`)}
            </option>
          ))}
        </select>
        <span class="muted small">{t('import.ui.headerRow', { rows: mapping.headerRows.join('–') })}</span>
        {props.d.saved && <span class="muted small">{t('import.ui.savedMapping')}</span>}
      </div>
      {mapping.kind === 'savingsGrid' && (
        <div class="row">
          <label for={`year-${props.d.tab}`}>{t('import.ui.year')}</label>
          <input
            id={`year-${props.d.tab}`}
            class="short"
            inputMode="numeric"
            value={mapping.yearBE ?? ''}
            onChange={(e) =>
              props.onChange({ ...mapping, yearBE: Number((e.target as HTMLInputElement).value) || null })
            }
          />
        </div>
      )}
      <table class="mapping">
        <thead>
          <tr>
            <th>{t('import.ui.column')}</th>
            <th>{t('import.ui.header')}</th>
            <th>{t('import.ui.field')}</th>
            <th class="num">{t('import.ui.confidence')}</th>
            <th>{t('import.ui.preview')}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.columns.map((c) => {
            const p = preview.find((x) => x.column === c.column);
            const id = `field-${props.d.tab}-${c.column}`;
            return (
              <tr key={c.column}>
                <td>{columnLetter(c.column)}</td>
                <td>
                  <label for={id} class="plain">
                    {c.header || '—'}
                  </label>
                </td>
                <td>
                  <select
                    id={id}
                    value={c.field ?? ''}
                    onChange={(e) => setField(c.column, (e.target as HTMLSelectElement).value)}
                  >
                    <option value="">{t('import.ui.leaveOut')}</option>
                    {fields.map((f) => (
                      <option value={f} key={f}>
                        {fieldLabel(f)}
                      </option>
                    ))}
                  </select>
                  {c.field && DATE_FIELDS.has(c.field) && (
                    <select
                      aria-label={t('import.ui.century', { column: c.header })}
                      value={c.century ?? ''}
                      onChange={(e) => setCentury(c.column, (e.target as HTMLSelectElement).value)}
                    >
                      {CENTURIES.map(([v, k]) => (
                        <option value={v} key={v}>
                          {t(k)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td class="num">{c.field ? `${Math.round(c.confidence * 100)}%` : ''}</td>
                <td class="preview">
                  {p?.cells
                    .filter((x) => x.raw !== '')
                    .slice(0, 3)
                    .map((x) => (
                      <div key={x.row} class={x.ok ? '' : 'bad'}>
                        {x.raw} → {x.read}
                      </div>
                    ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function DryRunResult(props: {
  ctx: ImportContext;
  run: DryRunView;
  answers: ValueMaps;
  setAnswers: (v: ValueMaps) => void;
}) {
  const { run, answers } = props;
  const unknownBenefits = [...new Set(run.plans.flatMap((p) => p.unknownBenefits))];
  const unknownKinds = [...new Map(run.plans.flatMap((p) => p.unknownLedgerKinds).map((k) => [k.text, k])).values()];
  return (
    <section aria-label={t('import.ui.dryRunTitle')}>
      <h2>{t('import.ui.dryRunTitle')}</h2>
      {run.problems.map((p, i) => (
        <p class="notice error" role="alert" key={i}>
          {say(p)}
        </p>
      ))}
      <table>
        <thead>
          <tr>
            <th>{t('import.ui.tab')}</th>
            <th class="num">{t('import.ui.rowsRead')}</th>
            <th class="num">{t('import.ui.toImport')}</th>
            <th class="num">{t('import.ui.already')}</th>
            <th class="num">{t('import.ui.skipped')}</th>
            <th>{t('import.ui.money')}</th>
          </tr>
        </thead>
        <tbody>
          {run.plans.map((p) => (
            <tr key={p.tab}>
              <td>{p.tab}</td>
              <td class="num">{p.rowsRead}</td>
              <td class="num">{p.toImport}</td>
              <td class="num">{p.alreadyImported}</td>
              <td class="num">{p.skippedCount}</td>
              <td>
                {p.totals.map((k) => (
                  <div key={k.kind}>
                    {say(k.label)} {bahtText(k.satang)}
                    {k.skippedSatang ? ` (${t('import.ui.skipped')} ${bahtText(k.skippedSatang)})` : ''}
                  </div>
                ))}
                {p.reconciles.map((c, i) => (
                  <div key={i} class={c.ok ? 'ok small' : 'bad small'}>
                    {c.ok ? '✓' : '✗'} {say(c.where)} {bahtText(c.sourceSatang)}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('import.ui.memberCount', { count: run.memberCount })}</p>
      {unknownBenefits.length > 0 && (
        <fieldset>
          <legend>{t('import.ui.unknownBenefits')}</legend>
          {unknownBenefits.map((name) => (
            <div class="row" key={name}>
              <label for={`b-${name}`}>{name}</label>
              <select
                id={`b-${name}`}
                value={answers.benefits[name] ?? ''}
                onChange={(e) =>
                  props.setAnswers({
                    ...answers,
                    benefits: { ...answers.benefits, [name]: (e.target as HTMLSelectElement).value },
                  })
                }
              >
                <option value="">—</option>
                {props.ctx.benefits.map((b) => (
                  <option value={b.code} key={b.code}>
                    {b.name}
                  </option>
                ))}
                <option value="+">{t('import.ui.addBenefit')}</option>
              </select>
            </div>
          ))}
        </fieldset>
      )}
      {unknownKinds.length > 0 && (
        <fieldset>
          <legend>{t('import.ui.unknownKinds')}</legend>
          {unknownKinds.map((k) => (
            <div class="row" key={k.text}>
              <label for={`k-${k.text}`}>{k.text}</label>
              <select
                id={`k-${k.text}`}
                value={answers.ledgerKinds[k.text] ?? ''}
                onChange={(e) =>
                  props.setAnswers({
                    ...answers,
                    ledgerKinds: { ...answers.ledgerKinds, [k.text]: (e.target as HTMLSelectElement).value },
                  })
                }
              >
                <option value="">—</option>
                {props.ctx.ledgerKinds.map((c) => (
                  <option value={c.code} key={c.code}>
                    {c[lang]}
                  </option>
                ))}
                <option value="skip">{t('import.ui.otherRegister')}</option>
              </select>
            </div>
          ))}
        </fieldset>
      )}
      {run.plans.some((p) => p.skipped.length > 0) && (
        <details open>
          <summary>{t('import.ui.skippedRows')}</summary>
          <ul class="skipped">
            {run.plans.flatMap((p) =>
              p.skipped.slice(0, 100).map((s, i) => (
                <li key={`${p.tab}-${i}`}>
                  {s.cell
                    ? t('import.ui.skippedCell', { tab: p.tab, row: s.row, cell: s.cell })
                    : t('import.ui.skippedRow', { tab: p.tab, row: s.row })}{' '}
                  {say(s.reason)}
                </li>
              )),
            )}
          </ul>
        </details>
      )}
    </section>
  );
}

function Import() {
  const [ctx, setCtx] = useState<ImportContext | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [detected, setDetected] = useState<DetectedTab[]>([]);
  const [mappings, setMappings] = useState<Record<string, TabMapping>>({});
  const [previews, setPreviews] = useState<Record<string, PreviewColumn[]>>({});
  const [answers, setAnswers] = useState<ValueMaps>({ benefits: {}, ledgerKinds: {} });
  const [run, setRun] = useState<DryRunView | null>(null);
  const [done, setDone] = useState<ImportRunView | null>(null);
  const [undone, setUndone] = useState<UndoResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = () => callOk('getImportContext').then(setCtx);
  useEffect(() => {
    callOk('getClientContext')
      .then((c) => {
        lang = c.lang;
        setLang(c.lang);
        return refresh();
      })
      .catch((e: unknown) => setError(failureText(e)));
  }, []);

  const busyDo = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      // What the user picked, mapped and answered stays as it was: only the message is new.
      setError(failureText(e));
    } finally {
      setBusy(false);
    }
  };

  const preview = async (m: TabMapping) => {
    const p = await callOk('previewImportTab', m);
    setPreviews((x) => ({ ...x, [m.tab]: p }));
  };
  const changeMapping = (m: TabMapping) => {
    setMappings((x) => ({ ...x, [m.tab]: m }));
    setRun(null);
    void busyDo(() => preview(m));
  };

  const detect = () =>
    busyDo(async () => {
      const d = await callOk('detectImportTabs', picked);
      setDetected(d);
      const ms: Record<string, TabMapping> = {};
      for (const x of d) if (x.mapping) ms[x.tab] = x.mapping;
      setMappings(ms);
      setRun(null);
      setDone(null);
      for (const m of Object.values(ms)) await preview(m);
    });

  const mapping = (): ImportMapping => ({
    format: 'welfare-fund-import',
    version: 1,
    tabs: detected.filter((d) => mappings[d.tab] && !d.problem).map((d) => mappings[d.tab]),
    values: answers,
  });

  const dryRun = () =>
    busyDo(async () => {
      const r = await callOk('dryRunImport', mapping());
      // Pre-select the suggestions the user has not answered yet; they see each one.
      const merged = {
        benefits: { ...r.suggested.benefits, ...answers.benefits },
        ledgerKinds: { ...r.suggested.ledgerKinds, ...answers.ledgerKinds },
      };
      setAnswers(merged);
      setRun(r);
    });

  const doImport = () =>
    busyDo(async () => {
      const r = await callOk('runImport', mapping());
      setDone(r);
      setRun(r);
      setUndone(null);
      await refresh();
    });

  const undo = () =>
    busyDo(async () => {
      setUndone(await callOk('undoImport'));
      setDone(null);
      setRun(null);
      await refresh();
    });

  const exportMapping = () =>
    busyDo(async () => {
      const json = await callOk('exportImportMapping');
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      a.download = 'import-mapping.json';
      a.click();
    });

  const loadMapping = (file: File) =>
    busyDo(async () => {
      const m = await callOk('loadImportMapping', await file.text());
      const ms: Record<string, TabMapping> = {};
      for (const x of m.tabs) ms[x.tab] = x;
      setPicked(m.tabs.map((x) => x.tab));
      setDetected(m.tabs.map((x) => ({ tab: x.tab, mapping: x, kinds: [x.kind], problem: null, saved: false })));
      setMappings(ms);
      setAnswers(m.values);
      for (const x of m.tabs) await preview(x);
    });

  if (!ctx)
    return error ? (
      <p class="notice error" role="alert">
        {error}
      </p>
    ) : (
      <p class="muted">…</p>
    );
  const canImport = run !== null && run.problems.length === 0 && !done && run.plans.some((p) => p.toImport > 0);
  return (
    <div class="import">
      <h1>{t('import.title')}</h1>
      <p class="muted">{t('import.ui.intro')}</p>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      <fieldset>
        <legend>{t('import.ui.pickTabs')}</legend>
        <div class="tablist">
          {ctx.tabs.map((tab) => (
            <label class="choice" key={tab.name} title={tab.refusal ? say(tab.refusal) : ''}>
              <input
                type="checkbox"
                disabled={tab.refusal !== null}
                checked={picked.includes(tab.name)}
                onChange={(e) =>
                  setPicked((p) =>
                    (e.target as HTMLInputElement).checked ? [...p, tab.name] : p.filter((x) => x !== tab.name),
                  )
                }
              />
              {tab.name}{' '}
              <span class="muted small">
                {tab.refusal ? t('import.ui.ownSheet') : t('import.ui.rows', { rows: tab.rows })}
              </span>
            </label>
          ))}
        </div>
        <div class="actions row">
          <button disabled={busy || picked.length === 0} onClick={detect}>
            {t('import.ui.detect')}
          </button>
          <button class="secondary" disabled={busy} onClick={exportMapping}>
            {t('import.ui.export')}
          </button>
          <label class="secondary filebtn">
            {t('import.ui.load')}
            <input
              type="file"
              accept=".json,application/json"
              class="sr-only"
              onChange={(e) => {
                const f = (e.target as HTMLInputElement).files?.[0];
                if (f) void loadMapping(f);
              }}
            />
          </label>
        </div>
      </fieldset>
      {detected.map((d) =>
        d.problem || !mappings[d.tab] ? (
          <p class="notice error" key={d.tab}>
            {d.problem ? say(d.problem) : d.tab}
          </p>
        ) : (
          <TabCard
            key={d.tab}
            ctx={ctx}
            d={d}
            mapping={mappings[d.tab]}
            preview={previews[d.tab] ?? []}
            onChange={changeMapping}
            onKind={(k) => void busyDo(async () => changeMapping(await callOk('remapImportTab', d.tab, k)))}
          />
        ),
      )}
      {detected.some((d) => mappings[d.tab] && !d.problem) && (
        <div class="actions row">
          <button disabled={busy} onClick={dryRun}>
            {t('import.ui.dryRun')}
          </button>
          <button disabled={busy || !canImport} onClick={doImport}>
            {t('import.ui.import')}
          </button>
        </div>
      )}
      {run && (
        <DryRunResult ctx={ctx} run={run} answers={answers} setAnswers={(v) => (setAnswers(v), setRun({ ...run }))} />
      )}
      {done && done.batch !== null && (
        <p class="notice ok" role="status">
          {t('import.ui.done', { batch: done.batch, sheet: done.reportSheet ?? '' })}
        </p>
      )}
      {done && done.batch === null && done.problems.length === 0 && <p class="notice">{t('import.ui.nothingNew')}</p>}
      {ctx.lastBatch && (
        <div class="actions row">
          <button class="secondary" disabled={busy} onClick={undo}>
            {t('import.ui.undo', { batch: ctx.lastBatch.id })}
          </button>
        </div>
      )}
      {undone && (
        <div class="notice ok" role="status">
          {t('import.ui.undone', {
            batch: undone.batch,
            rows: Object.values(undone.removed).reduce((a, b) => a + (b ?? 0), 0),
          })}
          {undone.kept.length > 0 && (
            <ul>
              {undone.kept.map((k) => (
                <li key={`${k.sheet}-${k.row}`}>{t('import.ui.kept', { sheet: k.sheet, row: k.row })}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

render(<Import />, document.getElementById('app') as HTMLElement);
