/**
 * What every form reads: the settings, the member roll (one getValues each: they grow with the
 * number of members, not with the logs) and, when asked, the per-member summary. Never the whole
 * deposit log (see summaryStore.ts).
 */
import type { DayNumber } from '../../core/dates';
import { normalizeMemberId } from '../../core/parse';
import { readSheet } from '../../core/records';
import type { Member } from '../../core/records';
import { SHEETS } from '../../core/schema';
import { parseSettings } from '../../core/settings';
import type { FundSettings } from '../../core/settings';
import type { FormData } from '../../core/forms/rules';
import type { Totals } from '../../core/forms/summary';
import { locateSheets } from '../book/locate';
import type { LocatedSheets } from '../book/locate';
import { readSheetData } from '../book/read';
import type { SheetData } from '../book/read';
import { userError } from '../book/errors';
import { loadSummary, today as todayDay } from './summaryStore';
import type { Summary } from './summaryStore';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface FormsBook {
  ss: Spreadsheet;
  located: LocatedSheets;
  today: DayNumber;
  settings: FundSettings;
  members: SheetData;
  roll: Member[];
  byId: Map<string, Member>;
  summary: Summary | null;
  data: FormData;
}

export interface OpenOptions {
  /** 'none': no summary; 'save': bring it up to date; 'open': also rebuild it when old; 'rebuild': from scratch. */
  summary: 'none' | 'save' | 'open' | 'rebuild';
}

export function openFormsBook(opts: OpenOptions): FormsBook {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const located = locateSheets(ss);
  const membersSheet = located.byKey.members;
  if (!membersSheet) throw userError('book.sheetMissing', { sheet: SHEETS.members.th });
  // Names are known from locateSheets: pass them so reading costs no getName calls.
  const nameOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => located.all.find((s) => s.sheet === sheet)?.name ?? '';
  const settingsData = located.byKey.settings
    ? readSheetData('settings', located.byKey.settings, nameOf(located.byKey.settings)).values
    : [];
  const benefitData = located.byKey.benefits
    ? readSheetData('benefits', located.byKey.benefits, nameOf(located.byKey.benefits)).values
    : [];
  const settings = parseSettings(settingsData, benefitData).settings;
  const today = todayDay();
  const members = readSheetData('members', membersSheet, nameOf(membersSheet));
  const roll = readSheet('members', members.values, settings, { today }).records;
  const byId = new Map<string, Member>();
  const byNid = new Map<string, Member>();
  for (const m of roll) {
    if (m.memberId !== '' && !byId.has(m.memberId)) byId.set(m.memberId, m);
    if (m.nationalId !== '' && !byNid.has(m.nationalId)) byNid.set(m.nationalId, m);
  }
  const summary =
    opts.summary === 'none'
      ? null
      : loadSummary(ss, located, settings, today, {
          rebuildIfOld: opts.summary === 'open',
          force: opts.summary === 'rebuild',
        });
  const data: FormData = {
    today,
    settings,
    memberById: (id) => byId.get(normalizeMemberId(id)),
    memberByNationalId: (nid) => byNid.get(nid),
    totals: (key): Totals | undefined => (summary ? summary.map.get(key) : undefined),
  };
  return { ss, located, today, settings, members, roll, byId, summary, data };
}
