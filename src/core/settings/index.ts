/**
 * The fund's own rules as data, read from the two settings sheets: the key/value settings
 * (./fund.ts) and the benefit catalogue (./benefitTable.ts, ./benefits.ts).
 */
import { text } from '../i18n';
import type { Finding } from '../findings';
import { readBenefitsSheet } from './benefits';
import { defaultSettings, readSettingsSheet, type FundSettings } from './fund';

export { DEFAULT_BENEFITS, newBenefit, type Benefit, type BenefitFlag, type BenefitLimit } from './benefitTable';
export { benefitRow, benefitRows, findBenefit } from './benefits';
export { formatTiers, parseTiers } from './cells';
export { SETTING_DEFS, defaultSettings, settingsRows, type FundSettings, type SettingKey } from './fund';

/**
 * Settings and benefit catalogue from the two sheets' values (each including its header row).
 * Settings rows are found by Thai label, English label or key; anything missing or invalid
 * falls back to the default with a finding that says so. Pass [] for a sheet that does not exist.
 */
export function parseSettings(
  settingsValues: unknown[][],
  benefitValues: unknown[][],
): { settings: FundSettings; findings: Finding[] } {
  const findings: Finding[] = [];
  const settings = defaultSettings();
  const read = readSettingsSheet(settingsValues, findings);
  const target = settings as unknown as Record<string, unknown>;
  for (const key of Object.keys(read)) target[key] = read[key];
  if (settings.lapseAfterArrearsDays < settings.suspendAfterArrearsDays) {
    findings.push({
      severity: 'warning',
      code: 'setting.lapse-before-suspend',
      sheet: 'settings',
      column: 'lapseAfterArrearsDays',
      message: text('setting.lapseBeforeSuspend', {
        lapse: settings.lapseAfterArrearsDays,
        suspend: settings.suspendAfterArrearsDays,
      }),
    });
  }
  settings.benefits = readBenefitsSheet(benefitValues, findings);
  return { settings, findings };
}
