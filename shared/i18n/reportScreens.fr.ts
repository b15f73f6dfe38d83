import type { reportScreensEn } from './reportScreens.en';

/** reportScreens strings (French): exactly the English keys. */
export const reportScreensFr: typeof reportScreensEn = {
  placeholder: 'placeholder',
};
