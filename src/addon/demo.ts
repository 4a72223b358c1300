/**
 * createDemoFund: fills an EMPTY book with the demo fund of src/core/demo.ts (set-up first).
 * Not in the menu: the command line (`welfare-fund demo FILE`) and the playground call it.
 * On a book that already holds records it changes nothing and says so.
 * Service calls: set-up's handful plus one block write per sheet, whatever the number of rows.
 */
import { BE_OFFSET, dayFromYMD, formatDateBE, ymdFromDay } from '../core/dates';
import { generateDemoFund, DEMO_SEED, type PlantedMistake } from '../core/demo';
import { t, text, type Lang } from '../core/i18n';
import { matchHeaders, normalizeHeader, RECORD_SHEETS, SHEETS, type RecordSheetKey } from '../core/schema';
import { SETTING_DEFS } from '../core/settings';
import { userLang } from './lang';
import { appendRows, locateSheets, readUsedValues, UserError, withDocumentLock } from './book';
import { runSetup_ } from './setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DemoReport {
  created: boolean;
  /** Data rows per record sheet: written (created) or found (refused). */
  rows: Record<RecordSheetKey, number>;
  mistakes: PlantedMistake[];
  message: string;
}

/** Data rows of each record sheet, from getLastRow only (row 1 is the header). */
function recordRowCounts(ss: Spreadsheet): Record<RecordSheetKey, number> {
  const located = locateSheets(ss);
  const rows = { members: 0, deposits: 0, welfare: 0, ledger: 0 };
  for (const key of RECORD_SHEETS) {
    const sheet = located.byKey[key];
    if (sheet) rows[key] = Math.max(0, sheet.getLastRow() - 1);
  }
  return rows;
}

function countsText(rows: Record<RecordSheetKey, number>, lang: Lang): string {
  return RECORD_SHEETS.filter((k) => rows[k] > 0)
    .map((k) => t('demo.rows', lang, { sheet: lang === 'th' ? SHEETS[k].th : SHEETS[k].en, count: rows[k] }))
    .join(', ');
}

/** The fund's name, place and founding day in the settings sheet's value column (one read, one write). */
function writeDemoSettings(ss: Spreadsheet, values: Record<string, string>): void {
  const sheet = locateSheets(ss).byKey.settings;
  if (!sheet) return;
  const { values: rows } = readUsedValues(sheet);
  if (rows.length < 2) return;
  const match = matchHeaders(SHEETS.settings, rows[0]);
  const iLabel = match.index.setting;
  const iValue = match.index.value;
  if (iLabel === undefined || iValue === undefined) return;
  const column = rows.slice(1).map((r) => [r[iValue]]);
  for (const def of SETTING_DEFS) {
    if (values[def.key] === undefined) continue;
    const labels = [def.th, def.en, def.key].map(normalizeHeader);
    const at = rows.slice(1).findIndex((r) => labels.includes(normalizeHeader(r[iLabel])));
    if (at >= 0) column[at][0] = values[def.key];
  }
  sheet.getRange(2, iValue + 1, column.length, 1).setValues(column);
}

/** The inner function (no dialog): returns the report; the CLI and the playground use it too. */
export function runCreateDemoFund_(
  options: { seed?: number; until?: string; lang?: Lang; ss?: Spreadsheet } = {},
): DemoReport {
  const lang = options.lang ?? userLang();
  const ss = options.ss ?? SpreadsheetApp.getActiveSpreadsheet();
  let until: number | undefined;
  if (options.until) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.until);
    const year = m ? Number(m[1]) : 0;
    const day = m ? dayFromYMD(year, Number(m[2]), Number(m[3])) : null;
    // The demo fund starts in 2545 (2002): an end in the B.E. calendar (2568-09-30) would mean five
    // centuries of deposits and exhaust the memory, so only C.E. dates in a sane range are taken.
    if (day === null || year < 2003 || year > 2100)
      throw new UserError(text('demo.badUntil', { value: options.until }));
    until = day;
  }
  return withDocumentLock(() => {
    const found = recordRowCounts(ss);
    if (RECORD_SHEETS.some((k) => found[k] > 0)) {
      return {
        created: false,
        rows: found,
        mistakes: [],
        message: t('demo.notEmpty', lang, { counts: countsText(found, lang) }),
      };
    }
    runSetup_({ lang, ss });
    const fund = generateDemoFund({ seed: options.seed ?? DEMO_SEED, until, lang });
    writeDemoSettings(ss, { fundName: fund.fundName, place: fund.place, foundedDay: formatDateBE(fund.foundedDay) });
    appendRows('members', fund.members, ss);
    appendRows('deposits', fund.deposits, ss);
    appendRows('welfare', fund.welfare, ss);
    appendRows('ledger', fund.ledger, ss);
    const rows = {
      members: fund.members.length,
      deposits: fund.deposits.length,
      welfare: fund.welfare.length,
      ledger: fund.ledger.length,
    };
    const message = [
      t('demo.done', lang, {
        fund: fund.fundName,
        members: rows.members,
        villages: fund.villages.length,
        deposits: rows.deposits,
        welfare: rows.welfare,
        ledger: rows.ledger,
        fromYear: ymdFromDay(fund.foundedDay).y + BE_OFFSET,
        toYear: ymdFromDay(fund.untilDay).y + BE_OFFSET,
      }),
      t('demo.mistakes', lang, { count: fund.mistakes.length }),
    ].join('\n');
    return { created: true, rows, mistakes: fund.mistakes, message };
  });
}

/**
 * Top-level function: createDemoFund(seed?, until?) with until as 'yyyy-mm-dd' (default: the
 * demo's fixed last day, so the same seed always gives the same book). Shows the outcome.
 */
export function createDemoFund(seed?: number, until?: string): DemoReport {
  const report = runCreateDemoFund_({
    seed: typeof seed === 'number' ? seed : undefined,
    until: typeof until === 'string' ? until : undefined,
  });
  const ui = SpreadsheetApp.getUi();
  ui.alert(t('demo.title', userLang()), report.message, ui.ButtonSet.OK);
  return report;
}
