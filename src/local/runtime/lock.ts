/**
 * LockService. Tests simulate another user holding a lock with rt.holdDocumentLock(); our own locks are
 * released when the operation ends (Apps Script releases them when the script finishes).
 */
import { Ctx } from './context';
import type { Gas } from './gas-types';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';

export type LockKind = 'document' | 'script' | 'user';

/** A lock held by "someone else": until released, or until a waiter waits at least `releaseAfterMs`. */
export interface ForeignHold {
  releaseAfterMs: number;
}

export class LockState {
  foreign = new Map<LockKind, ForeignHold>();
  mine = new Set<LockKind>();
  /** every wait, for tests: kind and the timeout asked for */
  waits: { kind: LockKind; timeoutMs: number; acquired: boolean }[] = [];
}

const TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export class Lock
  extends ServiceObject
  implements Gas<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>
{
  constructor(
    ctx: Ctx,
    readonly _state: LockState,
    readonly _kind: LockKind,
  ) {
    super(ctx);
  }

  _acquire(timeoutMs: number): boolean {
    if (this._state.mine.has(this._kind)) return true;
    const hold = this._state.foreign.get(this._kind);
    // a foreign hold ends if we are willing to wait longer than it lasts
    const ok = !hold || timeoutMs >= hold.releaseAfterMs;
    if (ok && hold) this._state.foreign.delete(this._kind);
    this._state.waits.push({ kind: this._kind, timeoutMs, acquired: ok });
    if (ok) this._state.mine.add(this._kind);
    return ok;
  }

  tryLock(timeoutInMillis: number): boolean {
    return this._acquire(Number(timeoutInMillis) || 0);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this._acquire(Number(timeoutInMillis) || 0)) throw this._ctx.error(TIMEOUT);
  }

  releaseLock(): void {
    this._state.mine.delete(this._kind);
  }

  hasLock(): boolean {
    return this._state.mine.has(this._kind);
  }
}

export class LockService
  extends ServiceObject
  implements Gas<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  constructor(
    ctx: Ctx,
    readonly _state: LockState,
  ) {
    super(ctx);
  }

  getDocumentLock(): Lock {
    this._ctx.requireAuth('LockService.getDocumentLock', 'https://www.googleapis.com/auth/script.scriptapp');
    return new Lock(this._ctx, this._state, 'document');
  }

  getScriptLock(): Lock {
    this._ctx.requireAuth('LockService.getScriptLock', 'https://www.googleapis.com/auth/script.scriptapp');
    return new Lock(this._ctx, this._state, 'script');
  }

  getUserLock(): Lock {
    this._ctx.requireAuth('LockService.getUserLock', 'https://www.googleapis.com/auth/script.scriptapp');
    return new Lock(this._ctx, this._state, 'user');
  }
}

instrument(Lock);
instrument(LockService);
