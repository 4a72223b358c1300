import { dayFromYMD } from '../../src/core/dates';
import { SHEETS } from '../../src/core/schema';
import {
  DEFAULT_BENEFITS,
  SETTING_DEFS,
  benefitRows,
  defaultSettings,
  findBenefit,
  formatTiers,
  parseSettings,
  parseTiers,
  settingsRows,
} from '../../src/core/settings';

const header = (key: 'settings' | 'benefits', lang: 'th' | 'en' = 'th') => SHEETS[key].columns.map((c) => c[lang]);
const book = (lang: 'th' | 'en' = 'th') => ({
  settings: [header('settings', lang), ...settingsRows(lang)],
  benefits: [header('benefits', lang), ...benefitRows(lang)],
});

describe('defaults', () => {
  test("the seeds' fees: 50 baht entry, 50 baht a year, 1 baht a day, fiscal year from October", () => {
    const s = defaultSettings();
    expect(s).toMatchObject({
      entryFee: 50,
      annualFee: 50,
      savingsPerDay: 1,
      fiscalYearStartMonth: 10,
      sensitiveThreshold: 3,
      adminCostCeiling: 0.2,
      language: 'th',
    });
  });

  test("Ban Don Chai's seven benefit kinds, two of them paid to community projects", () => {
    expect(DEFAULT_BENEFITS.map((b) => b.name)).toEqual([
      'ค่าทำขวัญบุตร',
      'ค่าเยี่ยมไข้',
      'เงินสงเคราะห์ (เสียชีวิต)',
      'ผู้ด้อยโอกาส/พิการ',
      'เพื่อการศึกษา',
      'วิสาหกิจชุมชน',
      'ร้านค้าชุมชน',
    ]);
    expect(DEFAULT_BENEFITS.filter((b) => b.payee === 'project').map((b) => b.code)).toEqual(['enterprise', 'shop']);
    expect(DEFAULT_BENEFITS.filter((b) => b.sensitive).map((b) => b.code)).toEqual(['sickness', 'death', 'disabled']);
    const death = DEFAULT_BENEFITS.find((b) => b.code === 'death')!;
    expect(death.maxTimesLifetime).toBe(1);
    expect(death.onDeath).toBe(true);
    expect(death.tiers.length).toBeGreaterThan(1);
    expect(DEFAULT_BENEFITS.find((b) => b.code === 'newborn')!.amountPerUnit).toBe(500);
    expect(DEFAULT_BENEFITS.find((b) => b.code === 'sickness')!.capPerYear).not.toBeNull();
  });

  test('rows follow the sheet columns in both languages', () => {
    for (const lang of ['th', 'en'] as const) {
      for (const row of settingsRows(lang)) expect(row).toHaveLength(SHEETS.settings.columns.length);
      for (const row of benefitRows(lang)) expect(row).toHaveLength(SHEETS.benefits.columns.length);
    }
    expect(settingsRows('th')[0][0]).toBe('ชื่อกองทุน');
    expect(settingsRows('en')[0][0]).toBe('Fund name');
    const th = benefitRows('th');
    const codeCol = SHEETS.benefits.columns.findIndex((c) => c.key === 'code');
    const tiersCol = SHEETS.benefits.columns.findIndex((c) => c.key === 'tiers');
    const deathRow = th.find((r) => r[codeCol] === 'death')!;
    expect(deathRow[tiersCol]).toBe('0=3000, 1=6000, 3=10000, 5=15000');
  });

  test.each(['th', 'en'] as const)('defaults (%s) parse back to the defaults with no findings', (lang) => {
    const b = book(lang);
    const { settings, findings } = parseSettings(b.settings, b.benefits);
    expect(findings).toEqual([]);
    const expected = defaultSettings();
    // English rows carry English benefit names and units; everything else is equal.
    if (lang === 'en') {
      expect(settings.benefits.map((x) => ({ ...x, name: '', unit: '' }))).toEqual(
        expected.benefits.map((x) => ({ ...x, name: '', unit: '' })),
      );
      expect({ ...settings, benefits: [] }).toEqual({ ...expected, benefits: [] });
    } else expect(settings).toEqual(expected);
  });

  test('every setting has Thai and English labels and help', () => {
    for (const def of SETTING_DEFS) {
      expect(def.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(def.en).toMatch(/[a-z]/i);
      expect(def.helpTh).not.toBe('');
      expect(def.helpEn).not.toBe('');
    }
  });
});

describe("reading a group's own settings", () => {
  const withValue = (key: string, value: unknown) => {
    const b = book();
    const i = SETTING_DEFS.findIndex((d) => d.key === key);
    b.settings[i + 1] = [b.settings[i + 1][0], value, ''];
    return b;
  };

  test.each<[string, unknown, unknown]>([
    ['entryFee', '100 บาท', 100],
    ['annualFee', '๖๐', 60],
    ['savingsPerDay', 2, 2],
    ['fiscalYearStartMonth', 1, 1],
    ['fiscalYearStartMonth', 'มกราคม', 1],
    ['fiscalYearStartMonth', 'ต.ค.', 10],
    ['adminCostCeiling', '15%', 0.15],
    ['adminCostCeiling', 0.1, 0.1],
    ['language', 'English', 'en'],
    ['language', 'ไทย', 'th'],
    ['foundedDay', '15 ส.ค. 2545', dayFromYMD(2002, 8, 15)],
    ['fundName', 'กลุ่มออมวันละบาท บ้านดอนไชย', 'กลุ่มออมวันละบาท บ้านดอนไชย'],
  ])('%s = %p reads as %p', (key, value, expected) => {
    const b = withValue(key, value);
    const { settings, findings } = parseSettings(b.settings, b.benefits);
    expect((settings as unknown as Record<string, unknown>)[key]).toEqual(expected);
    expect(findings).toEqual([]);
  });

  test.each<[string, unknown]>([
    ['entryFee', 'ห้าสิบ'],
    ['entryFee', -50],
    ['savingsPerDay', ''],
    ['fiscalYearStartMonth', 13],
    ['suspendAfterArrearsDays', '90.5'],
    ['adminCostCeiling', 'มาก'],
    ['language', 'fr'],
    ['foundedDay', '15/8/45'],
    ['fundName', ''],
  ])('a broken %s (%p) gives an error finding and the default', (key, value) => {
    const b = withValue(key, value);
    const { settings, findings } = parseSettings(b.settings, b.benefits);
    const def = SETTING_DEFS.find((d) => d.key === key)!;
    expect((settings as unknown as Record<string, unknown>)[key]).toEqual(def.default);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', code: 'setting.invalid', sheet: 'settings', column: key });
    expect(findings[0].row).toBe(SETTING_DEFS.indexOf(def) + 2);
    expect(findings[0].message.th).toContain('ค่าเริ่มต้น');
    expect(findings[0].message.en).toContain('default');
  });

  test('a ratio typed as a bare percentage is read as one, with a warning', () => {
    const b = withValue('adminCostCeiling', 20);
    const { settings, findings } = parseSettings(b.settings, b.benefits);
    expect(settings.adminCostCeiling).toBe(0.2);
    expect(findings).toMatchObject([{ severity: 'warning', code: 'setting.read-as' }]);
  });

  test('rows are found by Thai label, English label or key, in any order, with extra rows', () => {
    const { settings, findings } = parseSettings(
      [
        ['Setting', 'Value'],
        ['annualFee', 70],
        ['ค่าสมัครแรกเข้า (บาท)', 30],
        ['Savings per day (baht)', 2],
        ['สีประจำกลุ่ม', 'เขียว'],
      ],
      book().benefits,
    );
    expect(settings).toMatchObject({ annualFee: 70, entryFee: 30, savingsPerDay: 2, fiscalYearStartMonth: 10 });
    const missing = findings.filter((f) => f.code === 'setting.missing');
    expect(missing).toHaveLength(SETTING_DEFS.length - 3);
    expect(missing.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.filter((f) => f.code === 'setting.unknown-row')).toMatchObject([{ severity: 'note', row: 5 }]);
  });

  test('a duplicated setting uses the first row and says so', () => {
    const b = book();
    b.settings.push(['ค่าสมัครแรกเข้า (บาท)', 999, '']);
    const { settings, findings } = parseSettings(b.settings, b.benefits);
    expect(settings.entryFee).toBe(50);
    expect(findings).toMatchObject([{ code: 'setting.duplicate', row: b.settings.length }]);
  });

  test('no settings sheet, or one without its columns: all defaults, with a finding', () => {
    const none = parseSettings([], []);
    expect(none.settings).toEqual(defaultSettings());
    expect(none.findings.map((f) => f.code).sort()).toEqual(['benefits.no-sheet', 'setting.no-sheet']);
    const noCols = parseSettings(
      [
        ['a', 'b'],
        ['ค่าสมัครแรกเข้า (บาท)', 10],
      ],
      book().benefits,
    );
    expect(noCols.settings.entryFee).toBe(50);
    expect(noCols.findings).toMatchObject([{ severity: 'error', code: 'setting.no-columns' }]);
  });

  test('lapsing before suspension is flagged', () => {
    const b = withValue('lapseAfterArrearsDays', 30);
    const { findings } = parseSettings(b.settings, b.benefits);
    expect(findings).toMatchObject([{ code: 'setting.lapse-before-suspend' }]);
  });
});

describe('the benefit catalogue', () => {
  const col = (key: string) => SHEETS.benefits.columns.findIndex((c) => c.key === key);

  test('duplicate codes: the first row wins and the repeat is an error', () => {
    const b = book();
    const dup = [...b.benefits[1]];
    dup[col('name')] = 'ทำขวัญซ้ำ';
    b.benefits.push(dup);
    const { settings, findings } = parseSettings(b.settings, b.benefits);
    expect(settings.benefits).toHaveLength(DEFAULT_BENEFITS.length);
    expect(settings.benefits[0].name).toBe('ค่าทำขวัญบุตร');
    expect(findings).toMatchObject([
      { severity: 'error', code: 'benefit.duplicate', row: b.benefits.length, column: 'code' },
    ]);
  });

  test('bad tiers text: an error, and the benefit has no tiers', () => {
    const b = book();
    const deathRow = b.benefits.findIndex((r) => r[col('code')] === 'death');
    b.benefits[deathRow][col('tiers')] = '1=3000, สาม=5000';
    const { settings, findings } = parseSettings(b.settings, b.benefits);
    expect(settings.benefits.find((x) => x.code === 'death')!.tiers).toEqual([]);
    expect(findings).toMatchObject([
      { severity: 'error', code: 'benefit.bad-tiers', row: deathRow + 1, column: 'tiers' },
    ]);
    expect(findings[0].message.th).toContain('สาม=5000');
  });

  test('invalid numbers fall back to "no limit"; blanks are no limit without a finding', () => {
    const b = book();
    b.benefits[2][col('capPerYear')] = 'ไม่จำกัด';
    b.benefits[2][col('waitingDays')] = '';
    const { settings, findings } = parseSettings(b.settings, b.benefits);
    expect(settings.benefits[1]).toMatchObject({ code: 'sickness', capPerYear: null, waitingDays: null });
    expect(findings).toMatchObject([{ code: 'benefit.invalid', column: 'capPerYear', value: 'ไม่จำกัด' }]);
  });

  test('a row without a code is skipped with an error; blank rows are ignored', () => {
    const b = book();
    const row = [...b.benefits[1]];
    row[col('code')] = '';
    b.benefits.push(
      row,
      SHEETS.benefits.columns.map(() => ''),
    );
    const { settings, findings } = parseSettings(b.settings, b.benefits);
    expect(settings.benefits).toHaveLength(DEFAULT_BENEFITS.length);
    expect(findings).toMatchObject([{ code: 'benefit.missing-field', column: 'code' }]);
  });

  test('a book from before the "paid on death" column still pays the death benefit on death', () => {
    const cols = SHEETS.benefits.columns.filter((c) => c.key !== 'onDeath');
    const keep = (r: unknown[]) => r.filter((_, i) => SHEETS.benefits.columns[i].key !== 'onDeath');
    const { settings, findings } = parseSettings(book().settings, [
      cols.map((c) => c.th),
      ...benefitRows('th').map(keep),
    ]);
    expect(findings).toEqual([]);
    expect(settings.benefits.find((x) => x.code === 'death')!.onDeath).toBe(true);
  });

  test('findBenefit by code, Thai name or English name', () => {
    const s = defaultSettings();
    expect(findBenefit(s.benefits, 'Death')?.code).toBe('death');
    expect(findBenefit(s.benefits, 'ค่าเยี่ยมไข้')?.code).toBe('sickness');
    expect(findBenefit(s.benefits, 'sickness visit')?.code).toBe('sickness');
    expect(findBenefit(s.benefits, 'อื่นๆ')).toBeUndefined();
  });
});

describe('tiers text', () => {
  test.each<[unknown, { years: number; amount: number }[]]>([
    [
      '1=3000, 3=5000, 5=10000',
      [
        { years: 1, amount: 3000 },
        { years: 3, amount: 5000 },
        { years: 5, amount: 10000 },
      ],
    ],
    [
      '1=3,000, 3=5,000',
      [
        { years: 1, amount: 3000 },
        { years: 3, amount: 5000 },
      ],
    ],
    [
      '1=3000,3=5000',
      [
        { years: 1, amount: 3000 },
        { years: 3, amount: 5000 },
      ],
    ],
    [
      '1 ปี = 3000; 3 ปี = 5000',
      [
        { years: 1, amount: 3000 },
        { years: 3, amount: 5000 },
      ],
    ],
    [
      '๑:๓๐๐๐\n๓:๕๐๐๐ บาท',
      [
        { years: 1, amount: 3000 },
        { years: 3, amount: 5000 },
      ],
    ],
    ['', []],
  ])('%p', (input, tiers) => {
    expect(parseTiers(input)).toEqual({ ok: true, tiers });
  });

  test.each<unknown>(['3=5000, 1=3000', '1=3000, 1=4000', '1=abc', 'สามพัน', 5000, '1=-5'])('%p is refused', (input) => {
    expect(parseTiers(input).ok).toBe(false);
  });

  test('format and parse agree', () => {
    const tiers = [
      { years: 0, amount: 3000 },
      { years: 2, amount: 8000.5 },
    ];
    expect(parseTiers(formatTiers(tiers))).toEqual({ ok: true, tiers });
  });
});
