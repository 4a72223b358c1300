/**
 * Browser side of the playground: draws the book, runs menu items, hosts the sidebar.
 *
 * The grid draws every row of a tab by virtual scrolling: the table holds only the rows in view
 * (plus a margin), between two spacer rows as tall as the rows above and below, and fetches rows
 * from the server a block at a time. Every API call carries the key from the page's address.
 */
interface SheetInfo {
  id: number;
  name: string;
  frozenRows: number;
  totalRows: number;
  totalColumns: number;
  charts: ChartSpec[];
}
interface Rows {
  sheet: number;
  from: number;
  version: number;
  texts: string[][];
  backgrounds: (string | null)[][];
  links: (string | null)[][];
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
  version: number;
  /** gid of the sheet the add-on last activated */
  active: number;
  sheets: SheetInfo[];
  menus: MenuSnapshot[];
}
type UiEvent =
  | { type: 'sidebar' | 'dialog'; title: string; id: number; width?: number }
  | { type: 'alert'; title?: string; prompt?: string; message?: string }
  | { type: 'toast'; title?: string; message: string };

const $ = (id: string) => document.getElementById(id) as HTMLElement;
const KEY = new URLSearchParams(location.search).get('token') ?? '';
/** Rows fetched per request, and rows drawn beyond the visible ones on each side. */
const BLOCK = 200;
const MARGIN = 30;

let book: Book | null = null;
/** gid of the tab shown */
let current = -1;
/** The cell a report link jumped to, outlined until another tab or link. */
let selected: { sheet: number; row: number; col: number } | null = null;
/** Row blocks of the shown tab, by block number, for the book version they were read at. */
let blocks = new Map<number, Rows>();
let blocksSheet = -1;
/** Blocks asked for, as 'sheet:block@version'. */
const inFlight = new Set<string>();
let rowHeight = 26;

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

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Every call to the server carries the key; a refusal becomes an error with the server's sentence. */
async function api<T>(path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { headers: { 'x-playground-token': KEY } };
  if (body !== undefined) {
    init.method = 'POST';
    init.headers = { 'x-playground-token': KEY, 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  const res = await fetch(path, init);
  if (res.status === 403 || res.status === 421) throw new Error(await res.text());
  return (await res.json()) as T;
}

const sheetById = (id: number) => book?.sheets.find((s) => s.id === id);

async function load(): Promise<void> {
  const previous = book;
  book = await api<Book>('/api/book');
  $('file').textContent = book.workbook;
  if (!previous) drawMenu();
  // The add-on moved the user to another tab (the check's report, the summaries): follow it, as Sheets does.
  if (!sheetById(current) || (previous && previous.active !== book.active)) current = sheetById(book.active)?.id ?? book.sheets[0]?.id ?? -1;
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
        b.addEventListener('click', () => void runMenu(item.functionName, b));
        bar.append(b);
      }
    }
  }
}

function drawTabs(): void {
  const tabs = $('tabs');
  tabs.replaceChildren();
  for (const s of book?.sheets ?? []) {
    const b = el('button', { textContent: s.name, type: 'button' });
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(s.id === current));
    b.addEventListener('click', () => showSheet(s.id));
    tabs.append(b);
  }
}

function showSheet(id: number, row?: number): void {
  if (id !== current) {
    current = id;
    if (!row) selected = null;
    drawTabs();
    drawSheet();
  }
  // A linked row shows a few rows below the sticky header.
  const headHeight = thead?.offsetHeight ?? 0;
  $('grid').scrollTop = row ? Math.max(0, bodyTop() + (row - 1 - frozenOf()) * rowHeight - headHeight - rowHeight * 3) : 0;
  drawRows();
}

const frozenOf = () => Math.min(sheetById(current)?.frozenRows ?? 0, sheetById(current)?.totalRows ?? 0);
let table: HTMLTableElement | null = null;
let tbody: HTMLTableSectionElement | null = null;
let thead: HTMLTableSectionElement | null = null;
let drawnRange = '';

/** Where body row 0 starts inside the scrolling area. */
function bodyTop(): number {
  return table && thead ? table.offsetTop + thead.offsetHeight : 0;
}

