import type { reportDocsEn } from './reportDocs.en';

/** reportDocs strings (French): exactly the English keys. */
export const reportDocsFr: typeof reportDocsEn = {
  placeholder: 'placeholder',
};
