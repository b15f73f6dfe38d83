import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A table row's name, in bold: what the eye looks for first. */
export function LeadCell({ children }: { children: ReactNode }) {
  return (
    <Text component="span" fz="sm" fw={600}>
      {children}
    </Text>
  );
}
