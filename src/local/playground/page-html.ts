/** The playground page: a Sheets-like frame around the real add-on. Its script is dist-local/playground-page.js. */
import { cspHash } from './guard';

const STYLE = `
  :root { font-family: 'Sarabun','Noto Sans Thai','Loma','Garuda',Arial,sans-serif; font-size: 15px; color: #1f2937; }
  * { box-sizing: border-box; }
  body { margin: 0; height: 100vh; display: grid; grid-template-rows: auto auto 1fr auto; }
  header { padding: 8px 12px; background: #0b6e4f; color: #fff; display: flex; gap: 12px; align-items: baseline; }
  header h1 { font-size: 1.1rem; margin: 0; }
  header .file { opacity: .85; font-size: .85rem; }
  nav.menubar { display: flex; flex-wrap: wrap; gap: 6px; padding: 6px 12px; background: #f3f4f6; border-bottom: 1px solid #d1d5db; align-items: center; }
  nav.menubar .menu-title { font-weight: 700; margin-right: 6px; }
  nav.menubar button { font: inherit; padding: 6px 10px; border: 1px solid #9ca3af; border-radius: 4px; background: #fff; cursor: pointer; }
  nav.menubar button:hover, nav.menubar button:focus { background: #e7f6ee; border-color: #0b6e4f; }
  nav.menubar .sep { width: 1px; height: 24px; background: #9ca3af; margin: 0 4px; }
  .workspace { display: grid; grid-template-columns: 1fr auto; min-height: 0; }
  .grid-area { overflow: auto; min-width: 0; min-height: 0; position: relative; }
  table.sheet { border-collapse: collapse; font-size: .9rem; table-layout: fixed; }
  table.sheet th, table.sheet td { border: 1px solid #e5e7eb; padding: 0 6px; height: 26px; line-height: 24px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  table.sheet thead { position: sticky; top: 0; z-index: 1; }
  table.sheet thead th { background: #f3f4f6; }
  table.sheet td.rownum, table.sheet th.rownum { background: #f3f4f6; color: #6b7280; text-align: right; }
  table.sheet tr.frozen td { background: #eef6f2; font-weight: 700; }
  table.sheet tr.gap td { border: 0; padding: 0; height: auto; }
  table.sheet td.selected { outline: 3px solid #f59e0b; outline-offset: -3px; }
  table.sheet td a { color: #0b57d0; }
  .rowinfo { margin-left: auto; font-size: .85rem; opacity: .9; }
  aside.sidebar { width: 300px; border-left: 1px solid #d1d5db; display: none; flex-direction: column; background: #fff; }
  aside.sidebar.open { display: flex; }
  aside.sidebar .bar { display: flex; justify-content: space-between; align-items: center; padding: 6px 8px; border-bottom: 1px solid #e5e7eb; font-weight: 700; }
  aside.sidebar .bar button { font: inherit; border: none; background: none; font-size: 1.2rem; cursor: pointer; }
  aside.sidebar iframe { border: 0; width: 300px; flex: 1; }
  aside.sidebar .frame-box { position: relative; flex: 1; display: flex; }
  aside.sidebar .loading { display: none; position: absolute; inset: 0; background: rgba(255,255,255,.92); z-index: 2; padding: 24px 12px; text-align: center; font-weight: 700; color: #084c37; }
  aside.sidebar[aria-busy='true'] .loading { display: block; }
  footer.tabs { display: flex; gap: 2px; padding: 4px 8px; background: #f3f4f6; border-top: 1px solid #d1d5db; overflow-x: auto; }
  footer.tabs button { font: inherit; padding: 4px 12px; border: 1px solid #d1d5db; background: #fff; border-radius: 0 0 4px 4px; cursor: pointer; white-space: nowrap; }
  footer.tabs button[aria-selected='true'] { background: #e7f6ee; border-color: #0b6e4f; font-weight: 700; }
  #messages { position: fixed; right: 320px; bottom: 48px; display: flex; flex-direction: column; gap: 8px; max-width: 420px; z-index: 5; }
  .toast, .alert { background: #1f2937; color: #fff; padding: 10px 12px; border-radius: 6px; white-space: pre-wrap; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
  .alert { background: #fff; color: #1f2937; border: 2px solid #0b6e4f; }
  .alert h3 { margin: 0 0 4px; font-size: 1rem; }
  .alert button { margin-top: 6px; font: inherit; }
  .charts { display: flex; flex-wrap: wrap; gap: 12px; padding: 8px; }
  .charts figure { margin: 0; border: 1px solid #e5e7eb; padding: 6px; }
`;

/** The page's one inline <style>, allowed by its hash (the page's CSP has no 'unsafe-inline'). */
export function pageStyleHashes(): string[] {
  return [cspHash(STYLE)];
}

export function pageHtml(): string {
  return `<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>สมุดบัญชีกองทุนสวัสดิการชุมชน — playground</title>
<style>${STYLE}</style>
</head>
<body>
  <header><h1>สมุดบัญชีกองทุนสวัสดิการชุมชน</h1><span class="file" id="file"></span><span class="rowinfo" id="rowinfo" aria-live="polite"></span></header>
  <nav class="menubar" id="menubar" aria-label="เมนูส่วนเสริม"></nav>
  <div class="workspace">
    <div class="grid-area" id="grid" tabindex="0" aria-label="ตาราง"></div>
    <aside class="sidebar" id="sidebar" aria-label="แผงด้านข้าง">
      <div class="bar"><span id="sidebar-title"></span><button id="sidebar-close" aria-label="ปิด">×</button></div>
      <div class="frame-box">
        <div class="loading" id="sidebar-loading" role="status">กำลังเปิด…</div>
        <iframe id="sidebar-frame" title="sidebar"></iframe>
      </div>
    </aside>
  </div>
  <footer class="tabs" id="tabs" role="tablist" aria-label="แผ่นงาน"></footer>
  <div id="messages" aria-live="polite"></div>
  <script src="/page.js"></script>
</body>
</html>`;
}
