import { useTranslation } from 'react-i18next';

/** The link at the foot of a program card to the program's own screen. */
export function CardLink({ href, screen }: { href: string; screen: string }) {
  const { t } = useTranslation();
  return (
    <p className="card-link">
      <a href={href}>{t('dashboard.open', { screen })}</a>
    </p>
  );
}
