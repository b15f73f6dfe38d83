import type { Page } from '@playwright/test';

/**
 * Timing inside the page, on the page's own clock (performance.now()): when the user's input
 * happened (the event's timeStamp of the last keydown or pointerdown) and when the table first
 * showed the rows expected for it (a MutationObserver checking after each change of the DOM).
 * Node's side only waits; it never adds its own latency to a figure.
 */

/** What the table must show: its total (aria-rowcount) and the titles of its first rows. */
export interface ExpectedRows {
  total: number;
  titles: string[];
  /** A parameter the URL (hash router) must carry, so a prefix's rows do not count. */
  param?: [name: string, value: string];
}

/**
 * Installed before any script of the page (page.addInitScript): the input listeners and the
 * observer. Plain JavaScript in a string: this project's Node type-check has no DOM library.
 */
const INSTALL = `(() => {
  const rowsMatch = (x) => {
    const table = document.querySelector('table[aria-rowcount]');
    if (!table || table.getAttribute('aria-rowcount') !== String(x.total + 1)) return false;
    if (x.param) {
      const query = new URLSearchParams(location.hash.split('?')[1] ?? '');
      if ((query.get(x.param[0]) ?? '') !== x.param[1]) return false;
    }
    return x.titles.every((title, index) => {
      const row = table.querySelector('tr[data-index="' + index + '"]');
      return row !== null && (row.textContent ?? '').includes(title);
    });
  };
  const bench = {
    input: 0,
    expect: null,
    shownAt: null,
    firstRowsAt: null,
    check() {
      const now = performance.now();
      if (bench.firstRowsAt === null && document.querySelector('tr[data-index="0"]'))
        bench.firstRowsAt = performance.timeOrigin + now;
      if (bench.expect && bench.shownAt === null && rowsMatch(bench.expect)) bench.shownAt = now;
      return bench.shownAt !== null;
    },
  };
  window.__bench = bench;
  const mark = (event) => (bench.input = event.timeStamp);
  addEventListener('keydown', mark, true);
  addEventListener('pointerdown', mark, true);
  new MutationObserver(() => bench.check()).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-rowcount'],
  });
})()`;

/**
 * The page's `window.__bench`, as functions Playwright runs in the page see it (a function, not
 * a string: the page's CSP forbids eval, which a string predicate needs).
 */
interface BenchGlobal {
  __bench: { check(): boolean; firstRowsAt: number | null };
}

/** Makes every new page of the context time its inputs and rows. */
export async function installPageTiming(page: Page): Promise<void> {
  await page.addInitScript(INSTALL);
}

/** Says which rows the next input should bring; the input itself comes after. */
export async function expectRows(page: Page, expected: ExpectedRows): Promise<void> {
  await page.evaluate(
    `Object.assign(window.__bench, { expect: ${JSON.stringify(expected)}, shownAt: null, input: 0 })`,
  );
}

/** Milliseconds from the last input to the expected rows on screen (waits for them). */
export async function inputToRows(page: Page, timeoutMs = 30_000): Promise<number> {
  await page.waitForFunction(() => (globalThis as unknown as BenchGlobal).__bench.check(), null, {
    timeout: timeoutMs,
    polling: 50,
  });
  return page.evaluate<number>('window.__bench.shownAt - window.__bench.input');
}

/** The wall-clock moment (epoch ms) the table first showed a row in this page. */
export async function firstRowsAt(page: Page, timeoutMs = 60_000): Promise<number> {
  await page.waitForFunction(
    () => {
      const bench = (globalThis as unknown as BenchGlobal).__bench;
      return bench.check() || bench.firstRowsAt !== null;
    },
    null,
    {
      timeout: timeoutMs,
      polling: 50,
    },
  );
  return page.evaluate<number>('window.__bench.firstRowsAt');
}
