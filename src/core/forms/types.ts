/**
 * What the sidebar forms send and get back. Plain values only: they cross google.script.run,
 * so dates travel as ISO 'YYYY-MM-DD' strings and amounts as the text the secretary typed (the
 * server parses it again with the same parser the page used).
 */
import type { DepositKind } from '../records';
import type { Failure as FailureOf } from '../result';

/** Every save carries a key made by the page once per submission: a retry or a double click writes once. */
export interface Keyed {
  key: string;
}

export interface NewMemberInput extends Keyed {
  memberId: string;
  name: string;
  nationalId: string;
  /** ISO date or '' */
  birthDate: string;
  village: string;
  address: string;
  phone: string;
  /** ISO date */
  joinDate: string;
  beneficiary: string;
  note: string;
}

export const CONTACT_FIELDS = ['village', 'address', 'phone', 'beneficiary', 'note'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export type ContactValues = Record<ContactField, string>;

export interface ContactEditInput extends Keyed {
  memberId: string;
  /** The values the page showed: a cell changed meanwhile by someone else is not overwritten. */
  before: ContactValues;
  after: ContactValues;
}

export type EndStatus = 'resigned' | 'deceased';

export interface StatusInput extends Keyed {
  memberId: string;
  status: EndStatus;
  /** ISO date */
  date: string;
}

export interface DepositInput extends Keyed {
  memberId: string;
  kind: DepositKind;
  amount: string;
  /** ISO date */
  date: string;
  /** B.E. year for the annual fee, '' otherwise */
  yearCovered: string;
  recordedBy: string;
  note: string;
}

export interface CollectionItem {
  memberId: string;
  kind: DepositKind;
  amount: string;
  yearCovered: string;
}

export interface CollectionInput extends Keyed {
  /** ISO date */
  date: string;
  recordedBy: string;
  items: CollectionItem[];
}

export interface WelfareInput extends Keyed {
  benefit: string;
  /** '' for a benefit paid to a community project */
  memberId: string;
  /** '' for a benefit paid to a member */
  project: string;
  units: string;
  /** ISO date */
  date: string;
  amount: string;
  approvedBy: string;
  note: string;
  overrideReason: string;
}

/** Field errors in the user's language, keyed by field name ('form' for the whole form, 'items.3.amount' for a line). */
export type FieldErrors = Record<string, string>;

export interface Written {
  /** Thai name of the sheet written to */
  sheet: string;
  /** Sheet rows written, in the order of the submitted lines. */
  rows: number[];
  /** Receipt, voucher or member numbers, in the same order. */
  numbers: string[];
}

/**
 * What the user can fix (no member sheet yet, a field), in their language: {form: message} or per
 * field, with its code (src/core/result.ts): the envelope every failing server function answers.
 */
export type Failure = FailureOf<string>;

/** A save: written (or replayed), or a failure; code `book.busy` when another save held the book and nothing was written. */
export type SaveResult = { ok: true; replayed: boolean; written: Written } | Failure;
