import { createHashRouter, Navigate } from 'react-router';
import { CitiesScreen } from '../features/cities/CitiesScreen';
import { PartnerScreen } from '../features/cities/PartnerScreen';
import { ContactsScreen } from '../features/contacts/ContactsScreen';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { ThemesScreen } from '../features/themes/ThemesScreen';
import { RegisterScreen } from '../features/agreements/RegisterScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ActionsScreen } from '../features/actions/ActionsScreen';
import { TrashScreen } from '../features/trash/TrashScreen';
import { BackupsScreen } from '../features/backups/BackupsScreen';
import { ReportsHub } from '../features/reports/ReportsHub';
import { ImportScreen } from '../features/imports/ImportScreen';
import { TeamScreen } from '../features/team/TeamScreen';
import { Root } from './Root';

/** A hash router: the same URLs work on app://accords/ and on the preview's http origin. */
export function createRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <Root />,
      children: [
        { index: true, element: <DashboardScreen /> },
        { path: 'agreements', element: <RegisterScreen /> },
        { path: 'cities', element: <CitiesScreen /> },
        { path: 'cities/:id', element: <PartnerScreen /> },
        { path: 'contacts', element: <ContactsScreen /> },
        { path: 'themes', element: <ThemesScreen /> },
        { path: 'actions', element: <ActionsScreen /> },
        { path: 'reports', element: <ReportsHub /> },
        // Charts and the world's shapes load with the first report opened, not at start.
        {
          path: 'reports/:kind',
          lazy: async () => ({
            Component: (await import('../features/reports/ReportScreen')).ReportRoute,
          }),
        },
        { path: 'trash', element: <TrashScreen /> },
        { path: 'backups', element: <BackupsScreen /> },
        { path: 'import', element: <ImportScreen /> },
        { path: 'team', element: <TeamScreen /> },
        { path: 'settings', element: <SettingsScreen /> },
        { path: '*', element: <Navigate to="/agreements" replace /> },
      ],
    },
  ]);
}
