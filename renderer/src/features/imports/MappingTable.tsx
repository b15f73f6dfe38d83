import { Badge, Group, Select, Table, Text } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportMapping } from '../../../../shared/import/mapping';
import type { ImportColumn } from '../../../../shared/schemas/imports';
import classes from './Import.module.css';
import {
  choiceValue,
  suggestedValue,
  targetFields,
  withChoice,
  type ChoiceValue,
} from './mappingEdit';

interface Props {
  columns: ImportColumn[];
  mapping: ImportMapping;
  /** What main suggested from the headers: its choices are marked "Suggested". */
  suggested: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
}

/** One row per column of the file: its header, a few of its values, and the field it fills. */
export function MappingTable({ columns, mapping, suggested, onChange }: Props) {
  const { t } = useTranslation();
  const fields = targetFields(mapping);
  const data = [
    {
      group: t('importScreen.mapping.fieldsGroup'),
      items: fields.map(({ field, required }) => ({
        value: `field:${field}`,
        label: `${t(`import.fields.${field}`)}${required ? ' *' : ''}`,
      })),
    },
    {
      group: t('importScreen.mapping.otherGroup'),
      items: [
        { value: 'notes', label: t('importScreen.mapping.notes') },
        { value: 'ignore', label: t('importScreen.mapping.ignore') },
      ],
    },
  ];
  return (
    <div className={classes.tableScroll}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="xs"
        aria-label={t('importScreen.mapping.tableLabel')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('importScreen.mapping.column')}</Table.Th>
            <Table.Th scope="col">{t('importScreen.mapping.samples')}</Table.Th>
            <Table.Th scope="col">{t('importScreen.mapping.field')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map((column) => {
            const choice = mapping.columns[column.index];
            if (!choice) return null;
            const value = choiceValue(choice);
            const header = column.header || t('importScreen.mapping.noHeader');
            const isSuggested = value === suggestedValue(suggested, column.index);
            return (
              <Table.Tr key={column.index}>
                <Table.Th scope="row" fw={600}>
                  {header}
                </Table.Th>
                <Table.Td>
                  <Text
                    fz="sm"
                    c="dimmed"
                    className={classes.samples}
                    title={column.samples.join(' · ')}
                  >
                    {column.samples.join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Select
                      aria-label={t('importScreen.mapping.fieldFor', { header })}
                      data={data}
                      value={value}
                      allowDeselect={false}
                      maxDropdownHeight={320}
                      onChange={(next) =>
                        next && onChange(withChoice(mapping, column.index, next as ChoiceValue))
                      }
                      w="16rem"
                    />
                    {isSuggested && (
                      <Badge
                        variant="light"
                        color="indigo"
                        leftSection={<IconSparkles size={12} aria-hidden="true" />}
                        title={t('importScreen.mapping.suggestedTitle')}
                      >
                        {t('importScreen.mapping.suggested')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
