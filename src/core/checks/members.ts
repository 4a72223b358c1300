/**
 * Checks of the member roll: ids and national ids used twice, missing names, impossible date
 * order, leavers without a status date, statuses and villages the book does not know.
 * Each row is visited once; duplicates are found with Maps keyed by the normalised id.
 */
import { CHOICES } from '../schema';
import { thaiDigitsToArabic } from '../parse';
import type { Member } from '../records';
import { be, msg, type CheckContext } from './context';

export function checkMembers(ctx: CheckContext): Map<string, Member> {
  const byId = new Map<string, Member>();
  const byNid = new Map<string, Member[]>();
  for (const m of ctx.book.members) {
    if (m.memberId !== '') {
      const first = byId.get(m.memberId);
      if (first) {
        ctx.add(
          'error',
          'member.duplicate-id',
          'members',
          m.row,
          'memberId',
          msg('check.member.duplicateId', { id: m.memberId, first: first.row }),
          msg('check.member.duplicateIdFix'),
          m.memberId,
        );
      } else byId.set(m.memberId, m);
    }
    if (m.name.trim() === '') {
      ctx.add(
        'error',
        'member.name-missing',
        'members',
        m.row,
        'name',
        msg('check.member.nameMissing'),
        msg('check.member.nameMissingFix'),
        '',
      );
    }
    if (m.nationalId !== '') {
      const same = byNid.get(m.nationalId);
      if (same) same.push(m);
      else byNid.set(m.nationalId, [m]);
    }
    if (m.birthDay !== null && m.joinDay !== null && m.birthDay > m.joinDay) {
      ctx.add(
        'error',
        'member.birth-after-join',
        'members',
        m.row,
        'birthDate',
        msg('check.member.birthAfterJoin', { birth: be(m.birthDay), join: be(m.joinDay) }),
        msg('check.member.birthAfterJoinFix'),
      );
    }
    checkStatus(ctx, m);
    for (const [column, day] of [
      ['birthDate', m.birthDay],
      ['joinDate', m.joinDay],
      ['statusDate', m.statusDay],
    ] as const) {
      if (day !== null && day > ctx.asOf) {
        ctx.add(
          'error',
          'date.future',
          'members',
          m.row,
          column,
          msg('check.date.future', { date: be(day), today: be(ctx.asOf) }),
          msg('check.date.futureFix'),
        );
      }
    }
  }
  // Either row of a shared national id may be the mistyped one, so every row is marked and
  // names another row that has it.
  for (const same of byNid.values()) {
    if (same.length < 2) continue;
    same.forEach((m, i) => {
      const other = same[i === 0 ? 1 : 0];
      ctx.add(
        'error',
        'member.duplicate-national-id',
        'members',
        m.row,
        'nationalId',
        msg('check.member.duplicateNid', { first: other.row, id: other.memberId }),
        msg('check.member.duplicateNidFix'),
        m.nationalId,
      );
    });
  }
  checkVillages(ctx);
  return byId;
}

const STATUS_CHOICES = CHOICES.memberStatus.map((c) => c.th).join(', ');

function checkStatus(ctx: CheckContext, m: Member): void {
  if (m.status === null && m.statusText.trim() !== '') {
    ctx.add(
      'error',
      'member.unknown-status',
      'members',
      m.row,
      'status',
      msg('check.member.statusUnknown', { value: m.statusText, choices: STATUS_CHOICES }),
      msg('check.member.statusUnknownFix', { choices: STATUS_CHOICES }),
      m.statusText,
    );
    return;
  }
  if ((m.status === 'resigned' || m.status === 'deceased' || m.status === 'lapsed') && m.statusDay === null) {
    // A status date that was typed but could not be read is already a finding of its own.
    const raw = ctx.raw('members', m.row, 'statusDate');
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
      const label = CHOICES.memberStatus.find((c) => c.code === m.status)!.th;
      ctx.add(
        'error',
        'member.status-date-missing',
        'members',
        m.row,
        'statusDate',
        msg('check.member.statusDateMissing', { status: label }),
        msg('check.member.statusDateMissingFix'),
        '',
      );
    }
  }
}

/**
 * The key under which spellings of one village meet: Thai digits to arabic, the prefixes
 * "บ้าน", "บ.", "หมู่ที่", "หมู่", "ม." and all spaces, dots and dashes dropped, lower case.
 * "หมู่ 3", "ม.3" and "๓" meet; "บ้านดอนไชย", "บ.ดอนไชย" and "ดอนไชย" meet.
 */
export function villageKey(v: string): string {
  return thaiDigitsToArabic(v.normalize('NFC'))
    .trim()
    .replace(/^(บ้าน|บ\.|หมู่ที่|หมู่|ม\.)\s*/, '')
    .replace(/[\s.\-_/]+/g, '')
    .toLowerCase();
}

/** Below these the roll is too small to call a village rare. */
const RARE_MIN_MEMBERS = 10;
const COMMON_VILLAGE_SIZE = 5;

/**
 * Villages (no village list exists in the settings, so the roll itself is the reference):
 * - a spelling that meets a more common spelling of the same village under villageKey is a
 *   warning (the by-village report would count them apart);
 * - a village seen on one row only, in a roll of 10+ members where some village has 5+, is a
 *   note (often a typing mistake; a single member from elsewhere is possible, hence a note).
 */
function checkVillages(ctx: CheckContext): void {
  const spellings = new Map<string, Map<string, Member[]>>();
  let withVillage = 0;
  for (const m of ctx.book.members) {
    const v = m.village.trim();
    if (v === '') continue;
    withVillage++;
    const key = villageKey(v);
    let group = spellings.get(key);
    if (!group) spellings.set(key, (group = new Map()));
    const rows = group.get(v);
    if (rows) rows.push(m);
    else group.set(v, [m]);
  }
  const totals: { spelling: string; count: number }[] = [];
  for (const group of spellings.values()) {
    let best = '';
    let bestCount = 0;
    let total = 0;
    for (const [spelling, rows] of group) {
      total += rows.length;
      if (rows.length > bestCount) {
        best = spelling;
        bestCount = rows.length;
      }
    }
    totals.push({ spelling: best, count: total });
    for (const [spelling, rows] of group) {
      if (spelling === best) continue;
      for (const m of rows) {
        ctx.add(
          'warning',
          'member.village-variant',
          'members',
          m.row,
          'village',
          msg('check.member.villageVariant', { value: spelling, common: best, count: bestCount }),
          msg('check.member.villageVariantFix', { common: best }),
          spelling,
        );
      }
    }
  }
  if (withVillage < RARE_MIN_MEMBERS) return;
  totals.sort((a, b) => b.count - a.count);
  if (totals.length === 0 || totals[0].count < COMMON_VILLAGE_SIZE) return;
  const common = totals
    .filter((t) => t.count >= COMMON_VILLAGE_SIZE)
    .slice(0, 8)
    .map((t) => t.spelling)
    .join(', ');
  for (const group of spellings.values()) {
    if (group.size !== 1) continue;
    const [[spelling, rows]] = Array.from(group);
    if (rows.length !== 1) continue;
    ctx.add(
      'note',
      'member.village-rare',
      'members',
      rows[0].row,
      'village',
      msg('check.member.villageRare', { value: spelling }),
      msg('check.member.villageRareFix', { common }),
      spelling,
    );
  }
}
