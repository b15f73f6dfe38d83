import { CloseButton, TextInput, type TextInputProps } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface SearchBoxProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  label: string;
  value: string;
  onChange: (text: string) => void;
}

/** The search box of every list: a magnifier, a clear button once typed in, Escape clears. */
export function SearchBox({ value, onChange, ...props }: SearchBoxProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      {...props}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onKeyDown={(event) => event.key === 'Escape' && value && onChange('')}
      leftSection={<IconSearch size={16} aria-hidden="true" />}
      rightSection={
        value ? (
          <CloseButton
            size="sm"
            aria-label={t('register.clearSearch')}
            onClick={() => onChange('')}
          />
        ) : null
      }
    />
  );
}
