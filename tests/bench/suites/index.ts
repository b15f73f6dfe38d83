import type { BenchSuite } from '../lib/suite';
import { exportsSuite } from './exports';
import { listsSuite } from './lists';
import { startupSuite } from './startup';
import { interfaceSuite } from './interface';
import { reportsSuite } from './reports';
import { writesSuite } from './writes';

/** Every suite `npm run bench` runs, in order. Register a new suite here. */
export const SUITES: readonly BenchSuite[] = [listsSuite, reportsSuite, writesSuite, exportsSuite, startupSuite, interfaceSuite];
