import strings from 'virtual:boot-strings';
import { formatMoney, formatQuarter } from '../format/format';
import { LANGUAGES } from '../i18n/languages';
import type { BootKey } from './boot-keys';
import type { FirstFigures } from './first-figures';

/**
 * The start-up paint: the app's frame and the dashboard's first figure, drawn with plain DOM
 * while the app's code loads, over the app (fixed, inert and hidden from assistive technology,
 * which meet the same figure in the app a moment later). The app takes it away once its own
 * screen shows its numbers (dismissBootPaint), so the figure never blinks out and back.
 */
const ID = 'boot-paint';

export function paintFirstFigures(
  doc: Document,
  language: string,
  routeLabelKeys: readonly { readonly id: string; readonly labelKey: string }[],
  figures: FirstFigures,
): void {
  if (doc.getElementById(ID)) return;
  const words = strings[language] ?? strings.en ?? {};
  const t = (key: BootKey) => words[key] ?? key;
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
    ...children: (Node | string)[]
  ): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    node.append(...children);
    return node;
  };
  // The header's controls as the app draws them (disabled here), so nothing moves at the swap.
  const control = (labelKey: BootKey, text: string) => {
    const select = el('select', '', el('option', '', text));
    select.disabled = true;
    return el('label', '', el('span', '', t(labelKey)), select);
  };
  const languageName = LANGUAGES.find((l) => l.code === language)?.name ?? language;
  const header = el(
    'header',
    'app-header',
    el('div', 'brand', '◆'),
    el('span', 'app-title', t('app.title')),
    el(
      'div',
      'header-controls',
      control('header.quarter', formatQuarter(figures.quarter)),
      control(
        'header.user',
        `${figures.user.name} · ${figures.user.role === 'manager' ? t('roles.manager') : t('roles.rep')}`,
      ),
      control('header.language', languageName),
    ),
  );
  const nav = el('nav', 'app-nav', el('ul', ''));
  for (const route of routeLabelKeys) {
    const link = el('a', '', t(route.labelKey as BootKey));
    if (route.id === 'dashboard') link.setAttribute('aria-current', 'page');
    nav.firstElementChild?.append(el('li', '', link));
  }
  const payableLabel = t(figures.team ? 'dashboard.spiff.teamPayable' : 'dashboard.spiff.payable');
  const card = el(
    'section',
    'card dashboard-card',
    el(
      'header',
      'card-header',
      el('h2', '', t(figures.team ? 'dashboard.spiff.teamTitle' : 'dashboard.spiff.title')),
    ),
    el(
      'div',
      'card-body',
      el('p', 'stat-label', payableLabel),
      el(
        'div',
        'big-number',
        el('span', 'explain-button', formatMoney(figures.payableCents, figures.currency, language)),
      ),
    ),
  );
  const main = el(
    'main',
    'app-main',
    el('div', 'page-header', el('h1', '', t('dashboard.title'))),
    el('div', 'grid dashboard-cards', card),
    el('p', 'loading', t('common.loading')),
  );
  const frame = el('div', 'app', header, el('div', 'app-body', nav, main));
  const paint = el('div', 'boot-paint', frame);
  paint.id = ID;
  paint.setAttribute('aria-hidden', 'true');
  paint.inert = true;
  doc.body.append(paint);
  performance.mark('pr:boot-paint');
}

/** The app's own screen is up: the start-up paint goes (idempotent). */
export function dismissBootPaint(doc: Document = document): void {
  window.__appScreenUp = true;
  const paint = doc.getElementById(ID);
  if (!paint) return;
  paint.remove();
  performance.mark('pr:boot-paint-dismissed');
}
