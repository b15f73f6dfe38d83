import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';

/** The reader's own calendar day, which decides what is overdue. */
export function localToday(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Query keys of the home screen. */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  summary: (today: string) => [...dashboardKeys.all, 'summary', today] as const,
};

export const dashboardQueries = {
  /** Gathered from every table: refreshed each time the home screen opens. */
  summary: (today: string) =>
    queryOptions({
      queryKey: dashboardKeys.summary(today),
      queryFn: () => call('dashboard:summary', { today }),
      refetchOnMount: 'always',
    }),
};
