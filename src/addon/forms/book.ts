/**
 * What every form reads: the settings, the member roll (one getValues each: they grow with the
 * number of members, not with the logs) and, when asked, the per-member summary. Never the whole
 * deposit log (see summaryStore.ts).
 */
import type { DayNumber } from '../../core/dates';
import { normalizeMemberId } from '../../core/parse';
import { readSheet } from '../../core/records';
import type { Member } from '../../core/records';
import { parseSettings } from '../../core/settings';
import type { FundSettings } from '../../core/settings';
import type { FormData } from '../../core/forms/rules';
import type { Totals } from '../../core/forms/summary';
import { type LocatedSheets, locateSheets, readBook, requireSheet, type SheetData } from '../book';
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
  // A book without a member roll is refused before anything is read.
  requireSheet(located.byKey, 'members');
  const book = readBook(['settings', 'benefits', 'members'], { located });
  const settings = parseSettings(book.settings?.values ?? [], book.benefits?.values ?? []).settings;
  const today = todayDay();
  const members = requireSheet(book, 'members');
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
