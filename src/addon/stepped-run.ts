/**
 * Work the sidebar drives in steps (the network collection, a big book's summaries) keeps its
 * cursor in one document property between the steps: small (the quotas page allows 9 KB a value,
 * https://developers.google.com/apps-script/guides/services/quotas) and written in the same locked
 * step as the work it records. A step of a run that was restarted or has finished is refused.
 */
import { userError } from './book';

export function runProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** The stored run (null when none); with a runId, that run or the `stale` message. */
/** What a step of a stale run is told (a message without parameters). */
export type StaleRunMessage = 'net.err.staleRun' | 'sum.run.stale';

export function storedRun<T extends { runId: string }>(
  property: string,
  stale: StaleRunMessage,
  runId?: string,
): T | null {
  const raw = runProperties().getProperty(property);
  const state = raw ? (JSON.parse(raw) as T) : null;
  if (runId !== undefined && (!state || state.runId !== runId)) throw userError(stale);
  return state;
}
