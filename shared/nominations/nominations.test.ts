import { describe, expect, it } from 'vitest';
import { DEAL_2017 } from '../rules/defaults';
import { checkNomination, nominationWeek, weekStart, type NominationLike } from './nominations';

const MAX = DEAL_2017.newCustomerBonus.maxNominationsPerWeek;
const nominated = (n: number, date = '2026-11-25'): NominationLike[] =>
  Array.from({ length: n }, (_, i) => ({
    date,
    program: 'ncb',
    status: 'queued',
    customerName: `Customer ${i + 1}`,
  }));

describe('NCB nominations per week (seed 001: 35)', () => {
  it('weeks run Monday to Sunday', () => {
    expect(weekStart('2026-11-25')).toBe('2026-11-23'); // a Wednesday
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });

  it('the 35th is accepted, the 36th refused with the date the next slot opens', () => {
    expect(MAX).toBe(35);
    const r35 = checkNomination(
      { customerName: 'Contoso', date: '2026-11-25', program: 'ncb' },
      nominated(34),
      MAX,
    );
    expect(r35.ok).toBe(true);
    const r36 = checkNomination(
      { customerName: 'Contoso', date: '2026-11-25', program: 'ncb' },
      nominated(35),
      MAX,
    );
    expect(r36).toMatchObject({ ok: false, reason: 'weekFull', nextSlotOn: '2026-11-30' });
  });

  it('last week, rejected and withdrawn nominations and deal registrations do not count', () => {
    const existing: NominationLike[] = [
      ...nominated(30, '2026-11-22'),
      ...nominated(34),
      { date: '2026-11-24', program: 'ncb', status: 'withdrawn', customerName: 'W' },
      { date: '2026-11-24', program: 'ncb', status: 'rejected', customerName: 'R' },
      { date: '2026-11-24', program: 'dealRegistration', status: 'queued', customerName: 'D' },
    ];
    expect(nominationWeek('2026-11-25', existing, MAX)).toMatchObject({
      used: 34,
      remaining: 1,
      nextSlotOn: null,
    });
    // Deal registration goes through the same tool but is not limited.
    expect(
      checkNomination(
        { customerName: 'Fabrikam', date: '2026-11-25', program: 'dealRegistration' },
        nominated(35),
        MAX,
      ).ok,
    ).toBe(true);
  });

  it('keeps the name exactly as typed (ends trimmed) and refuses a duplicate', () => {
    const r = checkNomination(
      { customerName: '  Contoso GmbH ', date: '2026-11-25', program: 'ncb' },
      [],
      MAX,
    );
    expect(r).toMatchObject({ ok: true, customerName: 'Contoso GmbH' });
    expect(
      checkNomination(
        { customerName: 'Customer 3', date: '2026-11-25', program: 'ncb' },
        nominated(3),
        MAX,
      ),
    ).toMatchObject({ ok: false, reason: 'duplicate' });
    expect(() =>
      checkNomination({ customerName: ' ', date: '2026-11-25', program: 'ncb' }, [], MAX),
    ).toThrow('customerName');
  });
});
