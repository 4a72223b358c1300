/**
 * The member form's server side, on the BUILT bundle in the offline runtime, called the way the
 * sidebar calls it: register (text kept as typed, ids and national ids checked), contact edit
 * (only the changed cells, never over someone else's change), resignation/death (nothing deleted),
 * the document lock and the idempotency key.
 */
import type { Runtime } from '../../src/local/runtime';
import { cell, client, fill, key, lastRow, newBook, records, save, todayISO, ok, submissions } from './helpers';
import { requireBuild } from '../support/runtime';

beforeAll(requireBuild);

const NID_OK = '1101700207030';
const NID_BAD = '1101700207031';

const newMember = submissions(() => ({
  memberId: '',
  name: 'นางสมศรี ใจดี',
  nationalId: '',
  birthDate: '1970-05-01',
  village: 'บ้านดอนไชย',
  address: '12 หมู่ 3',
  phone: '',
  joinDate: todayISO(),
  beneficiary: 'นายสมชาย ใจดี',
  note: '',
}));

let rt: Runtime;
beforeEach(async () => {
  rt = await newBook({ members: 12 });
});

test('a new member gets the suggested id and every typed text is stored exactly as typed, never as a formula or a number', () => {
  const ctx = client<{ suggestedMemberId: string }>(rt, 'getFormsContext');
  expect(ctx.suggestedMemberId).toBe('M0013');
  const typed = newMember({
    memberId: ctx.suggestedMemberId,
    name: '=HYPERLINK("http://evil.example","คลิก")',
    nationalId: NID_OK,
    phone: '+66 81 234 5678',
    note: '@หมายเหตุ',
  });
  const res = ok(save(rt, 'saveNewMember', typed).res);
  expect(res.written).toEqual({ sheet: 'สมาชิก', rows: [14], numbers: ['M0013'] });
  const name = cell(rt, 'members', 14, 'name');
  expect(name.value).toBe('=HYPERLINK("http://evil.example","คลิก")');
  expect(name.formula).toBe('');
  expect(cell(rt, 'members', 14, 'phone').value).toBe('+66 81 234 5678');
  expect(cell(rt, 'members', 14, 'nationalId').value).toBe(NID_OK);
  expect(cell(rt, 'members', 14, 'note').value).toBe('@หมายเหตุ');
  const row = records(rt, 'members')[12];
  expect(row.status).toBe('ปกติ');
  // The join date is a real date cell: midnight in Bangkok of the day sent.
  expect((row.joinDate as Date).getTime()).toBe(Date.parse(`${todayISO()}T00:00:00+07:00`));

  // A phone with a leading zero stays text with its zero.
  ok(save(rt, 'saveNewMember', newMember({ memberId: 'M0014', phone: '0812345678' })).res);
  expect(cell(rt, 'members', 15, 'phone').value).toBe('0812345678');
});

test('bad input comes back as Thai errors next to each field, and nothing is written', () => {
  const before = lastRow(rt, 'members');
  const { res } = save(
    rt,
    'saveNewMember',
    newMember({ memberId: 'M0003', name: '  ', nationalId: NID_BAD, joinDate: todayISO(30), phone: 'โทรหาฉัน' }),
  );
  expect(res.ok).toBe(false);
  if (res.ok) return;
  expect(res.errors.memberId).toBe('รหัส M0003 มีอยู่แล้ว (สมาชิก ทดสอบ 3)');
  expect(res.errors.name).toBe('กรุณากรอกช่องนี้');
  expect(res.errors.nationalId).toMatch(/หลักตรวจสอบ|ตรวจสอบ/);
  expect(res.errors.joinDate).toMatch(/ยังมาไม่ถึง/);
  expect(res.errors.phone).toBeDefined();
  expect(lastRow(rt, 'members')).toBe(before);
});

