import type { BenchSuite } from '../lib/suite';
import { listsSuite } from './lists';
import { reportsSuite } from './reports';
import { writesSuite } from './writes';

/** Every suite `npm run bench` runs, in order. Register a new suite here. */
export const SUITES: readonly BenchSuite[] = [listsSuite, reportsSuite, writesSuite];
