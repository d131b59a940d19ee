// Scaffold: replaced by the team screen.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Card';

export default function TeamScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.team')} />;
}
