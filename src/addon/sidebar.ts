import { t, type Lang, type MessageKey } from '../core/i18n';
import { userLang } from './lang';

/** Sidebar pages built from sidebar/pages/<Page>.tsx into dist/<Page>.html. */
export type SidebarPage = 'About' | 'Members' | 'Deposit' | 'Collection' | 'Welfare' | 'Lookup' | 'Share' | 'Network';

/** Opens a sidebar page. The page learns the language from getClientContext(). */
export function showSidebar(page: SidebarPage, title: MessageKey): void {
  const html = HtmlService.createHtmlOutputFromFile(page).setTitle(t(title, userLang()));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** What every sidebar page needs first: its language. Plain values only (google.script.run). */
export interface ClientContext {
  lang: Lang;
}

export function getClientContext(): ClientContext {
  return { lang: userLang() };
}
