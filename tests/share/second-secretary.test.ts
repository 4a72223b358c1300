/**
 * Two secretaries keep the same fund book. drive.file lets the add-on open only the files it made
 * for the person at the keyboard, so the second secretary cannot update the first one's shared
 * file. The add-on says whose it is and what to do, never forks it silently, and makes a new file
 * only when asked.
 */
import type { Runtime } from '../../src/local/runtime';
import { loadBundle } from '../support/runtime';
import { share, sharedFileId } from './helpers';
import { callRpc, tryCli } from '../../src/local/addon';

const FIRST = 'first.secretary@example.org';
const SECOND = 'second.secretary@example.org';

function stamps(rt: Runtime, id: string): string[] {
  return rt.created
    .get(id)!
    .getSheets()
    .map((s) => String(s.getRange(1, 1).getValue()));
}

test('the second secretary is told who owns the file; nothing changes until they ask for their own', async () => {
  const rt = await loadBundle({ userEmail: FIRST });
  tryCli(rt, 'createDemoFund', 7, '2004-06-30');
  const first = share(rt, { emails: 'officer@abt.go.th' });
  expect(first.ok).toBe(true);
  const id = sharedFileId(rt)!;
  expect(rt.drive.files.get(id)!.owner).toBe(FIRST);
  const before = stamps(rt, id);

  // The second secretary opens the Share sidebar and presses share, twice (a double click).
  rt.setActiveUser(SECOND);
  const info = callRpc(rt, 'getShareInfo').value;
  expect(info.file).toBeNull();
  expect(info.elsewhere?.owner).toBe(FIRST);
  expect(info.elsewhere?.message).toContain(`ไฟล์สรุปสำหรับหน่วยงานเป็นของ ${FIRST}`);
  for (let i = 0; i < 2; i++) {
    const res = share(rt, { emails: 'codi@codi.or.th', asOf: '30/9/2546' });
    expect(res.ok).toBe(false);
    expect(res.messages.join(' ')).toContain(`ขอให้ ${FIRST} เปิดเมนูนี้แล้วกดอัปเดต`);
  }
  // No new file, the remembered id and the first file are untouched, nobody was added.
  expect(rt.created.size).toBe(1);
  expect(sharedFileId(rt)).toBe(id);
  expect(stamps(rt, id)).toEqual(before);
  expect(rt.drive.files.get(id)!.viewers).toEqual(['officer@abt.go.th']);

  // Asked explicitly: a new file of their own, remembered, with the warning about the old link.
  const replaced = share(rt, { emails: 'officer@abt.go.th', replace: true });
  expect(replaced.ok).toBe(true);
  expect(replaced.messages[0]).toContain('ลิงก์เดิมที่หน่วยงานมีจะไม่อัปเดตอีก');
  const newId = sharedFileId(rt)!;
  expect(newId).not.toBe(id);
  expect(rt.drive.files.get(newId)!.owner).toBe(SECOND);
  expect(rt.created.size).toBe(2);

  // Now the first secretary is the one told: the book's file belongs to the second.
  rt.setActiveUser(FIRST);
  const back = share(rt);
  expect(back.ok).toBe(false);
  expect(back.info.elsewhere?.owner).toBe(SECOND);
  expect(sharedFileId(rt)).toBe(newId);
}, 600000);

test('the same secretary whose file was deleted gets a new one, and is told so', async () => {
  const rt = await loadBundle({ userEmail: FIRST });
  tryCli(rt, 'createDemoFund', 7, '2004-06-30');
  share(rt);
  const id = sharedFileId(rt)!;
  rt.drive.files.delete(id);
  const again = share(rt);
  expect(again.ok).toBe(true);
  expect(again.messages[0]).toContain('ไฟล์สรุปเดิมถูกลบ');
  expect(sharedFileId(rt)).not.toBe(id);
}, 600000);
