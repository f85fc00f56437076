/** Debian's Chromium, headless, with the flags this machine (and CI) needs: TOOLING.md. */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../scripts/loopback.mjs';

export { CHROMIUM_ARGS };

export const launchChromium = () =>
  chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
