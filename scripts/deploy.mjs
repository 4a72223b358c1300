// npm run deploy: pushes the built dist/ (Code.js, appsscript.json, sidebar pages) with clasp.
// Refuses with one clear sentence when .clasp.json still holds the placeholder script id, so a
// newcomer learns what to do instead of reading a clasp stack trace.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8'));
if (!config.scriptId || /REPLACE/i.test(config.scriptId)) {
  console.error(
    'ยังไม่ได้ใส่ scriptId ใน .clasp.json: เปิดสเปรดชีต > ส่วนขยาย > Apps Script > การตั้งค่าโปรเจ็กต์ แล้วคัดลอก "รหัสสคริปต์" มาใส่ ' +
      '(.clasp.json has no scriptId yet: copy the Script ID from Extensions > Apps Script > Project Settings; see README "Deploy")',
  );
  process.exit(1);
}
if (config.rootDir !== 'dist' || !existsSync(join(root, 'dist', 'Code.js'))) {
  console.error('ไม่พบ dist/Code.js หรือ rootDir ไม่ใช่ dist: รัน npm run build ก่อน (build first; rootDir must be dist)');
  process.exit(1);
}
const clasp = join(root, 'node_modules', '.bin', 'clasp');
const r = spawnSync(clasp, ['push', '--force'], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) {
  console.error(
    'ส่งขึ้น Google ไม่สำเร็จ: ลอง npx clasp login แล้วลองใหม่ (push failed: run npx clasp login, then try again)',
  );
  process.exit(r.status ?? 1);
}
