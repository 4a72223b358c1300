/**
 * PropertiesService. Document properties live in the workbook (saved in the very hidden sheet "__props");
 * user and script properties live as long as the runtime.
 */
import { Ctx } from './context';
import type { Gas } from './gas-types';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';

/** Apps Script quotas: 9 KB per value, 500 KB per property store. */
const MAX_VALUE = 9 * 1024;
const MAX_STORE = 500 * 1024;

export class Properties
  extends ServiceObject
  implements
    Gas<
      GoogleAppsScript.Properties.Properties,
      | 'getProperty'
      | 'setProperty'
      | 'deleteProperty'
      | 'getProperties'
      | 'setProperties'
      | 'getKeys'
      | 'deleteAllProperties'
    >
{
  constructor(
    ctx: Ctx,
    readonly _store: Map<string, string>,
  ) {
    super(ctx);
  }

  _check(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) {
      if (v.length > MAX_VALUE) throw this._ctx.error('Argument too large: value');
      total += k.length + v.length;
    }
    if (total > MAX_STORE)
      throw this._ctx.error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
  }

  getProperty(key: string): string | null {
    return this._store.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): Properties {
    if (key === null || key === undefined) throw this._ctx.error('Invalid argument: key');
    const next = new Map(this._store).set(String(key), String(value));
    this._check(next);
    this._store.set(String(key), String(value));
    return this;
  }

  deleteProperty(key: string): Properties {
    this._store.delete(String(key));
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }

  getKeys(): string[] {
    return [...this._store.keys()];
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): Properties {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this._store);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this._check(next);
    if (deleteAllOthers) this._store.clear();
    for (const [k, v] of next) this._store.set(k, v);
    return this;
  }

  deleteAllProperties(): Properties {
    this._store.clear();
    return this;
  }
}

export class PropertiesService
  extends ServiceObject
  implements
    Gas<
      GoogleAppsScript.Properties.PropertiesService,
      'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'
    >
{
  getDocumentProperties(): Properties {
    this._ctx.requireAuth('PropertiesService.getDocumentProperties', 'https://www.googleapis.com/auth/script.storage');
    return new Properties(this._ctx, this._ctx.active.docProps);
  }

  getUserProperties(): Properties {
    this._ctx.requireAuth('PropertiesService.getUserProperties', 'https://www.googleapis.com/auth/script.storage');
    return new Properties(this._ctx, this._ctx.userProps);
  }

  getScriptProperties(): Properties {
    this._ctx.requireAuth('PropertiesService.getScriptProperties', 'https://www.googleapis.com/auth/script.storage');
    return new Properties(this._ctx, this._ctx.scriptProps);
  }
}

// Only document properties are kept in the book's file; user and script properties are not.
instrument(Properties, 'Properties', { inBook: (p: Properties) => p._store === p._ctx.active.docProps });
instrument(PropertiesService);
