/** English sentences for the refusals of the data-safety engine (`errors.safety.*`). */
export const safetyErrorsEn = {
  archiveExists: 'A file already exists at {{file}}. Choose another name.',
  archiveInvalid: 'This archive cannot be imported: {{why}}.',
  archiveMissing: 'The archive file cannot be found.',
  archivePathNotAbsolute:
    'Give the full path of the archive file, for example /Users/you/accords-export.tar.gz.',
  busy: 'An archive is being opened in the data folder. Try again in a moment.',
  archiveSourceInvalid: 'The database cannot be archived: it did not pass its check.',
  backupDirNotAbsolute: 'Give the full path of the backup folder, not “{{dir}}”.',
  backupDirUnusable:
    'Backups cannot be written to {{dir}}. Check that the folder exists and can be written to.',
  backupInvalid: 'This backup cannot be restored: it is damaged or holds no Accords data.',
  backupUnverified: 'The backup copy did not pass its check ({{why}}); it was discarded.',
  currentUnreadable:
    'The current database cannot be read to back it up first, so nothing was changed.',
  fileExists: 'A file already exists at {{file}}.',
  folderInUse:
    'The data folder is open in another Accords window (process {{pid}}). Close it first.',
  restoreSelf: 'That file is the database itself, not a backup.',
  targetNotEmpty: 'The folder {{dir}} already holds Accords data. Choose an empty folder.',
  backupUnknown: 'This file is not one of the backups of this data folder.',
  cannotStartEmpty:
    'A database is still in place: restore a backup instead of starting with an empty register.',
  folderInUseDesktop:
    'The data folder is open in the Accords desktop app (process {{pid}}). Close it first.',
  folderInUsePreview:
    'The data folder is open in the Accords browser preview (process {{pid}}). Stop it first.',
  folderInUseCli:
    'An accords command is using the data folder (process {{pid}}). Wait for it to finish.',
};
