import type { RecordStamp } from './common';
import type { ThemeRef } from './actions';

/** A theme of cooperation (cycling and soft transport, social housing, …). */
export interface Theme extends ThemeRef, RecordStamp {
  actionCount: number;
}
