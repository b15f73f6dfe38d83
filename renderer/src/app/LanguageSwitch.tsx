import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/enums';
import { useLanguage } from '../i18n/useLanguage';

/** Each language names itself, whatever language the interface speaks now. */
const SELF_NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

/** EN | FR, always in the header. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Group gap={4} role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((code) => (
        <Button
          key={code}
          size="compact-sm"
          variant={code === language ? 'filled' : 'subtle'}
          aria-pressed={code === language}
          // The name starts with what the button shows (EN, FR), then says it in full.
          aria-label={`${code.toUpperCase()} – ${SELF_NAMES[code]}`}
          title={SELF_NAMES[code]}
          lang={code}
          onClick={() => code !== language && setLanguage(code)}
        >
          {code.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}
