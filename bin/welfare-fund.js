#!/usr/bin/env node
// `npx welfare-fund`: runs actions of the BUILT add-on (dist/Code.js) on an .xlsx file.
// Builds first when the build is missing, so it works right after `npm ci`.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const cli = join(root, 'dist-local', 'cli.js');
if (!existsSync(cli) || !existsSync(join(root, 'dist', 'Code.js'))) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--quiet'], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(
      'สร้าง (build) ส่วนเสริมไม่สำเร็จ: ลองรัน npm ci แล้วลองใหม่ (the add-on could not be built; run npm ci and try again)',
    );
    process.exit(1);
  }
}
require(cli)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code));
