/**
 * "รวบรวมข้อมูลเครือข่าย": reading every listed packet in resumable chunks, then writing the
 * network's sheets. Apps Script stops a run at 6 minutes and an editor add-on may not run time
 * triggers more often than hourly (https://developers.google.com/apps-script/guides/services/quotas,
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers), so the sidebar drives:
 * start → chunk → chunk … → finish, each call well inside the limit, with progress shown between.
 * Each fund's result is written to a hidden staging sheet as soon as its chunk ends, so a closed
 * sidebar or a timeout loses at most one chunk and the next call carries on from the cursor.
 * One fund's failure is that fund's status; it never stops the others.
 */
import { text, type Text } from '../../core/i18n';
import { collect, type Source, type SourceRead } from '../../core/network/collect';
import { PACKET_SHEET } from '../../core/network/items';
import { packetBlocks, readPacketValues, type Packet } from '../../core/network/packet';
import { networkSheets, readHistory } from '../../core/network/sheets';
import { t } from '../../core/i18n';
import { SHEETS } from '../../core/schema';
import { readUsedValues, userError, withDocumentLock } from '../book';
import { userLang } from '../lang';
import { runProperties, storedRun } from '../stepped-run';
import { readFundList, readNetworkSettings } from './book';
import { writeNetSheet, writePacketSheet } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const STAGING = '__network_collect';
const RUN_PROPERTY = 'welfareFund.networkRun';
/** Apps Script keeps at most 50,000 characters in a cell: a packet's JSON is split below that. */
const CELL_CHARS = 45000;
/** The fixed columns of a staging row; the packet's JSON follows in as many cells as it needs. */
const FIXED = 9; // index, name, subdistrict, where, target, done, status, reasonTh, reasonEn

export interface StartOptions {
  /** Offline: a listed path -> the id of the workbook the command line loaded for it. */
  targets?: Record<string, string>;
  /** Offline: a listed path the command line could not load -> why (Thai, English). */
  loadErrors?: Record<string, Text>;
}

export interface Progress {
  runId: string;
  done: number;
  total: number;
  finished: boolean;
  /** The last fund read (its listed name). */
  last: string;
}

interface RunState {
  runId: string;
  total: number;
  cursor: number;
  /** The network's own packet id: its own packet listed by mistake is not counted again. */
  selfId: string;
}

const props = runProperties;

function runState(runId: string): RunState {
  return storedRun<RunState>(RUN_PROPERTY, 'net.err.staleRun', runId)!;
}

function stagingSheet(ss: Spreadsheet, fresh: boolean): Sheet {
  let sheet = ss.getSheetByName(STAGING);
  if (sheet && fresh) sheet.clear();
  if (!sheet) {
    sheet = ss.insertSheet(STAGING, ss.getNumSheets());
    sheet.hideSheet();
  }
  return sheet;
}

/** Starts a collection: the list as it is now goes to the staging sheet; returns its run id. */
export function startNetworkCollection(opts: StartOptions = {}): Progress {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const selfId = readNetworkSettings(ss).id; // refuses a book that is not a network book, or a bad reporting date
  const list = readFundList(ss);
  if (list.length === 0) throw userError('net.err.noFunds');
  const runId = Utilities.getUuid();
  const rows = list.map((f, i) => {
    const loadError = opts.loadErrors?.[f.where];
    const noWhere = f.where === '' ? text('net.reason.noWhere') : null;
    const why = noWhere ?? loadError ?? null;
    const target = opts.targets?.[f.where] ?? f.where;
    return [
      i + 1,
      f.name,
      f.subdistrict,
      f.where,
      target,
      why ? 1 : 0,
      why ? 'failed' : '',
      why?.th ?? '',
      why?.en ?? '',
    ];
  });
  withDocumentLock(() => {
    const sheet = stagingSheet(ss, true);
    const range = sheet.getRange(1, 1, rows.length, FIXED);
    range.setNumberFormat('@');
    range.setValues(rows);
    props().setProperty(RUN_PROPERTY, JSON.stringify({ runId, total: rows.length, cursor: 0, selfId }));
  });
  return { runId, done: 0, total: rows.length, finished: false, last: '' };
}

