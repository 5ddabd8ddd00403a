import type { Browser } from 'playwright-core';

/** How to install a browser, for skip messages. */
export declare const INSTALL_HINT: string;
/** The browser's executable, or `null` when none is installed. */
export declare function chromiumPath(): string | null;
/** Headless Chromium, or `null` (with a warning) when none is installed outside CI. */
export declare function launchChromium(what: string): Promise<Browser | null>;
