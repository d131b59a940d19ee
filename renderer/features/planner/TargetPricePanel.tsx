import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  InputError,
  priceToTarget,
  type DealStackRules,
  type TargetPriceResult,
} from '../../../shared/index';
import { ExplainButton } from '../../components/ExplainButton';
import { Money } from '../../components/Money';
import { formatMoney, formatPercentBps } from '../../format/format';
import type { DealPlanRow } from '../../db/index';
import { MoneyField } from './MoneyField';
import { parseMoneyInput } from './money-input';
import type { DraftLine } from './plan-draft';

export interface TargetSettings {
  readonly kind: 'margin' | 'customerPrice';
  readonly marginText: string;
  readonly customerCents: number;
  readonly countBackend: boolean;
  readonly whole: boolean;
}

export const DEFAULT_TARGET: TargetSettings = {
  kind: 'margin',
  marginText: '',
  customerCents: 0,
  countBackend: false,
  whole: false,
};

export type TargetOutcome =
  | { readonly ok: true; readonly result: TargetPriceResult }
  | { readonly ok: false; readonly message: string }
  | null;

/** Runs the calculator for the plan; a refused target becomes a message naming it. */
export function useTargetPrice(
  input: DealPlanRow['input'] | null,
  lines: readonly DraftLine[],
  rules: DealStackRules | null,
  target: TargetSettings,
  locale: string,
  t: (key: string, options?: Record<string, unknown>) => string,
): TargetOutcome {
  return useMemo(() => {
    if (!input || !rules || input.lines.length === 0) return null;
    let spec: Parameters<typeof priceToTarget>[0]['target'];
    if (target.kind === 'margin') {
      if (target.marginText.trim() === '') return null;
      // A percentage with up to two decimals is exactly basis points: "12,5" → 1,250 bps.
      const parsed = parseMoneyInput(target.marginText, locale);
      if (!parsed.ok) return { ok: false, message: t('planner.target.badMargin') };
      if (parsed.cents >= 9_900) return { ok: false, message: t('planner.target.marginTooHigh') };
      spec = { kind: 'margin', marginBps: parsed.cents };
    } else {
      if (target.customerCents === 0) return null;
      spec = { kind: 'customerPrice', totalCents: target.customerCents };
    }
    try {
      return {
        ok: true,
        result: priceToTarget(
          {
            deal: input,
            target: spec,
            countBackend: target.countBackend,
            rounding: target.whole ? 'whole' : 'cent',
            listPriceCents: lines.map((l) => l.listUnitCents * l.quantity),
          },
          rules,
        ),
      };
    } catch (error) {
      if (error instanceof InputError && error.field === 'target.totalCents')
        return { ok: false, message: t('planner.target.belowCost') };
      if (error instanceof InputError) return { ok: false, message: error.message };
      throw error;
    }
  }, [input, lines, rules, target, locale, t]);
}

