// Keyboard input that behaves the same in all three browsers of web-test-runner.config.js.
// @web/test-runner-commands' sendKeys differs per launcher:
//  - Chromium/Firefox (puppeteer): `press` takes one key ('Tab', 'Enter'); 'Shift+Tab' throws
//    "Unknown key" — hold modifiers with { down } / { up } instead.
//  - WebKit (webdriver): only `press` and `type` exist ({ down } / { up } throw), and `type`
//    drops repeated characters ('hello' -> 'helo', webdriverio's keys() presses every key
//    down before releasing any) — type one character at a time instead. Characters outside
//    the BMP (emoji) cannot be sent at all ("more than one character").
//  - Firefox (WebDriver BiDi) does not know the key name 'Space'; ' ' works everywhere.
import { sendKeys } from '@web/test-runner-commands';

/** True in MiniBrowser (WebKitGTK, driven over WebDriver classic). */
const ua = navigator.userAgent;
export const isWebKit = ua.includes('AppleWebKit') && !ua.includes('Chrome') && !ua.includes('Firefox');

/** WebDriver code points of modifier keys (WebDriver spec, "keyboard actions"). */
const WD_MODIFIER = { Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D' } as const;
const WD_KEY: Record<string, string> = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Space: ' ' };

/** Presses one key: 'Tab', 'Enter', 'Escape', 'ArrowDown', 'Space' (or ' '), 'a', … */
export function press(key: string): Promise<void> {
  return sendKeys({ press: key === 'Space' ? ' ' : key });
}

/** Types text into the focused element, character by character where needed. */
export async function typeText(text: string): Promise<void> {
  if (!isWebKit) return sendKeys({ type: text });
  for (const ch of text) await sendKeys({ press: ch });
}

/** Presses `key` ('Tab', 'Enter', 'ArrowDown', 'a', …) while holding `modifier`, e.g. Shift+Tab. */
export async function pressWith(modifier: keyof typeof WD_MODIFIER, key: string): Promise<void> {
  if (isWebKit) return sendKeys({ type: WD_MODIFIER[modifier] + (WD_KEY[key] ?? key) });
  await sendKeys({ down: modifier });
  try {
    await press(key);
  } finally {
    await sendKeys({ up: modifier });
  }
}

/** Shift+Tab: focus the previous element. */
export const shiftTab = (): Promise<void> => pressWith('Shift', 'Tab');