/** The file id in a Sheets link (…/spreadsheets/d/ID/…), or the text itself when it is an id. */
export function fileIdOf(target: string): string {
  const m = /\/d\/([A-Za-z0-9_-]+)/.exec(target);
  return m ? m[1] : target;
}

/**
 * Reads one listed packet with the advanced Sheets service, which reaches a file another user
 * made once this user picked it (drive.file; README "The network book"): one get of the sheet
 * titles, one values.get of the packet sheet, UNFORMATTED_VALUE so numbers come back as numbers
 * (https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueRenderOption).
 * Never throws: every problem is a status with a reason.
 */
export function readSource(target: string, selfId: string): SourceRead {
  const id = fileIdOf(target);
  let titles: string[];
  try {
    const meta = Sheets!.Spreadsheets!.get(id, { fields: 'sheets.properties.title' }) as {
      sheets?: { properties?: { title?: string } }[];
    };
    titles = (meta.sheets ?? []).map((x) => String(x.properties?.title ?? ''));
  } catch (e) {
    return {
      ok: false,
      status: 'failed',
      reason: text('net.reason.cannotOpen', { detail: String((e as Error)?.message ?? e) }),
    };
  }
  try {
    // A whole fund book has a member sheet: read nothing else from it.
    if (titles.includes(SHEETS.members.th) || titles.includes(SHEETS.members.en))
      return { ok: false, status: 'rejected', reason: text('net.reason.fundBook') };
    if (!titles.includes(PACKET_SHEET)) return { ok: false, status: 'failed', reason: text('net.reason.noPacket') };
    const got = Sheets!.Spreadsheets!.Values!.get(id, `'${PACKET_SHEET}'!A1:ZZ100000`, {
      valueRenderOption: 'UNFORMATTED_VALUE',
    });
    const rows = (got.values ?? []) as unknown[][];
    const width = Math.max(0, ...rows.map((r) => r.length));
    const dense = rows.map((r) =>
      Array.from({ length: width }, (_, j) => (r[j] === undefined || r[j] === null ? '' : r[j])),
    );
    const read = readPacketValues(dense);
    if (!read.ok) {
      const p = read.problem;
      if (p.kind === 'checksum') return { ok: false, status: 'rejected', reason: text('net.reason.checksum') };
      if (p.kind === 'inconsistent')
        return { ok: false, status: 'rejected', reason: text('net.reason.inconsistent', { detail: p.detail }) };
      if (p.kind === 'version')
        return { ok: false, status: 'failed', reason: text('net.reason.version', { version: p.version }) };
      return { ok: false, status: 'failed', reason: text('net.reason.malformed', { detail: p.detail }) };
    }
    if (read.packet.meta.id === selfId) return { ok: false, status: 'rejected', reason: text('net.reason.self') };
    return read;
  } catch (e) {
    return {
      ok: false,
      status: 'failed',
      reason: text('net.reason.cannotOpen', { detail: String((e as Error)?.message ?? e) }),
    };
  }
}

/** Reads packets from the cursor until the time budget is spent (the sidebar calls this again and again). */
export function collectNetworkChunk(runId: string, budgetMs = 25000): Progress {
  const t0 = Date.now();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const state = runState(runId);
  const selfId = state.selfId;
  const sheet = stagingSheet(ss, false);
  const remaining = state.total - state.cursor;
  if (remaining <= 0) return { runId, done: state.total, total: state.total, finished: true, last: '' };
  const todo = sheet.getRange(state.cursor + 1, 1, remaining, FIXED).getValues();
  const out: unknown[][] = [];
  let last = '';
  for (const row of todo) {
    if (out.length > 0 && Date.now() - t0 > budgetMs) break;
    last = String(row[1]);
    if (Number(row[5]) === 1) {
      out.push(row.slice(5, FIXED));
      continue;
    }
    const read = readSource(String(row[4]), selfId);
    if (read.ok) {
      const json = JSON.stringify(read.packet);
      const parts: string[] = [];
      for (let i = 0; i < json.length; i += CELL_CHARS) parts.push(json.slice(i, i + CELL_CHARS));
      out.push([1, 'ok', '', '', ...parts]);
    } else out.push([1, read.status, read.reason.th, read.reason.en]);
  }
  const width = Math.max(...out.map((r) => r.length));
  const rows = out.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]);
  withDocumentLock(() => {
    runState(runId); // still ours
    if (sheet.getMaxColumns() < 5 + width)
      sheet.insertColumnsAfter(sheet.getMaxColumns(), 5 + width - sheet.getMaxColumns());
    const range = sheet.getRange(state.cursor + 1, 6, rows.length, width);
    range.setNumberFormat('@');
    range.setValues(rows);
    props().setProperty(RUN_PROPERTY, JSON.stringify({ ...state, cursor: state.cursor + rows.length }));
  });
  const done = state.cursor + rows.length;
  return { runId, done, total: state.total, finished: done >= state.total, last };
}

