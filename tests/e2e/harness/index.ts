/** The browser-test harness (see README.md). */
export { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser, type TestBrowser } from './browser';
export { currentPeel, startPeelUnderTest, type PeelUnderTest } from './peel-under-test';
export { checkAccessibility, login, printLoadTime, saveScreenshot, SCREENSHOT_DIR, type AccessibilityViolation, type LoadTiming } from './page-helpers';
export { apiAs, type ApiAs } from './api-as';
