import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Bring in your existing register": the way to the import from an empty register or home. */
export function ImportRegisterLink() {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to="/import"
      variant="default"
      leftSection={<IconFileImport size={16} aria-hidden="true" />}
    >
      {t('importScreen.bringRegister')}
    </Button>
  );
}
