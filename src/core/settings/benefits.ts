/**
 * The benefit sheet: a default benefit as a row, reading the fund's rows with a finding for every
 * cell that cannot be read (the fallback is used and the finding says so), and finding a benefit
 * by code or name. The fields themselves are the table in ./benefitTable.ts.
 */
import { text } from '../i18n';
import type { Lang, Text } from '../i18n';
import { textWith } from '../findings';
import type { Finding } from '../findings';
import { parseAmount, parseInteger, shownValue } from '../parse';
import { CHOICES, SHEETS, findChoice, matchHeaders, normalizeHeader } from '../schema';
import type { Payee } from '../vocabulary';
import {
  BENEFIT_FIELDS,
  DEFAULT_BENEFITS,
  defaultBenefitEn,
  newBenefit,
  type Benefit,
  type Tier,
} from './benefitTable';
import { blank, formatTiers, parseTiers, readYesNo } from './cells';

function yesNo(v: boolean, lang: Lang): string {
  const c = CHOICES.yesNo.find((x) => x.code === (v ? 'yes' : 'no'))!;
  return lang === 'th' ? c.th : c.en;
}

/** One benefit as a row of the benefit sheet (column order of SHEETS.benefits). */
export function benefitRow(b: Benefit, lang: Lang): unknown[] {
  const en = lang === 'en' ? defaultBenefitEn(b.code) : undefined;
  const payee = CHOICES.payee.find((c) => c.code === b.payee)!;
  const cells: Record<string, unknown> = {
    ...b,
    name: en ? en.name : b.name,
    payee: lang === 'th' ? payee.th : payee.en,
    unit: en ? en.unit : b.unit,
    tiers: formatTiers(b.tiers),
  };
  for (const f of BENEFIT_FIELDS) if (f.read === 'flag') cells[f.key] = yesNo(b[f.key], lang);
  return SHEETS.benefits.columns.map((col) => {
    const v = cells[col.key];
    return v === null || v === undefined ? '' : v;
  });
}

export function benefitRows(lang: Lang): unknown[][] {
  return DEFAULT_BENEFITS.map((b) => benefitRow(b, lang));
}

const YES_NO_CHOICES = CHOICES.yesNo.map((c) => c.th + '/' + c.en).join(', ');
const PAYEE_CHOICES = CHOICES.payee.map((c) => c.th + '/' + c.en).join(', ');

