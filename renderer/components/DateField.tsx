import { useEffect, useId, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../shared/index';
import { dateInputExample, formatDateInput, parseDateInput } from '../format/date-input';

type Passed = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'onChange' | 'min' | 'max' | 'defaultValue'
>;

/**
 * A date typed in the app's language (see format/date-input): shows and reads the locale's
 * pattern, hands ISO dates to `onChange` only when the text is a real date within min/max, and
 * says what it expects otherwise. A native date input would follow the browser's language.
 */
export function DateField({
  value,
  onChange,
  min,
  max,
  ...input
}: Passed & {
  value: string;
  onChange: (iso: IsoDate) => void;
  min?: string;
  max?: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [text, setText] = useState(() => formatDateInput(value, locale));
  // The value or the language changed from outside: show it in the current pattern.
  useEffect(() => {
    setText((current) =>
      parseDateInput(current, locale) === value ? current : formatDateInput(value, locale),
    );
  }, [value, locale]);
  const parsed = parseDateInput(text, locale);
  const inRange = parsed !== null && (!min || parsed >= min) && (!max || parsed <= max);
  const invalid = text.trim() !== '' && !inRange;
  const example = dateInputExample(locale);
  const hintId = `${useId()}-hint`;
  return (
    <>
      <input
        {...input}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        placeholder={example}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? hintId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const iso = parseDateInput(e.target.value, locale);
          if (iso && (!min || iso >= min) && (!max || iso <= max)) onChange(iso);
        }}
        onBlur={(e) => {
          if (inRange && parsed) setText(formatDateInput(parsed, locale));
          input.onBlur?.(e);
        }}
      />
      {invalid && (
        <span id={hintId} className="field-error small" role="status">
          {parsed === null
            ? t('common.dateField.invalid', { example })
            : t('common.dateField.outOfRange', {
                min: min ? formatDateInput(min, locale) : '…',
                max: max ? formatDateInput(max, locale) : '…',
              })}
        </span>
      )}
    </>
  );
}
