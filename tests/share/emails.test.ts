/** The e-mail box of the Share sidebar: what a secretary pastes, and what she is told when it is wrong. */
import { MAX_EMAILS, parseEmails } from '../../src/core/share/emails';

describe('parseEmails', () => {
  test('takes addresses separated by commas, semicolons, spaces and new lines, lower-cased, without duplicates', () => {
    const r = parseEmails(
      'Somchai@Gmail.com, nid@abt-donkaew.go.th;\n codi.officer@codi.or.th  somchai@gmail.com\n<boss@pao.go.th>',
    );
    expect(r.problems).toEqual([]);
    expect(r.emails).toEqual([
      'somchai@gmail.com',
      'nid@abt-donkaew.go.th',
      'codi.officer@codi.or.th',
      'boss@pao.go.th',
    ]);
  });

  test('an empty box is no address and no problem (update the file only)', () => {
    expect(parseEmails('  \n ')).toEqual({ emails: [], problems: [] });
  });

  test.each([
    ['somchai.gmail.com', 'ไม่มีเครื่องหมาย @'],
    ['somchai@gmail', 'ชื่อโดเมนไม่ครบ'],
    ['@gmail.com', 'ไม่มีชื่อผู้ใช้'],
    ['somchai@', 'ไม่มีชื่อโดเมน'],
    ['a@b@c.com', 'มากกว่าหนึ่งตัว'],
    ['ฟหกด@gmail.com', 'ตัวอักษรไทย'],
    ['somchai..x@gmail.com', 'ชื่อผู้ใช้ก่อน @ ไม่ถูกต้อง'],
    ['somchai@-gmail.com', 'ชื่อโดเมนหลัง @ ไม่ถูกต้อง'],
    ['somchai@gmail.c0m', 'ชื่อโดเมนหลัง @ ไม่ถูกต้อง'],
  ])('"%s" is refused with a Thai reason (%s) and an English one', (input, thai) => {
    const r = parseEmails(`ok@example.org, ${input}`);
    expect(r.emails).toEqual(['ok@example.org']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].input).toBe(input);
    expect(r.problems[0].message.th).toContain(thai);
    expect(r.problems[0].message.th).toContain(input);
    expect(r.problems[0].message.en).toContain(input);
    // The English reason is English (apart from the address as typed).
    expect(r.problems[0].message.en.replace(input, '')).not.toMatch(/[\u0E00-\u0E7F]/);
  });

  test(`more than ${MAX_EMAILS} addresses at once is refused`, () => {
    const many = Array.from({ length: MAX_EMAILS + 1 }, (_, i) => `p${i}@example.org`).join(',');
    const r = parseEmails(many);
    expect(r.problems.map((p) => p.message.th).join()).toContain(`ไม่เกิน ${MAX_EMAILS}`);
  });
});
