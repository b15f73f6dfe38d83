import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** First run: loads the Paris example and waits for the app with its navigation. */
export async function loadParisExample(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Load the Paris example' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}
