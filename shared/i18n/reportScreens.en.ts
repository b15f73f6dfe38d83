/** reportScreens strings (English). */
export const reportScreensEn = {
  placeholder: 'placeholder',
};
