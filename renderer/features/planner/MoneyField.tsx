import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  centsToInput,
  parseMoneyInput,
  parseQuantityInput,
  quantityToInput,
  MAX_MONEY_CENTS,
  MAX_QUANTITY,
  type MoneyError,
  type QuantityError,
} from './money-input';

type Parsed<E extends string> =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly error: E };

interface FieldProps<E extends string> {
  label: string;
  value: number;
  /** A value typed that the plan can hold. */
  onValue: (value: number) => void;
  /** The text was refused (error), or a refused text was replaced by a valid one (null). */
  onProblem: (error: E | null) => void;
  className?: string;
}

/**
 * A text field in the user's locale that reports each keystroke as a value or a refusal. The text
 * is kept as typed; an outside change (another field, a loaded plan) rewrites it.
 */
function ParsedField<E extends string>({
  label,
  value,
  onValue,
  onProblem,
  className,
  parse,
  format,
  message,
  inputMode,
}: FieldProps<E> & {
  parse: (text: string, locale: string) => Parsed<E>;
  format: (value: number, locale: string) => string;
  message: (error: E) => string;
  inputMode: 'decimal' | 'numeric';
}) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const errorId = useId();
  const [text, setText] = useState(() => format(value, locale));
  const parsed = parse(text, locale);
  const shownIn = useRef(locale);
  useEffect(() => {
    const current = parse(text, locale);
    // A text both languages read alike ("500,000.00" is also a German number) still takes the
    // new language's form when the language changes.
    const relocalised = shownIn.current !== locale;
    shownIn.current = locale;
    if (current.ok && current.value === value && !relocalised) return;
    setText(format(value, locale));
    if (!current.ok) onProblem(null);
    // Only an outside change of the value or the language rewrites the text; typing does not.
  }, [value, locale]);
  return (
    <span className={`money-field ${className ?? ''}`}>
      <input
        name="money"
        type="text"
        inputMode={inputMode}
        aria-label={label}
        aria-invalid={!parsed.ok}
        aria-describedby={parsed.ok ? undefined : errorId}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const next = parse(e.target.value, locale);
          if (next.ok) {
            onValue(next.value);
            if (!parsed.ok) onProblem(null);
          } else onProblem(next.error);
        }}
        onBlur={() => parsed.ok && setText(format(parsed.value, locale))}
      />
      {!parsed.ok && (
        <span className="field-error" role="alert" id={errorId}>
          {message(parsed.error)}
        </span>
      )}
    </span>
  );
}

const parseMoney = (text: string, locale: string): Parsed<MoneyError> => {
  const r = parseMoneyInput(text, locale);
  return r.ok ? { ok: true, value: r.cents } : r;
};

/** Money in the user's locale, exact cents; refuses what it cannot hold (see money-input.ts). */
export function MoneyField(props: FieldProps<MoneyError>) {
  const { t, i18n } = useTranslation();
  return (
    <ParsedField
      {...props}
      parse={parseMoney}
      format={centsToInput}
      inputMode="decimal"
      message={(error) =>
        t(`planner.moneyErrors.${error}`, { max: centsToInput(MAX_MONEY_CENTS, i18n.language) })
      }
    />
  );
}

/** Whole units in the user's locale, 1 to 99,999. */
export function QuantityField(props: FieldProps<QuantityError>) {
  const { t, i18n } = useTranslation();
  return (
    <ParsedField
      {...props}
      parse={parseQuantityInput}
      format={quantityToInput}
      inputMode="numeric"
      message={(error) =>
        t(`planner.quantityErrors.${error}`, { max: quantityToInput(MAX_QUANTITY, i18n.language) })
      }
    />
  );
}
