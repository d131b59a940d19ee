import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './test/browser/chromium';

const HARNESS_PORT = 4174;
const APP_PORT = 4173;

export default defineConfig({
  testDir: './test',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    headless: true,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'data-core',
      testMatch: 'browser/data-core/**/*.spec.ts',
      use: { baseURL: `http://127.0.0.1:${HARNESS_PORT}/` },
    },
    {
      name: 'e2e',
      testMatch: 'e2e/**/*.spec.ts',
      use: { baseURL: `http://127.0.0.1:${APP_PORT}/`, viewport: { width: 1360, height: 900 } },
    },
  ],
  webServer: [
    {
      // The production web build (npm run build), as a rep's browser or Electron would load it.
      command: `npx vite preview --host 127.0.0.1 --port ${APP_PORT} --strictPort`,
      url: `http://127.0.0.1:${APP_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --config test/browser/vite.config.ts --host 127.0.0.1 --port ${HARNESS_PORT} --strictPort`,
      url: `http://127.0.0.1:${HARNESS_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
