import { describe, expect, it } from 'vitest';
import { matchCommands, type PaletteCommand } from './paletteCommands';

const command = (id: string, label: string, keywords: string[] = []): PaletteCommand => ({
  id,
  label,
  keywords,
  run: () => undefined,
});

const commands = [
  command('team', 'Ouvrir l’écran Équipe', ['team', 'sync', 'synchronisation']),
  command('sync', 'Synchroniser avec l’équipe maintenant', ['sync now', 'team']),
];

describe('the palette’s commands', () => {
  it('finds a command by the start of any word of its label or keywords, accents and case aside', () => {
    expect(matchCommands(commands, 'equipe').map((c) => c.id)).toEqual(['team', 'sync']);
    expect(matchCommands(commands, 'SYNCHRONISER').map((c) => c.id)).toEqual(['sync']);
    expect(matchCommands(commands, 'team ouv').map((c) => c.id)).toEqual(['team']);
    expect(matchCommands(commands, 'sync now').map((c) => c.id)).toEqual(['sync']);
  });

  it('finds nothing for an empty query or a word no command has', () => {
    expect(matchCommands(commands, '  ')).toEqual([]);
    expect(matchCommands(commands, 'kyoto')).toEqual([]);
    // Inside a word is not the start of one.
    expect(matchCommands(commands, 'quipe')).toEqual([]);
  });
});
