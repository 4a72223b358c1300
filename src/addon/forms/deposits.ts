/**
 * Payments: one deposit for one member, and collection day (many members, ONE call, receipt
 * numbers in the order of the list). Both append one block to the deposit log after numbering it
 * from the log's last rows; neither reads the whole log.
 */
import { SHEETS } from '../../core/schema';
import { validateCollection, validateDeposit, stateOf } from '../../core/forms/rules';
import type { DepositRecord } from '../../core/forms/rules';
import { canPay, owedFor, periodDue } from '../../core/forms/owed';
import type { Owed, PeriodDue } from '../../core/forms/owed';
import { text } from '../../core/i18n';
import { COLLECTION_ALL_LIMIT } from '../../core/forms/limits';
import { depositsOf, memberKey } from '../../core/forms/summary';
import type { CollectionInput, DepositInput, Failure } from '../../core/forms/types';
import { normalizeHeader } from '../../core/schema';
import type { MemberStatus } from '../../core/memberState';
import { appendRecords, requireSheet } from '../book';
import { userLang } from '../lang';
import { openFormsBook } from './book';
import type { FormsBook } from './book';
import type { Outcome } from './save';
import { rememberRecorder } from './context';

function appendDeposits(book: FormsBook, records: DepositRecord[]): { rows: number[]; receipts: string[] } {
  const sheet = requireSheet(book.located.byKey, 'deposits');
  const { rows, numbers } = appendRecords(
    sheet,
    'deposits',
    records.map((r) => ({ ...r })),
    'receiptNo',
  );
  return { rows, receipts: numbers };
}

export function writeDeposit(input: DepositInput): Outcome {
  const book = openFormsBook({ summary: 'save' });
  const v = validateDeposit(input, book.data);
  if (!v.ok) return v;
  const { rows, receipts } = appendDeposits(book, [v.value]);
  rememberRecorder(v.value.recordedBy);
  return { ok: true, sheetKey: 'deposits', written: { sheet: SHEETS.deposits.th, rows, numbers: receipts } };
}

export function writeCollection(input: CollectionInput): Outcome {
  const book = openFormsBook({ summary: 'save' });
  const v = validateCollection(input, book.data);
  if (!v.ok) return v;
  const { rows, receipts } = appendDeposits(book, v.value);
  rememberRecorder(String(input.recordedBy ?? '').trim());
  return { ok: true, sheetKey: 'deposits', written: { sheet: SHEETS.deposits.th, rows, numbers: receipts } };
}

export interface CollectionLine {
  id: string;
  name: string;
  village: string;
  status: MemberStatus;
  /** Why a lapsed or suspended member is so (empty for active members: not sent). */
  statusText: string;
  /** Everything owed today (the arrears shown beside the proposal; splitAnnual needs the years). */
  owed: Owed;
  /** What the page proposes: this period's due. */
  due: PeriodDue;
}

export interface CollectionList {
  village: string;
  lines: CollectionLine[];
}

/**
 * Members of a village (or all, for '' when the fund is small) who can still pay, with this
 * period's due and what each owes today, in member-id order as the paper lists are.
 */
export function getCollectionList(village: string): CollectionList | Failure {
  const book = openFormsBook({ summary: 'open' });
  const lang = userLang();
  const want = normalizeHeader(village ?? '');
  const lines: CollectionLine[] = [];
  for (const m of book.roll) {
    if (m.memberId === '') continue;
    if (want !== '' && normalizeHeader(m.village) !== want) continue;
    const state = stateOf(book.data, m);
    if (!canPay(state)) continue;
    if (want === '' && lines.length >= COLLECTION_ALL_LIMIT)
      return {
        ok: false,
        code: 'form.chooseVillage',
        errors: { village: text('form.chooseVillage', { max: COLLECTION_ALL_LIMIT })[lang] },
      };
    const deposits = depositsOf(book.data.totals(memberKey(m.memberId)), m.memberId);
    const owed = owedFor(state, deposits, book.settings, book.today);
    lines.push({
      id: m.memberId,
      name: m.name,
      village: m.village,
      status: state.status,
      statusText: state.status === 'active' ? '' : state.statusReason[lang],
      owed,
      due: periodDue(owed, book.settings, book.today),
    });
  }
  lines.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  return { village: village ?? '', lines };
}
