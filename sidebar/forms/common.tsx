/**
 * Pieces every form page uses: loading the forms context (and the language), labelled fields
 * with their errors next to them, a Buddhist-Era date field, the save button, the idempotency key.
 */
import { render, type ComponentChildren, type JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { dayFromYMD, formatDateBE } from '../../src/core/dates';
import type { DayNumber } from '../../src/core/dates';
import { formatBaht } from '../../src/core/parse';
import { checkDateText, isoOf } from '../../src/core/forms/validate';
import type { Check } from '../../src/core/forms/validate';
import type { FieldErrors, SaveResult, Written } from '../../src/core/forms/types';
import type { ContextRequest, FormsContext } from '../../src/addon/forms/context';
import type { LabelKey, Text } from '../../src/core/i18n';
import { CHOICES } from '../../src/core/schema';
import { call, isFailure } from '../lib/rpc';
import { say, setLang, t } from '../lib/i18n';

/** A new idempotency key: one per form submission, kept across retries of that submission. */
export function newKey(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string; getRandomValues?: (a: Uint8Array) => Uint8Array } })
    .crypto;
  if (c && c.randomUUID) return c.randomUUID().replace(/[^A-Za-z0-9-]/g, '');
  const bytes = new Uint8Array(16);
  if (c && c.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export { isFailure };

/** Loads the forms context once; the page renders nothing but a status line until it has it. */
export function useFormsContext(req?: ContextRequest): {
  ctx: FormsContext | null;
  error: string | null;
  reload: () => void;
} {
  const [ctx, setCtx] = useState<FormsContext | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [n, setN] = useState(0);
  useEffect(() => {
    call('getFormsContext', req)
      .then((c) => {
        if (isFailure(c)) return setError(c.errors.form ?? t('error.generic', { detail: '' }));
        setLang(c.lang);
        setCtx(c);
      })
      .catch((e: Error) => setError(t('error.generic', { detail: e.message })));
  }, [n]);
  return { ctx, error, reload: () => setN(n + 1) };
}

/** Renders a form page: a status line until the forms context has loaded, then the title and the form. */
export function renderFormPage(
  title: LabelKey,
  Form: (props: { ctx: FormsContext }) => JSX.Element,
  titleClass?: string,
  req?: ContextRequest,
): void {
  function Page() {
    const { ctx, error } = useFormsContext(req);
    // The title at once, and no form until its data is here: nothing old or half-loaded to type into.
    if (!ctx)
      return (
        <div aria-busy={error ? undefined : 'true'}>
          <h1 class={titleClass}>{t(title)}</h1>
          <Loading error={error} />
        </div>
      );
    return (
      <div>
        <h1 class={titleClass}>{t(title)}</h1>
        <Form ctx={ctx} />
      </div>
    );
  }
  render(<Page />, document.getElementById('app') as HTMLElement);
}

export function Loading({ error }: { error: string | null }) {
  if (error)
    return (
      <p class="notice error" role="alert">
        {error}
      </p>
    );
  return (
    <p class="muted" role="status">
      {t('form.loading')}
    </p>
  );
}

export function baht(n: number): string {
  return formatBaht(n);
}

export function dayOfIso(iso: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dayFromYMD(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** 'YYYY-MM-DD' -> '15 ส.ค. 2568'; '' stays '-'. */
export function dateBE(iso: string): string {
  const d = dayOfIso(iso);
  return d === null ? '-' : formatDateBE(d, 'short');
}

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  warnings?: string[];
  hint?: string;
  children: ComponentChildren;
}

/** A label, the control, then its hint, warnings and error (the control points at them with aria-describedby). */
export function Field({ id, label, error, warnings, hint, children }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <div class="muted" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {(warnings ?? []).map((w, i) => (
        <div class="field-warning" key={i} id={`${id}-warn-${i}`}>
          {w}
        </div>
      ))}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A field's error, announced; its control points at it (aria-describedby `${id}-error`). */
export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <div class="field-error" id={`${id}-error`} role="alert">
      {error}
    </div>
  ) : null;
}

export function describedBy(id: string, error?: string, hint?: string, warnings?: string[]): string | undefined {
  const ids = [
    hint ? `${id}-hint` : '',
    ...(warnings ?? []).map((_, i) => `${id}-warn-${i}`),
    error ? `${id}-error` : '',
  ].filter((x) => x !== '');
  return ids.length ? ids.join(' ') : undefined;
}

interface InputProps {
  id: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
  error?: string;
  warnings?: string[];
  hint?: string;
  type?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'tel';
  money?: boolean;
  required?: boolean;
  list?: string;
  autoComplete?: string;
  onBlur?: () => void;
}

export function TextInput(p: InputProps) {
  return (
    <Field id={p.id} label={p.label + (p.required ? ' *' : '')} error={p.error} warnings={p.warnings} hint={p.hint}>
      <input
        id={p.id}
        name={p.id}
        type={p.type ?? 'text'}
        class={p.money ? 'num' : undefined}
        inputMode={p.inputMode}
        value={p.value}
        list={p.list}
        autoComplete={p.autoComplete ?? 'off'}
        aria-required={p.required ? 'true' : undefined}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p.id, p.error, p.hint, p.warnings)}
        onInput={(e) => p.onInput((e.currentTarget as HTMLInputElement).value)}
        onBlur={p.onBlur}
      />
    </Field>
  );
}

