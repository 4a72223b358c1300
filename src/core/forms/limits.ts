/**
 * How much one google.script.run answer may carry. Each call's payload crosses the network to the
 * sidebar (at 3,000 members the whole collection list was 2 MB and the forms context 0.38 MB), so
 * past these sizes the page asks the server for what it shows instead of receiving everything.
 */

/** "All villages" on collection day: offered only while the payable members fit one list. */
export const COLLECTION_ALL_LIMIT = 300;

/** The member roster is sent to the pickers up to this size; beyond it the server searches. */
export const ROSTER_LIMIT = 300;
