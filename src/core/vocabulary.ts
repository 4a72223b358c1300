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

/**
 * The lines of a welfare claim's checklist (src/core/eligibility.ts), in the order they are
 * checked. `column`: the welfare sheet's column a check finding about a payment that broke the
 * rule points at. `kind`: whether the check report counts it under a kind of its own
 * ('welfare.not-eligible.<code>'), else under 'welfare.not-eligible.other'.
 */
export const REASONS = [
  { code: 'benefit', column: 'benefit', kind: true },
  { code: 'units', column: 'units', kind: true },
  { code: 'project', column: 'project', kind: true },
  { code: 'member', column: 'memberId', kind: true },
  { code: 'status', column: 'date', kind: true },
  { code: 'waiting', column: 'date', kind: true },
  { code: 'arrears', column: 'memberId', kind: true },
  { code: 'age', column: 'memberId', kind: true },
  { code: 'tier', column: 'date', kind: true },
  { code: 'amount', column: 'benefit', kind: false },
  { code: 'cap-event', column: 'amount', kind: true },
  { code: 'cap-year', column: 'amount', kind: true },
  { code: 'cap-lifetime', column: 'amount', kind: true },
  { code: 'times-lifetime', column: 'benefit', kind: true },
  { code: 'amount-zero', column: 'amount', kind: true },
] as const;
export type ReasonCode = (typeof REASONS)[number]['code'];

/** A rule a payment broke, as the check report counts it. */
export type NotEligibleCode =
  `welfare.not-eligible.${Extract<(typeof REASONS)[number], { kind: true }>['code'] | 'other'}`;

/**
 * The kinds of finding the check report counts with a label of their own (its words are
 * `kind.<code>` in src/core/checks/messages.ts; a code without them is a type error there). A
 * finding with another code is counted as 'other', with its code shown.
 */
export const FINDING_CODES = [
  'amount.empty',
  'amount.invalid',
  'amount.negative',
  'amount.too-large',
  'amount.warning',
  'benefit.age-order',
  'benefit.bad-tiers',
  'benefit.duplicate',
  'benefit.invalid',
  'benefit.missing-field',
  'benefits.no-columns',
  'benefits.no-sheet',
  'benefits.none',
  'cell.date-as-text',
  'cell.formula',
  'cell.number-as-text',
  'cell.required',
  'cell.text-not-number',
  'choice.unknown',
  'date.543-early',
  'date.be-stored-as-ce',
  'date.ce-typed',
  'date.empty',
  'date.era-mismatch',
  'date.future',
  'date.impossible',
  'date.not-a-date',
  'date.two-digit-year',
  'date.warning',
  'date.year-out-of-range',
  'deposit.after-status',
  'deposit.amount-negative',
  'deposit.amount-zero',
  'deposit.annual-fee-amount',
  'deposit.annual-fee-twice',
  'deposit.before-join',
  'deposit.duplicate-receipt',
  'deposit.entry-fee-amount',
  'deposit.entry-fee-twice',
  'deposit.unknown-member',
  'id.as-date',
  'int.empty',
  'int.invalid',
  'int.negative',
  'ledger.amount-not-positive',
  'ledger.source-missing',
  'ledger.unknown-kind',
  'member.birth-after-join',
  'member.duplicate-id',
  'member.duplicate-national-id',
  'member.name-missing',
  'member.status-date-missing',
  'member.unknown-status',
  'member.village-rare',
  'member.village-variant',
  'nid.chars',
  'nid.checksum',
  'nid.empty',
  'nid.length',
  'nid.stored-as-number',
  'nid.warning',
  'phone.empty',
  'phone.invalid',
  'phone.warning',
  'setting.duplicate',
  'setting.invalid',
  'setting.lapse-before-suspend',
  'setting.missing',
  'setting.no-columns',
  'setting.no-sheet',
  'setting.read-as',
  'setting.unknown-row',
  'sheet.missing',
  'sheet.missing-column',
  'welfare.after-death',
  'welfare.amount-mismatch',
  'welfare.member-missing',
  'welfare.second-death',
  'welfare.unknown-member',
  'year.invalid',
  'year.two-digit',
  'year.warning',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number] | NotEligibleCode;
