/**
 * Welfare claims: the rules engine's checklist before saving (checkWelfareClaim), then the save,
 * which runs the same check again and refuses an amount the schedule does not give unless an
 * override reason is written with it.
 */
import { SHEETS } from '../../core/schema';
import { validateWelfare } from '../../core/forms/rules';
import type { FieldErrors, WelfareInput } from '../../core/forms/types';
import { appendRecords, requireSheet } from '../book';
import { userLang } from '../lang';
import { openFormsBook } from './book';
import { localize, type Outcome } from './save';

export interface ClaimCheck {
  /** null until benefit, member/project, units and date are all readable */
  eligibility: { eligible: boolean; amount: number; reasons: { ok: boolean; code: string; text: string }[] } | null;
  /** Field errors as of now (amount, approver and reason are not required yet). */
  errors: FieldErrors;
}

export function checkWelfareClaim(input: WelfareInput): ClaimCheck {
  const book = openFormsBook({ summary: 'save' });
  const lang = userLang();
  const res = validateWelfare(input, book.data, false);
  const e = res.eligibility;
  return {
    eligibility: e
      ? {
          eligible: e.eligible,
          amount: e.amount,
          reasons: e.reasons.map((r) => ({ ok: r.ok, code: r.code, text: r.message[lang] })),
        }
      : null,
    errors: res.validated.ok ? {} : localize(res.validated.errors),
  };
}

export function writeWelfareClaim(input: WelfareInput): Outcome {
  const book = openFormsBook({ summary: 'save' });
  const res = validateWelfare(input, book.data, true);
  if (!res.validated.ok) return res.validated;
  const sheet = requireSheet(book.located.byKey, 'welfare');
  const { rows, numbers } = appendRecords(sheet, 'welfare', [{ ...res.validated.value }], 'voucherNo');
  return { ok: true, sheetKey: 'welfare', written: { sheet: SHEETS.welfare.th, rows, numbers } };
}
