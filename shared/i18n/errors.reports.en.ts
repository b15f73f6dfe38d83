/** Error sentences for reports and exports. */
export const reportsErrorsEn = {
  yearOrRange: 'Give a year or a range of dates, not both.',
  rangeOrder: 'The end of the period cannot be before its start.',
  pathNotAbsolute: 'Give the full path of the file, e.g. C:\\Users\\me\\report.pdf or /home/me/report.pdf.',
  fileExists: 'A file already exists at {{file}}: choose another name or allow replacing it.',
  folderMissing: 'The folder {{folder}} does not exist.',
  jobNotFound: 'This export is no longer available. Start it again.',
  jobNotFinished: 'This export has not finished yet.',
  cancelled: 'The export was cancelled: no file was written.',
  formatNotAvailable: 'This report cannot be written as {{format}}.',
  pathIsFolder: '{{file}} is a folder: give the name of the file to write.',
  tooManyJobs: 'Several exports are already running: wait for one to finish.',
  noCalendarEvents: 'This report has nothing dated (action, follow-up or anniversary) to put in a calendar.',
};
