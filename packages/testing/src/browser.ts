import { onPath } from './private-binaries';
import { gate } from './servers';

/** Debian's Chromium, which CI installs (`apt-get install chromium`); playwright-core drives it. */
export const chromiumPath = onPath('chromium');

/** `describe` when Chromium is installed; otherwise skipped, or a failure under WIRELOG_REQUIRE_SERVERS=1. */
export const describeWithChromium = gate(() => (chromiumPath ? undefined : 'chromium not found on PATH (apt-get install chromium)'), 'a browser');
