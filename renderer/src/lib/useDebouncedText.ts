import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { createTextSender, type TextSender } from './textSender';

/** How long typing must pause before a text box's value is sent (boxes without a list's loading state). */
export const TEXT_DELAY_MS = 250;

/**
 * A text box that sends its value (to the URL) once the typing pauses, and follows the value
 * when it changes from elsewhere (Clear filters, the back button).
 *
 * Given `loading` (whether the list this box filters is loading), it waits for no pause: the
 * first key goes at once and, while the list loads, only the latest text is kept and sent as
 * soon as it has loaded (see textSender.ts).
 */
export function useDebouncedText(value: string, onSend: (text: string) => void, loading?: boolean) {
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, loading === undefined ? TEXT_DELAY_MS : 0);
  const sent = useRef(value);
  // Texts sent whose URL has not come back yet: the router commits a navigation as a transition,
  // so an earlier text can arrive after a later one was sent. Such a late echo is not a change
  // from elsewhere and must not put the earlier text back into the box.
  const echoes = useRef<string[]>([]);
  const latestSend = useRef(onSend);
  useEffect(() => {
    latestSend.current = onSend;
  }, [onSend]);
  const sender = useRef<TextSender | null>(null);
  const paced = loading !== undefined;
  useEffect(() => {
    if (!paced) return undefined;
    const created = createTextSender(sent.current, (next) => {
      sent.current = next;
      echoes.current.push(next);
      latestSend.current(next);
    });
    sender.current = created;
    return () => {
      created.dispose();
      sender.current = null;
    };
  }, [paced]);
  useEffect(() => {
    if (loading !== undefined) sender.current?.busy(loading);
  }, [loading]);
  useEffect(() => {
    if (paced) sender.current?.type(text);
  }, [paced, text]);
  useEffect(() => {
    if (!paced && debounced !== sent.current) {
      sent.current = debounced;
      echoes.current.push(debounced);
      onSend(debounced);
    }
  }, [paced, debounced, onSend]);
  useEffect(() => {
    if (value === sent.current) {
      echoes.current = [];
      return;
    }
    const echo = echoes.current.indexOf(value);
    if (echo >= 0) {
      echoes.current = echoes.current.slice(echo + 1);
      return;
    }
    echoes.current = [];
    sent.current = value;
    sender.current?.follow(value);
    setText(value);
  }, [value]);
  return [text, setText] as const;
}
