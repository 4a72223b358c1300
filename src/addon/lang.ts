import { langFromLocale, type Lang } from '../core/i18n';

/**
 * The user's UI language: Thai unless their Google locale is something else.
 * Session.getActiveUserLocale lists no authorization scope in Google's reference
 * (https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()), so the
 * manifest does not ask for script.locale; if it fails anyway we fall back to Thai.
 */
export function userLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch (_err) {
    return 'th';
  }
}