/** Price the plan to a target margin or a target customer price. */
export function TargetPricePanel({
  lines,
  target,
  onTarget,
  outcome,
}: {
  lines: readonly DraftLine[];
  target: TargetSettings;
  onTarget: (next: TargetSettings) => void;
  outcome: TargetOutcome;
}) {
  const { t, i18n } = useTranslation();
  const pct = (bps: number) => formatPercentBps(bps, i18n.language);
  const result = outcome?.ok ? outcome.result : null;
  return (
    <div className="target-panel">
      <fieldset className="choice-group">
        <legend>{t('planner.target.kind')}</legend>
        {(['margin', 'customerPrice'] as const).map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name="target-kind"
              checked={target.kind === kind}
              onChange={() => onTarget({ ...target, kind })}
            />
            <span>{t(`planner.target.kinds.${kind}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="form-row">
        {target.kind === 'margin' ? (
          <label className="field">
            <span>{t('planner.target.marginLabel')}</span>
            <input
              name="target-margin"
              type="text"
              inputMode="decimal"
              value={target.marginText}
              placeholder="12,5"
              onChange={(e) => onTarget({ ...target, marginText: e.target.value })}
            />
          </label>
        ) : (
          <div className="field">
            <span>{t('planner.target.customerLabel')}</span>
            <MoneyField
              label={t('planner.target.customerLabel')}
              value={target.customerCents}
              onValue={(customerCents) => onTarget({ ...target, customerCents })}
              onProblem={(e) => e && onTarget({ ...target, customerCents: 0 })}
            />
          </div>
        )}
        <label className="choice">
          <input
            name="count-backend"
            type="checkbox"
            checked={target.countBackend}
            onChange={(e) => onTarget({ ...target, countBackend: e.target.checked })}
          />
          <span>{t('planner.target.countBackend')}</span>
        </label>
        <label className="choice">
          <input
            name="whole-amounts"
            type="checkbox"
            checked={target.whole}
            onChange={(e) => onTarget({ ...target, whole: e.target.checked })}
          />
          <span>{t('planner.target.whole')}</span>
        </label>
      </div>
      {outcome && !outcome.ok && (
        <p className="banner banner-error" role="alert">
          {outcome.message}
        </p>
      )}
      {result && (
        <>
          <table className="target-table">
            <caption className="sr-only">{t('planner.target.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('planner.lines.product')}</th>
                <th scope="col" className="num">
                  {t('planner.target.netCost')}
                </th>
                <th scope="col" className="num">
                  {t('planner.target.unitPrice')}
                </th>
                <th scope="col" className="num">
                  {t('planner.target.linePrice')}
                </th>
                <th scope="col" className="num">
                  {t('planner.target.discount')}
                </th>
                <th scope="col" className="num">
                  {t('planner.target.margin')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.lines.map((l, i) => (
                <tr key={lines[i]?.key ?? i}>
                  <th scope="row">{lines[i]?.sku}</th>
                  <td className="num">
                    <Money cents={l.netCostCents} currency={result.currency} />
                  </td>
                  <td className="num" data-testid={`target-unit-${i + 1}`}>
                    <Money cents={l.unitPriceCents} currency={result.currency} />
                  </td>
                  <td className="num">
                    <Money cents={l.linePriceCents} currency={result.currency} />
                  </td>
                  <td className="num">{l.discountBps === null ? '—' : pct(l.discountBps)}</td>
                  <td className="num">{pct(l.marginBps)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="target-totals">
            <dt>{t('planner.target.selling')}</dt>
            <dd data-testid="target-selling">
              <ExplainButton
                explanation={{
                  title: t('planner.target.explainTitle'),
                  steps: result.steps,
                  rule: result.rule,
                  currency: result.currency,
                }}
              >
                <Money cents={result.sellingCents} currency={result.currency} />
              </ExplainButton>
            </dd>
            <dt>{t('planner.target.discountTotal')}</dt>
            <dd>{result.discountBps === null ? '—' : pct(result.discountBps)}</dd>
            <dt>{t('planner.target.resultMargin')}</dt>
            <dd data-testid="target-margin">
              <Money cents={result.marginCents} currency={result.currency} /> ·{' '}
              {pct(result.marginBps)}
            </dd>
            <dt>{t('planner.target.upfront')}</dt>
            <dd>
              <Money cents={result.upfrontCents} currency={result.currency} />
            </dd>
            <dt>
              {result.backendCounted
                ? t('planner.target.backendCounted')
                : t('planner.target.backendApart')}
            </dt>
            <dd>
              <Money cents={result.backendCents} currency={result.currency} />
              {!result.backendCounted &&
                ` · ${t('planner.target.withBackend', { margin: pct(result.marginWithBackendBps) })}`}
            </dd>
            <dt>{t('planner.target.spiff')}</dt>
            <dd>
              <Money cents={result.spiffCents} currency={result.currency} />
            </dd>
          </dl>
          {result.differenceFromTargetCents !== 0 && (
            <p className="small muted">
              {t('planner.target.difference', {
                amount: formatMoney(
                  result.differenceFromTargetCents,
                  result.currency,
                  i18n.language,
                ),
              })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
