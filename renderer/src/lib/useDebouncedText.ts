import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';

/** How long typing must pause before a text box's value is sent. */
export const TEXT_DELAY_MS = 250;

/**
 * A text box that sends its value (to the URL) once the typing pauses, and follows the value
 * when it changes from elsewhere (Clear filters, the back button).
 */
export function useDebouncedText(value: string, onSend: (text: string) => void) {
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, TEXT_DELAY_MS);
  const sent = useRef(value);
  useEffect(() => {
    if (debounced !== sent.current) {
      sent.current = debounced;
      onSend(debounced);
    }
  }, [debounced, onSend]);
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);
  return [text, setText] as const;
}
