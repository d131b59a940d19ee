import { describe, expect, it } from 'vitest';
import { pdpAllocation } from './pdp';

describe('pdpAllocation', () => {
  it.each([
    [999_999, '2015-01-01', null, 0],
    [0, '2016-10-01', 0, 1],
    [1_000_000, '2015-01-01', 1, 2],
    [5_000_000, '2015-01-01', 1, 2],
    [5_000_100, '2015-01-01', 2, 3],
    [10_000_000, '2015-01-01', 2, 3],
    [10_000_100, '2015-01-01', 3, 4],
    [6_000_000, '2017-01-01', 2, 3], // a newcomer with big purchases gets the bigger bracket
  ])(
    'purchases %i cents, authorised %s → bracket %s, %i client systems',
    (purchases, authorizedOn, bracket, clientSystems) => {
      const result = pdpAllocation({ previousQuarterPurchasesCents: purchases, authorizedOn });
      expect(result.bracketIndex).toBe(bracket);
      expect(result.allocation.clientSystems).toBe(clientSystems);
      if (bracket !== null)
        expect(result.allocation).toMatchObject({ dcgSystems: 1, enterpriseOptions: 6 });
    },
  );

  it('applies discounts, the 30-day window, the allocation and the $15,000 DCG cap', () => {
    const result = pdpAllocation({
      previousQuarterPurchasesCents: 2_000_000,
      authorizedOn: '2015-01-01',
      requests: [
        {
          category: 'clientSystems',
          quantity: 3,
          unitPriceCents: 100_000,
          purchasedOn: '2026-04-01',
          requestedOn: '2026-05-01',
        },
        {
          category: 'dcgSystems',
          quantity: 1,
          unitPriceCents: 2_000_000,
          purchasedOn: '2026-04-01',
          requestedOn: '2026-04-10',
        },
        {
          category: 'enterpriseOptions',
          quantity: 6,
          unitPriceCents: 200_000,
          purchasedOn: '2026-04-01',
          requestedOn: '2026-04-10',
        },
        {
          category: 'clientSystems',
          quantity: 1,
          unitPriceCents: 100_000,
          purchasedOn: '2026-04-01',
          requestedOn: '2026-05-02',
        },
      ],
    });
    const [client, server, options, late] = result.requests;
    expect(client).toMatchObject({
      approvedUnits: 2,
      refusedUnits: 1,
      rebateCents: 70_000,
      refusal: 'overAllocation',
      requestDeadline: '2026-05-01',
    });
    expect(server).toMatchObject({ approvedUnits: 1, rebateCents: 1_000_000, refusal: null });
    expect(options).toMatchObject({
      approvedUnits: 6,
      rebateCents: 500_000,
      refusal: 'dcgCapReached',
    }); // 600,000 capped to what is left
    expect(late).toMatchObject({ approvedUnits: 0, refusal: 'outsideRequestWindow' });
    expect(result.dcgRebateCents).toBe(1_500_000);
    expect(result.rebateCents).toBe(1_570_000);
  });

  it('rejects bad requests naming the field', () => {
    expect(() =>
      pdpAllocation({
        previousQuarterPurchasesCents: 0,
        requests: [
          {
            category: 'tablets' as never,
            quantity: 1,
            unitPriceCents: 1,
            purchasedOn: '2026-01-01',
            requestedOn: '2026-01-02',
          },
        ],
      }),
    ).toThrow(/^requests\[0\]\.category/);
    expect(() => pdpAllocation({ previousQuarterPurchasesCents: -1 })).toThrow(
      /^previousQuarterPurchasesCents/,
    );
  });
});
