import { expect, test } from '@playwright/test';
import { goTo, openApp } from './app-page';
import { ROUTE_LIST } from '../../renderer/app/route-list';

// Every screen, from the app's own route list.
const SCREENS = ROUTE_LIST.map((r) => r.id);

test('no CSP violation (zod never evals) and every form field has an id or a name', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|unsafe-eval/i.test(message.text()))
      violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await openApp(page, 'outside');
  await page.getByLabel('Signed in as').selectOption('mgr-maria');
  for (const screen of SCREENS) {
    await goTo(page, screen);
    await expect(page.locator('#root main h1')).toBeVisible();
    const unnamed = await page.locator('input, select, textarea').evaluateAll((fields) =>
      fields
        .filter((f) => !f.id && !f.getAttribute('name'))
        // The sync server's sign-in is being reworked on another branch (left alone here).
        .filter((f) => f.closest('.card')?.querySelector('h2')?.textContent !== 'Sync server')
        .map((f) => f.outerHTML.slice(0, 120)),
    );
    expect(unnamed, screen).toEqual([]);
  }
  expect(violations).toEqual([]);
});
