import pkg from '../../package.json' with { type: 'json' };

/** The version of Accords, from package.json. */
export const APP_VERSION: string = pkg.version;
