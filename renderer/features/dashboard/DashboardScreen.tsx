// Scaffold: replaced by the dashboard screen.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Card';

export default function DashboardScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.dashboard')} />;
}
