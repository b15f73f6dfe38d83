import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../../../shared/i18n';
import { matchingCommands } from './paletteCommands';

describe('the search palette’s commands', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'fr', resources, interpolation: { escapeValue: false } });
  });

  it('offers the import while nothing is typed, and for its words in either language', () => {
    const ids = (query: string) => matchingCommands(i18next.t, query).map((c) => c.id);
    expect(ids('')).toEqual(['import', 'team']);
    expect(ids('impor')).toEqual(['import']);
    expect(ids('Tableur')).toEqual(['import']);
    expect(ids('excel')).toEqual(['import']);
    expect(ids('régis')).toEqual(['import']);
    expect(ids('rome')).toEqual([]);
  });

  it('offers the Team screen for its words in either language', () => {
    const ids = (query: string) => matchingCommands(i18next.t, query).map((c) => c.id);
    expect(ids('equipe')).toEqual(['team']);
    expect(ids('team')).toEqual(['team']);
    expect(ids('synchro')).toEqual(['team']);
    expect(matchingCommands(i18next.t, 'équipe')[0]).toMatchObject({
      label: 'Ouvrir l’écran Équipe',
      path: '/team',
    });
  });

  it('names the command in the interface’s language and opens the import screen', () => {
    const [command] = matchingCommands(i18next.t, 'import');
    expect(command).toMatchObject({ label: 'Importer un tableur (CSV, Excel)', path: '/import' });
  });
});
