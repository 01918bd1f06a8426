import { describe, expect, it } from 'vitest'
import { createDoc, layer, type Token } from '../../doc/index.ts'
import { runPipeline, type Stage } from '../../pipeline/index.ts'
import { sentences } from '../sentences/index.ts'
import { tokens } from '../tokens/index.ts'
import { subjectAfter, subjectBefore } from './phrases.ts'

function tokenize(text: string): readonly Token[] {
  return layer(runPipeline(createDoc('p', text), [tokens(), sentences()] as Stage[]), 'tokens')
}

function speakerBefore(text: string, cue: string): string | null {
  const toks = tokenize(text)
  const i = toks.findIndex((t) => text.slice(t.start, t.end) === cue)
  const range = subjectBefore(toks, i, 0)
  return range ? text.slice(toks[range.first]!.start, toks[range.end - 1]!.end) : null
}

function speakerAfter(text: string, cue: string): string | null {
  const toks = tokenize(text)
  const i = toks.findIndex((t) => text.slice(t.start, t.end) === cue)
  const range = subjectAfter(toks, i + 1, toks.length)
  return range ? text.slice(toks[range.first]!.start, toks[range.end - 1]!.end) : null
}

describe('subjectBefore', () => {
  it('should take a titled name with its modifiers', () => {
    expect(speakerBefore('The Israeli prime minister said the talks would go on.', 'said')).toBe(
      'The Israeli prime minister',
    )
  })

  it('should step over auxiliaries, adverbs and a weekday', () => {
    expect(speakerBefore('Ortiz has also on Tuesday said no.', 'said')).toBe('Ortiz')
  })

  it('should keep an apposition between commas with the speaker', () => {
    expect(speakerBefore('Peter Ruiz, the mayor of Lima, said the strike was over.', 'said')).toBe(
      'Peter Ruiz, the mayor of Lima',
    )
  })

  it('should skip a relative clause to reach the speaker', () => {
    expect(speakerBefore('Ruiz, who leads the talks, said the strike was over.', 'said')).toBe('Ruiz')
  })

  it('should reach a name before a long apposition with commas of its own', () => {
    expect(
      speakerBefore('Ann Ruiz, minister for health, labour and migration, said the plan works.', 'said'),
    ).toBe('Ann Ruiz, minister for health, labour and migration')
  })

  it('should keep a party label in parentheses', () => {
    expect(speakerBefore('Sen. Ann Ruiz (D-Calif.) said she would vote no.', 'said')).toBe(
      'Sen. Ann Ruiz (D-Calif.)',
    )
  })

  it('should take a subject pronoun alone', () => {
    expect(speakerBefore('Then she said it was over.', 'said')).toBe('she')
  })
})

describe('subjectAfter', () => {
  it('should take an inverted subject with its apposition', () => {
    expect(speakerAfter('“No,” said Omar Haddad, a spokesman for the union.', 'said')).toBe(
      'Omar Haddad, a spokesman for the union',
    )
  })
})
