// The type of chromium.mjs for packages that type-check the testkit without allowJs.
/** playwright-core's `chromium.launch()` options; throws, saying what to do, without a Chromium. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] };
