// Scaffold: replaced by the elevate screen.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Card';

export default function ElevateScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.elevate')} />;
}
