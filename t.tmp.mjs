import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
await context.addInitScript(() => {
  const w = window;
  w.__marks = [];
  const obs = new MutationObserver(() => {
    const h = document.querySelector('main h1, .first-run h1');
    if (h && !w.__h1) { w.__h1 = performance.now(); }
    const n = document.querySelector('main .big-number');
    if (n && /\d/.test(n.textContent) && !w.__num) { w.__num = performance.now(); }
  });
  obs.observe(document, { childList: true, subtree: true, characterData: true });
});
const page = await context.newPage();
page.on('console', (m) => console.log('console', m.text()));
await page.goto('http://127.0.0.1:4173/?db=empty1&today=2026-05-20#/dashboard');
await page.waitForFunction(() => window.__h1);
console.log('empty: h1 at', await page.evaluate(() => window.__h1), 'dcl', await page.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd));
await page.locator('section.first-run').getByRole('button').first().click();
await page.locator('section.first-run').waitFor({ state: 'detached', timeout: 120000 });
for (let i = 0; i < 3; i++) {
  const p = await context.newPage();
  await p.goto('http://127.0.0.1:4173/?db=empty1&today=2026-05-20#/dashboard');
  await p.waitForFunction(() => window.__num, undefined, { timeout: 30000 });
  const r = await p.evaluate(() => ({ h1: window.__h1, num: window.__num, res: performance.getEntriesByType('resource').map(e => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd)]) }));
  console.log('demo: h1', Math.round(r.h1), 'num', Math.round(r.num));
  if (i === 2) console.log(JSON.stringify(r.res));
  await p.close();
}
await browser.close();
