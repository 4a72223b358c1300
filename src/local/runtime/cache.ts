/** CacheService with Apps Script's limits; expiry follows the runtime clock (createRuntime({ now })). */
import { Ctx } from './context';
import type { Gas } from './gas-types';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';

const MAX_KEY = 250;
const MAX_VALUE = 100 * 1024;
const DEFAULT_TTL = 600;
const MAX_TTL = 21600;

interface Entry {
  value: string;
  expires: number;
}

export class Cache
  extends ServiceObject
  implements Gas<GoogleAppsScript.Cache.Cache, 'get' | 'put' | 'remove' | 'getAll' | 'putAll' | 'removeAll'>
{
  constructor(
    ctx: Ctx,
    readonly _store: Map<string, Entry>,
  ) {
    super(ctx);
  }

  _key(key: unknown): string {
    const k = String(key);
    if (k.length > MAX_KEY) throw this._ctx.error('Argument too large: key');
    return k;
  }

  _get(key: string): string | null {
    const e = this._store.get(key);
    if (!e) return null;
    if (e.expires <= this._ctx.now().getTime()) {
      this._store.delete(key);
      return null;
    }
    return e.value;
  }

  _put(key: string, value: unknown, ttl?: number): void {
    const v = String(value);
    if (v.length > MAX_VALUE) throw this._ctx.error('Argument too large: value');
    const seconds = Math.min(MAX_TTL, Math.max(1, ttl === undefined ? DEFAULT_TTL : Number(ttl)));
    this._store.set(key, { value: v, expires: this._ctx.now().getTime() + seconds * 1000 });
  }

  get(key: string): string | null {
    return this._get(this._key(key));
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this._put(this._key(key), value, expirationInSeconds);
  }

  remove(key: string): void {
    this._store.delete(this._key(key));
  }

  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this._get(this._key(k));
      if (v !== null) out[k] = v;
    }
    return out;
  }

  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this._put(this._key(k), v, expirationInSeconds);
  }

  removeAll(keys: string[]): void {
    for (const k of keys) this._store.delete(this._key(k));
  }
}

export class CacheService
  extends ServiceObject
  implements Gas<GoogleAppsScript.Cache.CacheService, 'getDocumentCache' | 'getScriptCache' | 'getUserCache'>
{
  readonly _stores = {
    document: new Map<string, Entry>(),
    script: new Map<string, Entry>(),
    user: new Map<string, Entry>(),
  };

  getDocumentCache(): Cache {
    this._ctx.requireAuth('CacheService.getDocumentCache');
    return new Cache(this._ctx, this._stores.document);
  }

  getScriptCache(): Cache {
    this._ctx.requireAuth('CacheService.getScriptCache');
    return new Cache(this._ctx, this._stores.script);
  }

  getUserCache(): Cache {
    this._ctx.requireAuth('CacheService.getUserCache');
    return new Cache(this._ctx, this._stores.user);
  }
}

instrument(Cache);
instrument(CacheService);
