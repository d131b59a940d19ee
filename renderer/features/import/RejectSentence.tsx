import { useTranslation } from 'react-i18next';
import type { Field } from '../../../shared/import/index';
import { rawPairs, rejectHelpKey, rejectMessage } from './reject-messages';

/** A rejected row in words (translated per code, naming the field) plus the parser's detail. */
export function RejectSentence({
  code,
  field,
  value,
  reason,
}: {
  code: string;
  field?: Field;
  value?: string;
  reason: string;
}) {
  const { t, i18n } = useTranslation();
  const message = rejectMessage(code, field, value);
  // The parser's own sentence is English: other languages get the translated advice instead.
  const help = rejectHelpKey(code);
  const english = i18n.language.startsWith('en');
  return (
    <>
      <span className="reject-sentence">
        {t(message.key, {
          field: message.field ? t(`import.fields.${message.field}`) : '',
          value: message.value ?? '',
        })}
      </span>
      {english ? (
        <span className="small muted reject-detail">
          {t('import.quarantine.detail', { reason })}
        </span>
      ) : (
        help && <span className="small muted reject-detail">{t(help)}</span>
      )}
    </>
  );
}

export function RawValues({ raw }: { raw: Readonly<Record<string, string>> }) {
  return (
    <dl className="raw-values">
      {rawPairs(raw).map((pair) => (
        <div key={pair.header}>
          <dt>{pair.header}</dt>
          <dd>{pair.value}</dd>
        </div>
      ))}
    </dl>
  );
}
