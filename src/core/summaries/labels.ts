/** Names of kinds and benefits as the summaries show them, from the one schema and settings. */
import type { Lang } from '../i18n';
import { CHOICES } from '../schema';
import type { FundSettings } from '../settings';

const KIND_CHOICES = [...CHOICES.depositKind, ...CHOICES.ledgerKind];

/** A deposit or ledger kind's label (the schema's choice text). */
export function kindLabel(code: string, lang: Lang): string {
  const c = KIND_CHOICES.find((x) => x.code === code);
  return c ? c[lang] : code;
}

/**
 * Benefits in the order the fund's catalogue lists them: every benefit in use, plus any benefit
 * no longer in use that still has payments (so old payments are never dropped from a report).
 */
export function benefitOrder(
  settings: FundSettings,
  withPayments: Map<string, unknown>,
): { code: string; name: string; unit: string }[] {
  const out: { code: string; name: string; unit: string }[] = [];
  const seen = new Set<string>();
  for (const b of settings.benefits) {
    if (seen.has(b.code)) continue;
    if (b.active || withPayments.has(b.code)) {
      out.push({ code: b.code, name: b.name, unit: b.unit });
      seen.add(b.code);
    }
  }
  withPayments.forEach((_, code) => {
    if (!seen.has(code)) {
      out.push({ code, name: code, unit: '' });
      seen.add(code);
    }
  });
  return out;
}
