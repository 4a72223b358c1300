/** Helpers of the import tests: a fixture's tabs as getValues gives them, and what the fund book holds. */
import { readSheet } from '../../src/core/records';
import { parseSettings } from '../../src/core/settings';
import { loadWorkbookFile, type Runtime } from '../../src/local/runtime';

export async function sourceTabs(file: string) {
  const wb = await loadWorkbookFile(file);
  return wb.sheets.map((s) => ({
    tab: s.name,
    values: s.rows.map((r) => (r ? r.map((v) => (v === undefined ? '' : v)) : [])),
  }));
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export function sheetValues(rt: Runtime, name: string): unknown[][] {
  const sh = (rt.globals.SpreadsheetApp as any).getActiveSpreadsheet().getSheetByName(name);
  if (!sh || sh.getLastRow() === 0) return [];
  return sh.getRange(1, 1, sh.getLastRow(), sh.getLastColumn()).getValues();
}

/** What the fund book now holds, read the way the checks and summaries read it. */
export function bookTotals(rt: Runtime) {
  const settings = parseSettings(sheetValues(rt, 'ตั้งค่า'), sheetValues(rt, 'ตั้งค่าสวัสดิการ')).settings;
  const members = readSheet('members', sheetValues(rt, 'สมาชิก'), settings).records;
  const deposits = readSheet('deposits', sheetValues(rt, 'เงินฝาก'), settings).records;
  const welfare = readSheet('welfare', sheetValues(rt, 'สวัสดิการ'), settings).records;
  const ledger = readSheet('ledger', sheetValues(rt, 'บัญชีกองทุน'), settings).records;
  const satang: Record<string, number> = {};
  const add = (k: string, baht: number | null) => {
    satang[k] = (satang[k] ?? 0) + Math.round((baht ?? NaN) * 100);
  };
  for (const d of deposits) add(d.kind ?? 'unknown', d.amount);
  for (const w of welfare) add('welfare', w.amount);
  const income = new Set(['matching_local', 'matching_state', 'donation', 'interest', 'other_income']);
  for (const l of ledger) add(l.kind === null ? 'unknown' : income.has(l.kind) ? 'income' : 'expense', l.amount);
  return { members: members.length, satang, deposits, welfare, ledger, membersList: members };
}
