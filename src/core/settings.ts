/**
 * The fund's own rules as data: key/value settings and the benefit catalogue, read from the
 * settings sheets, with a finding for everything missing or invalid (the default is used and
 * the finding says so). Defaults come from the seeds (Ban Don Chai, DOMAIN.md).
 */
import type { Lang, Text } from './i18n';
import type { DayNumber } from './dates';
import type { Finding } from './findings';

export type Payee = 'member' | 'project';

export interface Tier {
  /** Whole years of membership from which this amount applies. */
  years: number;
  /** Baht per event. */
  amount: number;
}

/** One kind of welfare. null in a number field means "no limit" / "not set". */
export interface Benefit {
  code: string;
  name: string;
  payee: Payee;
  /** What a unit is (คน, คืน, ครั้ง …), shown next to the units field. */
  unit: string;
  /** Baht per unit; null: the committee sets the amount each time. */
  amountPerUnit: number | null;
  waitingDays: number | null;
  maxUnitsPerEvent: number | null;
  capPerEvent: number | null;
  capPerYear: number | null;
  capLifetime: number | null;
  maxTimesLifetime: number | null;
  /** Amount per event by whole years of membership, ascending by years; [] = no tiers. */
  tiers: Tier[];
  minAge: number | null;
  maxAge: number | null;
  /** Health, disability or death data: never leaves the fund book per person (PDPA). */
  sensitive: boolean;
  active: boolean;
  /** Paid because the member died (the claim is dated on/after the death). */
  onDeath: boolean;
}

export interface FundSettings {
  fundName: string;
  place: string;
  foundedDay: DayNumber | null;
  entryFee: number;
  annualFee: number;
  savingsPerDay: number;
  fiscalYearStartMonth: number;
  annualFeeGraceDays: number;
  suspendAfterArrearsDays: number;
  lapseAfterArrearsDays: number;
  sensitiveThreshold: number;
  adminCostCeiling: number;
  language: Lang;
  benefits: Benefit[];
}

export type SettingKey = Exclude<keyof FundSettings, 'benefits'>;
export type SettingKind = 'text' | 'date' | 'money' | 'days' | 'count' | 'month' | 'ratio' | 'language';

export interface SettingDef {
  key: SettingKey;
  th: string;
  en: string;
  default: string | number | null;
  helpTh: string;
  helpEn: string;
  kind: SettingKind;
}

export declare const SETTING_DEFS: SettingDef[];
export declare const DEFAULT_BENEFITS: Benefit[];
export declare function defaultSettings(): FundSettings;
/** The settings sheet's default rows (label, value, help) in SHEETS.settings column order, without the header. */
export declare function settingsRows(lang: Lang): unknown[][];
/** The benefit sheet's default rows in SHEETS.benefits column order, without the header. */
export declare function benefitRows(lang: Lang): unknown[][];
/** "1=3000, 3=5000" -> tiers; text for the parse error otherwise. */
export declare function parseTiers(value: unknown): { ok: true; tiers: Tier[] } | { ok: false; reason: Text };
export declare function formatTiers(tiers: Tier[]): string;
export declare function parseSettings(
  settingsValues: unknown[][],
  benefitValues: unknown[][],
): { settings: FundSettings; findings: Finding[] };
/** A benefit by code, name (Thai/English) or normalised spelling; undefined when none matches. */
export declare function findBenefit(benefits: Benefit[], value: unknown): Benefit | undefined;
