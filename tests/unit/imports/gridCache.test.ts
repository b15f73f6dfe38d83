import { describe, expect, it } from 'vitest';
import { forgetStagedGrid, stagedGrid } from '../../../electron/services/imports/gridCache';
import { windows1252Csv } from './helpers';

const FILE = windows1252Csv(['Registre', "Ville partenaire;Pays;Type d'accord", 'Rome;Italie;Jumelage', 'Kyoto;Japon;Jumelage']);
const ID = '00000000-0000-4000-8000-00000000000a';

describe('the grid of a staged file', () => {
  it('is read once for the inspections and previews of the same file, and again once forgotten or changed', async () => {
    const first = await stagedGrid(ID, FILE);
    expect(first.headers).toEqual(['Ville partenaire', 'Pays', "Type d'accord"]);
    expect(await stagedGrid(ID, FILE)).toBe(first);
    // Another header row is a view of the same grid, read from the cache.
    const other = await stagedGrid(ID, FILE, { headerRow: 2 });
    expect(other.headers).toEqual(['Rome', 'Italie', 'Jumelage']);
    expect(other.rows).toBe(first.rows);
    expect(await stagedGrid(ID, FILE)).toBe(first);

    forgetStagedGrid(ID);
    const reread = await stagedGrid(ID, FILE);
    expect(reread).not.toBe(first);
    expect(reread).toEqual(first);

    // Another file (or the same id with other bytes) is never answered from the cache.
    const longer = windows1252Csv(['Ville partenaire;Pays', 'Porto;Portugal']);
    expect((await stagedGrid(ID, longer)).headers).toEqual(['Ville partenaire', 'Pays']);
    const otherId = await stagedGrid('00000000-0000-4000-8000-00000000000b', FILE);
    expect(otherId).not.toBe(reread);
  });

  it('reads a file that was refused again next time, and refuses it again', async () => {
    const zipBomb = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await expect(stagedGrid(ID, zipBomb)).rejects.toThrow();
    await expect(stagedGrid(ID, zipBomb)).rejects.toThrow();
    expect((await stagedGrid(ID, FILE)).headers).toHaveLength(3);
  });
});
