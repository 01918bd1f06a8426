/**
 * The flags that tune the analysis, shared by every command that analyses (`analyze`, `ingest`,
 * `watch`); checked when parsed, before the pipeline loads.
 */
import type { Command } from 'commander'
import {
  ATTITUDE_MODES,
  type AttitudeMode,
  type PipelineOptions,
  parseAttitudes,
} from '../pipeline/options.ts'

export interface PipelineFlags {
  attitudes?: AttitudeMode
}

export function addPipelineFlags(command: Command): Command {
  return command.option(
    '--attitudes <mode>',
    `also report beliefs and intentions ("believes that", "wants to") as quotes marked attribution "attitude": ${ATTITUDE_MODES.join(' | ')} (default off)`,
    (value: string) => parseAttitudes(value),
  )
}

export function pipelineOptions(flags: PipelineFlags): PipelineOptions {
  return flags.attitudes && flags.attitudes !== 'off' ? { attitudes: flags.attitudes } : {}
}
