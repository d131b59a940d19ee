// Scaffold: replaced by the leap screen.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Card';

export default function LeapScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.leap')} />;
}
