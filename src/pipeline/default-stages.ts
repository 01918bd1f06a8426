import { actors } from '../annotate/actors/index.ts'
import { disconnects } from '../annotate/disconnects/index.ts'
import { events } from '../annotate/events/index.ts'
import { positions } from '../annotate/positions/index.ts'
import { proposals } from '../annotate/proposals/index.ts'
import { quotes } from '../annotate/quotes/index.ts'
import { sentences } from '../annotate/sentences/index.ts'
import { tokens } from '../annotate/tokens/index.ts'
import type { PipelineOptions } from './options.ts'
import type { Stage } from './stage.ts'

/** The full understanding pipeline, in dependency order. Built once per process; stages are pure. */
export function defaultStages(options: PipelineOptions = {}): Stage[] {
  return [
    tokens(),
    sentences(),
    actors(),
    quotes(options.attitudes ? { attitudes: options.attitudes } : {}),
    events(),
    proposals(),
    positions(),
    disconnects(),
  ] as Stage[]
}
