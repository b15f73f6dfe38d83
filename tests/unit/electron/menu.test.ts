import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(() => import('./fakeElectron').then((m) => m.createFakeElectron()));
vi.mock('electron', () => fake.module);

const { buildMenuTemplate, installMenu, menuLanguage } =
  await import('../../../electron/main/menu');
const { menuLabels } = await import('../../../electron/main/menuLabels');

type Item = MenuItemConstructorOptions;
const submenu = (item: Item | undefined) => (item?.submenu ?? []) as Item[];
const byLabel = (template: Item[], label: string) => template.find((item) => item.label === label);
const click = (item: Item | undefined) => (item?.click as () => void)();

describe('application menu', () => {
  beforeEach(() => fake.reset());

  it('has File, Edit, View, Go, Language and Help on Windows and Linux', () => {
    const template = buildMenuTemplate({
      platform: 'linux',
      dev: false,
      language: 'en',
      send: vi.fn(),
    });
    expect(template.map((item) => item.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Go',
      'Language',
      'Help',
    ]);
    const file = submenu(byLabel(template, 'File'));
    expect(file.map((item) => item.role).filter(Boolean)).toEqual(['quit']);
    // File opens the import screen, the way into the app for a register kept in a spreadsheet.
    expect(file[0]?.label).toBe('Import a Spreadsheet…');
    expect(
      submenu(byLabel(template, 'Edit'))
        .map((item) => item.role)
        .filter(Boolean),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(submenu(byLabel(template, 'Help')).map((item) => item.role)).toEqual(['about']);
  });

  it('offers Reload and the developer tools only in development', () => {
    const roles = (dev: boolean) =>
      submenu(
        byLabel(
          buildMenuTemplate({ platform: 'linux', dev, language: 'en', send: vi.fn() }),
          'View',
        ),
      ).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
    expect(roles(true)).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools', 'zoomIn', 'togglefullscreen']),
    );
  });

  it('sends navigation commands to the renderer from the Go menu', () => {
    const send = vi.fn();
    const go = submenu(
      byLabel(buildMenuTemplate({ platform: 'linux', dev: false, language: 'en', send }), 'Go'),
    );
    expect(go.map((item) => item.label)).toEqual(['Agreements', 'Partner cities', 'Reports', 'Team', 'Settings']);
    for (const item of go) click(item);
    expect(send.mock.calls.map(([command]) => command)).toEqual([
      'navigate:/agreements',
      'navigate:/cities',
      'navigate:/reports',
      'navigate:/team',
      'navigate:/settings',
    ]);
  });

  it('opens the import screen from File, in the menu’s language', () => {
    const send = vi.fn();
    const file = submenu(
      byLabel(
        buildMenuTemplate({ platform: 'linux', dev: false, language: 'fr', send }),
        'Fichier',
      ),
    );
    expect(file[0]?.label).toBe('Importer un tableur…');
    click(file[0]!);
    expect(send).toHaveBeenCalledExactlyOnceWith('navigate:/import');
  });

  it('switches language from the Language menu, the current one checked', () => {
    const send = vi.fn();
    const onLanguage = vi.fn();
    const items = submenu(
      byLabel(
        buildMenuTemplate({ platform: 'linux', dev: false, language: 'en', send, onLanguage }),
        'Language',
      ),
    );
    expect(items.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['English', 'radio', true],
      ['Français', 'radio', false],
    ]);
    click(items[1]);
    expect(send).toHaveBeenCalledExactlyOnceWith('language:fr');
    expect(onLanguage).toHaveBeenCalledExactlyOnceWith('fr');
  });

  it('speaks French when the language is French', () => {
    const template = buildMenuTemplate({
      platform: 'win32',
      dev: false,
      language: 'fr',
      send: vi.fn(),
    });
    expect(template.map((item) => item.label)).toEqual([
      'Fichier',
      'Édition',
      'Affichage',
      'Aller à',
      'Langue',
      'Aide',
    ]);
    expect(submenu(byLabel(template, 'Aller à')).map((item) => item.label)).toEqual([
      'Accords',
      'Villes partenaires',
      'Rapports',
      'Équipe',
      'Paramètres',
    ]);
    expect(submenu(byLabel(template, 'Fichier')).at(-1)?.label).toBe('Quitter Accords');
  });

  it('has the macOS app menu on darwin, with Quit there and Close in File', () => {
    const template = buildMenuTemplate({
      platform: 'darwin',
      dev: false,
      language: 'en',
      send: vi.fn(),
    });
    expect(template[0]?.label).toBe('Accords');
    expect(submenu(template[0]).map((item) => item.role)).toEqual(
      expect.arrayContaining(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']),
    );
    expect(
      submenu(byLabel(template, 'File'))
        .map((item) => item.role)
        .filter(Boolean),
    ).toEqual(['close']);
    expect(template.some((item) => item.role === 'windowMenu')).toBe(true);
  });

  it('picks the saved language, else the system locale, else English', () => {
    expect(menuLanguage('fr', 'en-US')).toBe('fr');
    expect(menuLanguage('en', 'fr-FR')).toBe('en');
    expect(menuLanguage(null, 'fr-CA')).toBe('fr');
    expect(menuLanguage(undefined, 'fr')).toBe('fr');
    expect(menuLanguage('klingon', 'de-DE')).toBe('en');
    expect(menuLanguage(null, '')).toBe('en');
  });

  it('labels English and French with the same keys, none empty', () => {
    expect(Object.keys(menuLabels.fr).sort()).toEqual(Object.keys(menuLabels.en).sort());
    for (const label of [...Object.values(menuLabels.en), ...Object.values(menuLabels.fr)])
      expect(label.trim()).not.toBe('');
  });

  it('installs the menu as the application menu', () => {
    installMenu({ platform: 'linux', dev: false, language: 'fr', send: vi.fn() });
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect((fake.Menu.current?.template[0] as Item).label).toBe('Fichier');
  });
});
