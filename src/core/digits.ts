const THAI_DIGIT_RE = /[\u0E50-\u0E59]/g;
const HAS_THAI_DIGIT_RE = /[\u0E50-\u0E59]/;

/** '๑,๒๓๔' -> '1,234'. Returns the same string when it has no Thai digits. */
export function thaiDigitsToArabic(s: string): string {
  if (!HAS_THAI_DIGIT_RE.test(s)) return s;
  return s.replace(THAI_DIGIT_RE, (c) => String.fromCharCode(c.charCodeAt(0) - 0x0e50 + 48));
}
