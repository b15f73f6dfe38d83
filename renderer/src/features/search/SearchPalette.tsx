import '@mantine/spotlight/styles.css';
import { Badge, Group, Loader, Text, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api/client';
import {
  MATCH_END,
  MATCH_START,
  type SearchHit,
  type SearchKind,
} from '../../../../shared/schemas/search';
import { useFormat } from '../../i18n/useFormat';
import { matchingCommands } from './paletteCommands';
import classes from './SearchPalette.module.css';
import { searchKeys } from './searchKeys';

/** Where a hit opens: the record's own screen, with the record open. */
export function hitPath(hit: Pick<SearchHit, 'kind' | 'id'>): string {
  const screens: Record<SearchKind, string> = {
    city: '/cities',
    agreement: '/agreements',
    action: '/actions',
    contact: '/contacts',
  };
  const id = encodeURIComponent(hit.id);
  // A partner city has its own fact sheet page; the others open in their list's drawer.
  return hit.kind === 'city' ? `/cities/${id}` : `${screens[hit.kind]}?open=${id}`;
}

/** A snippet with its matched words marked. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(MATCH_START);
  return (
    <>
      {parts.map((part, index) => {
        if (index === 0) return <Fragment key={index}>{part}</Fragment>;
        const [match = '', rest = ''] = part.split(MATCH_END);
        return (
          <Fragment key={index}>
            <mark className={classes.mark}>{match}</mark>
            {rest}
          </Fragment>
        );
      })}
    </>
  );
}

/** True when the snippet adds something: a matched word the title and subtitle do not show. */
function snippetAddsContext(hit: SearchHit): boolean {
  if (!hit.snippet) return false;
  const shown = `${hit.title} ${hit.subtitle}`.toLowerCase();
  const matched = [
    ...hit.snippet.matchAll(new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`, 'g')),
  ];
  return matched.some((match) => !shown.includes((match[1] ?? '').toLowerCase()));
}

/** The header's search button; Ctrl/Cmd+K opens the same palette. */
export function SearchButton() {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      className={classes.trigger}
      onClick={() => spotlight.open()}
      aria-keyshortcuts="Control+K Meta+K"
    >
      <Group gap={8} wrap="nowrap">
        <IconSearch size={16} aria-hidden="true" />
        <Text fz="sm" c="dimmed">
          {t('tracking.nav.search')}
        </Text>
        {/* Its name is what it shows, "Search"; the shortcut is told by aria-keyshortcuts. */}
        <kbd className={classes.kbd} aria-hidden="true">
          Ctrl K
        </kbd>
      </Group>
    </UnstyledButton>
  );
}

/**
 * A command palette over `search:query`: results grouped by kind, arrows move, Enter opens.
 * Main folds accents, so "sao paulo" finds São Paulo.
 */
export function SearchPalette() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const enabled = debounced.length >= 2;
  const results = useQuery({
    queryKey: searchKeys.query(debounced),
    queryFn: () => call('search:query', { text: debounced, limit: 6 }),
    enabled,
    placeholderData: (previous) => previous,
  });
  const groups = enabled
    ? (results.data?.groups ?? []).filter((group) => group.hits.length > 0)
    : [];
  const commands = matchingCommands(t, query);

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      scrollable
      maxHeight={480}
    >
      <Spotlight.Search
        placeholder={t('tracking.search.placeholder')}
        aria-label={t('tracking.search.label')}
        leftSection={
          results.isFetching ? (
            <Loader size={16} />
          ) : (
            <IconSearch size={18} stroke={1.6} aria-hidden="true" />
          )
        }
      />
      <Spotlight.ActionsList aria-label={t('tracking.search.label')}>
        {commands.length > 0 && (
          <Spotlight.ActionsGroup label={t('importScreen.commandsGroup')}>
            {commands.map((command) => (
              <Spotlight.Action
                key={command.id}
                label={command.label}
                description={command.description}
                onClick={() => void navigate(command.path)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {!enabled && <Spotlight.Empty>{t('tracking.search.typeToSearch')}</Spotlight.Empty>}
        {enabled && results.data && groups.length === 0 && commands.length === 0 && (
          <Spotlight.Empty>{t('tracking.search.nothing')}</Spotlight.Empty>
        )}
        {groups.map((group) => (
          <Spotlight.ActionsGroup
            key={group.kind}
            label={`${t(`tracking.search.groups.${group.kind}`)} (${format.number(group.total)})`}
          >
            {group.hits.map((hit) => (
              <Spotlight.Action
                key={`${hit.kind}:${hit.id}`}
                onClick={() => void navigate(hitPath(hit))}
              >
                <Group wrap="nowrap" w="100%" gap="sm" justify="space-between">
                  <div style={{ minWidth: 0 }}>
                    <Text fz="sm" fw={600} truncate="end">
                      {hit.title}
                    </Text>
                    <Text fz="xs" c="dimmed" truncate="end">
                      {[hit.subtitle, hit.country ? format.country(hit.country) : null]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                    {snippetAddsContext(hit) && (
                      <Text fz="xs" truncate="end">
                        <Snippet text={hit.snippet} />
                      </Text>
                    )}
                  </div>
                  {hit.date && (
                    <Badge variant="default" tt="none" radius="sm" fw={500} className="noShrink">
                      {format.partialDate(hit.date, 'short')}
                    </Badge>
                  )}
                </Group>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        ))}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
