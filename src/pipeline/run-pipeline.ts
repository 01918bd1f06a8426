import { type Doc, type LayerName, withLayer, withMessages } from '../doc/index.ts'
import { ParleyError } from '../errors.ts'
import type { Stage } from './stage.ts'

/** Throws `pipeline-order` when a stage needs a layer that neither the doc nor an earlier stage gives. */
export function checkOrder(stages: readonly Stage[], present: readonly LayerName[] = []): void {
  const available = new Set<LayerName>(present)
  for (const stage of stages) {
    for (const needed of stage.requires) {
      if (!available.has(needed)) {
        throw new ParleyError(
          'pipeline-order',
          `Stage \`${stage.name}\` requires layer \`${needed}\`, which no earlier stage produces; put a \`${needed}\` stage before it`,
        )
      }
    }
    available.add(stage.name)
  }
}

/** Observes each stage's time, e.g. for the benchmark. */
export type StageTimer = (stage: string, milliseconds: number) => void

/** Runs the stages in order and returns the annotated Doc. */
export function runPipeline(doc: Doc, stages: readonly Stage[], timer?: StageTimer): Doc {
  checkOrder(stages, Object.keys(doc.layers) as LayerName[])
  let current = doc
  for (const stage of stages) {
    const started = timer ? performance.now() : 0
    const output = stage.run(current)
    current = withMessages(withLayer(current, stage.name, output.annotations), output.messages ?? [])
    if (timer) timer(stage.name, performance.now() - started)
  }
  return current
}
