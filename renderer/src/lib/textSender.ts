/**
 * When a search box's text goes out, for a list that says when it is loading: the first key at
 * once (no fixed wait), and while the list is loading what that key asked, only the latest text,
 * sent the moment it has loaded. Typing thus never queues a request behind each key, and the
 * last key waits at most for the one request still running, instead of a fixed debounce on
 * every search.
 */
export interface TextSender {
  /** The box's text changed (a key). */
  type(text: string): void;
  /** Whether the list is loading now. */
  busy(loading: boolean): void;
  /** The sent value changed from elsewhere (Clear filters, the back button): nothing to send. */
  follow(value: string): void;
  dispose(): void;
}

export interface TextSenderOptions {
  /**
   * After a send, how long to wait for the list to say it is loading before the next text may go
   * (an answer already cached never loads).
   */
  settleMs: number;
  /** A text held longer than this goes anyway (a request that never ends must not freeze the box). */
  maxHoldMs: number;
}

export const TEXT_SENDER_TIMING: TextSenderOptions = { settleMs: 60, maxHoldMs: 1_000 };

export function createTextSender(
  initial: string,
  send: (text: string) => void,
  options: TextSenderOptions = TEXT_SENDER_TIMING,
): TextSender {
  let sent = initial;
  let pending: string | null = null;
  let loading = false;
  /** A send whose loading has not been seen yet: the next text waits for it (or `settleMs`). */
  let settling = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let holdTimer: ReturnType<typeof setTimeout> | undefined;

  const clearTimers = () => {
    clearTimeout(settleTimer);
    clearTimeout(holdTimer);
    holdTimer = undefined;
  };
  const flush = () => {
    clearTimers();
    const text = pending;
    pending = null;
    if (text === null || text === sent) return;
    sent = text;
    settling = true;
    settleTimer = setTimeout(() => {
      settling = false;
      if (!loading) flush();
    }, options.settleMs);
    send(text);
  };
  return {
    type(text) {
      pending = text;
      if (!loading && !settling) flush();
      else holdTimer ??= setTimeout(flush, options.maxHoldMs);
    },
    busy(now) {
      loading = now;
      if (now) {
        settling = false;
        clearTimeout(settleTimer);
      } else if (!settling) flush();
    },
    follow(value) {
      sent = value;
      pending = null;
      clearTimers();
    },
    dispose: clearTimers,
  };
}
