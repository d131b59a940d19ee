import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centsToInput, parseMoneyInput } from './money-input';

/** A money input that accepts any locale's separators and reports exact cents as you type. */
export function MoneyField({
  label,
  cents,
  onChange,
  className,
}: {
  label: string;
  cents: number;
  onChange: (cents: number) => void;
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => centsToInput(cents, i18n.language));
  const parsed = parseMoneyInput(text);
  useEffect(() => {
    // An outside change (another field, a loaded plan) rewrites the text; typing does not.
    const current = parseMoneyInput(text);
    if (!current.ok || current.cents !== cents) setText(centsToInput(cents, i18n.language));
  }, [cents, i18n.language]);
  return (
    <span className={`money-field ${className ?? ''}`}>
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={!parsed.ok}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseMoneyInput(e.target.value);
          if (next.ok) onChange(next.cents);
        }}
        onBlur={() => parsed.ok && setText(centsToInput(parsed.cents, i18n.language))}
      />
      {!parsed.ok && (
        <span className="field-error" role="alert">
          {t(`planner.moneyErrors.${parsed.error}`)}
        </span>
      )}
    </span>
  );
}
