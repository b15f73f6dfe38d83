import { useCallback, useMemo, useState } from 'react';

/**
 * A list screen's record form: closed, or open on a target (a new record, one to edit).
 * Once saved it closes and the record opens where the screen shows one (its drawer).
 */
export function useRecordForm<Target>(showSaved: (id: string) => void) {
  const [target, setTarget] = useState<Target | null>(null);
  const close = useCallback(() => setTarget(null), []);
  const saved = useCallback(
    (record: { id: string }) => {
      setTarget(null);
      showSaved(record.id);
    },
    [showSaved],
  );
  return useMemo(() => ({ target, open: setTarget, close, saved }), [target, close, saved]);
}
