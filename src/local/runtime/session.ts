/** Session and User. */
import { Ctx } from './context';
import type { Gas } from './gas-types';
import { instrument } from './metrics';
import { ServiceObject } from './service-object';

export class User extends ServiceObject implements Gas<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(
    ctx: Ctx,
    readonly _email: string,
  ) {
    super(ctx);
  }

  getEmail(): string {
    return this._email;
  }

  override toString(): string {
    return this._email;
  }
}

export class Session
  extends ServiceObject
  implements
    Gas<GoogleAppsScript.Base.Session, 'getActiveUserLocale' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey'>
{
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