/** The table shell of the shown tab: column widths, the header, and the spacer rows. */
function drawSheet(): void {
  const grid = $('grid');
  grid.replaceChildren();
  table = tbody = thead = null;
  drawnRange = '';
  const sheet = sheetById(current);
  if (!sheet || !book) return;
  // Another tab's rows are dropped; this tab's stay drawn until a newer book version replaces them.
  if (blocksSheet !== sheet.id) {
    blocks = new Map();
    blocksSheet = sheet.id;
  }
  // Charts float over the sheet in Sheets; here they come first so they are seen without scrolling.
  if (sheet.charts.length) grid.append(drawCharts(sheet.charts));
  thead = el('thead');
  tbody = el('tbody');
  table = el('table', { className: 'sheet' }, el('colgroup'), thead, tbody);
  table.setAttribute('aria-rowcount', String(sheet.totalRows + 1));
  grid.append(table);
  drawRows();
}

/** Widths from the first block's text (header and first rows), fixed for the tab so columns do not jump while scrolling. */
function setColumns(sheet: SheetInfo, first: Rows | undefined): void {
  if (!table) return;
  const colgroup = table.querySelector('colgroup') as HTMLTableColElement;
  if (colgroup.childElementCount && colgroup.dataset.measured === String(Boolean(first))) return;
  colgroup.replaceChildren();
  colgroup.dataset.measured = String(Boolean(first));
  const rownum = el('col');
  rownum.style.width = `${Math.max(40, String(sheet.totalRows).length * 9 + 14)}px`;
  colgroup.append(rownum);
  let total = parseInt(rownum.style.width, 10);
  for (let c = 0; c < sheet.totalColumns; c++) {
    let longest = 2;
    for (const row of first?.texts.slice(0, 60) ?? []) longest = Math.max(longest, (row[c] ?? '').length);
    const w = Math.min(260, Math.max(56, longest * 8 + 16));
    const col = el('col');
    col.style.width = `${w}px`;
    colgroup.append(col);
    total += w;
  }
  table.style.width = `${total}px`;
}

function blockOf(row: number): number {
  return Math.floor((row - 1) / BLOCK);
}

function drawRow(sheet: SheetInfo, row: number, className = ''): HTMLTableRowElement {
  const tr = el('tr', { className }, el('td', { className: 'rownum', textContent: String(row) }));
  tr.setAttribute('aria-rowindex', String(row + 1));
  const b = blocks.get(blockOf(row));
  const i = b ? row - b.from : -1;
  const texts = b?.texts[i] ?? [];
  for (let c = 0; c < sheet.totalColumns; c++) {
    const td = el('td');
    const text = texts[c] ?? '';
    td.dataset.cell = `${columnLetter(c)}${row}`;
    const bg = b?.backgrounds[i]?.[c];
    if (bg) td.style.backgroundColor = bg;
    const link = b?.links[i]?.[c];
    if (link) {
      const a = el('a', { href: link, textContent: text });
      a.addEventListener('click', (ev) => {
        ev.preventDefault();
        followLink(link);
      });
      td.append(a);
    } else td.textContent = text;
    if (text) td.title = text;
    if (selected && selected.sheet === sheet.id && selected.row === row && selected.col === c) {
      td.classList.add('selected');
      td.setAttribute('aria-selected', 'true');
    }
    tr.append(td);
  }
  return tr;
}

function gap(height: number, cols: number): HTMLTableRowElement {
  const td = el('td', { colSpan: cols + 1 });
  td.style.height = `${height}px`;
  const tr = el('tr', { className: 'gap' }, td);
  tr.setAttribute('aria-hidden', 'true');
  return tr;
}

