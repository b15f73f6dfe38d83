/** English sentences for refusals while an import is being saved (`errors.import.*`). */
export const importErrorsEn = {
  writing:
    'An import is being saved: this change was not made. Try again once the import has finished, or stop it.',
  writerStopped:
    'The import stopped unexpectedly while it was being saved: nothing was imported. Try again.',
  outOfMemory:
    'This file needs more memory than an import may take: nothing was imported. Split it into smaller files (for example one per decade) and import them one after the other.',
};
