import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

/** The one "moved to the trash — Undo" notice of a record, found again by the record's id. */
const noticeId = (entityId: string) => `undo-${entityId}`;

/**
 * Says a record went to the trash, with an Undo button. The notice belongs to the record: it
 * goes away when Undo is pressed and when the record comes back any other way (the trash
 * screen), so it never offers to undo what is already undone.
 */
export function showUndoNotice(options: {
  entityId: string;
  message: string;
  undoLabel: string;
  onUndo: () => void;
}): void {
  notifications.show({
    id: noticeId(options.entityId),
    color: 'teal',
    autoClose: 8000,
    message: (
      <Stack gap={6} align="flex-start">
        <Text fz="sm">{options.message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            hideUndoNotice(options.entityId);
            options.onUndo();
          }}
        >
          {options.undoLabel}
        </Button>
      </Stack>
    ),
  });
}

/** Takes a record's Undo notice away (it was restored). */
export function hideUndoNotice(entityId: string): void {
  notifications.hide(noticeId(entityId));
}
