// Scaffold: replaced by the claims screen.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Card';

export default function ClaimsScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.claims')} />;
}
