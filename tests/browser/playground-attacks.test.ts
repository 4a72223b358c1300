/**
 * The attacks on the playground that need a browser: messages to the page (from a page it opened,
 * from itself, from its own sidebar) that once made it load `javascript:` into the sidebar frame,
 * markup injected into a sidebar, and cross-site writes from another site's page. Each test fails
 * if the attack works.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { browserTest, hasChromium, openPlayground, playgroundRows, type OpenPlayground } from '../support/browser';
import { requireBuild } from '../support/runtime';
import { newBook, newMemberFields } from '../forms/helpers';

const PWNED = 'pwned';
/** Each payload, if it ran in the playground's origin, renames the playground page. */
const JS_URL = `javascript:(parent.document.title=${JSON.stringify(PWNED)},top.document.title=${JSON.stringify(PWNED)})`;
const evilMessages = [
  { type: 'playground-ui', ui: [{ type: 'sidebar', title: 'ปลอม', url: JS_URL, id: JS_URL }] },
  { type: 'playground-ui', ui: [{ type: 'alert', title: 'ปลอม', prompt: 'ข้อความปลอม' }] },
  { type: 'playground-close' },
];

let open: OpenPlayground | undefined;
let page: Page;
let attacker: Server;
let attackerUrl = '';
let playgroundOrigin = '';

/**
 * Another site (127.0.0.1 is not the same site as localhost): a page that messages whoever opened
 * it, and posts a new member to the playground as a form and as a no-cors fetch would. The form
 * is the classic text/plain trick: name + '=' + value is the JSON body.
 */
function attackerPage(): string {
  // its last field is an empty note, so the JSON ends in "}]}: the part the form's value supplies
  const member = JSON.stringify({
    fn: 'saveNewMember',
    args: [{ key: 'csrf-attack-1', ...newMemberFields({ memberId: 'M9999', name: 'นายข้าม เว็บ' }) }],
  });
  return `<!DOCTYPE html><html><body>
<form id="f" method="POST" action="${playgroundOrigin}/api/run" enctype="text/plain" target="sink"><input name='${member.slice(0, -4)}' value='"}]}'></form>
<iframe name="sink"></iframe>
<script>
  const messages = ${JSON.stringify(evilMessages)};
  for (const m of messages) { try { window.opener && window.opener.postMessage(m, '*'); } catch (e) {} }
  fetch(${JSON.stringify(playgroundOrigin)} + '/api/run', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: ${JSON.stringify(member)} }).catch(() => {});
  document.getElementById('f').submit();
  document.title = 'attacker-done';
</script></body></html>`;
}

beforeAll(async () => {
  if (!hasChromium) return;
  requireBuild();
  open = await openPlayground(await newBook({ members: 12 }), 'playground-attacks-');
  page = open.page;
  playgroundOrigin = new URL(open.pg.url).origin;
  attacker = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(attackerPage());
  });
  await new Promise<void>((ok) => attacker.listen(0, '127.0.0.1', ok));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
}, 180000);

afterAll(async () => {
  await open?.close();
  await new Promise((ok) => (attacker ? attacker.close(ok) : ok(undefined)));
});

/** Opens the About sidebar, the frame the attacks try to replace. */
async function openAbout(): Promise<string> {
  await page.getByRole('button', { name: 'เกี่ยวกับสมุดบัญชีนี้' }).click();
  await page.frameLocator('#sidebar-frame').getByText('แผ่นงานในสมุดบัญชี').waitFor();
  await page.locator('#sidebar:not([aria-busy])').waitFor();
  return (await page.locator('#sidebar-frame').getAttribute('src')) ?? '';
}

async function expectUnharmed(sidebarSrc: string): Promise<void> {
  await page.waitForTimeout(1500); // time for any message to be handled
  expect(await page.title()).not.toBe(PWNED);
  expect(await page.locator('#sidebar-frame').getAttribute('src')).toBe(sidebarSrc);
  expect(sidebarSrc).toMatch(/^\/sidebar\/\d+\?token=/);
  await expect(page.locator('#sidebar').evaluate((e) => e.classList.contains('open'))).resolves.toBe(true);
  await expect(page.getByText('ข้อความปลอม').count()).resolves.toBe(0);
}

browserTest('a page the playground opened cannot message it into running script or closing the sidebar', async () => {
  const src = await openAbout();
  // As a link in a cell would: the playground opens another site's page, which messages its opener.
  const popupPromise = page.context().waitForEvent('page');
  await page.evaluate((url) => void window.open(url, '_blank'), attackerUrl);
  const popup = await popupPromise;
  await popup.waitForFunction(() => document.title === 'attacker-done');
  await expectUnharmed(src);
  await popup.close();
});

browserTest(
  'messages from the page itself or with an address are ignored; the sidebar frame may only signal',
  async () => {
    const src = await openAbout();
    // From the playground's own window (not the sidebar frame), every known message type.
    await page.evaluate((messages) => messages.forEach((m) => window.postMessage(m, '*')), evilMessages.slice(0, 2));
    await expectUnharmed(src);
    // From the sidebar frame, same origin: an address in the message is never used.
    const frame = page.frames().find((f) => f !== page.mainFrame() && /\/sidebar\//.test(f.url()));
    expect(frame).toBeDefined();
    await frame?.evaluate((messages) => messages.slice(0, 2).forEach((m) => parent.postMessage(m, '*')), evilMessages);
    await frame?.evaluate(() => parent.postMessage({ type: 'eval', code: 'document.title="pwned"' }, '*'));
    await expectUnharmed(src);
  },
);

browserTest("markup put into a sidebar page cannot run script (its CSP allows only the page's own)", async () => {
  await openAbout();
  const frame = page.frames().find((f) => f !== page.mainFrame() && /\/sidebar\//.test(f.url()));
  const blocked = await frame?.evaluate(async (pwned) => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    // A member name holding markup, written into the page as HTML by mistake.
    document.body.insertAdjacentHTML('beforeend', `<img src="data:," onerror="parent.document.title='${pwned}'">`);
    const s = document.createElement('script');
    s.textContent = `parent.document.title='${pwned}'`;
    document.body.append(s);
    await new Promise((ok) => setTimeout(ok, 500));
    return violations;
  }, PWNED);
  expect(await page.title()).not.toBe(PWNED);
  expect(blocked?.some((d) => d.startsWith('script-src'))).toBe(true);
});

browserTest('another site posting a member (a form and a no-cors fetch) saves nobody', async () => {
  const attackerTab = await page.context().newPage();
  await attackerTab.goto(attackerUrl);
  await attackerTab.waitForFunction(() => document.title === 'attacker-done');
  await attackerTab.waitForTimeout(1500);
  await attackerTab.close();
  const members = await playgroundRows(open!.pg, 'สมาชิก');
  expect(members.length).toBe(13); // the header and the 12 members the book was made with
  expect(members.flat().join(' ')).not.toContain('ข้าม เว็บ');
});
