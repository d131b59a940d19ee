import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi, type Explanation } from '../state/ui-store';

/**
 * A number that opens its explanation: the calculator's steps and the rule version. Its accessible
 * name starts with the number it shows, then says what it explains ("$225 Explain: SPIFF of Ana"),
 * so speech users can say what they see (WCAG 2.5.3); the second part is a hidden element outside
 * the button, so the button's text stays the number.
 */
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
  const id = useId();
  return (
    <>
      <button
        type="button"
        className={`explain-button ${className ?? ''}`}
        onClick={() => explain(explanation)}
        aria-labelledby={`${id}-shown ${id}-what`}
        title={t('explain.hint')}
      >
        <span id={`${id}-shown`}>{children}</span>
      </button>
      <span id={`${id}-what`} hidden>
        {t('explain.open', { title: explanation.title })}
      </span>
    </>
  );
}
