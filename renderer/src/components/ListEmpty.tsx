import { Button, EmptyState } from '@mantine/core';
import { IconFilterOff, IconPlus, IconSearch, type Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface ListEmptyProps {
  title: string;
  text?: string;
  /** The kind of record (as in the navigation); a magnifier by default: nothing matches. */
  icon?: Icon;
  /** What to do about it: add the first record, or clear the search and filters. */
  action?: { label: string; onClick: () => void; clear?: boolean };
  /** Another way in, beside the action (the register's import). */
  more?: ReactNode;
}

/** What a list screen shows instead of its table: nothing recorded yet, or nothing matches. */
export function ListEmpty({ title, text, icon: Shown = IconSearch, action, more }: ListEmptyProps) {
  return (
    <EmptyState
      py={64}
      icon={<Shown size={32} stroke={1.5} aria-hidden="true" />}
      withIndicatorBackground
    >
      <EmptyState.Title order={2}>{title}</EmptyState.Title>
      {text && <EmptyState.Description>{text}</EmptyState.Description>}
      {(action || more) && (
        <EmptyState.Actions>
          {action && (
            <Button
              variant={action.clear ? 'default' : 'filled'}
              leftSection={
                action.clear ? (
                  <IconFilterOff size={16} aria-hidden="true" />
                ) : (
                  <IconPlus size={16} aria-hidden="true" />
                )
              }
              onClick={action.onClick}
            >
              {action.label}
            </Button>
          )}
          {more}
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
