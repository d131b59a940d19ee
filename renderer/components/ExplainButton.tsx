import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi, type Explanation } from '../state/ui-store';

/** A number that opens its explanation: the calculator's steps and the rule version. */
export function ExplainButton({
  explanation,
  children,
  className,
}: {
  explanation: Explanation;
  children: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  const explain = useUi((s) => s.explain);
  return (
    <button
      type="button"
      className={`explain-button ${className ?? ''}`}
      onClick={() => explain(explanation)}
      aria-label={t('explain.open', { title: explanation.title })}
      title={t('explain.hint')}
    >
      {children}
    </button>
  );
}
