import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/domain/enums';
import { isLanguage } from '../../i18n/i18n';

const SELF_NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

/**
 * EN | FR on the recovery screen. Unlike the header's switch it does not save the choice:
 * while the register awaits recovery, main refuses the settings channel.
 */
export function RecoveryLanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
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
          onClick={() => code !== language && void i18n.changeLanguage(code)}
        >
          {code.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}
