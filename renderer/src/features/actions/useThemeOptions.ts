import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useFormat } from '../../i18n/useFormat';
import { themeLabel } from './ActionBadges';
import { actionQueries } from './actionQueries';

/**
 * The themes as select options, labelled in the reader's language and sorted as it sorts.
 * `enabled: false` waits (the list's filters ask once the rows are in), keeping what is cached.
 */
export function useThemeOptions(enabled = true): { value: string; label: string }[] {
  const { language } = useFormat();
  const themes = useQuery({ ...actionQueries.themes(), enabled });
  return useMemo(
    () =>
      (themes.data ?? [])
        .map((theme) => ({ value: theme.id, label: themeLabel(theme, language) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [themes.data, language],
  );
}
