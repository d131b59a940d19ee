import type { TFunction } from 'i18next';
import type { TargetPriceResult } from '../../../shared/index';
import { formatDate, formatMoney, formatNumber, formatPercentBps } from '../../format/format';
import type { CustomerQuote } from './quote-model';

/** The customer-facing quote, in the customer's language (`t` fixed to it). No margin figures. */
export function QuoteSheet({ quote, t }: { quote: CustomerQuote; t: TFunction }) {
  const lang = quote.language;
  const money = (cents: number) => formatMoney(cents, quote.currency, lang);
  return (
    <article className="sheet" lang={lang} data-testid="quote-sheet">
      <header className="sheet-head">
        <div>
          <strong>{quote.partner.name || t('quote.sheet.noPartner')}</strong>
          <div className="sheet-address">{quote.partner.address}</div>
        </div>
        <div className="sheet-meta">
          <h1>{t('quote.sheet.title')}</h1>
          <div>{t('quote.sheet.number', { number: quote.number })}</div>
          <div>{t('quote.sheet.date', { date: formatDate(quote.date, lang) })}</div>
          <div>{t('quote.sheet.validUntil', { date: formatDate(quote.validUntil, lang) })}</div>
        </div>
      </header>
      <p>
        {t('quote.sheet.for')} <strong>{quote.customer}</strong>
      </p>
      <table className="sheet-table">
        <thead>
          <tr>
            <th scope="col">{t('quote.sheet.item')}</th>
            <th scope="col">{t('quote.sheet.description')}</th>
            <th scope="col" className="num">
              {t('quote.sheet.quantity')}
            </th>
            <th scope="col" className="num">
              {t('quote.sheet.unitPrice')}
            </th>
            <th scope="col" className="num">
              {t('quote.sheet.linePrice')}
            </th>
          </tr>
        </thead>
        <tbody>
          {quote.lines.map((l, i) => (
            <tr key={i}>
              <td>{l.sku}</td>
              <td>{l.description}</td>
              <td className="num">{formatNumber(l.quantity, lang)}</td>
              <td className="num">{money(l.unitCents)}</td>
              <td className="num">{money(l.lineCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t('quote.sheet.total')}
            </th>
            <td className="num" data-testid="quote-total">
              {money(quote.totalCents)}
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="sheet-note">{t('quote.sheet.tax')}</p>
      <p className="sheet-note">
        {t('quote.sheet.validity', { date: formatDate(quote.validUntil, lang) })}
      </p>
    </article>
  );
}

/** The internal margin sheet for the manager: cost, benefits, margin per line. Never sent out. */
export function MarginSheet({
  quote,
  priced,
  t,
  locale,
}: {
  quote: CustomerQuote;
  priced: TargetPriceResult;
  t: TFunction;
  locale: string;
}) {
  const money = (cents: number) => formatMoney(cents, priced.currency, locale);
  const pct = (bps: number) => formatPercentBps(bps, locale);
  return (
    <article className="sheet" data-testid="margin-sheet">
      <header className="sheet-head">
        <div>
          <h1>{t('quote.margin.title')}</h1>
          <div>{t('quote.margin.internal')}</div>
        </div>
        <div className="sheet-meta">
          <div>{t('quote.sheet.number', { number: quote.number })}</div>
          <div>{quote.customer}</div>
          <div>{t('quote.margin.rule', { version: priced.rule.version })}</div>
        </div>
      </header>
      <table className="sheet-table">
        <thead>
          <tr>
            <th scope="col">{t('quote.sheet.item')}</th>
            <th scope="col" className="num">
              {t('quote.margin.partnerPrice')}
            </th>
            <th scope="col" className="num">
              {t('quote.margin.netCost')}
            </th>
            <th scope="col" className="num">
              {t('quote.sheet.linePrice')}
            </th>
            <th scope="col" className="num">
              {t('quote.margin.margin')}
            </th>
          </tr>
        </thead>
        <tbody>
          {priced.lines.map((l, i) => (
            <tr key={i}>
              <td>{quote.lines[i]?.sku}</td>
              <td className="num">{money(l.partnerPriceCents)}</td>
              <td className="num">{money(l.netCostCents)}</td>
              <td className="num">{money(l.linePriceCents)}</td>
              <td className="num">
                {money(l.marginCents)} · {pct(l.marginBps)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="sheet-facts">
        <dt>{t('quote.margin.selling')}</dt>
        <dd>{money(priced.sellingCents)}</dd>
        <dt>{t('quote.margin.upfront')}</dt>
        <dd>{money(priced.upfrontCents)}</dd>
        <dt>{t('quote.margin.backend')}</dt>
        <dd>
          {money(priced.backendCents)} (
          {priced.backendCounted ? t('quote.margin.counted') : t('quote.margin.notCounted')})
        </dd>
        <dt>{t('quote.margin.margin')}</dt>
        <dd>
          {money(priced.marginCents)} · {pct(priced.marginBps)}
        </dd>
        <dt>{t('quote.margin.withBackend')}</dt>
        <dd>{pct(priced.marginWithBackendBps)}</dd>
        <dt>{t('quote.margin.spiff')}</dt>
        <dd>{money(priced.spiffCents)}</dd>
      </dl>
    </article>
  );
}
