/**
 * Bench cases of the secretary's forms on the synthetic books (3,000 members): what one save
 * costs, and one collection-day batch of 300 members, with the deposit log at 1k / 10k / 100k
 * rows. Each case first opens a form (which brings the per-member summary up to date, as the
 * sidebar does when it opens) and then measures the save alone: its counters must not grow
 * with the log. 'form-open-cold' measures that first opening, which builds the summary from the
 * whole log once (and again when it is a day old).
 *   npm run bench -- --case form-deposit
 */
import type { Runtime } from '../../runtime';
import type { BenchCase } from '../types';

const SIZES = [1000, 10000, 100000];
let seq = 0;

function key(): string {
  seq += 1;
  return `bench-${process.pid}-${seq}-${Date.now().toString(36)}`;
}

/** Today in Bangkok as the pages send it. */
function today(): string {
  return new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
}

/** Opens a form first, as the sidebar would, then runs the measured call. */
function afterOpen(rt: Runtime, fn: string, input: () => unknown): ReturnType<Runtime['call']> {
  const open = rt.callFromClient('getFormsContext', []);
  if (open.error) throw open.error;
  const r = rt.callFromClient(fn, [input()]);
  const v = r.value as { ok?: boolean; errors?: unknown } | undefined;
  if (!r.error && v && v.ok === false) r.error = new Error(`${fn}: ${JSON.stringify(v.errors)}`);
  return r;
}

/** The first village of the synthetic book, as the collection page's select offers it. */
function firstVillage(rt: Runtime): string {
  const ctx = rt.callFromClient('getFormsContext', [{ roster: false }]).value as { villages: string[] };
  return ctx.villages[0];
}

/**
 * What each page's opening call carries at 3,000 members (the "answer KiB" column): the forms
 * context with the roster (a picker page), without it (collection day), and one village's list.
 */
const payloadCases: BenchCase[] = [
  { name: 'payload-context', sizes: [1000], run: (rt) => rt.callFromClient('getFormsContext', [{}]) },
  {
    name: 'payload-context-collection',
    sizes: [1000],
    run: (rt) => rt.callFromClient('getFormsContext', [{ roster: false }]),
  },
  {
    name: 'payload-collection-village',
    sizes: [1000],
    run: (rt) => {
      const village = firstVillage(rt);
      return rt.callFromClient('getCollectionList', [village]);
    },
  },
];

export const formCases: BenchCase[] = [
  ...payloadCases,
  {
    name: 'form-open-cold',
    sizes: SIZES,
    run: (rt) => rt.callFromClient('getFormsContext', []),
  },
  {
    name: 'form-open-warm',
    sizes: SIZES,
    run: (rt) => afterOpen(rt, 'getMemberInfo', () => 'M00042'),
  },
  {
    name: 'form-new-member',
    sizes: SIZES,
    run: (rt) =>
      afterOpen(rt, 'saveNewMember', () => ({
        key: key(),
        memberId: 'N00001',
        name: 'นายใหม่ สมัครวันนี้',
        nationalId: '',
        birthDate: '',
        village: 'บ้านดอนไชย',
        address: '',
        phone: '0812345678',
        joinDate: today(),
        beneficiary: '',
        note: '',
      })),
  },
  {
    name: 'form-deposit',
    sizes: SIZES,
    run: (rt) =>
      afterOpen(rt, 'saveDeposit', () => ({
        key: key(),
        memberId: 'M00042',
        kind: 'savings',
        amount: '300',
        date: today(),
        yearCovered: '',
        recordedBy: 'เลขา',
        note: '',
      })),
  },
  {
    name: 'form-welfare',
    sizes: SIZES,
    run: (rt) =>
      afterOpen(rt, 'saveWelfareClaim', () => ({
        key: key(),
        benefit: 'sickness',
        memberId: 'M00042',
        project: '',
        units: '2',
        date: today(),
        amount: '200',
        approvedBy: 'ประธาน',
        note: '',
        overrideReason: 'คณะกรรมการอนุมัติ',
      })),
  },
  {
    name: 'form-collection-300',
    sizes: SIZES,
    run: (rt) =>
      afterOpen(rt, 'saveCollection', () => {
        const ids: string[] = [];
        for (let i = 1; ids.length < 300; i++) ids.push(`M${String(i).padStart(5, '0')}`);
        return {
          key: key(),
          date: today(),
          recordedBy: 'เลขา',
          items: ids.map((memberId) => ({ memberId, kind: 'savings', amount: '30', yearCovered: '' })),
        };
      }),
  },
];