export interface CollectResult {
  reportingDate: string;
  listed: number;
  counted: number;
  late: number;
  failed: number;
  rejected: number;
  duplicates: number;
  message: string;
  sheets: string[];
}

/** Turns the staged results into the network's sheets and its own packet. */
export function finishNetworkCollection(
  runId: string,
  now: Date = new Date(),
): CollectResult & { collection: ReturnType<typeof collect> } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const state = runState(runId);
  const settings = readNetworkSettings(ss);
  const lang = userLang();
  const staged = readUsedValues(stagingSheet(ss, false)).values.slice(0, state.total);
  const sources: Source[] = staged.map((r) => {
    const base = { name: String(r[1]), subdistrict: String(r[2]), where: String(r[3]) };
    if (Number(r[5]) !== 1) return { ...base, read: { ok: false, status: 'failed', reason: text('net.err.staleRun') } };
    if (r[6] === 'ok') {
      const packet = JSON.parse(r.slice(FIXED).map(String).join('')) as Packet;
      return { ...base, read: { ok: true, packet } };
    }
    return {
      ...base,
      read: {
        ok: false,
        status: r[6] === 'rejected' ? 'rejected' : 'failed',
        reason: { th: String(r[7]), en: String(r[8]) },
      },
    };
  });
  const c = collect(sources, {
    reportingDay: settings.reportingDay,
    lateDays: settings.lateDays,
    self: {
      id: settings.id,
      name: settings.name,
      subdistrict: settings.subdistrict,
      district: settings.district,
      province: settings.province,
    },
    adminCostCeiling: settings.ceiling,
    lang,
  });
  const history = ss.getSheetByName(t('net.sheet.history', 'th'));
  const past = history ? readHistory(readUsedValues(history).values) : [];
  const sheets = networkSheets(
    c,
    { name: settings.name, reportingDay: settings.reportingDay, ceiling: settings.ceiling, lang },
    past,
  );
  const names = withDocumentLock(() => {
    for (const s of sheets) writeNetSheet(ss, s, settings.reportingDay, now, lang);
    // The network's own packet, same shape as a fund's: a province lists this book (or a copy) as a source.
    writePacketSheet(
      ss,
      { sheetName: PACKET_SHEET, blocks: packetBlocks(c.packet, lang) },
      settings.reportingDay,
      now,
      lang,
    );
    const staging = ss.getSheetByName(STAGING);
    if (staging) ss.deleteSheet(staging);
    props().deleteProperty(RUN_PROPERTY);
    return [...sheets.map((s) => s.sheetName), PACKET_SHEET];
  });
  const board = ss.getSheetByName(sheets[0].sheetName);
  if (board) ss.setActiveSheet(board);
  const cv = c.cover;
  return {
    reportingDate: c.packet.meta.asOf,
    listed: cv.fundsListed,
    counted: cv.fundsCounted,
    late: cv.fundsLate,
    failed: cv.fundsFailed,
    rejected: cv.fundsRejected,
    duplicates: cv.fundsDuplicate,
    message: t('net.done', lang, {
      counted: cv.fundsCounted,
      listed: cv.fundsListed,
      late: cv.fundsLate,
      failed: cv.fundsFailed,
      rejected: cv.fundsRejected,
    }),
    sheets: names,
    collection: c,
  };
}
