// Scaffold: replaced by the settings screen.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Card';

export default function SettingsScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.settings')} />;
}
