import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepValue } from '../../shared/index';
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPercentBps,
  formatQuarter,
} from '../format/format';
import { useUi } from '../state/ui-store';

/** Formats a step input by what its name says it is: money, basis points, dates, counts. */
function formatValue(
  name: string,
  value: StepValue,
  currency: 'USD' | 'EUR',
  locale: string,
  t: (k: string) => string,
): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
    if (name === 'family') return t(`families.${value}`);
    if (name === 'quarter' && /^FY\d{4}-Q[1-4]$/.test(value)) return formatQuarter(value);
    if (name === 'level') return t(`elevate.levels.${value}`);
    if (name === 'kind') return t(`leap.kinds.${value}`);
    if (name === 'category') return t(`explain.categories.${value}`);
    if (name === 'status') return t(`claimStatus.${value}`);
    return value;
  }
  if (name === 'year' || name === 'request' || name === 'tier' || name === 'index')
    return String(value);
  if (/Cents$/.test(name) || name === 'cents') return formatMoney(value, currency, locale);
  if (/Bps$/.test(name) || name === 'bps') return formatPercentBps(value, locale, 2);
  return formatNumber(value, locale);
}

export function ExplainDialog() {
  const { t, i18n } = useTranslation();
  const explanation = useUi((s) => s.explanation);
  const close = useUi((s) => s.explain);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (explanation && !dialog.open) dialog.showModal();
    if (!explanation && dialog.open) dialog.close();
  }, [explanation]);

  return (
    <dialog
      ref={ref}
      className="explain-dialog"
      aria-labelledby="explain-title"
      onClose={() => close(null)}
    >
      {explanation && (
        <>
          <h2 id="explain-title">{explanation.title}</h2>
          <p className="rule-version">
            {t('explain.rule', {
              program: t(`programs.${explanation.rule.program}`),
              version: explanation.rule.version,
              date: formatDate(explanation.rule.effectiveFrom, i18n.language),
            })}
          </p>
          <ol className="steps">
            {explanation.steps.map((step, i) => {
              const values: Record<string, string> = {};
              for (const [name, value] of Object.entries(step.inputs))
                values[name] = formatValue(name, value, explanation.currency, i18n.language, t);
              const resultName =
                step.unit === 'cents'
                  ? 'cents'
                  : step.unit === 'bps'
                    ? 'bps'
                    : step.unit === 'level'
                      ? 'level'
                      : 'result';
              values.result = formatValue(
                resultName,
                step.result,
                explanation.currency,
                i18n.language,
                t,
              );
              return (
                <li key={i} data-step={step.key}>
                  <span className="step-text">
                    {t(`steps.${step.key}`, {
                      ...values,
                      // A numeric count picks the language's plural form ("1 request", "2 requests").
                      ...(typeof step.inputs.count === 'number'
                        ? { count: step.inputs.count }
                        : {}),
                    })}
                  </span>
                  <span className="step-result">{values.result}</span>
                </li>
              );
            })}
          </ol>
          <form method="dialog">
            <button type="submit" className="primary" autoFocus>
              {t('common.close')}
            </button>
          </form>
        </>
      )}
    </dialog>
  );
}
