/**
 * The server functions the sidebars may call through google.script.run, with their types.
 * The sidebar's typed RPC wrapper (sidebar/lib/rpc.ts) imports this type only, so a renamed or
 * retyped server function fails the type-check of every page that calls it.
 * Arguments and results must be plain values (no Date: send ISO strings).
 */
import type { ClientContext } from './sidebar';
import type { AboutInfo } from './about';
import type { ShareForm, ShareInfo, ShareResponse } from './share/api';
import type { FormsApi } from './forms/api';
import type { ImportApi } from './import/types';

export interface ServerApi extends FormsApi, ImportApi {
  getClientContext(): ClientContext;
  getAboutInfo(): AboutInfo;
  getShareInfo(): ShareInfo;
  shareSummary(form: ShareForm): ShareResponse;
  removeShareViewer(email: string): ShareResponse;
}
