/**
 * Group books in six shapes (tests/fixtures/import, made by make_fixtures.py with openpyxl, one
 * saved by LibreOffice) go into a new fund book through the BUILT add-on: every member and every
 * baht is accounted for, the skipped rows are exactly the unreadable ones, a second import adds
 * nothing, and undo gives back the book exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceTab } from '../../src/core/import/batch';
import type { Runtime } from '../../src/local/runtime';
import { loadBundle } from '../support/runtime';
import { bookTotals, sourceTabs } from './helpers';
import { callCli, callMenu, callRpc } from '../../src/local/addon';

const DIR = join(__dirname, '..', 'fixtures', 'import');
// name -> file: the fiscal grid both as LibreOffice's own .ods and as the .xlsx LibreOffice saved from it.
const SHAPES: [string, string][] = [
  ['issue-book', 'issue-book.xlsx'],
  ['yearly-grids', 'yearly-grids.xlsx'],
  ['deposit-log', 'deposit-log.xlsx'],
  ['day-grid', 'day-grid.xlsx'],
  ['signed-ledger', 'signed-ledger.xlsx'],
  ['fiscal-grid.libreoffice', 'fiscal-grid.libreoffice.xlsx'],
  ['fiscal-grid.libreoffice', 'fiscal-grid.ods'],
];

interface Expected {
  members: number;
  satang: Record<string, number>;
  skipped: [string, number][];
}

/* eslint-disable @typescript-eslint/no-explicit-any */
function importInto(rt: Runtime, tabs: SourceTab[], write = true, mappingJson: string | null = null) {
  return callCli(rt, 'importFromValues_', { tabs, mappingJson, sourceName: 'src.xlsx', write }).value;
}

describe.each(SHAPES)('the group book "%s" (%s)', (shape, file) => {
  const expected = JSON.parse(readFileSync(join(DIR, `${shape}.expected.json`), 'utf8')) as Expected;

  test('imports with every member and every baht accounted for; again adds nothing; undo restores the book', async () => {
    const tabs = await sourceTabs(join(DIR, file));
    const rt = await loadBundle();
    callMenu(rt, 'setupFundBook');
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
    for (const p of r.plans)
      for (const c of p.reconciles) expect({ tab: p.tab, ...c, where: c.where.th }).toMatchObject({ ok: true });
    const book = bookTotals(rt);
    expect(book.members).toBe(expected.members);
    expect(book.satang).toEqual(expected.satang);
    expect(r.memberCount).toBe(expected.members);

    // The same file again: nothing new.
    const again = importInto(rt, tabs);
    expect(again.plans.map((p: any) => p.toImport)).toEqual(again.plans.map(() => 0));
    expect(bookTotals(rt).satang).toEqual(expected.satang);

    expect(again.batch).toBeNull();
    const undone = callRpc(rt, 'undoImport').value as any;
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
