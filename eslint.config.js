// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

// shared/ is pure: the renderer, the server and the Electron shell all import it, so it may not
// import any of them, nor a runtime-specific module. The dependency direction is enforced here.
const nodeBuiltins = builtinModules.flatMap((name) => [name, `${name}/*`, `node:${name}`]);
const sharedBoundary = {
  paths: [],
  patterns: [
    {
      group: [
        'react',
        'react/*',
        'react-dom',
        'react-dom/*',
        'dexie',
        'dexie-*',
        'electron',
        'electron/*',
        'node:*',
        ...nodeBuiltins,
      ],
      message: 'shared/ is pure TypeScript: no UI, database, Electron or Node modules.',
    },
    {
      group: [
        '**/renderer',
        '**/renderer/**',
        '**/electron',
        '**/electron/**',
        '**/server',
        '**/server/**',
      ],
      message:
        'Dependencies point one way: renderer, server and electron import shared, never the reverse.',
    },
  ],
};

// electron/ is the desktop shell: it imports shared/ (and the locale files for its menus), never
// the renderer or the server. The renderer reaches the shell only through window's bridge.
const shellBoundary = {
  paths: [],
  patterns: [
    {
      group: ['**/renderer', '**/renderer/**', '**/server', '**/server/**'],
      message:
        'electron/ imports shared/ only: the renderer is reached through the DesktopApi bridge.',
    },
  ],
};
const rendererBoundary = {
  paths: [
    {
      name: 'electron',
      message: 'The renderer reaches its host only through the DesktopApi (renderer/platform).',
    },
  ],
  patterns: [
    {
      regex: '^electron/|^(\\.\\./)+(electron|server)(/|$)',
      message: 'The renderer reaches its host only through the DesktopApi (renderer/platform).',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-electron/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', sharedBoundary],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'shared/ has no clock: take the date as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'shared/ has no clock: take the date as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'shared/ is deterministic: no Math.random.',
        },
      ],
    },
  },
  {
    // The sync server imports shared/ and its own modules only: never the app or the shell.
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/renderer',
                '**/renderer/**',
                '**/electron',
                '**/electron/**',
                'react',
                'react-dom',
                'dexie',
                'electron',
              ],
              message: 'Dependencies point one way: the server imports shared/, never the app.',
            },
          ],
        },
      ],
    },
  },
  {
    // Server tests index into rows they just created; a missing one fails the test either way.
    files: ['server/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', shellBoundary] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', rendererBoundary] },
  },
  {
    files: ['test/**/*.ts', 'electron/**/*.mjs', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
