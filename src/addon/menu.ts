/**
 * The add-on menu. onOpen runs in AuthMode.NONE for users who have not used the add-on in this
 * document yet: there we may only build the menu (no spreadsheet data, no properties), so the
 * menu is the same static list in every mode and every action checks the book when it runs.
 */
import { t, type MessageKey } from '../core/i18n';
import { userLang } from './lang';

export interface MenuItem {
  label: MessageKey;
  /** Top-level function in Code.js that the item runs. */
  fn: string;
}

/**
 * Groups are separated by a line in the menu. The secretary's daily work comes first, then the
 * monthly reports, then what is done once (set-up) or rarely (about).
 */
export const MENU: MenuItem[][] = [
  [
    { label: 'menu.memberForm', fn: 'showMemberForm' },
    { label: 'menu.depositForm', fn: 'showDepositForm' },
    { label: 'menu.collectionDay', fn: 'showCollectionDay' },
    { label: 'menu.welfareForm', fn: 'showWelfareForm' },
    { label: 'menu.lookup', fn: 'showLookup' },
  ],
  [
    { label: 'menu.check', fn: 'checkEntries' },
    { label: 'menu.summarize', fn: 'buildSummaries' },
  ],
  [{ label: 'menu.share', fn: 'showShareSidebar' }],
  [
    { label: 'menu.setup', fn: 'setupFundBook' },
    { label: 'menu.import', fn: 'showImportDialog' },
    { label: 'menu.about', fn: 'showAboutSidebar' },
  ],
];

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang = userLang();
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  MENU.forEach((group, i) => {
    if (i > 0) menu.addSeparator();
    for (const item of group) menu.addItem(t(item.label, lang), item.fn);
  });
  menu.addToUi();
}

/** Installing from the Marketplace runs onInstall in FULL mode; build the menu at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
