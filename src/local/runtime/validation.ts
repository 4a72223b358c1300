/** Data validation rules (SpreadsheetApp.newDataValidation()). */
import { Ctx } from './context';
import type { Gas } from './gas-types';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';
import { isDate } from './values';
import { ValidationSpec } from './workbook';

/** Criteria names as in SpreadsheetApp.DataValidationCriteria */
export const DataValidationCriteria = Object.freeze({
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_LENGTH: 'TEXT_LENGTH',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  CHECKBOX: 'CHECKBOX',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
});

/** One shared object per distinct rule, so cells with the same rule form runs (see runs.ts). */
const interned = new Map<string, ValidationSpec>();
export function internSpec(spec: ValidationSpec): ValidationSpec {
  const key = JSON.stringify(spec);
  let s = interned.get(key);
  if (!s) interned.set(key, (s = spec));
  return s;
}

export class DataValidation
  extends ServiceObject
  implements Gas<GoogleAppsScript.Spreadsheet.DataValidation, 'getCriteriaValues' | 'getAllowInvalid'>
{
  constructor(
    ctx: Ctx,
    readonly _spec: ValidationSpec,
  ) {
    super(ctx);
  }

  getCriteriaType(): string {
    return this._spec.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this._spec.args.map((a) => (Array.isArray(a) ? [...a] : isDate(a) ? new Date(a.getTime()) : a));
  }

  getAllowInvalid(): boolean {
    return this._spec.allowInvalid;
  }

  getHelpText(): string | null {
    return this._spec.helpText;
  }

  copy(): DataValidationBuilder {
    const b = new DataValidationBuilder(this._ctx);
    b._spec = { ...this._spec, args: [...this._spec.args] };
    return b;
  }
}

export class DataValidationBuilder
  extends ServiceObject
  implements
    Gas<
      GoogleAppsScript.Spreadsheet.DataValidationBuilder,
      'setAllowInvalid' | 'setHelpText' | 'requireDate' | 'requireNumberBetween' | 'requireNumberGreaterThanOrEqualTo'
    >
{
  _spec: ValidationSpec = { criteria: '', args: [], allowInvalid: true, helpText: null };

  _set(criteria: string, args: unknown[]): DataValidationBuilder {
    this._spec = { ...this._spec, criteria, args };
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    return this._set('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }

  requireDate(): DataValidationBuilder {
    return this._set('DATE_IS_VALID_DATE', []);
  }

  requireDateOnOrAfter(date: Date): DataValidationBuilder {
    return this._set('DATE_ON_OR_AFTER', [new Date(date.getTime())]);
  }

  requireDateOnOrBefore(date: Date): DataValidationBuilder {
    return this._set('DATE_ON_OR_BEFORE', [new Date(date.getTime())]);
  }

  requireDateBetween(start: Date, end: Date): DataValidationBuilder {
    return this._set('DATE_BETWEEN', [new Date(start.getTime()), new Date(end.getTime())]);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberGreaterThan(number: number): DataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN', [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilder {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberEqualTo(number: number): DataValidationBuilder {
    return this._set('NUMBER_EQUAL_TO', [number]);
  }

  requireTextLengthBetween(min: number, max: number): DataValidationBuilder {
    return this._set('TEXT_LENGTH', [min, max]);
  }

  requireTextIsEmail(): DataValidationBuilder {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }

  requireCheckbox(): DataValidationBuilder {
    return this._set('CHECKBOX', []);
  }

  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this._set('CUSTOM_FORMULA', [formula]);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this._spec = { ...this._spec, allowInvalid: !!allowInvalidData };
    return this;
  }

  setHelpText(helpText: string): DataValidationBuilder {
    this._spec = { ...this._spec, helpText: String(helpText) };
    return this;
  }

  getCriteriaType(): string {
    return this._spec.criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this._spec.args];
  }

  build(): DataValidation {
    if (!this._spec.criteria) throw this._ctx.error('A data validation rule needs criteria before it is built.');
    return new DataValidation(this._ctx, { ...this._spec, args: [...this._spec.args] });
  }
}

instrument(DataValidation);
instrument(DataValidationBuilder);
