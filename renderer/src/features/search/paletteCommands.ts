import { fold } from '../../../../shared/import/fold';

/** Something the palette can do rather than find: open a screen, start a sync. */
export interface PaletteCommand {
  id: string;
  /** What the palette shows, in the reader's language. */
  label: string;
  /** More words that find it (both languages' names of the screen, say). */
  keywords: readonly string[];
  run: () => void;
}

/**
 * The commands a query finds: every word typed starts a word of the command's label or
 * keywords, accents and case aside ("sync", "équipe", "team sy").
 */
export function matchCommands(
  commands: readonly PaletteCommand[],
  query: string,
): PaletteCommand[] {
  const typed = fold(query).split(' ').filter(Boolean);
  if (typed.length === 0) return [];
  return commands.filter((command) => {
    const words = fold([command.label, ...command.keywords].join(' ')).split(' ');
    return typed.every((part) => words.some((word) => word.startsWith(part)));
  });
}
