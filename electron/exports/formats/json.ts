import type { BuiltReport } from '../../reports/types';

/**
 * JSON: the typed figures the report was built from (`data`) and the document as shown, for
 * scripts and for other tools; pretty-printed UTF-8.
 */
export function renderJson(report: BuiltReport): Buffer {
  const { document, data } = report;
  const payload = {
    kind: document.kind,
    title: document.title,
    lang: document.lang,
    generatedAt: document.generatedAt,
    today: document.today,
    data,
    document,
  };
  return Buffer.from(`${JSON.stringify(payload, null, 2)}\n`, 'utf8');
}
