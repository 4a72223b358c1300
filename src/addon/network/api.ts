/**
 * The network book's menu items, the functions the Network sidebar calls, and the ones the command
 * line calls. Results are plain values (google.script.run).
 */
import { formatDateBE } from '../../core/dates';
import { t, type Text } from '../../core/i18n';
import { collectionJson, type CollectionJson } from '../../core/network/collect';
import { statusLabel } from '../../core/network/sheets';
import { userLang } from '../lang';
import { isNetworkBook, readFundList, readNetworkSettings, setupNetwork, type ListedFund } from './book';
import {
  collectNetworkChunk,
  finishNetworkCollection,
  startNetworkCollection,
  type CollectResult,
  type Progress,
  type StartOptions,
} from './collect';

/** Menu: "ตั้งค่าสมุดเครือข่าย". */
export function setupNetworkBook(): void {
  const r = setupNetwork();
  const ui = SpreadsheetApp.getUi();
  ui.alert(t('menu.networkSetup', userLang()), t('net.setup.done', userLang(), { funds: r.funds }), ui.ButtonSet.OK);
}

export interface NetworkInfo {
  isNetwork: boolean;
  name: string;
  reportingDate: string;
  funds: number;
  /** A sentence to show instead (not a network book, bad reporting date…). */
  problem: string | null;
}

export function getNetworkInfo(): NetworkInfo {
  const lang = userLang();
  if (!isNetworkBook())
    return { isNetwork: false, name: '', reportingDate: '', funds: 0, problem: t('net.err.notNetwork', lang) };
  try {
    const s = readNetworkSettings();
    return {
      isNetwork: true,
      name: s.name,
      reportingDate: formatDateBE(s.reportingDay, 'short'),
      funds: readFundList().length,
      problem: null,
    };
  } catch (e) {
    return {
      isNetwork: true,
      name: '',
      reportingDate: '',
      funds: readFundList().length,
      problem: String((e as Error).message),
    };
  }
}

export function networkStart(): Progress {
  return startNetworkCollection();
}

/** budgetMs: how long one call may read before it reports progress (default 25 s; at most 5 minutes). */
export function networkChunk(runId: string, budgetMs?: number): Progress {
  const budget = typeof budgetMs === 'number' && budgetMs >= 0 ? Math.min(budgetMs, 300000) : 25000;
  return collectNetworkChunk(String(runId), budget);
}

export interface FinishedRow {
  name: string;
  status: string;
  statusCode: string;
  reason: string;
}

/**
 * Sheets has no API for print settings; its PDF export takes them as parameters (A4, portrait,
 * fit to width), which is what "print the board" opens.
 */
function boardPdfUrl(sheetName: string): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(sheetName);
  const gid = sheet ? sheet.getSheetId() : 0;
  const params =
    'format=pdf&size=A4&portrait=true&fitw=true&gridlines=false&sheetnames=false&printtitle=false&pagenum=UNDEFINED';
  return `https://docs.google.com/spreadsheets/d/${ss.getId()}/export?${params}&gid=${gid}`;
}

export function networkFinish(runId: string): CollectResult & { rows: FinishedRow[]; boardPdf: string } {
  const { collection, ...rest } = finishNetworkCollection(String(runId));
  const lang = userLang();
  return {
    ...rest,
    boardPdf: boardPdfUrl(rest.sheets[0]),
    rows: collection.sources.map((s) => ({
      name: s.name,
      status: statusLabel(s.status, lang),
      statusCode: s.status,
      reason: s.reason,
    })),
  };
}

/**
 * Google Picker: the network secretary picks each fund's shared file, which grants this add-on
 * `drive.file` access to exactly those files (https://developers.google.com/workspace/drive/picker/guides/overview,
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth#drive-file): no scope
 * that reads every file in the user's Drive. The token is the user's own, for this add-on only.
 */
export function getPickerToken(): { token: string; apiKey: string; appId: string } {
  // The API key and the Cloud project number are the deployment's, set once as script properties (README).
  const p = PropertiesService.getScriptProperties();
  return {
    token: ScriptApp.getOAuthToken(),
    apiKey: p.getProperty('PICKER_API_KEY') ?? '',
    appId: p.getProperty('CLOUD_PROJECT_NUMBER') ?? '',
  };
}

/** Sidebar: the files picked with Google Picker join the fund list (a file already listed is kept once). */
export function addPickedFunds(files: { id: string; name: string }[]): NetworkInfo {
  const funds: ListedFund[] = (Array.isArray(files) ? files : []).map((f) => ({
    name: String(f.name ?? '').replace(/ — สรุปสำหรับหน่วยงาน$/, ''),
    subdistrict: '',
    where: String(f.id ?? ''),
  }));
  setupNetwork(funds);
  return getNetworkInfo();
}

// ---- the command line ----------------------------------------------------------------------

/** `welfare-fund setup --network FILE`, and the first step of `welfare-fund network`. */
export function setupNetworkBook_(opts: { name?: string; funds?: ListedFund[]; reportingDate?: string } = {}): {
  funds: number;
} {
  return setupNetwork(opts.funds ?? [], opts.name, opts.reportingDate);
}

/** The command line loads every listed file itself (in parallel) before collecting. */
export function listNetworkFunds_(): ListedFund[] {
  return readFundList();
}

/** `welfare-fund network FILES… --out NETWORK.xlsx`: the same start → chunks → finish the sidebar drives. */
export function collectNetworkAll_(opts: StartOptions & { loadErrors?: Record<string, Text> } = {}): {
  result: CollectResult;
  json: CollectionJson;
} {
  const start = startNetworkCollection(opts);
  let p = start;
  while (!p.finished) p = collectNetworkChunk(start.runId, Infinity);
  const { collection, ...result } = finishNetworkCollection(start.runId);
  return { result, json: collectionJson(collection) };
}