let frame = 0;
/** Draws the rows in view (after a scroll, at most once a frame) and fetches the blocks they need. */
function drawRows(): void {
  const sheet = sheetById(current);
  if (!sheet || !table || !thead || !tbody) return;
  const grid = $('grid');
  setColumns(sheet, blocks.get(0));
  const frozen = frozenOf();
  const bodyRows = Math.max(0, sheet.totalRows - frozen);
  const y = grid.scrollTop - bodyTop();
  const first = Math.max(0, Math.floor(y / rowHeight) - MARGIN);
  const last = Math.min(bodyRows, Math.ceil((y + grid.clientHeight) / rowHeight) + MARGIN);
  const need = new Set<number>();
  if (frozen) need.add(0);
  for (let r = first; r < last; r += BLOCK) need.add(blockOf(frozen + 1 + r));
  if (last > first) need.add(blockOf(frozen + last));
  const version = book?.version ?? 0;
  for (const n of need) if ((blocks.get(n)?.version ?? -1) < version) void fetchBlock(sheet.id, n, version);

  const rangeKey = `${first}:${last}:${[...need].map((n) => `${n}@${blocks.get(n)?.version}`).join(',')}:${selected?.row ?? ''}`;
  if (rangeKey === drawnRange) return showRowInfo(sheet);
  drawnRange = rangeKey;

  const head = el('tr', {}, el('th', { className: 'rownum', textContent: '' }));
  for (let c = 0; c < sheet.totalColumns; c++) head.append(el('th', { textContent: columnLetter(c) }));
  const frozenRows = Array.from({ length: frozen }, (_, r) => drawRow(sheet, r + 1, 'frozen'));
  thead.replaceChildren(head, ...frozenRows);

  const rows: HTMLTableRowElement[] = [];
  if (first > 0) rows.push(gap(first * rowHeight, sheet.totalColumns));
  for (let r = first; r < last; r++) rows.push(drawRow(sheet, frozen + 1 + r));
  if (bodyRows > last) rows.push(gap((bodyRows - last) * rowHeight, sheet.totalColumns));
  tbody.replaceChildren(...rows);
  // Spacer heights assume every row is rowHeight tall: measure a drawn row once, so row 33,825 is where the scrollbar says.
  const sample = tbody.querySelector('tr:not(.gap)') as HTMLTableRowElement | null;
  if (sample && Math.abs(sample.getBoundingClientRect().height - rowHeight) > 0.01) {
    rowHeight = sample.getBoundingClientRect().height;
    drawnRange = '';
    drawRows();
    return;
  }
  showRowInfo(sheet);
}

/** "แถว 33,801–33,824 จาก 33,824": the rows in view, as the drawn rows sit on screen. */
function showRowInfo(sheet: SheetInfo): void {
  if (!tbody || !thead) return;
  const view = $('grid').getBoundingClientRect();
  const top = Math.max(view.top, thead.getBoundingClientRect().bottom);
  const seen: number[] = [];
  for (const tr of Array.from(tbody.rows)) {
    if (tr.classList.contains('gap')) continue;
    const r = tr.getBoundingClientRect();
    if (r.bottom > top + 1 && r.top < view.bottom - 1) seen.push(Number(tr.getAttribute('aria-rowindex')) - 1);
  }
  $('rowinfo').textContent = seen.length
    ? `แถว ${seen[0].toLocaleString()}–${seen[seen.length - 1].toLocaleString()} จาก ${sheet.totalRows.toLocaleString()}`
    : '';
}

async function fetchBlock(sheetId: number, n: number, version: number): Promise<void> {
  const key = `${sheetId}:${n}@${version}`;
  if (inFlight.has(key)) return;
  inFlight.add(key);
  try {
    const rows = await api<Rows>(`/api/rows?sheet=${sheetId}&from=${n * BLOCK + 1}&count=${BLOCK}`);
    if (rows.sheet !== current || blocksSheet !== current) return;
    if ((blocks.get(n)?.version ?? -1) > rows.version) return;
    blocks.set(n, rows);
    drawRows();
  } finally {
    inFlight.delete(key);
  }
}

