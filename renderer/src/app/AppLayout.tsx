import { AppShell, Group, NavLink, Text } from '@mantine/core';
import {
  IconAddressBook,
  IconBuildingCommunity,
  IconDatabaseExport,
  IconFileImport,
  IconFileCertificate,
  IconHome,
  IconListCheck,
  IconSettings,
  IconTags,
  IconTrash,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ReportsNavIcon } from '../features/reports/reportIcons';
import { SearchButton, SearchPalette } from '../features/search/SearchPalette';
import { TeamSyncStatus } from '../features/team/TeamSyncStatus';
import { LanguageSwitch } from './LanguageSwitch';
import classes from './AppLayout.module.css';

interface Props {
  ownCity: string | null;
  /** False on the first-run screen: nothing to navigate to yet. */
  withNavbar: boolean;
  children: ReactNode;
}

const NAV = [
  { to: '/', key: 'partners.nav.home', icon: IconHome },
  { to: '/agreements', key: 'nav.agreements', icon: IconFileCertificate },
  { to: '/actions', key: 'tracking.nav.actions', icon: IconListCheck },
  { to: '/cities', key: 'nav.cities', icon: IconBuildingCommunity },
  { to: '/contacts', key: 'partners.nav.contacts', icon: IconAddressBook },
  { to: '/themes', key: 'partners.nav.themes', icon: IconTags },
  { to: '/reports', key: 'reports.nav', icon: ReportsNavIcon },
  { to: '/trash', key: 'tracking.nav.trash', icon: IconTrash },
  { to: '/import', key: 'importScreen.nav', icon: IconFileImport },
  { to: '/backups', key: 'safety.nav.backups', icon: IconDatabaseExport },
  { to: '/team', key: 'team.nav', icon: IconUsersGroup },
  { to: '/settings', key: 'nav.settings', icon: IconSettings },
] as const;

/** Header with the app's name, the user's city and the language switch; the navbar. */
export function AppLayout({ ownCity, withNavbar, children }: Props) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <AppShell
      header={{ height: 52 }}
      navbar={withNavbar ? { width: 208, breakpoint: 0 } : undefined}
      padding="md"
    >
      {/* A button, not a #main link: the hash belongs to the router. */}
      <button
        type="button"
        className={classes.skipLink}
        onClick={() => document.getElementById('main')?.focus()}
      >
        {t('nav.skipToContent')}
      </button>
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Text component="span" fw={700} fz="lg" c="indigo.8">
              {t('app.name')}
            </Text>
            {ownCity && (
              <>
                <span className={classes.separator} aria-hidden="true" />
                <Text component="span" c="dimmed" fz="sm" title={t('nav.ownCity')}>
                  {ownCity}
                </Text>
              </>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {withNavbar && <TeamSyncStatus />}
            {withNavbar && <SearchButton />}
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      {withNavbar && (
        <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
          {NAV.map(({ to, key, icon: Icon }) => {
            // Home is '/', which every path starts with.
            const active = to === '/' ? pathname === '/' : pathname.startsWith(to);
            return (
              <NavLink
                key={to}
                component={Link}
                to={to}
                label={t(key)}
                active={active}
                aria-current={active ? 'page' : undefined}
                leftSection={<Icon size={18} stroke={1.6} aria-hidden="true" />}
                className={classes.navLink}
              />
            );
          })}
        </AppShell.Navbar>
      )}
      {withNavbar && <SearchPalette />}
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
