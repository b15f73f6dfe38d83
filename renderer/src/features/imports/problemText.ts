import type { TFunction } from 'i18next';
import type { ImportProblemView } from '../../../../shared/schemas/imports';

/** "Row 4, Signature date": where a problem is, by the column's name in the file or its field. */
export function problemPlace(t: TFunction, problem: ImportProblemView): string {
  const column = problem.columnName || (problem.field ? t(`import.fields.${problem.field}`) : '');
  return column
    ? t('importScreen.preview.at', { row: problem.row, column })
    : t('importScreen.report.row', { row: problem.row });
}

/** A problem's sentence in the interface's language, from its i18n key and params. */
export function problemMessage(t: TFunction, problem: ImportProblemView): string {
  return t(problem.code, { ...problem.params, defaultValue: t('import.problems.invalid') });
}
