/** ScriptApp: the AuthMode enum (and getScriptId); triggers are not modelled. */
import { Ctx } from './context';
import { instrument } from './metrics';

export const AuthMode = Object.freeze({
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
});

export class ScriptApp {
  readonly _meter;
  readonly AuthMode = AuthMode;

  constructor(readonly _ctx: Ctx) {
    this._meter = _ctx.meter;
  }

  getScriptId(): string {
    return 'local-script';
  }

  getAuthorizationInfo(authMode: string): { getAuthorizationStatus(): string; getAuthorizationUrl(): string | null } {
    void authMode;
    return { getAuthorizationStatus: () => 'NOT_REQUIRED', getAuthorizationUrl: () => null };
  }
}

instrument(ScriptApp);
