/**
 * Every entry point of the add-on, listed once: the triggers, the menu (label and action), the
 * functions the sidebars call through google.script.run (RPC) and those the command line calls
 * (CLI). index.ts exposes each as a top-level function of dist/Code.js; the sidebar's typed
 * caller (sidebar/lib/rpc.ts) and the command line's (src/local/addon.ts) take their types from
 * here, so a renamed or retyped function fails the type-check of every caller.
 *
 * Each entry is built from the wrappers in ./entry.ts (a read's error envelope, a save's lock and
 * idempotency key). docs/EXTENDING.md says how to add one.
 */
import { t, type LabelKey } from '../core/i18n';
import { getAboutInfo, getWorkbookInfo } from './about';
import { UserError } from './book';
import { checkEntries, runChecks } from './checks';
import { createDemoFund } from './demo';
import { answering, read, save } from './entry';
import { getFormsContext } from './forms/context';
import { getCollectionList, writeCollection, writeDeposit } from './forms/deposits';
import { findMembers, findMembersByNationalId, getMemberInfo, rebuildMemberSummary } from './forms/lookup';
import { checkMemberNationalId, writeMemberContact, writeMemberStatus, writeNewMember } from './forms/members';
import { checkWelfareClaim, writeWelfareClaim } from './forms/welfare';
import { userLang } from './lang';
import { setupFundBook } from './setup';
import {
  detectImportTabs,
  dryRunImport,
  exportImportMapping,
  getImportContext,
  importFromValues_,
  loadImportMapping,
  previewImportTab,
  remapImportTab,
  runImport,
  showImportDialog,
  undoImport,
} from './import/api';
import { exportSharedSummary_, getShareInfo, removeShareViewer, shareSummary } from './share/api';
import * as network from './network/api';
import { setBookTimeZoneToThai } from './google-limits';
import { getClientContext, showSidebar } from './sidebar';
import { buildSummariesWith } from './summaries/build';
import { buildSummariesFromMenu, SUMMARY_RUN_RPC } from './summaries/resumable';
import type { JsonApi } from './json';

interface MenuItem {
  label: LabelKey;
  run: () => unknown;
}

/**
 * Every menu action meets a user error (no member sheet, someone else saving, a sheet that is not
 * ours…) the same way: an alert titled with the action's name, in the user's language, and
 * nothing else. Thrown on, Apps Script would show it as a script error banner. Other errors are
 * bugs and stay thrown.
 */
function menuAction(label: LabelKey, run: () => unknown): () => unknown {
  return () => {
    try {
      return run();
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      const lang = userLang();
      const ui = SpreadsheetApp.getUi();
      ui.alert(t(label, lang), err.text[lang], ui.ButtonSet.OK);
      return undefined;
    }
  };
}
const item = (label: LabelKey, run: () => unknown): MenuItem => ({ label, run: menuAction(label, run) });

/**
 * The add-on menu, one group per separator: the secretary's daily forms first, then the monthly
 * reports, then what is done once (set-up) or rarely (about). The key is the function's name.
 */
export const MENU = [
  {
    showMemberForm: item('menu.memberForm', () => showSidebar('Members', 'menu.memberForm')),
    showDepositForm: item('menu.depositForm', () => showSidebar('Deposit', 'menu.depositForm')),
    showCollectionDay: item('menu.collectionDay', () => showSidebar('Collection', 'menu.collectionDay')),
    showWelfareForm: item('menu.welfareForm', () => showSidebar('Welfare', 'menu.welfareForm')),
    showLookup: item('menu.lookup', () => showSidebar('Lookup', 'menu.lookup')),
  },
  {
    checkEntries: item('menu.check', checkEntries),
    buildSummaries: item('menu.summarize', buildSummariesFromMenu),
  },
  {
    showShareSidebar: item('menu.share', () => showSidebar('Share', 'share.title')),
  },
  {
    showNetworkSidebar: item('menu.networkCollect', () => showSidebar('Network', 'net.title')),
    setupNetworkBook: item('menu.networkSetup', network.setupNetworkBook),
  },
  {
    setupFundBook: item('menu.setup', setupFundBook),
    showImportDialog: item('menu.import', showImportDialog),
    showAboutSidebar: item('menu.about', () => showSidebar('About', 'about.title')),
  },
] as const;

