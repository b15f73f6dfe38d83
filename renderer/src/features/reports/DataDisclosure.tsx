import type { ReactNode } from 'react';
import classes from './Report.module.css';

/** A native disclosure (keyboard and screen readers know it): the data behind a chart or map. */
export function DataDisclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className={classes.disclosure}>
      <summary className={classes.summary}>{summary}</summary>
      <div className={classes.disclosureBody}>{children}</div>
    </details>
  );
}
