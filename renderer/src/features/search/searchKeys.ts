/** Query keys of the search palette: one entry per text typed. */
export const searchKeys = {
  all: ['search'] as const,
  query: (text: string) => [...searchKeys.all, text] as const,
};