export function readBenefitsSheet(values: unknown[][], findings: Finding[]): Benefit[] {
  if (!values || values.length === 0) {
    findings.push({
      severity: 'warning',
      code: 'benefits.no-sheet',
      sheet: 'benefits',
      message: text('benefits.noSheet'),
    });
    return DEFAULT_BENEFITS.map((b) => newBenefit(b));
  }
  const header = matchHeaders(SHEETS.benefits, values[0] ?? []);
  const missingRequired = SHEETS.benefits.columns.filter((c) => c.required && header.index[c.key] === undefined);
  if (missingRequired.length > 0) {
    findings.push({
      severity: 'error',
      code: 'benefits.no-columns',
      sheet: 'benefits',
      row: 1,
      message: text('benefits.noColumns', { columns: missingRequired.map((c) => `${c.th} / ${c.en}`).join(', ') }),
    });
    return DEFAULT_BENEFITS.map((b) => newBenefit(b));
  }
  const idx = header.index;
  const colName = (key: string) => {
    const c = SHEETS.benefits.columns.find((x) => x.key === key)!;
    return c.th;
  };
  const benefits: Benefit[] = [];
  const firstRow = new Map<string, number>();
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const get = (key: string): unknown => (idx[key] === undefined ? '' : row[idx[key]]);
    if (SHEETS.benefits.columns.every((c) => blank(get(c.key)))) continue;
    const rowNo = r + 1;
    const code = blank(get('code')) ? '' : shownValue(get('code')).trim();
    const name = blank(get('name')) ? '' : shownValue(get('name')).trim();
    if (code === '' || name === '') {
      const column = code === '' ? 'code' : 'name';
      findings.push({
        severity: 'error',
        code: 'benefit.missing-field',
        sheet: 'benefits',
        row: rowNo,
        column,
        message: text('benefit.missingField', { column: colName(column) }),
      });
      continue;
    }
    const codeKey = code.toLowerCase();
    const first = firstRow.get(codeKey);
    if (first !== undefined) {
      findings.push({
        severity: 'error',
        code: 'benefit.duplicate',
        sheet: 'benefits',
        row: rowNo,
        column: 'code',
        value: code,
        message: text('benefit.duplicate', { code, first }),
      });
      continue;
    }
    firstRow.set(codeKey, rowNo);
    const builtIn = DEFAULT_BENEFITS.find((b) => b.code === codeKey);
    const invalid = (column: string, detail: Text, fallback: Text) =>
      findings.push({
        severity: 'error',
        code: 'benefit.invalid',
        sheet: 'benefits',
        row: rowNo,
        column,
        value: shownValue(get(column)),
        message: textWith(
          'benefit.invalid',
          { value: shownValue(get(column)), column: colName(column), code },
          { detail, fallback },
        ),
      });
    let payee: Payee = 'member';
    if (!blank(get('payee'))) {
      const c = findChoice(CHOICES.payee, get('payee'));
      if (c) payee = c.code as Payee;
      else invalid('payee', text('detail.notChoice', { choices: PAYEE_CHOICES }), text('fallback.member'));
    }
    let tiers: Tier[] = [];
    const tierCell = get('tiers');
    const pt = parseTiers(tierCell);
    if (pt.ok) tiers = pt.tiers;
    else {
      findings.push({
        severity: 'error',
        code: 'benefit.bad-tiers',
        sheet: 'benefits',
        row: rowNo,
        column: 'tiers',
        value: shownValue(tierCell),
        message: textWith('benefit.badTiers', { code }, { detail: pt.reason }),
      });
    }
    const b = newBenefit({ code, name, payee, unit: blank(get('unit')) ? '' : shownValue(get('unit')).trim(), tiers });
    for (const f of BENEFIT_FIELDS) {
      const cell = get(f.key);
      if (f.read === 'money') {
        if (blank(cell)) continue;
        const p = parseAmount(cell);
        if (p.ok && p.value >= 0) b[f.key] = p.value;
        else
          invalid(
            f.key,
            text(p.ok ? 'detail.negative' : 'detail.notNumber'),
            text('fallback' in f ? f.fallback : 'fallback.noLimit'),
          );
      } else if (f.read === 'whole') {
        if (blank(cell)) continue;
        const p = parseInteger(cell);
        if (p.ok) b[f.key] = p.value;
        else invalid(f.key, text('detail.notWhole'), text('fallback.noLimit'));
      } else if (f.read === 'flag') {
        // A blank flag takes the built-in benefit's value (a book set up before the column
        // existed still pays its death benefit on death), else the field's blank value.
        const fallback = builtIn ? builtIn[f.key] : f.blank;
        const v = readYesNo(cell, fallback);
        b[f.key] = v ?? fallback;
        if (v === null) {
          invalid(
            f.key,
            text('detail.notChoice', { choices: YES_NO_CHOICES }),
            text(fallback ? 'fallback.yes' : 'fallback.no'),
          );
        }
      }
    }
    if (b.minAge !== null && b.maxAge !== null && b.minAge > b.maxAge) {
      findings.push({
        severity: 'warning',
        code: 'benefit.age-order',
        sheet: 'benefits',
        row: rowNo,
        column: 'minAge',
        value: String(b.minAge),
        message: text('benefit.ageOrder', { code, min: b.minAge, max: b.maxAge }),
      });
    }
    benefits.push(b);
  }
  if (benefits.length === 0) {
    findings.push({ severity: 'warning', code: 'benefits.none', sheet: 'benefits', message: text('benefits.none') });
  }
  return benefits;
}

/** A benefit by code (any case), or by name / built-in English name, spacing- and case-tolerant. */
export function findBenefit(benefits: Benefit[], value: unknown): Benefit | undefined {
  if (blank(value)) return undefined;
  const n = normalizeHeader(value);
  for (const b of benefits) if (normalizeHeader(b.code) === n) return b;
  for (const b of benefits) {
    if (normalizeHeader(b.name) === n) return b;
    const en = defaultBenefitEn(b.code);
    if (en && normalizeHeader(en.name) === n) return b;
  }
  return undefined;
}
