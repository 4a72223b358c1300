/**
 * Movements of the member roll between two days, from the roll as recorded (status and status
 * date). The figures always reconcile: at start + joined − resigned − deceased − lapsed = now.
 * A member who left with no readable status date counts as leaving within the span (we know they
 * have gone, not when); a member whose join date cannot be read is counted apart.
 */
import type { DayNumber } from '../dates';
import type { Member } from '../records';

export interface RollCounts {
  atStart: number;
  joined: number;
  resigned: number;
  deceased: number;
  lapsed: number;
  now: number;
  /** Of those who left, how many have no readable status date. */
  leftNoDate: number;
  /** Join date missing or unreadable: in none of the figures above. */
  unknownJoin: number;
  /** Status text not recognised: counted as active. */
  unknownStatus: number;
}

/** True when the member has left (by the roll) on or before `day`. */
export function hasLeftBy(m: Member, day: DayNumber): boolean {
  if (m.status === 'active' || m.status === null) return false;
  return m.statusDay === null || m.statusDay <= day;
}

/** A member on the roll (joined and not left) on `day`. */
export function isMemberOn(m: Member, day: DayNumber): boolean {
  return m.joinDay !== null && m.joinDay <= day && !hasLeftBy(m, day);
}

/**
 * Counts for the span [start, asOf]: "at start" = joined before `start` and not known to have
 * left before it.
 */
export function rollCounts(members: Member[], start: DayNumber, asOf: DayNumber): RollCounts {
  const c: RollCounts = {
    atStart: 0,
    joined: 0,
    resigned: 0,
    deceased: 0,
    lapsed: 0,
    now: 0,
    leftNoDate: 0,
    unknownJoin: 0,
    unknownStatus: 0,
  };
  for (const m of members) {
    if (m.joinDay === null) {
      c.unknownJoin++;
      continue;
    }
    if (m.joinDay > asOf) continue;
    if (m.status === null) c.unknownStatus++;
    const left = m.status !== null && m.status !== 'active';
    const leftBeforeStart = left && m.statusDay !== null && m.statusDay < start;
    const inStart = m.joinDay < start && !leftBeforeStart;
    const joined = m.joinDay >= start;
    const leftByAsOf = hasLeftBy(m, asOf);
    if (inStart) c.atStart++;
    if (joined) c.joined++;
    if (!leftByAsOf) c.now++;
    else if (inStart || joined) {
      if (m.status === 'resigned') c.resigned++;
      else if (m.status === 'deceased') c.deceased++;
      else c.lapsed++;
      if (m.statusDay === null) c.leftNoDate++;
    }
  }
  return c;
}
