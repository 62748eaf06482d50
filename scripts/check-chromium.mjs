// Fails fast, with the fix, when no Chromium is available for the browser tests.
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `Chromium not found at ${path}.\n` +
      'Install it (Debian/Ubuntu): sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROME_PATH at a Chrome or Chromium binary.',
  );
  process.exit(1);
}
