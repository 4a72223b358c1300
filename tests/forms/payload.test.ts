/**
 * Each page gets what it shows, through the BUILT add-on: past a few hundred members collection
 * day lists one village (not everyone), the collection page gets no roster, the pickers search
 * on the server instead of receiving the whole roll.
 */
import type { Runtime } from '../../src/local/runtime';
import type { CollectionList } from '../../src/addon/forms/deposits';
import type { FormsContext } from '../../src/addon/forms/context';
import type { RosterEntry } from '../../src/core/forms/search';
import { VILLAGES, client, newBook } from './helpers';

const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x), 'utf8');

describe('a fund of 400 members', () => {
  let rt: Runtime;
  beforeAll(async () => {
    rt = await newBook({ members: 400, deposits: 400 });
  });

  test('collection day asks for a village instead of listing everyone, and lists one village when asked', () => {
    const all = client<{ ok: false; errors: Record<string, string> }>(rt, 'getCollectionList', '');
    expect(all.ok).toBe(false);
    expect(all.errors.village).toBe('กองทุนมีสมาชิกมากกว่า 300 คน กรุณาเลือกหมู่บ้านก่อนแสดงรายชื่อ');
    const one = client<CollectionList>(rt, 'getCollectionList', VILLAGES[1]);
    expect(one.lines.length).toBeGreaterThan(100);
    expect(one.lines.length).toBeLessThan(150);
    expect(one.lines.every((l) => l.village === VILLAGES[1])).toBe(true);
    // Active members carry no status sentence; each line has this period's due.
    for (const l of one.lines) expect(typeof l.due.savings).toBe('number');
  });

  test('the context sends no roster to collection day, nor to a picker page past 300 members', () => {
    const forCollection = client<FormsContext>(rt, 'getFormsContext', { roster: false });
    expect(forCollection.roster).toEqual([]);
    expect(forCollection.memberCount).toBe(400);
    const forPicker = client<FormsContext>(rt, 'getFormsContext', {});
    expect(forPicker.roster).toEqual([]);
    expect(bytes(forPicker)).toBeLessThan(8 * 1024);
  });

  test('the pickers search the roll on the server by name or id', () => {
    const byName = client<RosterEntry[]>(rt, 'findMembers', 'ทดสอบ 123');
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.length).toBeLessThanOrEqual(12);
    expect(byName[0]).toMatchObject({ id: 'M0123', name: 'สมาชิก ทดสอบ 123' });
    const byId = client<RosterEntry[]>(rt, 'findMembers', 'M0321');
    expect(byId[0].id).toBe('M0321');
    expect(client<RosterEntry[]>(rt, 'findMembers', '')).toEqual([]);
  });
});

test('a small fund still gets its roster and an "all villages" list', async () => {
  const rt = await newBook({ members: 30, deposits: 30 });
  const ctx = client<FormsContext>(rt, 'getFormsContext', {});
  expect(ctx.roster).toHaveLength(30);
  const all = client<CollectionList>(rt, 'getCollectionList', '');
  expect(all.lines).toHaveLength(30);
});
