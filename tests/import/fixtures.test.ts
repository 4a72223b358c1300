/**
 * Group books in six shapes (tests/fixtures/import, made by make_fixtures.py with openpyxl, one
 * saved by LibreOffice) go into a new fund book through the BUILT add-on: every member and every
 * baht is accounted for, the skipped rows are exactly the unreadable ones, a second import adds
 * nothing, and undo gives back the book exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSheet } from '../../src/core/records';
import { parseSettings } from '../../src/core/settings';
import { loadXlsx, type Runtime } from '../../src/local/runtime';
import { loadBundle } from '../support/runtime';

const DIR = join(__dirname, '..', 'fixtures', 'import');
export const SHAPES = ['issue-book', 'yearly-grids', 'deposit-log', 'day-grid', 'signed-ledger', 'fiscal-grid.libreoffice'];

interface Expected {
  members: number;
  satang: Record<string, number>;
  skipped: [string, number][];
}

export async function sourceTabs(file: string) {
  const wb = await loadXlsx(file);
  return wb.sheets.map((s) => ({ tab: s.name, values: s.rows.map((r) => (r ? r.map((v) => (v === undefined ? '' : v)) : [])) }));
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

function importInto(rt: Runtime, tabs: unknown, write = true, mappingJson: string | null = null) {
  return rt.call('importFromValues_', { tabs, mappingJson, sourceName: 'src.xlsx', write }).value as any;
}

describe.each(SHAPES)('the group book "%s"', (shape) => {
  const expected = JSON.parse(readFileSync(join(DIR, `${shape}.expected.json`), 'utf8')) as Expected;

  test('imports with every member and every baht accounted for; again adds nothing; undo restores the book', async () => {
    const tabs = await sourceTabs(join(DIR, `${shape}.xlsx`));
    const rt = await loadBundle();
    rt.call('setupFundBook');
    const before = snapshot(rt);

    const dry = importInto(rt, tabs, false);
    expect(dry.problems).toEqual([]);
    expect(dry.leftOut).toEqual([]);
    // A dry run writes nothing.
    expect(snapshot(rt)).toEqual(before);

    const r = importInto(rt, tabs);
    expect(r.batch).toBe(1);
    const skipped = r.plans.flatMap((p: any) => p.skipped.map((s: any) => [p.tab, s.row]));
    expect(skipped.sort()).toEqual([...expected.skipped].sort());
    // Every total the tab keeps itself agrees with what was read.
    for (const p of r.plans) for (const c of p.reconciles) expect({ tab: p.tab, ...c, where: c.where.th }).toMatchObject({ ok: true });
    const book = bookTotals(rt);
    expect(book.members).toBe(expected.members);
    expect(book.satang).toEqual(expected.satang);
    expect(r.memberCount).toBe(expected.members);

    // The same file again: nothing new.
    const again = importInto(rt, tabs);
    expect(again.plans.map((p: any) => p.toImport)).toEqual(again.plans.map(() => 0));
    expect(bookTotals(rt).satang).toEqual(expected.satang);

    expect(again.batch).toBeNull();
    const undone = rt.call('undoImport').value as any;
    expect(undone.kept).toEqual([]);
    expect(snapshotRecords(rt)).toEqual(snapshotRecords(before));
  });
});

function snapshot(rt: Runtime) {
  const ss = (rt.globals.SpreadsheetApp as any).getActiveSpreadsheet();
  const out: Record<string, unknown> = {};
  for (const sh of ss.getSheets()) {
    const rows = sh.getMaxRows();
    const cols = sh.getMaxColumns();
    const range = sh.getRange(1, 1, rows, cols);
    out[sh.getName()] = { rows, cols, values: range.getValues(), formats: range.getNumberFormats() };
  }
  return out;
}

/** The fund book's own sheets (the report sheet "ผลการนำเข้า" stays as a record of what happened). */
function snapshotRecords(x: Runtime | Record<string, unknown>) {
  const all = 'globals' in x ? snapshot(x as Runtime) : (x as Record<string, unknown>);
  const keep = ['สมาชิก', 'เงินฝาก', 'สวัสดิการ', 'บัญชีกองทุน', 'ตั้งค่า', 'ตั้งค่าสวัสดิการ'];
  return Object.fromEntries(Object.entries(all).filter(([k]) => keep.includes(k)));
}
