/**
 * Starts Debian's Chromium through playwright-core for the browser tests and the screenshots.
 * Fails with a clear message when Chromium is missing: `.ci/run` installs it (apt-get install chromium).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

export const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium'

export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The browser tests need Debian's chromium package: ` +
        'run `apt-get update && apt-get install -y chromium` (.ci/run does this), or set PARLEY_CHROMIUM.',
    )
  }
  // A fresh profile per run: no state leaks between runs.
  const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
