import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { changeLanguage } from '../../i18n/index';
import { LANGUAGES, isLanguage } from '../../i18n/languages';

export function LanguageSection() {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const choose = async (code: string) => {
    if (!isLanguage(code)) return;
    setError(null);
    try {
      await changeLanguage(code);
    } catch {
      const name = LANGUAGES.find((l) => l.code === code)?.name ?? code;
      setError(t('settings.language.unavailable', { language: name }));
    }
  };
  return (
    <Card title={t('settings.language.title')}>
      <label className="field">
        <span>{t('settings.language.label')}</span>
        <select
          name="app-language"
          value={i18n.language}
          onChange={(e) => void choose(e.target.value)}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <p className="small muted">{t('settings.language.hint')}</p>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
    </Card>
  );
}
