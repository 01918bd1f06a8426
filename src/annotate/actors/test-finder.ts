/** Test helper: an actor finder over the fixture KB plus written entries, and a `find` over a sentence. */
import { type Actor, createDoc, withLayer } from '../../doc/index.ts'
import { type KbSource, loadKb } from '../../kb/index.ts'
import { tokens } from '../tokens/index.ts'
import { createActorFinder } from './actors.ts'

/** A state entry for a test KB. */
export function stateEntry(code: string, name: string, demonyms: string[], capitals: string[] = []) {
  return {
    id: code.toLowerCase(),
    name,
    kind: 'state',
    country: code,
    sector: 'GOV',
    aliases: [],
    demonyms,
    capitals,
    affiliation: null,
  }
}

export interface Found {
  readonly actors: Actor[]
  said(a: Actor): string[]
}

/** The fixture KB (`test/fixtures/kb`) plus `sources`; `find` annotates a sentence dated 2024-03-01. */
export function createTestFinder(sources: readonly KbSource[]): (text: string) => Found {
  const kb = loadKb({
    shipped: false,
    env: false,
    folders: [new URL('../../../test/fixtures/kb/', import.meta.url).pathname],
    sources,
  })
  const finder = createActorFinder({ knowledgeBase: kb, today: '2024-01-01' })
  const tokenizer = tokens()
  return (text) => {
    const base = createDoc('t', text, { published: '2024-03-01' })
    const doc = withLayer(base, 'tokens', tokenizer.run(base).annotations)
    const actors = finder.find(doc)
    return { actors, said: (a) => a.mentions.map((m) => text.slice(m.start, m.end)) }
  }
}
