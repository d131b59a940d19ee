import { describe, expect, it } from 'vitest';
import { extensionOf, safeFileName } from './file-names';

describe('safeFileName', () => {
  it.each([
    ['team-2026-Q3.csv', 'team-2026-Q3.csv'],
    ['Zestawienie Łódź 2026.xlsx', 'Zestawienie Łódź 2026.xlsx'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\Windows\\win.ini', 'win.ini'],
    ['/abs/path/report.pdf', 'report.pdf'],
    ['C:\\Users\\x\\report.pdf', 'report.pdf'],
    ['a<b>c:d"e|f?g*h.csv', 'a_b_c_d_e_f_g_h.csv'],
    ['bell\u0007\nname.csv', 'bell__name.csv'],
    ['.hidden', 'hidden'],
    ['trailing. . ', 'trailing'],
    ['CON', '_CON'],
    ['lpt1.csv', '_lpt1.csv'],
    ['', 'export'],
    ['..', 'export'],
    ['/', 'export'],
  ])('%j → %j', (input, output) => expect(safeFileName(input)).toBe(output));

  it('caps the length', () => expect(safeFileName('x'.repeat(1000)).length).toBe(180));
});

describe('extensionOf', () => {
  it.each([
    ['a.CSV', 'csv'],
    ['a.tar.gz', 'gz'],
    ['noext', null],
    ['a.', null],
  ])('%s → %s', (name, ext) => expect(extensionOf(name)).toBe(ext));
});
