import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { searchKey } from '../../../shared/domain/text';

function isItem(option: ComboboxParsedItem): option is ComboboxItem {
  return !('group' in option);
}

/** Select filter that ignores case and accents: "equateur" finds "Équateur". */
export const accentInsensitiveFilter: OptionsFilter = ({ options, search, limit }) => {
  const wanted = searchKey(search);
  const found: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (found.length >= limit) break;
    if (isItem(option) && searchKey(option.label).includes(wanted)) found.push(option);
  }
  return found;
};
