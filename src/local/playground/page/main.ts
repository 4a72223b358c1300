/** Browser side of the playground: draws the book, runs menu items, hosts the sidebar. */
interface SheetSnapshot {
  name: string;
  frozenRows: number;
  totalRows: number;
  totalColumns: number;
  rows: string[][];
  charts: ChartSpec[];
}
interface ChartSpec {
  title?: string;
  type?: string;
  labels?: string[];
  series?: { name: string; values: number[] }[];
}
interface MenuSnapshot {
  title: string;
  items: ({ label: string; functionName: string } | { separator: true })[];
}
interface Book {
  name: string;
  workbook: string;
  sheets: SheetSnapshot[];
  menus: MenuSnapshot[];
}
type UiEvent =
  | { type: 'sidebar' | 'dialog'; title: string; url: string; width?: number }
  | { type: 'alert'; title?: string; prompt?: string; message?: string }
  | { type: 'toast'; title?: string; message: string };

const $ = (id: string) => document.getElementById(id) as HTMLElement;
let book: Book | null = null;
let current = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  for (const k of kids) node.append(k);
  return node;
}

function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

async function load(): Promise<void> {
  const res = await fetch('/api/book');
  book = (await res.json()) as Book;
  $('file').textContent = book.workbook;
  drawMenu();
  if (current >= book.sheets.length) current = 0;
  drawTabs();
  drawSheet();
}

function drawMenu(): void {
  const bar = $('menubar');
  bar.replaceChildren();
  for (const menu of book?.menus ?? []) {
    bar.append(el('span', { className: 'menu-title', textContent: `ส่วนขยาย › ${menu.title}` }));
    for (const item of menu.items) {
      if ('separator' in item) bar.append(el('span', { className: 'sep' }));
      else {
        const b = el('button', { textContent: item.label, type: 'button' });
        b.dataset.fn = item.functionName;
        b.addEventListener('click', () => runMenu(item.functionName, b));
        bar.append(b);
      }
    }
  }
}

function drawTabs(): void {
  const tabs = $('tabs');
  tabs.replaceChildren();
  book?.sheets.forEach((s, i) => {
    const b = el('button', { textContent: s.name, type: 'button' });
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(i === current));
    b.addEventListener('click', () => {
      current = i;
      drawTabs();
      drawSheet();
    });
    tabs.append(b);
  });
}

function drawSheet(): void {
  const grid = $('grid');
  grid.replaceChildren();
  const sheet = book?.sheets[current];
  if (!sheet) return;
  const cols = sheet.totalColumns;
  const head = el('tr', {}, el('th', { textContent: '' }));
  for (let c = 0; c < cols; c++) head.append(el('th', { textContent: columnLetter(c) }));
  const body = el('tbody');
  sheet.rows.forEach((row, r) => {
    const tr = el('tr', { className: r < sheet.frozenRows ? 'frozen' : '' }, el('td', { className: 'rownum', textContent: String(r + 1) }));
    for (let c = 0; c < cols; c++) tr.append(el('td', { textContent: row[c] ?? '', title: row[c] ?? '' }));
    body.append(tr);
  });
  // Charts float over the sheet in Sheets; here they come first so they are seen without scrolling.
  if (sheet.charts.length) grid.append(drawCharts(sheet.charts));
  grid.append(el('table', { className: 'sheet' }, el('thead', {}, head), body));
  if (sheet.totalRows > sheet.rows.length)
    grid.append(el('div', { className: 'more', textContent: `แสดง ${sheet.rows.length.toLocaleString()} จาก ${sheet.totalRows.toLocaleString()} แถว` }));
}

/** Chart specs recorded by the runtime, drawn as simple SVG bar/line charts. */
function drawCharts(charts: ChartSpec[]): HTMLElement {
  const box = el('div', { className: 'charts' });
  for (const c of charts) {
    if (!c) continue;
    const fig = el('figure');
    fig.append(el('figcaption', { textContent: c.title ?? '' }));
    const values = c.series?.[0]?.values ?? [];
    const w = 420;
    const h = 180;
    const max = Math.max(1, ...values.map((v) => Math.abs(v)));
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', String(w));
    svg.setAttribute('height', String(h));
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', c.title ?? 'chart');
    const step = values.length ? w / values.length : w;
    if (c.type === 'LINE' || c.type === 'AREA') {
      const pts = values.map((v, i) => `${i * step + step / 2},${h - (v / max) * (h - 10)}`).join(' ');
      const line = document.createElementNS(ns, 'polyline');
      line.setAttribute('points', pts);
      line.setAttribute('fill', 'none');
      line.setAttribute('stroke', '#0b6e4f');
      line.setAttribute('stroke-width', '2');
      svg.append(line);
    } else {
      values.forEach((v, i) => {
        const r = document.createElementNS(ns, 'rect');
        const bh = (Math.abs(v) / max) * (h - 10);
        r.setAttribute('x', String(i * step + 2));
        r.setAttribute('y', String(h - bh));
        r.setAttribute('width', String(Math.max(1, step - 4)));
        r.setAttribute('height', String(bh));
        r.setAttribute('fill', '#0b6e4f');
        const tip = document.createElementNS(ns, 'title');
        tip.textContent = `${c.labels?.[i] ?? ''}: ${v.toLocaleString()}`;
        r.append(tip);
        svg.append(r);
      });
    }
    fig.append(svg);
    box.append(fig);
  }
  return box;
}

function showMessage(e: UiEvent): void {
  const box = $('messages');
  if (e.type === 'toast') {
    const t = el('div', { className: 'toast', textContent: (e.title ? e.title + '\n' : '') + e.message });
    box.append(t);
    setTimeout(() => t.remove(), 6000);
  } else if (e.type === 'alert') {
    const a = el('div', { className: 'alert', role: 'alertdialog' } as Partial<HTMLDivElement>);
    if (e.title) a.append(el('h3', { textContent: e.title }));
    a.append(el('div', { textContent: e.prompt ?? e.message ?? '' }));
    const ok = el('button', { textContent: 'ตกลง', type: 'button' });
    ok.addEventListener('click', () => a.remove());
    a.append(ok);
    box.append(a);
    ok.focus();
  }
}

function handleUi(events: UiEvent[]): void {
  for (const e of events) {
    if (e.type === 'sidebar' || e.type === 'dialog') {
      $('sidebar-title').textContent = e.title;
      ($('sidebar-frame') as HTMLIFrameElement).src = e.url;
      const wide = e.type === 'dialog' && e.width ? `${e.width}px` : '';
      $('sidebar').style.width = wide;
      $('sidebar-frame').style.width = wide;
      $('sidebar').classList.add('open');
    } else showMessage(e);
  }
}

async function runMenu(fn: string, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  try {
    const res = await fetch('/api/menu', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fn }) });
    const out = (await res.json()) as { ok: boolean; error?: string; ui?: UiEvent[] };
    handleUi(out.ui ?? []);
    if (!out.ok) showMessage({ type: 'alert', title: 'เกิดข้อผิดพลาด', prompt: out.error ?? '' });
    await load();
  } finally {
    button.disabled = false;
  }
}

window.addEventListener('message', (ev: MessageEvent) => {
  const data = ev.data as { type?: string; ui?: UiEvent[] };
  if (data?.type === 'playground-close') $('sidebar').classList.remove('open');
  if (data?.type === 'playground-ui') handleUi(data.ui ?? []);
  if (data?.type === 'playground-changed') void load();
});
$('sidebar-close').addEventListener('click', () => $('sidebar').classList.remove('open'));

void load();
