import { Button, Group, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';

interface ScreenHeaderProps {
  title: string;
  /** The live count ("40 agreements"); empty while loading. Screen readers hear it change. */
  count: string;
  /** The label of the screen's create button. */
  newLabel: string;
  onNew: () => void;
}

/** A list screen's heading: its title, how many records it shows, and the button to add one. */
export function ScreenHeader({ title, count, newLabel, onNew }: ScreenHeaderProps) {
  return (
    <Group justify="space-between" align="center" wrap="nowrap">
      <Group gap="md" align="baseline">
        <Title order={1}>{title}</Title>
        <Text c="dimmed" fz="sm" role="status" aria-live="polite" className="tabular">
          {count}
        </Text>
      </Group>
      <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={onNew}>
        {newLabel}
      </Button>
    </Group>
  );
}
