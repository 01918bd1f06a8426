import { describe, expect, it } from 'vitest'
import { createDoc } from '../../doc/index.ts'
import { tokens } from '../tokens/index.ts'
import { LEXICON, type TriggerEntry } from './lexicon.ts'
import { compileLexicon, findTriggers } from './match-triggers.ts'

// Sentences written for these tests.
const tokenize = (text: string) => tokens().run(createDoc('t', text)).annotations

function triggers(text: string, lexicon: readonly TriggerEntry[] = LEXICON) {
  const t = tokenize(text)
  return findTriggers(compileLexicon(lexicon), t, 0, t.length).map((m) => [
    text.slice(t[m.first]!.start, t[m.last]!.end),
    m.entry.type,
  ])
}

describe('trigger matching', () => {
  it('should match by lemma, whatever the inflection', () => {
    expect(triggers('The ministers rejected the plan.')).toEqual([['rejected', 'REJECT']])
    expect(triggers('The ministers reject the plan.')).toEqual([['reject', 'REJECT']])
    // An irregular participle the tagger leaves unlemmatised.
    expect(triggers('The militia have retaken the village.')).toEqual([['retaken the village', 'ASSAULT']])
  })

  it('should let a gap stand between a support verb and its noun', () => {
    expect(triggers('Both sides held two days of direct talks.')).toEqual([
      ['held two days of direct talks', 'CONSULT'],
    ])
  })

  it('should prefer the longer pattern: withdrawing peacekeepers is a sanction, withdrawing troops a retreat', () => {
    expect(triggers('The council withdrew its peacekeepers.')).toEqual([
      ['withdrew its peacekeepers', 'SANCTION'],
    ])
    expect(triggers('The army withdrew from the valley.')).toEqual([['withdrew', 'RETREAT']])
  })

  it('should read multi-word options ("break off ties")', () => {
    expect(triggers('The two capitals broke off diplomatic ties.')).toEqual([
      ['broke off diplomatic ties', 'SANCTION'],
    ])
  })

  it('should not take a noun for a one-word verb trigger, nor an attributive participle', () => {
    expect(triggers('The attack came at dawn.')).toEqual([])
    expect(triggers('Food reached the besieged town.')).toEqual([])
  })

  it('should skip a sense shown by the next words ("released a statement")', () => {
    expect(triggers('The ministry released a statement.')).toEqual([])
    expect(triggers('The militia released two hostages.')).toEqual([['released', 'RETREAT']])
    expect(triggers('The envoy must demonstrate its sincerity.')).toEqual([])
  })

  it('should reject an empty pattern with a clear error', () => {
    expect(() => compileLexicon([{ pattern: ' ', type: 'AGREE', cameo: '030' }])).toThrow(/pattern is empty/)
  })
})
