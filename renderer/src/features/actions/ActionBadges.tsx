import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../../../shared/domain/enums';
import type { ThemeRef } from '../../../../shared/schemas/actions';

const STATUS_COLOR: Record<ActionStatus, string> = {
  planned: 'blue',
  ongoing: 'indigo',
  done: 'teal',
  cancelled: 'gray',
};

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" tt="none" radius="sm">
      {t(`enums.actionStatus.${status}`)}
    </Badge>
  );
}

/** A theme's label in the interface's language. */
export function themeLabel(theme: ThemeRef, language: string): string {
  return language === 'fr' ? theme.labelFr : theme.labelEn;
}

export function ThemeBadges({ themes, label }: { themes: ThemeRef[]; label: string }) {
  const { i18n } = useTranslation();
  if (themes.length === 0) return null;
  return (
    <Group gap={4} role="list" aria-label={label}>
      {themes.map((theme) => (
        <Badge key={theme.id} role="listitem" variant="default" tt="none" radius="sm" fw={500}>
          {themeLabel(theme, i18n.resolvedLanguage ?? 'en')}
        </Badge>
      ))}
    </Group>
  );
}
