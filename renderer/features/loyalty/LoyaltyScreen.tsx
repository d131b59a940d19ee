// Scaffold: replaced by the loyalty screen.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Card';

export default function LoyaltyScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.loyalty')} />;
}
