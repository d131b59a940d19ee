import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { goTo, openApp } from './app-page';

/** A4's printable width at 96 px per inch: 210 mm less the 12 mm side margins of the print CSS. */
const A4_CONTENT_PX = Math.floor(((210 - 2 * 12) / 25.4) * 96);

const CASES = [
  { lang: 'de', user: 'Angemeldet als', title: 'Team & Abrechnungen', printed: 'Gedruckt am' },
  { lang: 'fr', user: 'Connecté en tant que', title: 'Équipe et relevés', printed: 'Imprimé le' },
  { lang: 'zh-CN', user: '当前登录', title: '团队与对账单', printed: '打印' },
] as const;

for (const c of CASES) {
  test(`Team & statements print on A4 with every column (${c.lang})`, async ({ page }, info) => {
    await openApp(page, `print-${c.lang}`, { lang: c.lang });
    await page.getByLabel(c.user).selectOption('mgr-maria');
    await goTo(page, 'team');
    await expect(page.getByRole('heading', { level: 1, name: c.title })).toBeVisible();
    const reps = await page.locator('#team-spiff tbody tr').count();
    // Three reps and Maria, whom the partner lets claim: the dashboard's "4 people".
    expect(reps).toBe(4);

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_CONTENT_PX, height: 1000 });

    // The page names the partner, the period, the print date and who printed it.
    const header = page.locator('.team > .print-header');
    await expect(header).toBeVisible();
    await expect(header).toContainText('P-1001');
    await expect(header).toContainText('FY26/27 Q3');
    await expect(header).toContainText(c.printed);
    await expect(header).toContainText('Maria Rossi');
    await expect(page.locator('.app-nav')).toBeHidden();
    await expect(page.locator('.export-bar')).toBeHidden();

    // Every header and figure of both team tables lies inside the page and inside its card.
    for (const id of ['#team-spiff', '#team-claims']) {
      const boxes = await page.locator(`${id} th, ${id} td`).evaluateAll((cells) =>
        cells.map((cell) => {
          const box = cell.getBoundingClientRect();
          const card = cell.closest('.card')?.getBoundingClientRect();
          return {
            text: (cell as HTMLElement).innerText,
            left: box.left,
            right: box.right,
            cardLeft: card?.left ?? -1,
            cardRight: card?.right ?? -1,
            // A label broken inside a word is taller than its lines of whole words.
            overflow: cell.scrollWidth - cell.clientWidth,
          };
        }),
      );
      expect(boxes.length).toBeGreaterThan(10);
      for (const b of boxes) {
        expect(b.left, b.text).toBeGreaterThanOrEqual(b.cardLeft);
        expect(b.right, b.text).toBeLessThanOrEqual(b.cardRight + 0.5);
        expect(b.right, b.text).toBeLessThanOrEqual(A4_CONTENT_PX);
        expect(b.overflow, b.text).toBeLessThanOrEqual(0);
      }
    }

    // One statement per rep, each starting a page and ending in lines to sign.
    const statements = page.locator('.print-statement');
    await expect(statements).toHaveCount(reps);
    for (const s of await statements.all()) {
      await expect(s.locator('.sign-line')).toHaveCount(2);
      await expect(s.locator('.print-header')).toContainText('P-1001');
      expect(await s.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    }

    // The PDF Chromium prints: the team page(s) and one page per rep.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await writeFile(info.outputPath(`team-${c.lang}.pdf`), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1 + reps);
  });
}
