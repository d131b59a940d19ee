import { useTranslation } from 'react-i18next';
import type { ClaimWarning } from '../../../shared/index';
import type { InvoiceRow } from '../../db/index';
import { formatDate } from '../../format/format';
import { NameDiff } from './NameDiff';
import { isHard, warningMessage, type WarningFormat } from './warnings';

/** One checked line and its warnings in plain words (over-cap amount, name diff, …). */
export function LineWarnings({
  line,
  warnings,
  format,
}: {
  line: InvoiceRow | undefined;
  warnings: readonly ClaimWarning[];
  format: WarningFormat;
}) {
  const { t, i18n } = useTranslation();
  const hard = warnings.some(isHard);
  return (
    <li className={`line-warnings${hard ? ' is-blocked' : ''}`}>
      {line && (
        <p className="line-warnings-title">
          {t('claims.dialog.lineHeading', {
            invoice: line.invoiceNo,
            line: line.lineNo,
            customer: line.customerName,
            date: formatDate(line.date, i18n.language),
          })}
          {hard && <span className="badge badge-error">{t('claims.dialog.cannotClaim')}</span>}
        </p>
      )}
      <ul>
        {warnings.map((warning, i) => {
          const message = warningMessage(warning, format);
          return (
            <li key={i}>
              {t(message.key, message.values)}
              {warning.code === 'customer_name_mismatch' && (
                <dl className="name-compare">
                  <dt>{t('claims.dialog.nameNominated')}</dt>
                  <dd>
                    <NameDiff diff={warning.diff} side="nominated" />
                  </dd>
                  <dt>{t('claims.dialog.nameInvoiced')}</dt>
                  <dd>
                    <NameDiff diff={warning.diff} side="invoiced" />
                  </dd>
                </dl>
              )}
            </li>
          );
        })}
      </ul>
    </li>
  );
}
