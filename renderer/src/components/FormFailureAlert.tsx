import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import { translateIssue, type FormFailure } from '../lib/fieldErrors';
import { errorMessage } from '../lib/notify';

/** Why a save failed, when the reason is not at one of the form's fields. */
export function FormFailureAlert({ failure }: { failure: FormFailure | null }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  if (!failure) return null;
  return (
    <Alert color="red" role="alert" title={t('form.notSaved')}>
      {failure.rest.length > 0 ? (
        <List size="sm">
          {failure.rest.map((issue, index) => (
            <List.Item key={`${issue.path}-${index}`}>
              {translateIssue(t, issue, language)}
            </List.Item>
          ))}
        </List>
      ) : (
        errorMessage(failure.error)
      )}
    </Alert>
  );
}
