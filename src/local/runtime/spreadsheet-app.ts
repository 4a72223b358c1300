/** The SpreadsheetApp service. */
import { Ctx } from './context';
import type { Gas } from './gas-types';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';
import { ProtectionType } from './protection';
import type { Range } from './range';
import type { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';
import type { Ui } from './ui';
import { DataValidationBuilder, DataValidationCriteria } from './validation';
import { DeveloperMetadataVisibility, DeveloperMetadataLocationType } from './metadata';
import { WorkbookModel } from './workbook';

const SCOPE_ALL = 'https://www.googleapis.com/auth/spreadsheets';

export class SpreadsheetApp
  extends ServiceObject
  implements
    Gas<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      'flush' | 'getActiveSpreadsheet' | 'getActive' | 'create' | 'openById' | 'getUi'
    >
{
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly WrapStrategy = Object.freeze({ WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' });
  readonly BorderStyle = Object.freeze({
    SOLID: 'SOLID',
    DOTTED: 'DOTTED',
    DASHED: 'DASHED',
    SOLID_MEDIUM: 'SOLID_MEDIUM',
    SOLID_THICK: 'SOLID_THICK',
    DOUBLE: 'DOUBLE',
  });

  constructor(
    ctx: Ctx,
    readonly _ui: () => Ui,
  ) {
    super(ctx);
  }

  getActiveSpreadsheet(): Spreadsheet {
    this._ctx.requireAuth('SpreadsheetApp.getActiveSpreadsheet');
    return Spreadsheet.of(this._ctx, this._ctx.active);
  }

  getActive(): Spreadsheet {
    this._ctx.requireAuth('SpreadsheetApp.getActive');
    return Spreadsheet.of(this._ctx, this._ctx.active);
  }

  getActiveSheet(): Sheet {
    this._ctx.requireAuth('SpreadsheetApp.getActiveSheet');
    return Spreadsheet.of(this._ctx, this._ctx.active).getActiveSheet();
  }

  getActiveRange(): Range {
    this._ctx.requireAuth('SpreadsheetApp.getActiveRange');
    return Spreadsheet.of(this._ctx, this._ctx.active).getActiveSheet()._range(1, 1, 1, 1);
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this._ctx.requireAuth('SpreadsheetApp.setActiveSheet');
    return sheet.activate();
  }

  getUi(): Ui {
    return this._ui();
  }

  /** A new spreadsheet in the user's Drive; recorded in rt.created. */
  create(name: string, rows?: number, columns?: number): Spreadsheet {
    this._ctx.requireAuth('SpreadsheetApp.create', SCOPE_ALL);
    if (this._ctx.authMode === 'LIMITED') {
      throw this._ctx.error(
        `You do not have permission to call SpreadsheetApp.create. Required permissions: ${SCOPE_ALL}`,
      );
    }
    const wb = new WorkbookModel(WorkbookModel.newId(), String(name));
    const s = wb.addSheet('Sheet1');
    if (rows) s.maxRows = rows;
    if (columns) s.maxCols = columns;
    this._ctx.registerWorkbook(wb);
    this._ctx.created.set(wb.id, wb);
    return Spreadsheet.of(this._ctx, wb);
  }

  openById(id: string): Spreadsheet {
    this._ctx.requireAuth('SpreadsheetApp.openById', SCOPE_ALL);
    const wb = this._ctx.workbooks.get(String(id));
    const file = this._ctx.drive.files.get(String(id));
    if (!wb || !file || file.trashed) {
      throw this._ctx.error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    }
    return Spreadsheet.of(this._ctx, wb);
  }

  openByUrl(url: string): Spreadsheet {
    const m = /\/d\/([^/]+)/.exec(String(url));
    if (!m) throw this._ctx.error('Invalid argument: url');
    return this.openById(m[1]);
  }

  /** Writes are applied immediately offline; flush only counts as a call. */
  flush(): void {}

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this._ctx);
  }
}

instrument(SpreadsheetApp);
