import { describe, expect, it } from 'vitest';
import { pageCss } from './page-css';

describe('the printed page', () => {
  it('puts the page counters where the language puts the numbers', () => {
    const zh = pageCss({
      paper: 'A4',
      margin: '14mm',
      pageOf: ({ page, pages }) => `第 ${page} 页，共 ${pages} 页`,
    });
    expect(zh).toContain('size: A4 portrait;');
    expect(zh).toContain('content: "第 " counter(page) " 页，共 " counter(pages) " 页";');
  });

  it('sizes Letter paper and quotes text safely', () => {
    const en = pageCss({
      paper: 'Letter',
      margin: '1in',
      pageOf: ({ page, pages }) => `Page "${page}" of ${pages}`,
    });
    expect(en).toContain('size: letter portrait;');
    expect(en).toContain('margin: 1in;');
    expect(en).toContain('content: "Page \\"" counter(page) "\\" of " counter(pages) "";');
  });
});
