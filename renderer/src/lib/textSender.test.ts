import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTextSender } from './textSender';

const TIMING = { settleMs: 60, maxHoldMs: 1_000 };

describe('createTextSender', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first key at once, then only the latest text once the list has loaded', () => {
    const sent: string[] = [];
    const sender = createTextSender('', (text) => sent.push(text), TIMING);
    sender.type('h');
    expect(sent).toEqual(['h']);
    sender.busy(true);
    for (const text of ['ho', 'hou', 'hous']) sender.type(text);
    vi.advanceTimersByTime(500);
    expect(sent).toEqual(['h']);
    sender.busy(false);
    expect(sent).toEqual(['h', 'hous']);
  });

  it('waits for the list to start loading after a send, or settleMs when it never does (a cached answer)', () => {
    const sent: string[] = [];
    const sender = createTextSender('', (text) => sent.push(text), TIMING);
    sender.type('f');
    sender.type('fl');
    expect(sent).toEqual(['f']);
    vi.advanceTimersByTime(59);
    expect(sent).toEqual(['f']);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(['f', 'fl']);
  });

  it('sends nothing for a text equal to the one sent, nor for a value that came from elsewhere', () => {
    const sent: string[] = [];
    const sender = createTextSender('flood', (text) => sent.push(text), TIMING);
    sender.type('flood');
    sender.follow('');
    sender.type('');
    vi.advanceTimersByTime(2_000);
    expect(sent).toEqual([]);
    sender.type('x');
    expect(sent).toEqual(['x']);
  });

  it('never holds a text longer than maxHoldMs behind a request that does not end', () => {
    const sent: string[] = [];
    const sender = createTextSender('', (text) => sent.push(text), TIMING);
    sender.type('w');
    sender.busy(true);
    sender.type('wa');
    vi.advanceTimersByTime(999);
    expect(sent).toEqual(['w']);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(['w', 'wa']);
    sender.dispose();
  });
});
