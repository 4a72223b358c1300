/** Session and User. */
import { Ctx } from './context';
import type { Gas } from './gas-types';
import { instrument } from './metrics';

export class User implements Gas<GoogleAppsScript.Base.User, 'getEmail'> {
  readonly _meter;
  constructor(
    readonly _ctx: Ctx,
    readonly _email: string,
  ) {
    this._meter = _ctx.meter;
  }

  getEmail(): string {
    return this._email;
  }

  toString(): string {
    return this._email;
  }
}

export class Session implements Gas<
  GoogleAppsScript.Base.Session,
  'getActiveUserLocale' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey'
> {
  readonly _meter;
  constructor(readonly _ctx: Ctx) {
    this._meter = _ctx.meter;
  }

  getActiveUserLocale(): string {
    return this._ctx.locale;
  }

  /** The project's zone (appsscript.json timeZone), not the spreadsheet's. */
  getScriptTimeZone(): string {
    return this._ctx.scriptTimeZone;
  }

  getTimeZone(): string {
    return this._ctx.scriptTimeZone;
  }

  getActiveUser(): User {
    return new User(this._ctx, this._ctx.authMode === 'NONE' ? '' : this._ctx.userEmail);
  }

  getEffectiveUser(): User {
    return new User(this._ctx, this._ctx.authMode === 'NONE' ? '' : this._ctx.userEmail);
  }

  /** A stable, opaque per-user key (Apps Script: unique per user and script, rotates every 30 days). */
  getTemporaryActiveUserKey(): string {
    let h = 0;
    for (const ch of this._ctx.userEmail) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return `tmpkey-${h.toString(36)}`;
  }
}

instrument(User);
instrument(Session);
