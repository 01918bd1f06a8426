/**
 * What a user may tune in the default pipeline (`createAnalyzer`, the CLI's flags). Kept free of
 * the stages so the CLI can validate flags without loading the language model.
 */
import type { QuotesOptions } from '../annotate/quotes/index.ts'
import { ParleyError } from '../errors.ts'

export interface PipelineOptions {
  /**
   * Beliefs, intentions and evaluations reported as quotes marked `attribution: 'attitude'`
   * ('precise' or 'broad'); 'off' (the default) reports speech only. See docs/quotes.md, Options.
   */
  readonly attitudes?: QuotesOptions['attitudes']
}

export const ATTITUDE_MODES = ['off', 'precise', 'broad'] as const

export type AttitudeMode = (typeof ATTITUDE_MODES)[number]

/** Checks a user-given attitudes mode (a flag, a query); `where` names it in the error. */
export function parseAttitudes(value: string, where = '--attitudes'): AttitudeMode {
  const mode = ATTITUDE_MODES.find((m) => m === value)
  if (!mode) {
    throw new ParleyError(
      'bad-request',
      `${where} ${JSON.stringify(value)}: expected one of ${ATTITUDE_MODES.join(', ')}`,
    )
  }
  return mode
}
