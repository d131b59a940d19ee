/**
 * The CSS of a printed page: its paper, its margins, and "Page 2 of 4" in the language of the
 * document, centred in the bottom margin. The page numbers are the page's own on every path
 * (the browser's print dialog and the desktop shell's PDF), so the shell adds none of its own.
 */
export function pageCss(options: {
  readonly paper: 'A4' | 'Letter';
  readonly margin: string;
  /** The language's "Page {{page}} of {{pages}}". */
  readonly pageOf: (values: { page: string; pages: string }) => string;
}): string {
  // Split around two markers so the counters can go where the language puts the numbers.
  const [before = '', between = '', after = ''] = options
    .pageOf({ page: '\u0001', pages: '\u0001' })
    .split('\u0001');
  const css = (text: string) => JSON.stringify(text);
  return `@page {
  size: ${options.paper === 'A4' ? 'A4' : 'letter'} portrait;
  margin: ${options.margin};
  @bottom-center {
    content: ${css(before)} counter(page) ${css(between)} counter(pages) ${css(after)};
    font: 8pt sans-serif;
    color: #555;
  }
}`;
}
