import { Button, Group, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface ScreenHeaderProps {
  title: string;
  /** The live count ("40 agreements"); empty while loading. Screen readers hear it change. */
  count: string;
  /** The label of the screen's create button. */
  newLabel: string;
  onNew: () => void;
  /** More buttons before the create button (the Export menu). */
  actions?: ReactNode;
}

/** A list screen's heading: its title, how many records it shows, and the button to add one. */
export function ScreenHeader({ title, count, newLabel, onNew, actions }: ScreenHeaderProps) {
  return (
    <Group justify="space-between" align="center" wrap="nowrap">
      <Group gap="md" align="baseline">
        <Title order={1}>{title}</Title>
        <Text c="dimmed" fz="sm" role="status" aria-live="polite" className="tabular">
          {count}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        {actions}
        <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={onNew}>
          {newLabel}
        </Button>
      </Group>
    </Group>
  );
}
