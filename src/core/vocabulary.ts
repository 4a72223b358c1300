/**
 * The fund's codes, each list written once. Types, dropdown choices (src/core/schema.ts CHOICES),
 * validation and summary tables derive from these lists. Codes are what is stored and compared;
 * the words users see live in the message catalogue and in CHOICES. Nothing persisted may depend
 * on a list's ORDER (store the code): the order here is only the order users see.
 */

/** Money a member pays in, as the deposit log's "ประเภท" column records it. */
export const DEPOSIT_KINDS = ['entry_fee', 'annual_fee', 'savings'] as const;
export type DepositKind = (typeof DEPOSIT_KINDS)[number];

/** A member's status as the roll records it (blank reads as active). */
export const MEMBER_STATUS_CODES = ['active', 'resigned', 'deceased', 'lapsed'] as const;
export type MemberStatusCode = (typeof MEMBER_STATUS_CODES)[number];

/**
 * A member's standing on a day, derived from the roll and the deposits (src/core/memberState.ts):
 * the recorded status plus 'suspended' (in arrears), 'unknown' (a status the roll's cell does not
 * name) and 'not_joined' (the day is before the join date).
 */
export const STANDINGS = ['active', 'suspended', 'resigned', 'deceased', 'lapsed', 'unknown', 'not_joined'] as const;
export type MemberStatus = (typeof STANDINGS)[number];

/** Fund ledger lines: money in that is not a member's deposit, and money out that is not welfare. */
export const INCOME_LEDGER_KINDS = [
  'matching_local',
  'matching_state',
  'donation',
  'interest',
  'other_income',
] as const;
export const EXPENSE_LEDGER_KINDS = ['admin_expense', 'other_expense'] as const;
export const LEDGER_KINDS = [...INCOME_LEDGER_KINDS, ...EXPENSE_LEDGER_KINDS] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** Every kind of money in, as the summaries count it: deposits then ledger income. */
export const INCOME_KINDS = [...DEPOSIT_KINDS, ...INCOME_LEDGER_KINDS] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];
export type ExpenseKind = (typeof EXPENSE_LEDGER_KINDS)[number];

/** Who a benefit is paid to. */
export const PAYEES = ['member', 'project'] as const;
export type Payee = (typeof PAYEES)[number];

/** The lines of a welfare claim's checklist (src/core/eligibility.ts), in the order they are checked. */
export const REASON_CODES = [
  'benefit',
  'units',
  'project',
  'member',
  'status',
  'waiting',
  'arrears',
  'age',
  'tier',
  'amount',
  'cap-event',
  'cap-year',
  'cap-lifetime',
  'times-lifetime',
  'amount-zero',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
