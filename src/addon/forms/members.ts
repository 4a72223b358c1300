/**
 * The member form's server side: register a member, check a national id while it is typed, edit
 * a member's contact details (only the cells that change, only if nobody changed them meanwhile),
 * record a resignation or a death (status and date; nothing is deleted).
 */
import { text } from '../../core/i18n';
import { shownValue } from '../../core/parse';
import { SHEETS } from '../../core/schema';
import { validateContactEdit, validateNewMember, validateStatus } from '../../core/forms/rules';
import type { ContactEditInput, NewMemberInput, StatusInput } from '../../core/forms/types';
import { checkNationalId } from '../../core/forms/validate';
import { appendRecords } from '../book';
import { userLang } from '../lang';
import { openFormsBook } from './book';
import { writeRowCells } from './cells';
import { orFormError, type Outcome } from './save';

export interface NationalIdCheck {
  /** '' when fine */
  error: string;
  warnings: string[];
}

/** As the secretary types (debounced by the page): checksum, then whether another member has it. */
export function checkMemberNationalId(nid: string, exceptMemberId: string): NationalIdCheck {
  const lang = userLang();
  const c = checkNationalId(String(nid ?? ''));
  if (c.error) return { error: c.error[lang], warnings: [] };
  const warnings = c.warnings.map((w) => w[lang]);
  if (c.value === '') return { error: '', warnings };
  const res = orFormError(() => {
    const book = openFormsBook({ summary: 'none' });
    const owner = book.data.memberByNationalId(c.value);
    if (owner && owner.memberId !== String(exceptMemberId ?? '')) {
      return { error: text('form.nidTaken', { id: owner.memberId, name: owner.name })[lang], warnings };
    }
    return { error: '', warnings };
  });
  return 'ok' in res ? { error: res.errors.form, warnings } : res;
}

export function writeNewMember(input: NewMemberInput): Outcome {
  const book = openFormsBook({ summary: 'none' });
  const v = validateNewMember(input, book.data);
  if (!v.ok) return v;
  const { rows } = appendRecords(book.members.sheet, 'members', [{ ...v.value }]);
  return { ok: true, sheetKey: 'members', written: { sheet: SHEETS.members.th, rows, numbers: [v.value.memberId] } };
}

function cellText(v: unknown): string {
  return v === '' || v === null || v === undefined ? '' : shownValue(v).trim();
}

/** Current cell text of a member's contact columns (what the page shows and compares). */
export function contactOf(
  values: unknown[][],
  index: Record<string, number>,
  row: number,
): Record<'village' | 'address' | 'phone' | 'beneficiary' | 'note', string> {
  const line = values[row - 1] ?? [];
  const get = (k: string) => (index[k] === undefined ? '' : cellText(line[index[k]]));
  return {
    village: get('village'),
    address: get('address'),
    phone: get('phone'),
    beneficiary: get('beneficiary'),
    note: get('note'),
  };
}

export function writeMemberContact(input: ContactEditInput): Outcome {
  const book = openFormsBook({ summary: 'none' });
  const v = validateContactEdit(input, book.data);
  if (!v.ok) return v;
  const { member, changes } = v.value;
  const index = book.members.match.index;
  const now = contactOf(book.members.values, index, member.row);
  // Someone changed a cell we are about to write since the page read it: do not overwrite it.
  for (const f of Object.keys(changes) as (keyof typeof now)[]) {
    const before = String((input.before && input.before[f]) ?? '').trim();
    if (now[f] !== before)
      return {
        ok: false,
        code: 'form.changedMeanwhile',
        errors: { [f]: text('form.changedMeanwhile', { value: now[f] || '-' }) },
      };
    if (index[f] === undefined)
      return {
        ok: false,
        code: 'book.columnMissing',
        errors: {
          [f]: text('book.columnMissing', {
            sheet: SHEETS.members.th,
            column: SHEETS.members.columns.find((c) => c.key === f)!.th,
          }),
        },
      };
  }
  writeRowCells(book.members.sheet, 'members', index, member.row, changes);
  return {
    ok: true,
    sheetKey: 'members',
    written: { sheet: SHEETS.members.th, rows: [member.row], numbers: [member.memberId] },
  };
}

export function writeMemberStatus(input: StatusInput): Outcome {
  const book = openFormsBook({ summary: 'none' });
  const v = validateStatus(input, book.data);
  if (!v.ok) return v;
  const { member, status, day } = v.value;
  const index = book.members.match.index;
  for (const k of ['status', 'statusDate']) {
    if (index[k] === undefined) {
      return {
        ok: false,
        code: 'book.columnMissing',
        errors: {
          form: text('book.columnMissing', {
            sheet: SHEETS.members.th,
            column: SHEETS.members.columns.find((c) => c.key === k)!.th,
          }),
        },
      };
    }
  }
  writeRowCells(book.members.sheet, 'members', index, member.row, { status, statusDate: day });
  return {
    ok: true,
    sheetKey: 'members',
    written: { sheet: SHEETS.members.th, rows: [member.row], numbers: [member.memberId] },
  };
}
