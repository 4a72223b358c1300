/** Protected sheets and ranges. */
import { Ctx } from './context';
import type { Gas } from './gas-types';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';
import type { Range } from './range';
import { User } from './session';
import type { Sheet } from './sheet';
import { ProtectionSpec } from './workbook';

export const ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' });

export class Protection
  extends ServiceObject
  implements
    Gas<
      GoogleAppsScript.Spreadsheet.Protection,
      | 'setDescription'
      | 'getDescription'
      | 'setWarningOnly'
      | 'isWarningOnly'
      | 'removeEditors'
      | 'addEditor'
      | 'getEditors'
      | 'remove'
      | 'getRange'
      | 'canEdit'
      | 'addEditors'
      | 'removeEditor'
      | 'canDomainEdit'
      | 'setDomainEdit'
    >
{
  constructor(
    ctx: Ctx,
    readonly _sheet: Sheet,
    readonly _spec: ProtectionSpec,
  ) {
    super(ctx);
  }

  _owner(): string {
    return this._ctx.drive.files.get(this._sheet._parent._wb.id)?.owner ?? this._ctx.userEmail;
  }

  getProtectionType(): string {
    return this._spec.type;
  }

  setDescription(description: string): Protection {
    this._spec.description = String(description);
    return this;
  }

  getDescription(): string {
    return this._spec.description;
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this._spec.warningOnly = !!warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    return this._spec.warningOnly;
  }

  _emails(x: unknown): string[] {
    const list = Array.isArray(x) ? x : [x];
    return list.map((u) => (u instanceof User ? u.getEmail() : String(u)));
  }

  addEditor(emailAddress: string | User): Protection {
    return this.addEditors(this._emails(emailAddress));
  }

  addEditors(emailAddresses: string[]): Protection {
    for (const e of this._emails(emailAddresses)) if (!this._spec.editors.includes(e)) this._spec.editors.push(e);
    return this;
  }

  /** The owner of the file can never be removed (Apps Script silently keeps them). */
  removeEditors(emailAddresses: (string | User)[]): Protection {
    const drop = new Set(this._emails(emailAddresses));
    const owner = this._owner();
    this._spec.editors = this._spec.editors.filter((e) => !drop.has(e) || e === owner);
    return this;
  }

  removeEditor(emailAddress: string | User): Protection {
    return this.removeEditors([emailAddress as string]);
  }

  getEditors(): User[] {
    const owner = this._owner();
    const all = [owner, ...this._spec.editors.filter((e) => e !== owner)];
    return all.map((e) => new User(this._ctx, e));
  }

  canDomainEdit(): boolean {
    return this._spec.domainEdit;
  }

  setDomainEdit(editable: boolean): Protection {
    this._spec.domainEdit = !!editable;
    return this;
  }

  canEdit(): boolean {
    const me = this._ctx.userEmail;
    return this._spec.warningOnly || me === this._owner() || this._spec.editors.includes(me);
  }

  remove(): void {
    const list = this._sheet._model.protections;
    const i = list.indexOf(this._spec);
    if (i >= 0) list.splice(i, 1);
  }

  getRange(): Range {
    const s = this._spec;
    if (s.type === 'SHEET') return this._sheet._range(1, 1, this._sheet._model.maxRows, this._sheet._model.maxCols);
    return this._sheet._range(s.row, s.col, s.numRows, s.numCols);
  }

  setUnprotectedRanges(ranges: Range[]): Protection {
    this._spec.unprotected = ranges.map((r) => [r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]);
    return this;
  }

  getUnprotectedRanges(): Range[] {
    return this._spec.unprotected.map(([r, c, nr, nc]) => this._sheet._range(r, c, nr, nc));
  }
}

instrument(Protection, 'Protection', { inBook: (p: Protection) => p._ctx.active === p._sheet._parent._wb });
