import { describe, expect, it } from 'vitest';
import { launchRequestOf } from './argv';

describe('launchRequestOf', () => {
  it('finds deep links and import files, skipping the executable and switches', () => {
    expect(
      launchRequestOf(
        [
          '/opt/Partner Rewards/partner-rewards',
          '--allow-file-access-from-files',
          'partner-rewards://claims',
          '/home/rep/Q3 sales.CSV',
          '/home/rep/notes.txt',
          'relative.csv',
          'partner-rewards://nowhere',
          '/home/rep/sales.xlsx',
        ],
        true,
      ),
    ).toEqual({
      routes: ['claims'],
      files: ['/home/rep/Q3 sales.CSV', '/home/rep/sales.xlsx'],
    });
  });

  it('unpackaged, skips the main script too', () => {
    expect(launchRequestOf(['electron', '/repo/dist-electron/main.cjs'], false)).toEqual({
      routes: [],
      files: [],
    });
    expect(launchRequestOf(['electron', '/tmp/x.csv', '/tmp/y.csv'], false).files).toEqual([
      '/tmp/y.csv',
    ]);
  });

  it('ignores hostile arguments', () => {
    expect(
      launchRequestOf(
        [
          'exe',
          '--inspect=9229',
          'https://evil.example/?next=partner-rewards://claims',
          'file:///etc/passwd.csv',
          'javascript:alert(1)',
          '/etc/passwd',
          '/tmp/evil.csv.exe',
        ],
        true,
      ),
    ).toEqual({ routes: [], files: [] });
  });
});
