/** Debian's Chromium, launched as this machine's closed network requires. */
export const chromiumLaunchOptions = {
  executablePath: process.env.ACCORDS_CHROMIUM ?? '/usr/lib/chromium/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
