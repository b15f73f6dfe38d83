/** reportDocs strings (English). */
export const reportDocsEn = {
  placeholder: 'placeholder',
};
