/** Developer metadata on the spreadsheet or a sheet (key/value pairs hidden from users). */
import { Ctx } from './context';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';
import type { Sheet } from './sheet';
import { DevMetaSpec } from './workbook';

export const DeveloperMetadataVisibility = Object.freeze({ DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' });
export const DeveloperMetadataLocationType = Object.freeze({
  SPREADSHEET: 'SPREADSHEET',
  SHEET: 'SHEET',
  ROW: 'ROW',
  COLUMN: 'COLUMN',
});

export class DeveloperMetadata extends ServiceObject {
  constructor(
    ctx: Ctx,
    readonly _list: DevMetaSpec[],
    readonly _spec: DevMetaSpec,
    readonly _sheet: Sheet | null,
  ) {
    super(ctx);
  }

  getId(): number {
    return this._spec.id;
  }

  getKey(): string {
    return this._spec.key;
  }

  getValue(): string | null {
    return this._spec.value;
  }

  getVisibility(): string {
    return this._spec.visibility;
  }

  setKey(key: string): DeveloperMetadata {
    this._spec.key = String(key);
    return this;
  }

  setValue(value: string): DeveloperMetadata {
    this._spec.value = value === null ? null : String(value);
    return this;
  }

  setVisibility(visibility: string): DeveloperMetadata {
    this._spec.visibility = String(visibility);
    return this;
  }

  getLocation(): { getLocationType(): string; getSheet(): Sheet | null } {
    const sheet = this._sheet;
    return { getLocationType: () => this._spec.location, getSheet: () => sheet };
  }

  remove(): void {
    const i = this._list.indexOf(this._spec);
    if (i >= 0) this._list.splice(i, 1);
  }
}

/** Shared by Spreadsheet and Sheet. */
export function addMeta(
  ctx: Ctx,
  list: DevMetaSpec[],
  nextId: () => number,
  location: string,
  key: string,
  value?: string | null,
  visibility?: string,
): DevMetaSpec {
  // Apps Script: addDeveloperMetadata(key), (key, visibility), (key, value), (key, value, visibility)
  let v: string | null = null;
  let vis = 'DOCUMENT';
  if (visibility !== undefined) {
    v = value === null || value === undefined ? null : String(value);
    vis = String(visibility);
  } else if (value === 'DOCUMENT' || value === 'PROJECT') vis = value;
  else if (value !== undefined && value !== null) v = String(value);
  if (typeof key !== 'string' || key === '') throw ctx.error('Invalid argument: key');
  const spec: DevMetaSpec = { id: nextId(), key, value: v, visibility: vis, location };
  list.push(spec);
  return spec;
}

instrument(DeveloperMetadata, 'DeveloperMetadata', {
  inBook: (m: DeveloperMetadata) => !m._sheet || m._ctx.active === m._sheet._parent._wb,
});
