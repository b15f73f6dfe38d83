import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { isLanguage } from '../i18n/i18n';
import { useLanguage } from '../i18n/useLanguage';

/**
 * Follows the desktop app's native menu ('navigate:/cities', 'language:fr'). In the browser
 * preview there is no bridge and nothing to follow.
 */
export function useMenuCommands(): void {
  const navigate = useNavigate();
  const { setLanguage } = useLanguage();
  useEffect(() => {
    const bridge = window.accords;
    if (!bridge) return;
    return bridge.onMenuCommand((command) => {
      const colon = command.indexOf(':');
      const verb = command.slice(0, colon);
      const argument = command.slice(colon + 1);
      if (verb === 'navigate' && argument.startsWith('/')) void navigate(argument);
      else if (verb === 'language' && isLanguage(argument)) setLanguage(argument);
    });
  }, [navigate, setLanguage]);
}
