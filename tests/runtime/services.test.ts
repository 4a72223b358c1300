/** Properties, locks, cache, session, utilities, HTML, UI, Drive and SpreadsheetApp.create. */
import { bare, services, withBundle } from './helpers';

/** A text one byte longer than `kb` kilobytes: just over an Apps Script size limit. */
const overKB = (kb: number): string => 'x'.repeat(kb * 1024 + 1);

describe('PropertiesService', () => {
  test('document properties: get/set/delete/getProperties/setProperties, null when missing', async () => {
    const rt = await bare();
    const p = services(rt).PropertiesService.getDocumentProperties();
    expect(p.getProperty('x')).toBeNull();
    p.setProperty('x', 5 as unknown as string);
    expect(p.getProperty('x')).toBe('5');
    p.setProperties({ a: '1', b: '2' });
    expect(p.getProperties()).toEqual({ x: '5', a: '1', b: '2' });
    p.setProperties({ only: 'me' }, true);
    expect(p.getKeys()).toEqual(['only']);
    p.deleteProperty('only');
    expect(p.getProperties()).toEqual({});
  });

  test('user and script properties are separate stores', async () => {
    const rt = await bare();
    const { PropertiesService } = services(rt);
    PropertiesService.getUserProperties().setProperty('lang', 'en');
    expect(PropertiesService.getScriptProperties().getProperty('lang')).toBeNull();
    expect(PropertiesService.getDocumentProperties().getProperty('lang')).toBeNull();
  });

  test('a value over 9 KB is refused', async () => {
    const props = services(await bare()).PropertiesService.getDocumentProperties();
    expect(() => props.setProperty('big', overKB(9))).toThrow('Argument too large');
  });
});

describe('LockService', () => {
  test('waitLock throws the Apps Script message while someone else holds the document lock', async () => {
    const rt = await bare();
    const release = rt.holdDocumentLock();
    const r = rt.measure(() => services(rt).LockService.getDocumentLock().waitLock(10000));
    expect(r.error?.message).toBe('Lock timeout: another process was holding the lock for too long.');
    release();
    const ok = rt.measure(() => {
      const lock = services(rt).LockService.getDocumentLock();
      lock.waitLock(10000);
      return lock.hasLock();
    });
    expect(ok.value).toBe(true);
  });

  test('tryLock returns false while held, and true when the other finishes within the wait', async () => {
    const rt = await bare();
    rt.holdDocumentLock({ releaseAfterMs: 5000 });
    const { LockService } = services(rt);
    expect(rt.measure(() => LockService.getDocumentLock().tryLock(1000)).value).toBe(false);
    expect(rt.measure(() => LockService.getDocumentLock().tryLock(6000)).value).toBe(true);
  });

  test('our lock is released when the operation ends', async () => {
    const rt = await bare();
    const { LockService } = services(rt);
    rt.measure(() => LockService.getScriptLock().waitLock(100));
    expect(rt.locks.mine.size).toBe(0);
    rt.measure(() => {
      const l = LockService.getScriptLock();
      l.waitLock(100);
      l.releaseLock();
      expect(l.hasLock()).toBe(false);
    });
  });
});

