/**
 * Checks of the command line's arguments, made before the book is read (reading a big book takes
 * seconds; a typo should not). The rules are the add-on's own (src/core), so a date the add-on
 * would refuse is refused here with the same sentence.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatDateBE, parseDate, todayDay } from '../../core/dates';
import { text, type Text } from '../../core/i18n';
import { CliError } from './errors';

const sentence = (t: Text) => `${t.th} (${t.en})`;

/** --as-of: a date the add-on can read; `notFuture` for figures that can only describe the past. */
export function checkAsOfOption(value: string | true | undefined, notFuture = false): void {
  if (typeof value !== 'string') return;
  const today = todayDay();
  const parsed = parseDate(value, { today });
  if (!parsed.ok)
    throw new CliError(
      sentence(text('sum.err.date', { value, reasonTh: parsed.reason.th, reasonEn: parsed.reason.en })),
    );
  if (notFuture && parsed.value > today)
    throw new CliError(sentence(text('share.err.future', { date: formatDateBE(parsed.value, 'short') })));
}

/** --period: calendar or fiscal (Thai words too, as the sidebar offers them). */
export function checkPeriodOption(value: string | true | undefined): void {
  if (typeof value !== 'string') return;
  const s = value.trim().toLowerCase();
  if (!['calendar', 'fiscal', 'ปีปฏิทิน', 'ปีงบประมาณ'].includes(s))
    throw new CliError(sentence(text('sum.err.period', { value })));
}

/** The folder a file goes in must exist: one sentence instead of a raw ENOENT. */
export function checkFolderOf(file: string, shownAs: string = file): void {
  const dir = dirname(file);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new CliError(`ไม่พบโฟลเดอร์ ${dirname(shownAs)} สำหรับไฟล์ ${shownAs} (folder not found)`);
  }
  if (!isDir) throw new CliError(`${dirname(shownAs)} ไม่ใช่โฟลเดอร์ จึงสร้างไฟล์ ${shownAs} ไม่ได้ (not a folder)`);
}