export function TextArea(p: InputProps) {
  return (
    <Field id={p.id} label={p.label} error={p.error} hint={p.hint}>
      <textarea
        id={p.id}
        name={p.id}
        rows={2}
        value={p.value}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p.id, p.error, p.hint)}
        onInput={(e) => p.onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
    </Field>
  );
}

/** The date as typed (พ.ศ. or ค.ศ., Thai digits), read by core's parseDate; shows the reading under the field. */
export function useDateField(
  initial: string,
  today: DayNumber,
  required: boolean,
): {
  text: string;
  setText: (s: string) => void;
  check: Check<DayNumber | null>;
  iso: string;
} {
  const [text, setText] = useState(initial);
  const check = checkDateText(text, required, today);
  return { text, setText, check, iso: isoOf(check.value) };
}

export function DateInput(p: {
  id: string;
  label: string;
  field: ReturnType<typeof useDateField>;
  error?: string;
  required?: boolean;
  /** The submission whose server error for this field (named by `id`) shows here and goes once the date is edited. */
  sub?: Submission;
}) {
  const { field, sub } = p;
  // The page's own reading first: "15/8/68" is a two-digit year, not "please fill in" (the server
  // only sees the empty date the page could not read).
  const error = (field.check.error ? say(field.check.error) : undefined) ?? (sub ? sub.errors[p.id] : p.error);
  const hint = field.check.value !== null ? `= ${formatDateBE(field.check.value, 'long')}` : t('form.dateHint');
  return (
    <TextInput
      id={p.id}
      label={p.label}
      value={field.text}
      onInput={(v) => {
        field.setText(v);
        if (sub) sub.clear(p.id);
      }}
      error={error}
      warnings={field.check.warnings.map(say)}
      hint={hint}
      required={p.required}
    />
  );
}

/**
 * A notice the screen reader announces (a save's outcome), scrolled into sight when it appears:
 * the secretary pressed save at the bottom of a long form.
 */