describe('CacheService', () => {
  test('put/get/remove/getAll/putAll and expiry on the runtime clock', async () => {
    let now = Date.UTC(2024, 0, 1);
    const rt = await bare({ now: () => new Date(now) });
    const c = services(rt).CacheService.getDocumentCache();
    c.put('a', '1', 60);
    c.putAll({ b: '2', c: '3' });
    expect(c.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    now += 61_000;
    expect(c.get('a')).toBeNull();
    expect(c.get('b')).toBe('2'); // default ttl is 600 s
    now += 600_000;
    expect(c.get('b')).toBeNull();
    c.put('d', '4');
    c.remove('d');
    expect(c.get('d')).toBeNull();
    expect(services(rt).CacheService.getScriptCache().get('c')).toBeNull();
  });

  test('values over 100 KB are refused', async () => {
    const cache = services(await bare()).CacheService.getUserCache();
    expect(() => cache.put('k', overKB(100))).toThrow('Argument too large: value');
  });
});

describe('AuthMode.NONE', () => {
  const SOURCE = `
    function probe(name) {
      try { eval(name); return 'ok'; } catch (e) { return e.message; }
    }
    function onOpen(e) {
      var out = {};
      ['SpreadsheetApp.getActiveSpreadsheet()', 'SpreadsheetApp.getActive()', 'PropertiesService.getDocumentProperties()',
       'LockService.getDocumentLock()', 'CacheService.getDocumentCache()', 'SpreadsheetApp.getUi()',
       'Session.getActiveUserLocale()'].forEach(function (x) { out[x] = probe(x); });
      SpreadsheetApp.getUi().createAddonMenu().addItem('a', 'probe').addToUi();
      return out;
    }`;

  test('data, properties, locks and caches throw; getUi, menus and the locale work', async () => {
    const rt = await withBundle(SOURCE);
    const none = rt.onOpen('NONE').value as Record<string, string>;
    expect(none['SpreadsheetApp.getActiveSpreadsheet()']).toMatch(
      /^You do not have permission to call SpreadsheetApp.getActiveSpreadsheet/,
    );
    expect(none['SpreadsheetApp.getActive()']).toMatch(/^You do not have permission/);
    expect(none['PropertiesService.getDocumentProperties()']).toMatch(/^You do not have permission/);
    expect(none['LockService.getDocumentLock()']).toMatch(/^You do not have permission/);
    expect(none['CacheService.getDocumentCache()']).toMatch(/^You do not have permission/);
    expect(none['SpreadsheetApp.getUi()']).toBe('ok');
    expect(none['Session.getActiveUserLocale()']).toBe('ok');
    expect(rt.ui.menus).toHaveLength(1);
    const full = rt.onOpen('FULL').value as Record<string, string>;
    expect(Object.values(full).every((v) => v === 'ok')).toBe(true);
  });
});

describe('Session and Utilities', () => {
  test('locale, time zone, user', async () => {
    const rt = await bare({ locale: 'en', userEmail: 'a@b.org' });
    const { Session } = services(rt);
    expect(Session.getActiveUserLocale()).toBe('en');
    expect(Session.getScriptTimeZone()).toBe('Asia/Bangkok');
    expect(Session.getActiveUser().getEmail()).toBe('a@b.org');
    expect(Session.getEffectiveUser().getEmail()).toBe('a@b.org');
    expect(Session.getTemporaryActiveUserKey()).toBe(Session.getTemporaryActiveUserKey());
  });

  test('formatDate uses Java SimpleDateFormat letters in the given zone', async () => {
    const rt = await bare();
    const { Utilities } = services(rt);
    const d = new Date(Date.UTC(2024, 1, 29, 17, 5, 9)); // 2024-03-01 00:05:09 in Bangkok
    expect(Utilities.formatDate(d, 'Asia/Bangkok', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-03-01 00:05:09');
    expect(Utilities.formatDate(d, 'Asia/Bangkok', 'EEE, d MMM yyyy')).toBe('Fri, 1 Mar 2024');
    expect(Utilities.formatDate(d, 'GMT', "dd/MM/yy 'at' h:mm a")).toBe('29/02/24 at 5:05 PM');
    expect(Utilities.formatDate(d, 'Asia/Bangkok', 'Z')).toBe('+0700');
    expect(Utilities.formatDate(d, 'America/New_York', 'yyyy-MM-dd HH:mm')).toBe('2024-02-29 12:05');
  });

  test('getUuid, sleep (recorded, not slept), newBlob, Logger', async () => {
    const rt = await bare();
    const { Utilities, Logger } = services(rt);
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    const t0 = Date.now();
    const r = rt.measure(() => {
      Utilities.sleep(2000);
      Logger.log('ยอด %s บาท', 50);
    });
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(rt.sleeps).toEqual([2000]);
    expect(r.logs).toEqual(['ยอด 50 บาท']);
    const blob = Utilities.newBlob('สวัสดี', 'text/plain', 'a.txt');
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual(['สวัสดี', 'text/plain', 'a.txt']);
  });
});

describe('HtmlService', () => {
  const SOURCE = `
    function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
    function page() {
      var t = HtmlService.createTemplateFromFile('Page');
      t.fund = '<บ้านดอนไชย>';
      return t.evaluate().setTitle('หน้า').getContent();
    }
    function missing() { return HtmlService.createHtmlOutputFromFile('Nope'); }
    function dialog() {
      var out = HtmlService.createHtmlOutput('<b>x</b>').setWidth(400).setHeight(200).append('<i>y</i>');
      SpreadsheetApp.getUi().showModalDialog(out, 'กล่อง');
    }`;
  const FILES = {
    'Page.html':
      '<h1><?= fund ?></h1><?!= include("Part") ?><? for (var i = 0; i < 2; i++) { ?><li><?= i ?></li><? } ?>',
    'Part.html': '<footer>ท้าย</footer>',
  };

  test('templates evaluate <?= ?> (escaped), <?!= ?> (raw) and <? ?> code, calling script functions', async () => {
    const rt = await withBundle(SOURCE, {}, FILES);
    expect(rt.call('page').value).toBe('<h1>&lt;บ้านดอนไชย&gt;</h1><footer>ท้าย</footer><li>0</li><li>1</li>');
  });

  test('a missing file throws the Apps Script message', async () => {
    const rt = await withBundle(SOURCE, {}, FILES);
    expect(() => rt.call('missing')).toThrow('No HTML file named Nope was found.');
  });

  test('a modal dialog is recorded with its size and content', async () => {
    const rt = await withBundle(SOURCE, {}, FILES);
    expect(rt.call('dialog').ui).toEqual([
      { type: 'dialog', title: 'กล่อง', html: '<b>x</b><i>y</i>', width: 400, height: 200, modal: true },
    ]);
  });
});

describe('Ui alert and prompt', () => {
  test('answers come from uiResponses in order; overloads are understood', async () => {
    const rt = await bare({ uiResponses: ['NO', 'CANCEL'], promptTexts: ['42'] });
    const ui = services(rt).SpreadsheetApp.getUi();
    expect(ui.alert('ลบ?', 'ยืนยันการลบ', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    const p = ui.prompt('จำนวน', ui.ButtonSet.OK_CANCEL);
    expect(p.getSelectedButton()).toBe('CANCEL');
    expect(p.getResponseText()).toBe('42');
    expect(ui.alert('เสร็จ')).toBe('OK');
    expect(rt.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([
      ['ลบ?', 'ยืนยันการลบ', 'YES_NO', 'NO'],
      ['', 'จำนวน', 'OK_CANCEL', 'CANCEL'],
      ['', 'เสร็จ', 'OK', 'OK'],
    ]);
  });

  test('an answer the dialog cannot give is a test mistake and says so', async () => {
    const rt = await bare({ uiResponses: ['YES'] });
    const ui = services(rt).SpreadsheetApp.getUi();
    expect(() => ui.alert('x')).toThrow('uiResponses gave YES for a dialog with buttons OK');
  });

  test('toasts and submenus are recorded', async () => {
    const rt = await bare();
    const { SpreadsheetApp } = services(rt);
    SpreadsheetApp.getActiveSpreadsheet().toast('บันทึกแล้ว', 'กองทุน', 3);
    const ui = SpreadsheetApp.getUi();
    ui.createMenu('เมนู').addSubMenu(ui.createMenu('ย่อย').addItem('หนึ่ง', 'one')).addToUi();
    expect(rt.ui.toasts).toEqual([{ message: 'บันทึกแล้ว', title: 'กองทุน', timeoutSeconds: 3 }]);
    expect(rt.ui.menus[0]).toEqual({
      title: 'เมนู',
      addon: false,
      items: [{ label: 'ย่อย', submenu: [{ label: 'หนึ่ง', functionName: 'one' }] }],
    });
  });
});

describe('sharing and created spreadsheets', () => {
  test('SpreadsheetApp.create records a new spreadsheet with its own id, reachable by openById and DriveApp', async () => {
    const rt = await bare();
    const { SpreadsheetApp, DriveApp } = services(rt);
    const report = SpreadsheetApp.create('รายงาน อปท.');
    expect(report.getId()).not.toBe(rt.spreadsheet.getId());
    expect(report.getUrl()).toContain(report.getId());
    expect(rt.created.get(report.getId())?.getName()).toBe('รายงาน อปท.');
    expect(SpreadsheetApp.openById(report.getId()).getSheets()[0].getName()).toBe('Sheet1');
    const file = DriveApp.getFileById(report.getId());
    file.addViewers(['lao@example.go.th', 'b@example.org']).removeViewer('b@example.org');
    file.setSharing(DriveApp.Access.PRIVATE, DriveApp.Permission.VIEW);
    expect(report.getViewers().map((u) => u.getEmail())).toEqual(['lao@example.go.th']);
    expect(rt.drive.files.get(report.getId())).toMatchObject({
      viewers: ['lao@example.go.th'],
      editors: [],
      owner: 'secretary@example.org',
    });
    expect(file.getOwner().getEmail()).toBe('secretary@example.org');
  });

  test('a trashed or unknown id throws like Apps Script', async () => {
    const rt = await bare();
    const { SpreadsheetApp, DriveApp } = services(rt);
    const report = SpreadsheetApp.create('x');
    DriveApp.getFileById(report.getId()).setTrashed(true);
    const msg =
      'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
    expect(() => DriveApp.getFileById(report.getId())).toThrow(msg);
    expect(() => DriveApp.getFileById('nope')).toThrow(msg);
  });
});
