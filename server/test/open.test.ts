import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_SIZE, poolSizeFromEnv } from '../src/db/open';

describe('DATABASE_POOL_SIZE', () => {
  it('defaults when unset or empty', () => {
    expect(poolSizeFromEnv(undefined)).toBe(DEFAULT_POOL_SIZE);
    expect(poolSizeFromEnv('')).toBe(DEFAULT_POOL_SIZE);
  });

  it('takes a whole number from 1 to 1000', () => {
    expect(poolSizeFromEnv('1')).toBe(1);
    expect(poolSizeFromEnv('40')).toBe(40);
    expect(poolSizeFromEnv('1000')).toBe(1000);
  });

  it('refuses anything else, naming the variable and the value', () => {
    for (const bad of ['0', '-3', '2.5', 'ten', '1001', ' 10x', ' 10', '1e1', '0x10'])
      expect(() => poolSizeFromEnv(bad)).toThrow(
        `DATABASE_POOL_SIZE must be a whole number from 1 to 1000, not "${bad}".`,
      );
  });
});
