import { Button, EmptyState } from '@mantine/core';
import { IconFileCertificate, IconFilterOff, IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The register has no agreement at all. */
export function NoAgreements({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      py={64}
      icon={<IconFileCertificate size={32} stroke={1.5} aria-hidden="true" />}
      withIndicatorBackground
    >
      <EmptyState.Title order={2}>{t('register.emptyTitle')}</EmptyState.Title>
      <EmptyState.Description>{t('register.emptyText')}</EmptyState.Description>
      <EmptyState.Actions>
        <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={onCreate}>
          {t('register.new')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

/** Agreements exist, but none matches the search and filters. */
export function NoMatch({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      py={64}
      icon={<IconSearch size={32} stroke={1.5} aria-hidden="true" />}
      withIndicatorBackground
    >
      <EmptyState.Title order={2}>{t('register.noMatchTitle')}</EmptyState.Title>
      <EmptyState.Description>{t('register.noMatchText')}</EmptyState.Description>
      <EmptyState.Actions>
        <Button
          variant="default"
          leftSection={<IconFilterOff size={16} aria-hidden="true" />}
          onClick={onClear}
        >
          {t('register.clearFilters')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
