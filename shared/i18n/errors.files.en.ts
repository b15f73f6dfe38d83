/** English sentences for refusals about where files go (`errors.files.*`). */
export const filesErrorsEn = {
  handleUnknown: 'This choice of file has expired or was already used. Choose the file again.',
  pathNotChosen:
    'Choose the file or folder with the “Choose…” button: the desktop app does not take typed paths.',
  downloadsOnly:
    'The browser preview delivers exports as downloads; it does not write files elsewhere.',
  folderMissing: 'The folder {{dir}} does not exist. Create it first, then choose it.',
  notWrittenByAccords:
    'The file {{file}} was not written by Accords, so it is not replaced. Choose another name.',
};
