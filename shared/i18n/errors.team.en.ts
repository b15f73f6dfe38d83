/** English sentences for the refusals of team sharing (`errors.team.*`). */
export const teamErrorsEn = {
  unreachable: 'The team server {{server}} cannot be reached: {{reason}}',
  authFailed: 'The team server {{server}} refused the user name or password.',
  notInitialised: 'The team server has no Accords data yet. Ask IT to run “accords team init” once.',
  serverNewer: 'The team server was set up by a newer version of Accords. Update Accords to share with this team.',
  notJoined: 'This desktop has not joined a team.',
  notEmpty: 'The team already has a register. Join by downloading it (a backup of this desktop is taken first).',
  clockAhead: 'This computer’s clock is {{minutes}} minutes ahead of the server’s. Set the date and time right, then sync again.',
  badClock: 'A change carries a clock stamp that cannot be read.',
  syncFailed: 'The sync did not finish; nothing was lost and it will be tried again.',
  urlRequired: 'Give the server’s address.',
  urlInvalid: 'The address must start with postgres:// or postgresql://.',
  nameRequired: 'Give your name, as your colleagues will see it.',
  passwordFileMissing: 'The password file {{file}} cannot be read.',
  passwordFileOpen: 'The password file {{file}} can be read by other users; make it readable by you only (chmod 600).',
};
