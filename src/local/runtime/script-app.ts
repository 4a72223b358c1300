/** ScriptApp: the AuthMode enum (and getScriptId); triggers are not modelled. */
import { instrument } from './metrics';
import { ServiceObject } from './service-object';

export const AuthMode = Object.freeze({
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
});

export class ScriptApp extends ServiceObject {
  readonly AuthMode = AuthMode;

  getScriptId(): string {
    return 'local-script';
  }

  getAuthorizationInfo(authMode: string): { getAuthorizationStatus(): string; getAuthorizationUrl(): string | null } {
    void authMode;
    return { getAuthorizationStatus: () => 'NOT_REQUIRED', getAuthorizationUrl: () => null };
  }
}

instrument(ScriptApp);
