/**
 * Suggestions for names the book does not know yet: a group's benefit names (ฌาปนกิจ,
 * นอนโรงพยาบาล, คลอดบุตร) and ledger descriptions ("สมทบจาก อบต.", "รับเงินออมสมาชิก").
 * A suggestion is only shown (the dialog pre-selects it, the command line prints it); nothing
 * here is applied without the user seeing it. A description that holds one of the fund book's
 * own ledger words (schema.ts) is read as that kind: that is reading, not guessing.
 */
import { CHOICES, normalizeHeader } from '../schema';
import type { Benefit } from '../settings';

const BENEFIT_HINTS: { re: RegExp; pick: (b: Benefit) => boolean }[] = [
  { re: /ฌาปนกิจ|เสียชีวิต|ศพ|ตาย|death|funeral/i, pick: (b) => b.onDeath },
  { re: /โรงพยาบาล|นอน|ป่วย|เยี่ยมไข้|รักษา|hospital|sick/i, pick: (b) => /คืน|night/.test(b.unit) },
  { re: /คลอด|บุตร|ทำขวัญ|เกิด|newborn|birth/i, pick: (b) => b.code === 'newborn' || /บุตร/.test(b.name) },
  { re: /ศึกษา|ทุน|เรียน|education|school/i, pick: (b) => b.code === 'education' || /ศึกษา/.test(b.name) },
  { re: /พิการ|ด้อยโอกาส|disab/i, pick: (b) => b.code === 'disabled' || /พิการ/.test(b.name) },
];

/** The catalogue benefit a group's name most likely means, or null. */
export function suggestBenefit(written: string, benefits: Benefit[]): Benefit | null {
  for (const h of BENEFIT_HINTS) {
    if (!h.re.test(written)) continue;
    const b = benefits.find((x) => x.active && h.pick(x)) ?? benefits.find(h.pick);
    if (b) return b;
  }
  return null;
}

/** Words of money that the deposit and welfare registers keep: in a ledger they would be counted twice. */
const OTHER_REGISTER = /เงินออม|ออมวันละ|ค่าสมัคร|ค่าแรกเข้า|ค่าบำรุง|สวัสดิการ|ฌาปนกิจ|ค่าเยี่ยมไข้|ทำขวัญ|รับฝาก/;

/**
 * certain: a ledger kind the description names in the book's own words ("อบต." -> matching
 * from local government), or null. suggested: what the dialog pre-selects otherwise ('skip' for
 * money the other registers keep; other income/expense by the column it sits in).
 */
export function suggestLedgerKind(
  written: string,
  direction: 'income' | 'expense',
): { certain: string | null; suggested: string } {
  const n = normalizeHeader(written);
  if (OTHER_REGISTER.test(written)) return { certain: null, suggested: 'skip' };
  if (n !== '') {
    // longest word first: "ดอกเบี้ยเงินฝาก" before "เงินฝาก"
    const words: { code: string; w: string }[] = [];
    for (const c of CHOICES.ledgerKind)
      for (const w of [c.th, ...(c.aliases ?? [])]) words.push({ code: c.code, w: normalizeHeader(w) });
    words.sort((a, b) => b.w.length - a.w.length);
    for (const { code, w } of words) if (w.length >= 3 && n.includes(w)) return { certain: code, suggested: code };
  }
  return { certain: null, suggested: direction === 'income' ? 'other_income' : 'other_expense' };
}
