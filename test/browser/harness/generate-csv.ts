import { FAMILIES } from '../../../shared/index';

/** Distributor-style CSV of `count` lines across three months of one quarter, built in the page. */
export function generateCsv(count: number, seed = 7): Uint8Array {
  const parts = [
    'Distributor;Partner ID;Invoice No;Line;Invoice Date;SKU;Family;Topseller;Qty;Unit Price;Currency;End Customer',
  ];
  let state = seed;
  const rand = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  for (let i = 0; i < count; i += 1) {
    const family = FAMILIES[Math.floor(rand() * FAMILIES.length)] ?? 'server';
    const month = 4 + Math.floor(rand() * 3);
    const day = 1 + Math.floor(rand() * 28);
    const price = (500 + Math.floor(rand() * 400_000)) / 100;
    parts.push(
      `TD SYNNEX;P${1 + (i % 3)};INV-${String(Math.floor(i / 4)).padStart(7, '0')};${(i % 4) + 1};${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.2026;SKU-${family}-${i % 40};${family};${rand() < 0.4 ? 'ja' : 'nein'};${1 + Math.floor(rand() * 20)};${price.toLocaleString('de-DE', { minimumFractionDigits: 2 })};USD;Kunde ${i % 2_000} GmbH`,
    );
  }
  return new TextEncoder().encode(parts.join('\n'));
}
