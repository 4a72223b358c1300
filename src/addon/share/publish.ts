/**
 * Writes the shared summary into its own spreadsheet, in place, with the advanced Sheets service
 * (sheets-api.ts: one get, one all-or-nothing batchUpdate): each sheet rewritten whole, stamped
 * with the as-of date and build time, protected so only the owner edits, charts redrawn, and
 * everything else removed (other sheets, hidden ones too, named ranges, developer metadata, notes).
 * Values only: no formula and no IMPORTRANGE back to the fund book, so the file shows what the
 * fund chose to publish and nothing more.
 */
import { formatDateBE, type DayNumber } from '../../core/dates';
import { t, type Lang } from '../../core/i18n';
import type { PeriodKind } from '../../core/summaries';
import { sharedReport, type SharedReport } from '../../core/share/report';
import { formatStampTime, layoutGeneratedSheet, withDocumentLock } from '../book';
import { frozenRowsOf, printLayoutOf, toGenerated } from '../summaries/write';
import { printLayout } from '../../core/print-layout';
import { openOrCreateSharedFile, type SharedFileStatus } from './file';
import { readFundBook, summaryInput } from './input';
import { writeSpreadsheetWithApi, type ApiSheet } from './sheets-api';
import { fundPacketId } from '../network/packetId';

export interface Published {
  id: string;
  name: string;
  url: string;
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
  /** true: the secretary asked for a new file in place of one someone else owns. */
  replace?: boolean;
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
    const file = openOrCreateSharedFile(name, opts.remember, opts.replace ?? false);
    const sheets = writeSpreadsheetWithApi(file.id, reportSheets(report, opts.asOf, now, lang));
    const packetIdCreated = packetId.created;
    return { id: file.id, name, url: file.url, status: file.status, sheets, report, lang, packetIdCreated };
  });
}

function reportSheets(report: SharedReport, asOf: DayNumber, now: Date, lang: Lang): ApiSheet[] {
  const protection = `${t('generated.protection', 'th')} / ${t('generated.protection', 'en')}`;
  const about: ApiSheet = {
    title: report.about.sheetName,
    layout: layoutGeneratedSheet(
      report.about.blocks.map((b) => ({
        ...(b.title !== undefined ? { title: b.title } : {}),
        ...(b.header ? { header: b.header } : {}),
        rows: b.rows,
      })),
      asOf,
      now,
      lang,
    ),
    frozenRows: 1,
    columnWidths: [200, 560],
    protection,
    print: printLayout(report.about.sheetName, null),
  };
  const tables = report.tables.map((table): ApiSheet => ({
    title: table.sheetName,
    layout: layoutGeneratedSheet(table.blocks.map(toGenerated), asOf, now, lang),
    frozenRows: frozenRowsOf(table),
    ...(table.columnWidths ? { columnWidths: table.columnWidths } : {}),
    charts: table.charts.map((plan) => ({ plan, blockHasHeader: table.blocks[plan.block].header !== undefined })),
    protection,
    print: printLayoutOf(table),
  }));
  // The network's machine-readable sheet (src/core/network): numbers stay numbers, General format.
  const packet: ApiSheet[] = report.packet
    ? [
        {
          title: report.packet.sheetName,
          layout: layoutGeneratedSheet(report.packet.blocks.map(toGenerated), asOf, now, lang),
          frozenRows: 1,
          columnWidths: [220, 300, 160],
          protection,
          print: printLayout(report.packet.sheetName, null),
        },
      ]
    : [];
  return [about, ...tables, ...packet];
}

/** "15 ก.พ. 2568" for messages. */
export function asOfLabel(asOf: DayNumber, lang: Lang): string {
  return formatDateBE(asOf, lang === 'th' ? 'short' : 'numeric');
}