/**
 * onOpen runs in AuthMode.NONE for users who have not used the add-on in this document yet: there
 * it may only build the menu (no spreadsheet data, no properties), so the menu is the same static
 * list in every mode and every action checks the book when it runs.
 */
function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang = userLang();
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  MENU.forEach((group, i) => {
    if (i > 0) menu.addSeparator();
    for (const [name, entry] of Object.entries(group)) menu.addItem(t(entry.label, lang), name);
  });
  menu.addToUi();
}

export const TRIGGERS = {
  onOpen,
  /** Installing from the Marketplace runs onInstall in FULL mode; build the menu at once. */
  onInstall: (e?: GoogleAppsScript.Events.AddonOnInstall): void =>
    onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen),
};

/** Every group's keys: a conditional type distributes only over a type parameter, hence the helper. */
type KeysOfEach<G> = G extends unknown ? keyof G : never;
export type MenuActions = { [K in KeysOfEach<(typeof MENU)[number]>]: () => void };
export const MENU_ACTIONS = Object.assign(
  {},
  ...MENU.map((group) => Object.fromEntries(Object.entries(group).map(([name, e]) => [name, e.run]))),
) as MenuActions;

/** Returns the API as it is; a function whose arguments or result are not plain JSON is a type error at its entry. */
function plain<Api>(api: Api & JsonApi<Api>): Api {
  return api;
}

/** What the sidebars call (google.script.run): plain values in and out. */
export const RPC = plain({
  getClientContext,
  getAboutInfo,
  setBookTimeZoneToThai,
  // The secretary's forms: reads answer a fixable problem as {ok:false, code, errors}; saves are keyed and locked.
  getFormsContext: read(getFormsContext),
  getMemberInfo: read(getMemberInfo),
  findMembers: read(findMembers),
  findMembersByNationalId: read(findMembersByNationalId),
  rebuildMemberSummary: read(rebuildMemberSummary),
  checkMemberNationalId,
  saveNewMember: save(writeNewMember),
  saveMemberContact: save(writeMemberContact),
  saveMemberStatus: save(writeMemberStatus),
  saveDeposit: save(writeDeposit),
  getCollectionList: read(getCollectionList),
  saveCollection: save(writeCollection),
  checkWelfareClaim: read(checkWelfareClaim),
  saveWelfareClaim: save(writeWelfareClaim),
  // Share with local government
  getShareInfo,
  shareSummary,
  removeShareViewer,
  // Import from the group's own books (the import dialog), and the network book (the sidebar drives
  // start → chunk … → finish; Google Picker adds funds' files): a user error answers as the envelope.
  ...answering({
    getImportContext,
    detectImportTabs,
    remapImportTab,
    previewImportTab,
    dryRunImport,
    runImport,
    undoImport,
    exportImportMapping,
    loadImportMapping,
  }),
  ...answering({
    getNetworkInfo: network.getNetworkInfo,
    networkStart: network.networkStart,
    networkChunk: network.networkChunk,
    networkFinish: network.networkFinish,
    getPickerToken: network.getPickerToken,
    addPickedFunds: network.addPickedFunds,
  }),
  // A big book's summaries: the progress sidebar drives start → step … → finish
  ...SUMMARY_RUN_RPC,
});

/**
 * What the command line calls (src/local/cli): the menu's work, returned as plain values. A user
 * error is thrown: the command line prints it and exits non-zero (src/local/cli/main.ts). Names end
 * in `_` where the menu has the same action (the menu's answers a user error with an alert).
 */
export const CLI = plain({
  getWorkbookInfo,
  setupFundBook_: setupFundBook,
  runChecks,
  buildSummariesWith,
  createDemoFund,
  exportSharedSummary_,
  setupNetworkBook_: network.setupNetworkBook_,
  listNetworkFunds_: network.listNetworkFunds_,
  collectNetworkAll_: network.collectNetworkAll_,
});

/**
 * Command-line entries that take a source file's cells as the runtime read them (dates as Date):
 * the command line calls the bundle in the same process, so these are not held to plain JSON.
 */
export const CLI_CELLS = { importFromValues_ };

export const REGISTRY = { ...TRIGGERS, ...MENU_ACTIONS, ...RPC, ...CLI, ...CLI_CELLS };

/** The sidebars' view of the server (sidebar/lib/rpc.ts) and the command line's (src/local/addon.ts). */
export type ServerApi = typeof RPC;
export type CliApi = typeof CLI & typeof CLI_CELLS;
