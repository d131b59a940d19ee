import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { MAX_MONEY_CENTS, MAX_QUANTITY, centsToInput, quantityToInput } from './money-input';
import type { DraftProblem } from './plan-draft';

const LABEL = {
  quantity: 'planner.lines.quantityOf',
  lineTotal: 'planner.lines.lineTotalOf',
  unitPrice: 'planner.lines.unitPriceOf',
} as const;

/** "Quantity, line 2: Whole units only." — the field as its label names it, and why. */
export function problemText(t: TFunction, problem: DraftProblem, locale: string): string {
  const field = t(LABEL[problem.field], { n: problem.line });
  const message =
    problem.field === 'quantity'
      ? t(`planner.quantityErrors.${problem.error}`, {
          max: quantityToInput(MAX_QUANTITY, locale),
        })
      : t(`planner.moneyErrors.${problem.error}`, {
          max: centsToInput(MAX_MONEY_CENTS, locale),
        });
  return `${field}: ${message}`;
}

/** Shown instead of the figures while a field is refused: which fields, and that nothing counts. */
export function ProblemsBanner({ problems }: { problems: readonly DraftProblem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="banner banner-error" role="alert" data-testid="plan-problems">
      <p>{t('planner.result.fixFirst', { count: problems.length })}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.line}-${p.field}`}>{problemText(t, p, i18n.language)}</li>
        ))}
      </ul>
    </div>
  );
}
