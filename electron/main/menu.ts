import { Menu, type MenuItemConstructorOptions } from 'electron';
import i18next from 'i18next';
import { LANGUAGES, type Language } from '../../shared/domain/enums';
import { menuLabels, type MenuLabelKey } from './menuLabels';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Development build: adds Reload and the developer tools. */
  dev: boolean;
  language: Language;
  /** Sends a command to the renderer ('navigate:/agreements', 'language:fr'). */
  send: (command: string) => void;
  /** Told when the user picks a language here, so main can relabel the menu at once. */
  onLanguage?: (language: Language) => void;
}

/** The pages the Go menu opens, in order, with their shortcuts. */
export const GO_TARGETS = [
  { label: 'agreements', route: '/agreements', accelerator: 'CmdOrCtrl+1' },
  { label: 'cities', route: '/cities', accelerator: 'CmdOrCtrl+2' },
  { label: 'reports', route: '/reports', accelerator: 'CmdOrCtrl+3' },
  { label: 'team', route: '/team', accelerator: 'CmdOrCtrl+4' },
  { label: 'settings', route: '/settings', accelerator: 'CmdOrCtrl+,' },
] as const satisfies readonly { label: MenuLabelKey; route: string; accelerator: string }[];

/** Each language named in itself, so a user lost in the other one finds their own. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

/** The menu's language: the saved setting when there is one, else the system's locale. */
export function menuLanguage(saved: string | null | undefined, locale: string): Language {
  const isLanguage = (value: string): value is Language =>
    (LANGUAGES as readonly string[]).includes(value);
  if (saved && isLanguage(saved)) return saved;
  const fromLocale = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(fromLocale) ? fromLocale : 'en';
}

/** A translator for the menu's labels in one language. */
export function menuTranslator(language: Language): (key: MenuLabelKey) => string {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { menu: menuLabels.en }, fr: { menu: menuLabels.fr } },
    ns: ['menu'],
    defaultNS: 'menu',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return (key) => i18n.t(key);
}

/** The application menu as a template: pure, so tests read it without Electron. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = menuTranslator(options.language);
  const mac = options.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const template: MenuItemConstructorOptions[] = [];

  if (mac) {
    template.push({
      label: 'Accords',
      submenu: [
        { role: 'about', label: t('about') },
        separator,
        { role: 'services', label: t('services') },
        separator,
        { role: 'hide', label: t('hide') },
        { role: 'hideOthers', label: t('hideOthers') },
        { role: 'unhide', label: t('unhide') },
        separator,
        { role: 'quit', label: t('quit') },
      ],
    });
  }

  template.push({
    label: t('file'),
    submenu: [
      { label: t('importSpreadsheet'), click: () => options.send('navigate:/import') },
      separator,
      mac ? { role: 'close', label: t('close') } : { role: 'quit', label: t('quit') },
    ],
  });

  template.push({
    label: t('edit'),
    submenu: [
      { role: 'undo', label: t('undo') },
      { role: 'redo', label: t('redo') },
      separator,
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      { role: 'selectAll', label: t('selectAll') },
    ],
  });

  template.push({
    label: t('view'),
    submenu: [
      ...(options.dev
        ? ([
            { role: 'reload', label: t('reload') },
            { role: 'toggleDevTools', label: t('toggleDevTools') },
            separator,
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', label: t('resetZoom') },
      { role: 'zoomIn', label: t('zoomIn') },
      { role: 'zoomOut', label: t('zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('fullScreen') },
    ],
  });

  template.push({
    label: t('go'),
    submenu: GO_TARGETS.map((target) => ({
      label: t(target.label),
      accelerator: target.accelerator,
      click: () => options.send(`navigate:${target.route}`),
    })),
  });

  template.push({
    label: t('language'),
    submenu: LANGUAGES.map((language) => ({
      label: LANGUAGE_NAMES[language],
      type: 'radio' as const,
      checked: language === options.language,
      click: () => {
        options.send(`language:${language}`);
        options.onLanguage?.(language);
      },
    })),
  });

  if (mac) template.push({ role: 'windowMenu', label: t('window') });

  template.push({
    role: 'help',
    label: t('help'),
    submenu: [{ role: 'about', label: t('about') }],
  });

  return template;
}

/** Builds the menu and makes it the application's. */
export function installMenu(options: MenuOptions): Menu {
  const menu = Menu.buildFromTemplate(buildMenuTemplate(options));
  Menu.setApplicationMenu(menu);
  return menu;
}
