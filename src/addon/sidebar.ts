import { t, type Lang, type LabelKey } from '../core/i18n';
import { userLang } from './lang';

/**
 * Opens a sidebar page: dist/<page>.html, built from sidebar/pages/<page>.tsx (tests/bundle checks
 * that every page the add-on opens is shipped). The page learns the language from getClientContext().
 */
export function showSidebar(page: string, title: LabelKey): void {
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
