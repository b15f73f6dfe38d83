import type { TFunction } from 'i18next';
import { searchKey } from '../../../../shared/domain/text';

/** A command the search palette offers beside records: a screen that does something. */
export interface PaletteCommand {
  id: string;
  label: string;
  description: string;
  path: string;
}

/** The palette's commands, with the words (both languages) that find each. */
function commands(t: TFunction): (PaletteCommand & { words: string[] })[] {
  return [
    {
      id: 'import',
      label: t('importScreen.command'),
      description: t('importScreen.commandDescription'),
      path: '/import',
      words: [
        'import',
        'importer',
        'csv',
        'excel',
        'xlsx',
        'tableur',
        'spreadsheet',
        'registre',
        'register',
      ],
    },
    {
      id: 'team',
      label: t('team.command.open'),
      description: t('team.command.description'),
      path: '/team',
      words: [
        'team',
        'équipe',
        'sync',
        'synchroniser',
        'synchronisation',
        'partage',
        'share',
        'postgresql',
      ],
    },
  ];
}

/**
 * The commands a query finds: every one while nothing is typed, else those whose label or
 * words start with each typed word (accents and case aside: "impor", "tableur", "excel").
 */
export function matchingCommands(t: TFunction, query: string): PaletteCommand[] {
  const typed = searchKey(query).split(/\s+/).filter(Boolean);
  return commands(t)
    .filter(({ label, description, words }) => {
      const known = searchKey([label, description, ...words].join(' ')).split(/[^\p{L}\p{N}]+/u);
      return typed.every((word) => known.some((candidate) => candidate.startsWith(word)));
    })
    .map(({ id, label, description, path }) => ({ id, label, description, path }));
}
