/**
 * What a form page asks for first: its language, today's date, the fee schedule and benefit
 * catalogue, the villages, the member roster for the pickers (ids, names, villages and standing;
 * no national ids, phones or addresses) and a suggested id for a new member.
 * Opening a form is also when the per-member summary is brought up to date (or rebuilt when
 * missing or a day old), so that saves never have to.
 */
import { formatDateBE } from '../../core/dates';
import type { Lang } from '../../core/i18n';
import { suggestNextMemberId } from '../../core/parse';
import { fiscalYear, stateOf } from '../../core/forms/rules';
import type { Fees } from '../../core/forms/owed';
import type { RosterEntry } from '../../core/forms/search';
import { isoOf } from '../../core/forms/validate';
import { amountCeilingOf } from '../../core/records';
import { ROSTER_LIMIT } from '../../core/forms/limits';
import { userLang } from '../lang';
import { openFormsBook } from './book';

export interface BenefitOption {
  code: string;
  name: string;
  unit: string;
  payee: 'member' | 'project';
  amountPerUnit: number | null;
  maxUnitsPerEvent: number | null;
}

export interface FormsContext {
  lang: Lang;
  todayISO: string;
  /** Today in พ.ศ., e.g. '21/11/2568', the date fields' default text. */
  todayBE: string;
  fiscalYear: number;
  fees: Fees;
  /** The settings' plausibility ceiling: the pages check amounts by the same rule as the server. */
  amountCeiling: number;
  benefits: BenefitOption[];
  villages: string[];
  roster: RosterEntry[];
  /** Members on the roll with an id (the roster is empty when there are more than ROSTER_LIMIT). */
  memberCount: number;
  suggestedMemberId: string;
  /** The name this user last saved as "recorded by". */
  recordedBy: string;
  /** When the per-member summary was last rebuilt from the whole log (ISO time). */
  summaryBuiltAt: string;
}

const RECORDER_KEY = 'forms.recordedBy';

export function rememberRecorder(name: string): void {
  if (name === '') return;
  PropertiesService.getUserProperties().setProperty(RECORDER_KEY, name);
}

export interface ContextRequest {
  /** false: the page shows no member picker (collection day), so no roster is sent. */
  roster?: boolean;
}

export function getFormsContext(req?: ContextRequest | null): FormsContext {
  const book = openFormsBook({ summary: 'open' });
  const lang = userLang();
  const villages = new Map<string, string>();
  const roster: RosterEntry[] = [];
  for (const m of book.roll) {
    if (m.village !== '' && !villages.has(m.village.toLowerCase())) villages.set(m.village.toLowerCase(), m.village);
    if (m.memberId === '') continue;
    roster.push({ id: m.memberId, name: m.name, village: m.village, status: stateOf(book.data, m).status });
  }
  const s = book.settings;
  return {
    lang,
    todayISO: isoOf(book.today),
    todayBE: formatDateBE(book.today),
    fiscalYear: fiscalYear(book.data),
    amountCeiling: amountCeilingOf(s),
    fees: {
      entryFee: s.entryFee,
      annualFee: s.annualFee,
      savingsPerDay: s.savingsPerDay,
      fiscalYearStartMonth: s.fiscalYearStartMonth,
    },
    benefits: s.benefits
      .filter((b) => b.active)
      .map((b) => ({
        code: b.code,
        name: b.name,
        unit: b.unit,
        payee: b.payee,
        amountPerUnit: b.amountPerUnit,
        maxUnitsPerEvent: b.maxUnitsPerEvent,
      })),
    villages: Array.from(villages.values()).sort((a, b) => a.localeCompare(b, 'th')),
    // Only what the page shows: past ROSTER_LIMIT members the pickers search on the server.
    roster: req && req.roster === false ? [] : roster.length <= ROSTER_LIMIT ? roster : [],
    memberCount: roster.length,
    suggestedMemberId: suggestNextMemberId(book.roll.map((m) => m.memberId)),
    recordedBy: PropertiesService.getUserProperties().getProperty(RECORDER_KEY) ?? '',
    summaryBuiltAt: book.summary ? book.summary.builtAt : '',
  };
}