/** A report link: '#gid=123&range=C45' opens that tab at that cell. */
function followLink(link: string): void {
  const m = /^#gid=(\d+)(?:&range=([A-Z]{1,3})([0-9]{1,7}))?$/.exec(link);
  if (!m) return;
  const sheet = sheetById(Number(m[1]));
  if (!sheet) return;
  const row = m[3] ? Number(m[3]) : 0;
  selected = row ? { sheet: sheet.id, row, col: columnIndex(m[2]) } : null;
  drawnRange = '';
  showSheet(sheet.id, row || undefined);
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

// ---- the sidebar ------------------------------------------------------------------------------

const sidebarFrame = () => $('sidebar-frame') as HTMLIFrameElement;

/** Covers the open form (and takes it out of the tab order) while the next page is coming. */
function blockSidebar(text: string): void {
  const aside = $('sidebar');
  if (!aside.classList.contains('open')) return;
  $('sidebar-loading').textContent = text;
  aside.setAttribute('aria-busy', 'true');
  sidebarFrame().inert = true;
}

function unblockSidebar(): void {
  $('sidebar').removeAttribute('aria-busy');
  sidebarFrame().inert = false;
}

/**
 * Opens sidebar page `id` (a number the server gave in its answer; never an address from a
 * message). The old form goes at once; a loading notice stands in its place until the new page
 * has loaded, and only then the new title shows.
 */
function openSidebar(title: string, id: number): void {
  if (!Number.isSafeInteger(id) || id <= 0) return;
  const aside = $('sidebar');
  const next = el('iframe', { id: 'sidebar-frame', title: 'sidebar' });
  next.addEventListener(
    'load',
    () => {
      if (sidebarFrame() !== next) return;
      $('sidebar-title').textContent = title;
      unblockSidebar();
    },
    { once: true },
  );
  next.src = `/sidebar/${id}?token=${encodeURIComponent(KEY)}`;
  $('sidebar-title').textContent = '';
  $('sidebar-loading').textContent = `กำลังเปิด ${title}…`;
  aside.setAttribute('aria-busy', 'true');
  aside.classList.add('open');
  sidebarFrame().replaceWith(next);
}

function closeSidebar(): void {
  $('sidebar').classList.remove('open');
  unblockSidebar();
  sidebarFrame().replaceWith(el('iframe', { id: 'sidebar-frame', title: 'sidebar' }));
}

function handleUi(events: UiEvent[]): boolean {
  let opened = false;
  for (const e of events) {
    if (e.type === 'sidebar' || e.type === 'dialog') {
      openSidebar(String(e.title ?? ''), Number(e.id));
      // A dialog keeps its width (wider than the 300 px sidebar, as Sheets shows it).
      const wide = e.type === 'dialog' && Number.isFinite(Number(e.width)) && e.width ? `${Number(e.width)}px` : '';
      $('sidebar').style.width = wide;
      sidebarFrame().style.width = wide;
      opened = true;
    } else showMessage(e);
  }
  return opened;
}

async function runMenu(fn: string, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  blockSidebar('กำลังทำงาน…');
  let opened = false;
  try {
    const out = await api<{ ok: boolean; error?: string; ui?: UiEvent[] }>('/api/menu', { fn });
    opened = handleUi(out.ui ?? []);
    if (!out.ok) showMessage({ type: 'alert', title: 'เกิดข้อผิดพลาด', prompt: out.error ?? '' });
    await load();
  } catch (e) {
    showMessage({ type: 'alert', title: 'เกิดข้อผิดพลาด', prompt: String((e as Error).message ?? e) });
  } finally {
    button.disabled = false;
    if (!opened) unblockSidebar();
  }
}

/** UI a sidebar's call raised (toasts, alerts, another sidebar), fetched from the server. */
async function pullUi(): Promise<void> {
  const out = await api<{ ui: UiEvent[] }>('/api/ui', {});
  handleUi(out.ui);
}

// Only the sidebar frame, from this page's own origin, may signal, and only these bare signals.
window.addEventListener('message', (ev: MessageEvent) => {
  if (ev.source !== sidebarFrame().contentWindow || ev.origin !== location.origin) return;
  const type = ev.data && typeof ev.data === 'object' ? (ev.data as { type?: unknown }).type : undefined;
  if (type === 'playground-close') closeSidebar();
  else if (type === 'playground-ui') void pullUi();
  else if (type === 'playground-changed') void load();
});
$('sidebar-close').addEventListener('click', closeSidebar);
$('grid').addEventListener('scroll', () => {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    drawRows();
  });
});
window.addEventListener('resize', () => drawRows());

if (!KEY) $('grid').textContent = 'ต้องเปิดจากลิงก์ที่ npm start พิมพ์ออกมา (open the link printed by npm start)';
else void load();
