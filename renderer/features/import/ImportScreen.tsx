// Scaffold: replaced by the import screen.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Card';

export default function ImportScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.import')} />;
}
