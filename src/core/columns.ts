/** A sheet's column letters: 1 -> 'A', 26 -> 'Z', 27 -> 'AA' (1-based, as Apps Script counts columns). */
export function columnLetter(n: number): string {
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
