import { describe, expect, it } from 'vitest';
import { browserPageSize } from './paper';

describe('browserPageSize', () => {
  it.each([
    ['en', ['en-US'], 'Letter'],
    ['en', ['en-GB', 'en'], 'A4'],
    ['de', ['en-US'], 'A4'],
    ['fr', ['fr-CA'], 'Letter'],
    ['zh-CN', ['en-US'], 'A4'],
    ['es', ['es-MX'], 'Letter'],
    ['pl', [], 'A4'],
  ])('%s with browser %j → %s', (app, browser, size) =>
    expect(browserPageSize(app, browser)).toBe(size),
  );
});
