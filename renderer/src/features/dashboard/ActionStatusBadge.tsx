import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../../../shared/domain/enums';

const COLOR: Record<ActionStatus, string> = {
  planned: 'blue',
  ongoing: 'teal',
  done: 'gray',
  cancelled: 'red',
};

/** An action's status as a small badge. */
export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" radius="sm" tt="none" fw={600} size="sm">
      {t(`enums.actionStatus.${status}`)}
    </Badge>
  );
}
