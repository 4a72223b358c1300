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
import type { FinishedRow, NetworkInfo } from './network/api';
import type { CollectResult, Progress } from './network/collect';
import type { ImportApi } from './import/types';

export interface ServerApi extends FormsApi, ImportApi {
  getClientContext(): ClientContext;
  getAboutInfo(): AboutInfo;
  getShareInfo(): ShareInfo;
  shareSummary(form: ShareForm): ShareResponse;
  removeShareViewer(email: string): ShareResponse;
  getNetworkInfo(): NetworkInfo;
  networkStart(): Progress;
  networkChunk(runId: string, budgetMs?: number): Progress;
  networkFinish(runId: string): CollectResult & { rows: FinishedRow[]; boardPdf: string };
  getPickerToken(): { token: string; apiKey: string; appId: string };
  addPickedFunds(files: { id: string; name: string }[]): NetworkInfo;
}
