/**
 * Writes the shared summary into its own spreadsheet, in place: each sheet rewritten whole by the
 * workbook layer (clear, one setValues, stamp with the as-of date and build time, protection),
 * charts redrawn, and everything else removed: sheets that should not be there (hidden ones
 * too), named ranges, developer metadata, notes. Values only: no formula and no IMPORTRANGE back
 * to the fund book, so the file shows what the fund chose to publish and nothing more.
 */
import { formatDateBE, type DayNumber } from '../../core/dates';
import { t, type Lang } from '../../core/i18n';
import type { PeriodKind } from '../../core/summaries';
import { sharedReport, type SharedReport } from '../../core/share/report';
import { isGeneratedSheet, writeGeneratedSheet } from '../book/generated';
import { formatStampTime } from '../book/generated';
import { withDocumentLock } from '../book/lock';
import { writeSummaryTable } from '../summaries/write';
import { writePacketSheet } from '../network/write';
import { openOrCreateSharedFile, type SharedFileStatus } from './file';
import { readFundBook, summaryInput } from './input';
import { fundPacketId } from '../network/packetId';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Published {
  ss: Spreadsheet;
  id: string;
  name: string;
  status: SharedFileStatus;
  /** Sheet names in the shared file, in order. */
  sheets: string[];
  report: SharedReport;
  lang: Lang;
  /** True when this share made the fund's packet id (the book must be saved to keep it). */
  packetIdCreated: boolean;
}

export interface PublishOptions {
  asOf: DayNumber;
  period: PeriodKind;
  /** false: do not record the file in the fund book (the command line's --out). */
  remember: boolean;
  now?: Date;
}

export function publishSharedSummary(opts: PublishOptions): Published {
  const now = opts.now ?? new Date();
  return withDocumentLock(() => {
    const fund = readFundBook();
    const lang = fund.settings.language;
    const packetId = fundPacketId();
    const report = sharedReport(summaryInput(fund, opts.asOf, opts.period, lang), {
      builtAt: formatStampTime(now, lang),
      packetId: packetId.id,
    });
    const fundName = fund.settings.fundName.trim() || t('app.name', lang);
    // The file name is the fund's, in the fund's language: the same for every secretary.
    const name = t('share.fileName', lang, { fund: fundName });
    const file = openOrCreateSharedFile(name, opts.remember);
    const sheets = writeReport(file.ss, report, opts.asOf, now, lang);
    return {
      ss: file.ss,
      id: file.id,
      name,
      status: file.status,
      sheets,
      report,
      lang,
      packetIdCreated: packetId.created,
    };
  });
}

function writeReport(ss: Spreadsheet, report: SharedReport, asOf: DayNumber, now: Date, lang: Lang): string[] {
  const expected = [
    report.about.sheetName,
    ...report.tables.map((x) => x.sheetName),
    ...(report.packet ? [report.packet.sheetName] : []),
  ];
  // The whole file is ours: a sheet that should not be there, or one of ours that someone
  // overwrote by hand, is renamed out of the way now and deleted once the new sheets exist
  // (a spreadsheet must always keep one sheet).
  const drop = ss
    .getSheets()
    .filter((s) => !expected.includes(s.getName()) || (s.getLastRow() > 0 && !isGeneratedSheet(s)));
  drop.forEach((s, i) => s.setName(`__old_${i}_${now.getTime()}`));

  writeGeneratedSheet(
    report.about.sheetName,
    report.about.blocks.map((b) => ({
      ...(b.title !== undefined ? { title: b.title } : {}),
      ...(b.header ? { header: b.header } : {}),
      rows: b.rows,
    })),
    { asOf, now, lang, ss, columnWidths: [200, 560] },
  );
  for (const table of report.tables) writeSummaryTable(table, { asOf, now, lang, ss });
  if (report.packet) writePacketSheet(ss, report.packet, asOf, now, lang);
  for (const s of drop) ss.deleteSheet(s);

  for (const s of ss.getSheets()) {
    // Notes and hidden state survive Sheet.clear(); nothing of either belongs here.
    s.clearNotes();
    if (s.isSheetHidden()) s.showSheet();
    lockSheet(s);
  }
  for (const r of ss.getNamedRanges()) r.remove();
  for (const m of ss.getDeveloperMetadata()) m.remove();
  return ss.getSheets().map((s) => s.getName());
}

/**
 * The workbook layer protects generated sheets with a warning only (the secretary may still need
 * to type there). Here nobody but the owner should edit at all, and a full protection also travels
 * with the .xlsx (Excel opens the sheets read-only), so it is made a real one.
 */
function lockSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  const p = protections.length > 0 ? protections[0] : sheet.protect();
  if (p.isWarningOnly()) p.setWarningOnly(false);
  // The owner always stays an editor of a protection (Apps Script keeps them); everyone else goes.
  const editors = p.getEditors();
  if (editors.length > 1) p.removeEditors(editors.map((u) => u.getEmail()));
  if (p.canDomainEdit()) p.setDomainEdit(false);
}

/** "15 ก.พ. 2568" for messages. */
export function asOfLabel(asOf: DayNumber, lang: Lang): string {
  return formatDateBE(asOf, lang === 'th' ? 'short' : 'numeric');
}