test('a national id already on the roll is reported while typing and refused on save', () => {
  fill(rt, 'members', [
    {
      memberId: 'M0100',
      name: 'นายมี บัตร',
      nationalId: NID_OK,
      joinDate: new Date(Date.UTC(2020, 0, 1)),
      status: 'ปกติ',
    },
  ]);
  const check = client<{ error: string }>(rt, 'checkMemberNationalId', '1-1017-00207-03-0', '');
  expect(check.error).toBe('เลขประจำตัวประชาชนนี้เป็นของสมาชิก M0100 (นายมี บัตร) อยู่แล้ว');
  expect(client<{ error: string }>(rt, 'checkMemberNationalId', NID_OK, 'M0100').error).toBe('');
  expect(client<{ error: string }>(rt, 'checkMemberNationalId', NID_BAD, '').error).toMatch(/ตรวจสอบ/);
  const { res } = save(rt, 'saveNewMember', newMember({ memberId: 'M0101', nationalId: NID_OK }));
  expect(res.ok).toBe(false);
  expect(!res.ok && res.errors.nationalId).toMatch(/M0100/);
});

test('while someone else holds the document lock the save says so in Thai and writes nothing', () => {
  const before = lastRow(rt, 'members');
  const release = rt.holdDocumentLock();
  const input = newMember({ memberId: 'M0013' });
  const { res } = save(rt, 'saveNewMember', input);
  expect(res).toEqual({
    ok: false,
    code: 'book.busy',
    errors: { form: 'มีผู้ใช้อื่นกำลังบันทึกลงสมุดบัญชีอยู่ กรุณารอสักครู่แล้วลองใหม่' },
  });
  expect(lastRow(rt, 'members')).toBe(before);
  release();
  // The same submission, retried once the lock is free, goes through once.
  expect(ok(save(rt, 'saveNewMember', input).res).written.rows).toEqual([before + 1]);
});

test('a retry with the same key writes one row and answers with what was written, even when the cache lost it', () => {
  const input = newMember({ memberId: 'M0013' });
  const first = ok(save(rt, 'saveNewMember', input).res);
  const again = ok(save(rt, 'saveNewMember', input).res);
  expect(again.replayed).toBe(true);
  expect(again.written).toEqual(first.written);
  // Apps Script may evict the cache at any time: the key is also kept in the document properties.
  (rt.globals.CacheService as { _stores: { document: Map<string, unknown> } })._stores.document.clear();
  const third = save(rt, 'saveNewMember', input);
  expect(ok(third.res).written).toEqual(first.written);
  expect(third.result.metrics.calls['Range.setValues'] ?? 0).toBe(0);
  expect(records(rt, 'members').filter((m) => m.memberId === 'M0013')).toHaveLength(1);
});

test('a save without a proper key is refused before anything is read or written', () => {
  const { res, result } = save(rt, 'saveNewMember', { ...newMember({ memberId: 'M0013' }), key: '' });
  expect(res.ok).toBe(false);
  expect(!res.ok && res.errors.form).toMatch(/ปิดแถบด้านข้าง/);
  expect(Object.keys(result.metrics.calls).filter((c) => !c.startsWith('Session.'))).toEqual([]);
});

test('editing contact details changes only the cells that changed, and never a cell someone changed meanwhile', () => {
  const info = client<{ contact: Record<string, string>; row: number }>(rt, 'getMemberInfo', 'M0005');
  expect(info.contact).toEqual({ village: 'บ้านท่าผา', address: '', phone: '', beneficiary: '', note: '' });
  const nameBefore = cell(rt, 'members', info.row, 'name').value;
  const after = { ...info.contact, phone: '0891112222', address: '=IMPORTXML("x")' };
  const res = ok(save(rt, 'saveMemberContact', { key: key(), memberId: 'M0005', before: info.contact, after }).res);
  expect(res.written.rows).toEqual([info.row]);
  expect(cell(rt, 'members', info.row, 'phone').value).toBe('0891112222');
  expect(cell(rt, 'members', info.row, 'address')).toMatchObject({ value: '=IMPORTXML("x")', formula: '' });
  expect(cell(rt, 'members', info.row, 'name').value).toBe(nameBefore);
  expect(cell(rt, 'members', info.row, 'village').value).toBe('บ้านท่าผา');

  // Someone edits the phone in the grid; a page still showing the old phone cannot overwrite it.
  rt.spreadsheet.getSheetByName('สมาชิก')!.getRange(info.row, 7).setValue('0800000000');
  const stale = save(rt, 'saveMemberContact', {
    key: key(),
    memberId: 'M0005',
    before: after,
    after: { ...after, phone: '0811111111' },
  }).res;
  expect(stale.ok).toBe(false);
  expect(!stale.ok && stale.errors.phone).toMatch(/ถูกแก้ไขในแผ่นงานระหว่างนี้/);
  expect(cell(rt, 'members', info.row, 'phone').value).toBe('0800000000');

  const nothing = save(rt, 'saveMemberContact', { key: key(), memberId: 'M0005', before: after, after }).res;
  expect(!nothing.ok && nothing.errors.form).toBe('ไม่มีข้อมูลที่เปลี่ยนแปลง');
});

