import { langFromLocale, type Lang } from '../core/i18n';

/**
 * The user's UI language: Thai unless their Google locale is something else.
 * Session.getActiveUserLocale needs the script.locale scope and works in every AuthMode;
 * if it fails anyway we fall back to Thai, the users' language.
 */
export function userLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch (_err) {
    return 'th';
  }
}
