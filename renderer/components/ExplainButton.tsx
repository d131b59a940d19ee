import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi, type Explanation } from '../state/ui-store';

/**
 * A number that opens its explanation: the calculator's steps and the rule version. Its accessible
 * name starts with the figure it shows, then says what it explains ("$225 Explain: SPIFF of Ana"),
 * so speech users can say what they see (WCAG 2.5.3). The figure is read from the rendered button
 * (the children are formatted elsewhere), so the name always matches the screen.
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
  const button = useRef<HTMLButtonElement>(null);
  const [shown, setShown] = useState('');
  // After every render: the figure may change with the data or the language.
  useLayoutEffect(() => setShown(button.current?.textContent?.trim() ?? ''));
  const what = t('explain.open', { title: explanation.title });
  return (
    <button
      ref={button}
      type="button"
      className={`explain-button ${className ?? ''}`}
      onClick={() => explain(explanation)}
      aria-label={shown ? `${shown} ${what}` : what}
      title={t('explain.hint')}
    >
      {children}
    </button>
  );
}