export function Notice({ kind, children }: { kind: 'ok' | 'error' | 'warn'; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current && ref.current.scrollIntoView) ref.current.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <div ref={ref} class={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/**
 * The state of one submission: the key (kept until it succeeds, so a double click or a retry is
 * one save on the server), whether a call is running, the errors by field.
 */
export function useSubmission() {
  const [key, setKey] = useState(newKey());
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tried, setTried] = useState(false);
  const running = useRef(false);
  function clear(field: string) {
    if (errors[field] === undefined) return;
    const next = { ...errors };
    delete next[field];
    setErrors(next);
  }
  return {
    key,
    busy,
    errors,
    setErrors,
    /** Save was pressed since the last save went through (the page's own checks show). */
    tried,
    /** Save was pressed: the page's own field checks show from now on, the server's last errors go. */
    begin(e: Event) {
      e.preventDefault();
      setTried(true);
      setErrors({});
    },
    /** A field's error: the server's, or the page's own check once save was pressed. */
    err(field: string, local?: Text): string | undefined {
      return errorOf(errors, field, local, tried);
    },
    /** Runs the save once at a time; a second click while it runs is ignored (the key covers the rest). */
    async run<T>(fn: (key: string) => Promise<T>): Promise<T | null> {
      if (running.current) return null;
      running.current = true;
      setBusy(true);
      try {
        return await fn(key);
      } catch (e) {
        setErrors({ form: t('error.generic', { detail: (e as Error).message }) });
        return null;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    /** The server's error on a field goes once the field is edited: it was about the old value. */
    clear,
    /** A setter that also clears the field's server error. */
    bind<T>(field: string, set: (v: T) => void): (v: T) => void {
      return (v: T) => {
        set(v);
        clear(field);
      };
    },
    /**
     * The server's answer to a save (null: the call did not happen or failed, already shown). Its
     * field errors go on the fields; when it went through, the next submission gets a new key,
     * `saved` hears what was written, and the form starts afresh.
     */
    settle(res: SaveResult | null, saved: (written: Written) => void) {
      if (!res) return;
      if (!res.ok) return setErrors(res.errors);
      setKey(newKey());
      saved(res.written);
      setTried(false);
    },
  };
}

type Submission = ReturnType<typeof useSubmission>;

/**
 * What ties a text field to the page's state and the submission: its id (the field's name on the
 * server), its value, a setter that also drops the server's error, and its error (sub.err).
 */
export function field(sub: Submission, id: string, value: string, set: (v: string) => void, local?: Text) {
  return { id, value, onInput: sub.bind(id, set), error: sub.err(id, local) };
}

/** The amount in baht: typing one drops the server's error for it; `onType` also tells the page it is no longer its proposal. */
export function AmountInput(p: {
  value: string;
  check: Check<number>;
  sub: Submission;
  onType: (v: string) => void;
  hint?: string;
}) {
  return (
    <TextInput
      id="amount"
      label={t('form.amountBaht')}
      value={p.value}
      money
      inputMode="decimal"
      required
      onInput={p.sub.bind('amount', p.onType)}
      error={p.sub.err('amount', p.check.error)}
      warnings={p.check.warnings.map(say)}
      hint={p.hint}
    />
  );
}

export function SaveButton({ busy, label, disabled }: { busy: boolean; label: string; disabled?: boolean }) {
  return (
    <button type="submit" disabled={busy || disabled} aria-busy={busy ? 'true' : undefined}>
      {busy ? t('form.saving') : label}
    </button>
  );
}

/**
 * The save row of an explicit, confirmed edit: the first press asks for confirmation, the second
 * saves; while confirming, a cancel button goes back to editing.
 */
export function ConfirmActions(props: { busy: boolean; confirming: boolean; label: string; onCancel: () => void }) {
  return (
    <div class="actions row">
      <SaveButton busy={props.busy} label={props.confirming ? t('form.confirmSave') : props.label} />
      {props.confirming && (
        <button type="button" class="secondary" onClick={props.onCancel}>
          {t('form.cancel')}
        </button>
      )}
    </div>
  );
}

/** A table's header row: the text columns, then the money columns (right-aligned). */
export function TableHead({ text, money }: { text: string[]; money: string[] }) {
  return (
    <thead>
      <tr>
        {text.map((h) => (
          <th scope="col" key={h}>
            {h}
          </th>
        ))}
        {money.map((h) => (
          <th scope="col" class="num" key={h}>
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Field error from the server or the page's own check, in that order. */
export function errorOf(errors: FieldErrors, field: string, local?: Text, show = true): string | undefined {
  return errors[field] ?? (show && local ? say(local) : undefined);
}

/** Today's day number from the server's context (the server's clock, Bangkok calendar). */
export function todayOf(ctx: FormsContext): DayNumber {
  return dayOfIso(ctx.todayISO) ?? 0;
}

/** A deposit kind's name in the page's language (from the schema's choice list). */
export function kindName(code: string): string {
  return say(CHOICES.depositKind.find((k) => k.code === code)) || code;
}

/** An ISO instant as '21 พ.ย. 2568 14:05' in Bangkok time. */
export function stampBE(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return '-';
  const local = new Date(ms + 7 * 3600e3);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${formatDateBE(Math.floor(local.getTime() / 86400e3), 'short')} ${hh}:${mm}`;
}
