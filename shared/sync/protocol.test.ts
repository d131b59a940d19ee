import { describe, expect, it } from 'vitest';
import {
  CursorSchema,
  MUTATION_ARGS,
  MUTATION_NAMES,
  PullQuerySchema,
  PulledRowSchema,
  PushRequestSchema,
  PushResponseSchema,
} from './protocol';

describe('sync protocol schemas', () => {
  it('accept exactly what the app queues today', () => {
    const claim = {
      claimId: 'TD SYNNEX\u001fINV-1\u001f1\u001fspiff\u001f2026-12-02T10:00:00.000Z',
      lineKey: 'TD SYNNEX\u001fINV-1\u001f1',
      program: 'spiff',
      repId: 'rep-ana',
      amount: 15_000,
      unit: 'USD',
      ruleVersion: 'spiff-2017.1',
    };
    expect(MUTATION_ARGS['claim.create'].parse(claim)).toEqual(claim);
    expect(MUTATION_ARGS['claim.withdraw'].parse({ claimId: 'c' })).toEqual({ claimId: 'c' });
    expect(MUTATION_NAMES).toEqual([
      'claim.create',
      'claim.withdraw',
      'elevate.accept',
      'leap.activity',
      'leap.redeem',
    ]);
  });

  it('refuse text PostgreSQL cannot store: NUL, and half of a surrogate pair', () => {
    const activity = (title: string) =>
      MUTATION_ARGS['leap.activity'].safeParse({
        id: 'act-1',
        userId: 'rep-ana',
        kind: 'course',
        title,
        completedOn: '2026-12-01',
        points: 1,
      }).success;
    expect(activity('Storage basics 😀, line 1\nline 2')).toBe(true);
    expect(activity('a\u0000b')).toBe(false);
    expect(activity('a\ud800b')).toBe(false);
    expect(activity('a\udc00b')).toBe(false);
    expect(activity('\ud83d')).toBe(false);
    const named = (nominatedCustomerName: string) =>
      MUTATION_ARGS['claim.create'].safeParse({
        claimId: 'c-1',
        lineKey: 'l-1',
        program: 'ncb',
        repId: 'rep-ana',
        amount: 0,
        unit: 'USD',
        ruleVersion: 'x',
        nominatedCustomerName,
      }).success;
    expect(named('Müller & Söhne 🏭')).toBe(true);
    expect(named('Müller\u0000')).toBe(false);
    expect(MUTATION_ARGS['claim.withdraw'].safeParse({ claimId: 'c\ud800' }).success).toBe(false);
    const pushNamed = (name: string) =>
      PushRequestSchema.safeParse({
        clientId: 'client-1234',
        mutations: [{ id: 1, name, args: {} }],
      }).success;
    expect(pushNamed('claim.create')).toBe(true);
    expect(pushNamed('x\u0000y')).toBe(false);
    expect(pushNamed('x\udfffy')).toBe(false);
  });

  it('refuse unknown fields, control characters, decreasing ids and foreign cursors', () => {
    expect(MUTATION_ARGS['claim.withdraw'].safeParse({ claimId: 'c', extra: 1 }).success).toBe(
      false,
    );
    expect(MUTATION_ARGS['claim.withdraw'].safeParse({ claimId: 'a\u0000b' }).success).toBe(false);
    const push = (ids: number[]) =>
      PushRequestSchema.safeParse({
        clientId: 'client-1234',
        mutations: ids.map((id) => ({ id, name: 'claim.withdraw', args: {} })),
      }).success;
    expect(push([1, 2, 5])).toBe(true);
    expect(push([2, 1])).toBe(false);
    expect(push([1, 1])).toBe(false);
    expect(CursorSchema.safeParse('12.40').success).toBe(true);
    expect(CursorSchema.safeParse('').success).toBe(true);
    expect(CursorSchema.safeParse("1.2'; drop").success).toBe(false);
    expect(PullQuerySchema.parse({ clientId: 'client-1234' })).toEqual({
      clientId: 'client-1234',
      cursor: '',
      limit: 500,
    });
  });

  it('a rejected result carries a reason code and a message', () => {
    expect(
      PushResponseSchema.safeParse({
        lastMutationId: 3,
        results: [{ id: 3, status: 'rejected', code: 'over_spiff_cap', message: 'cap reached' }],
      }).success,
    ).toBe(true);
    expect(
      PushResponseSchema.safeParse({
        lastMutationId: 3,
        results: [{ id: 3, status: 'rejected', code: 'made_up', message: 'x' }],
      }).success,
    ).toBe(false);
  });

  it("take a pulled row's data only as a JSON object, kept as it came", () => {
    const row = (data: unknown) => ({ kind: 'catalogItem', id: 'x', deleted: false, data });
    const data = { sku: 'x', nested: { a: [1] } };
    expect(PulledRowSchema.parse(row(data))).toEqual(row(data));
    for (const bad of [null, [], 'text', 1, undefined])
      expect(PulledRowSchema.safeParse(row(bad)).success).toBe(false);
  });
});
