/**
 * What the shared summary is computed from: the fund book read once per sheet (readBook), the
 * settings and the four record sheets parsed by core, and the as-of day and period the secretary
 * asked for. Bad input comes back as messages for the sidebar's fields, not as an exception.
 */
import { formatDateBE, parseDate, todayDay, type DayNumber } from '../../core/dates';
import { text, type Lang, type Text } from '../../core/i18n';
import type { Failure } from '../../core/result';
import { readSheet } from '../../core/records';
import type { Deposit, LedgerEntry, Member, WelfarePayment } from '../../core/records';
import { parseSettings, type FundSettings } from '../../core/settings';
import type { PeriodKind, SummaryInput } from '../../core/summaries';
import { readBook, UserError, userError } from '../book';
import { missingRecordSheets } from '../summaries/build';

/** The value, or the failure envelope (src/core/result.ts) with the words for its field. */
export type Checked<T> = { ok: true; value: T } | Failure<Text>;

/** The as-of day: empty means today (in Bangkok); a day after today is refused. */
export function checkAsOf(value: string | undefined, today: DayNumber = todayDay()): Checked<DayNumber> {
  const s = (value ?? '').trim();
  if (s === '') return { ok: true, value: today };
  const parsed = parseDate(s, { today });
  if (!parsed.ok) return { ok: false, code: 'text', errors: { asOf: parsed.reason } };
  if (parsed.value > today) {
    const date = formatDateBE(parsed.value, 'short');
    return { ok: false, code: 'share.err.future', errors: { asOf: text('share.err.future', { date }) } };
  }
  return { ok: true, value: parsed.value };
}

export function checkPeriod(value: string | undefined): Checked<PeriodKind> {
  const s = (value ?? '').trim().toLowerCase();
  if (s === '' || s === 'fiscal' || s === 'ปีงบประมาณ') return { ok: true, value: 'fiscal' };
  if (s === 'calendar' || s === 'ปีปฏิทิน') return { ok: true, value: 'calendar' };
  return {
    ok: false,
    code: 'share.err.period',
    errors: { period: text('share.err.period', { value: String(value) }) },
  };
}

export interface FundBook {
  settings: FundSettings;
  members: Member[];
  deposits: Deposit[];
  welfare: WelfarePayment[];
  ledger: LedgerEntry[];
}

/** Reads and parses the fund book; throws a UserError when there is no member roll to summarise. */
export function readFundBook(today: DayNumber = todayDay()): FundBook {
  const book = readBook(['settings', 'benefits', 'members', 'deposits', 'welfare', 'ledger']);
  if (!book.members) throw userError('share.err.notSetUp');
  const missing = missingRecordSheets(book);
  if (missing) throw new UserError(missing);
  const { settings } = parseSettings(book.settings?.values ?? [], book.benefits?.values ?? []);
  const read = <K extends 'members' | 'deposits' | 'welfare' | 'ledger'>(key: K) =>
    book[key] ? readSheet(key, book[key]!.values, settings, { today }).records : [];
  return {
    settings,
    members: read('members'),
    deposits: read('deposits'),
    welfare: read('welfare'),
    ledger: read('ledger'),
  };
}

export function summaryInput(fund: FundBook, asOf: DayNumber, period: PeriodKind, lang?: Lang): SummaryInput {
  return { ...fund, asOf, period, lang: lang ?? fund.settings.language };
}
