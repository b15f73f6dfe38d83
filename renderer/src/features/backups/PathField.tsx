import { TextInput } from '@mantine/core';

interface Props {
  label: string;
  description: string;
  value: string;
  error: string | null;
  disabled: boolean;
  /** The new text; the caller clears its error. */
  onChange: (value: string) => void;
}

/** A full path typed in the browser preview (the desktop app chooses files in its dialogs). */
export function PathField({ label, description, value, error, disabled, onChange }: Props) {
  return (
    <TextInput
      label={label}
      description={description}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      maxLength={4096}
      spellCheck={false}
      disabled={disabled}
    />
  );
}
