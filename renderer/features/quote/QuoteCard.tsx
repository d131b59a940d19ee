import { DateField } from '../../components/DateField';
import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { IsoDate, TargetPriceResult } from '../../../shared/index';
import { ensureLanguage } from '../../i18n/index';
import { LANGUAGES, isLanguage, type LanguageCode } from '../../i18n/languages';
import { platform } from '../../platform/index';
import { useUi } from '../../state/ui-store';
import { nextQuoteNumber, usePartnerProfile } from '../partner/partner-settings';
import { buildQuote, defaultValidity, paperFor, type CustomerQuote } from './quote-model';
import { MarginSheet, QuoteSheet } from './QuoteSheets';
import { pageCss } from '../../print/page-css';
import './quote.css';

type Sheet = 'quote' | 'margin';

/** From the priced plan to a customer quote (and the manager's margin sheet), printed to PDF. */
export function QuoteCard({
  priced,
  lines,
  date,
  planName,
}: {
  priced: TargetPriceResult | null;
  lines: readonly { readonly sku: string; readonly name: string }[];
  date: IsoDate;
  planName: string;
}) {
  const { t, i18n } = useTranslation();
  const toast = useUi((s) => s.toast);
  const profile = usePartnerProfile();
  const [customer, setCustomer] = useState('');
  const [language, setLanguage] = useState<LanguageCode>(
    isLanguage(i18n.language) ? i18n.language : 'en',
  );
  const [validUntil, setValidUntil] = useState<IsoDate>(() => defaultValidity(date));
  const [open, setOpen] = useState<{ sheet: Sheet; quote: CustomerQuote } | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!open) return;
    document.body.classList.add('printing-sheet');
    return () => document.body.classList.remove('printing-sheet');
  }, [open]);

  if (!priced) return <p className="muted">{t('quote.needsPrice')}</p>;

  const show = async (sheet: Sheet) => {
    if (customer.trim() === '') {
      toast('error', t('quote.needsCustomer'));
      return;
    }
    setReady(false);
    await ensureLanguage(language);
    const quote = buildQuote(priced, lines, {
      number: open?.quote.number ?? (await nextQuoteNumber(date)),
      date,
      validUntil,
      language,
      partner: profile ?? { name: '', address: '' },
      customer: customer.trim(),
    });
    setOpen({ sheet, quote });
    setReady(true);
  };
  const print = async () => {
    if (!open) return;
    await platform.print.currentView(`${open.quote.number} ${planName}`.trim());
  };
  const paper = paperFor(open?.sheet === 'margin' ? i18n.language : language);

  return (
    <div className="quote-card">
      <div className="form-row">
        <label className="field">
          <span>{t('quote.customer')}</span>
          <input
            name="quote-customer"
            type="text"
            value={customer}
            onChange={(e) => setCustomer(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('quote.language')}</span>
          <select
            name="quote-validity"
            value={language}
            onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}
          >
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('quote.validUntil')}</span>
          <DateField name="quote-valid-until" value={validUntil} onChange={setValidUntil} />
        </label>
      </div>
      {!profile?.name && <p className="small banner banner-warning">{t('quote.noProfile')}</p>}
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void show('quote')}>
          {t('quote.preview')}
        </button>
        <button type="button" onClick={() => void show('margin')}>
          {t('quote.marginSheet')}
        </button>
      </div>
      {open &&
        ready &&
        createPortal(
          <div
            className="print-root"
            role="dialog"
            aria-modal="true"
            aria-label={open.sheet === 'quote' ? t('quote.previewTitle') : t('quote.margin.title')}
          >
            <style>
              {pageCss({
                paper,
                margin: '14mm',
                // The page numbers speak the sheet's language: the customer's on the quote.
                pageOf: (values) =>
                  (open.sheet === 'quote' ? i18next.getFixedT(open.quote.language) : t)(
                    'team.print.pageOf',
                    values,
                  ),
              })}
            </style>
            <div className="print-toolbar no-print">
              <span>
                {t('quote.paper', { paper })} ·{' '}
                {open.sheet === 'quote' ? open.quote.number : t('quote.margin.internal')}
              </span>
              <button type="button" className="primary" onClick={() => void print()}>
                {t('quote.print')}
              </button>
              <button type="button" onClick={() => setOpen(null)}>
                {t('quote.close')}
              </button>
            </div>
            {open.sheet === 'quote' ? (
              <QuoteSheet quote={open.quote} t={i18next.getFixedT(open.quote.language)} />
            ) : (
              <MarginSheet quote={open.quote} priced={priced} t={t} locale={i18n.language} />
            )}
          </div>,
          document.body,
        )}
    </div>
  );
}
