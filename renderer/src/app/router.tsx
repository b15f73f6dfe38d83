import { createHashRouter, Navigate } from 'react-router';
import { CitiesScreen } from '../features/cities/CitiesScreen';
import { RegisterScreen } from '../features/agreements/RegisterScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { Root } from './Root';

/** A hash router: the same URLs work on app://accords/ and on the preview's http origin. */
export function createRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <Root />,
      children: [
        { index: true, element: <Navigate to="/agreements" replace /> },
        { path: 'agreements', element: <RegisterScreen /> },
        { path: 'cities', element: <CitiesScreen /> },
        { path: 'settings', element: <SettingsScreen /> },
        { path: '*', element: <Navigate to="/agreements" replace /> },
      ],
    },
  ]);
}