test('a resignation sets the status and its date on that member only; the record and its history stay', () => {
  const rowsBefore = lastRow(rt, 'members');
  const date = todayISO(-3);
  const res = ok(save(rt, 'saveMemberStatus', { key: key(), memberId: 'M0007', status: 'resigned', date }).res);
  const row = res.written.rows[0];
  expect(cell(rt, 'members', row, 'memberId').value).toBe('M0007');
  expect(cell(rt, 'members', row, 'status').value).toBe('ลาออก');
  expect((cell(rt, 'members', row, 'statusDate').value as Date).getTime()).toBe(Date.parse(`${date}T00:00:00+07:00`));
  expect(lastRow(rt, 'members')).toBe(rowsBefore);
  expect(cell(rt, 'members', row + 1, 'status').value).toBe('ปกติ');

  const twice = save(rt, 'saveMemberStatus', { key: key(), memberId: 'M0007', status: 'deceased', date }).res;
  expect(!twice.ok && twice.errors.status).toBe('สมาชิกนี้มีสถานะ "ลาออก" อยู่แล้ว');
  const future = save(rt, 'saveMemberStatus', {
    key: key(),
    memberId: 'M0008',
    status: 'deceased',
    date: todayISO(2),
  }).res;
  expect(!future.ok && future.errors.date).toMatch(/ยังมาไม่ถึง/);
  const unknown = save(rt, 'saveMemberStatus', { key: key(), memberId: 'X999', status: 'deceased', date }).res;
  expect(!unknown.ok && unknown.errors.memberId).toBe('ไม่พบสมาชิกรหัส X999');
});

test('the member roster sent to the pages carries no national ids, phones or addresses', () => {
  fill(rt, 'members', [
    {
      memberId: 'M0200',
      name: 'นางลับ',
      nationalId: NID_OK,
      phone: '0812223333',
      address: 'บ้านเลขที่ 9',
      joinDate: new Date(Date.UTC(2020, 0, 1)),
    },
  ]);
  const ctx = client<{ roster: Record<string, unknown>[] }>(rt, 'getFormsContext');
  const entry = ctx.roster.find((m) => m.id === 'M0200');
  expect(Object.keys(entry ?? {}).sort()).toEqual(['id', 'name', 'status', 'village']);
  expect(JSON.stringify(ctx)).not.toContain(NID_OK);
  expect(JSON.stringify(ctx)).not.toContain('0812223333');
  // National ids are found on the server, by at least six digits.
  expect(client<{ id: string }[]>(rt, 'findMembersByNationalId', '0207030').map((m) => m.id)).toEqual(['M0200']);
  expect(client<unknown[]>(rt, 'findMembersByNationalId', '030')).toEqual([]);
});

test('a user whose Google locale is English gets the same checks in English', async () => {
  const en = await newBook({ members: 3, locale: 'en_US' });
  const { res } = save(en, 'saveNewMember', newMember({ memberId: 'M0001', name: '', nationalId: NID_BAD }));
  expect(res.ok).toBe(false);
  if (res.ok) return;
  expect(res.errors.memberId).toBe('ID M0001 is already taken (สมาชิก ทดสอบ 1)');
  expect(res.errors.name).toBe('Please fill in this field');
  expect(res.errors.nationalId).toMatch(/check digit/);
  expect(client<{ lang: string }>(en, 'getFormsContext').lang).toBe('en');
});
