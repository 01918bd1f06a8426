import { describe, expect, it } from 'vitest'
import { analyse } from './test-analyse.ts'

describe('quotes: direct quotes', () => {
  it('should attribute a quote to the speaker after it', () => {
    const [q] = analyse('“We will not sign this deal,” the envoy said.')
    expect(q).toMatchObject({
      type: 'direct',
      content: ['“We will not sign this deal,”'],
      cue: 'said',
      speakerText: 'the envoy',
    })
  })

  it('should attribute a quote introduced by a colon', () => {
    const [q] = analyse('Ruiz said: “The strike is over.”')
    expect(q).toMatchObject({ type: 'direct', content: ['“The strike is over.”'], speakerText: 'Ruiz' })
  })

  it('should take an inverted speaker with the apposition', () => {
    const [q] = analyse('“We are ready,” said Omar Haddad, the spokesman for the union.')
    expect(q?.speakerText).toBe('Omar Haddad, the spokesman for the union')
  })

  it('should merge a quote split by its attribution into one quote with two spans', () => {
    const shown = analyse('“We are ready,” Haddad said, “but not at any price.”')
    expect(shown).toHaveLength(1)
    expect(shown[0]?.content).toEqual(['“We are ready,”', '“but not at any price.”'])
  })

  it('should not continue the previous speaker into a quote that a clause of its own introduces', () => {
    const text =
      '“The mine will reopen in spring,” said Lena Ortiz, an engineer.\n\nPaul Weber, a geologist at the survey, disagreed: “The shafts are flooded and the pumps have been sold.”'
    const shown = analyse(text)
    expect(shown).toHaveLength(2)
    expect(shown[0]?.content).toEqual(['“The mine will reopen in spring,”'])
    expect(shown[1]).toMatchObject({
      content: ['“The shafts are flooded and the pumps have been sold.”'],
      speakerText: 'Paul Weber',
    })
  })

  it('should continue the attribution into the quoted sentences and paragraphs that follow', () => {
    const text =
      '“We are ready,” Haddad said. “We have waited long enough.\n\n“The members will decide on Monday.”\n\nThe firm declined to comment.'
    // "declined to comment" is an attribution of its own (see attitudes.test.ts), not a continuation.
    const shown = analyse(text, { attitudes: 'off' })
    expect(shown).toHaveLength(1)
    expect(shown[0]?.content).toEqual([
      '“We are ready,”',
      '“We have waited long enough.',
      '“The members will decide on Monday.”',
    ])
  })

  it('should take the quote after a colon that ends the attribution words', () => {
    const [q] = analyse('She told the radio station in an interview taped on Monday: “We are not moving.”')
    expect(q).toMatchObject({ content: ['“We are not moving.”'], speakerText: 'She', cue: 'told' })
  })

  it('should not report a scare quote inside narration as a quote', () => {
    expect(analyse('The so-called “peace dividend” never came.')).toEqual([])
  })
})

describe('quotes: indirect and mixed quotes', () => {
  it('should take the clause after "said that" as the content', () => {
    const [q] = analyse('The prime minister said that the offer was not serious.')
    expect(q).toMatchObject({
      type: 'indirect',
      content: ['that the offer was not serious'],
      speakerText: 'The prime minister',
    })
  })

  it('should skip the listener and the time of "told reporters on Tuesday that"', () => {
    const [q] = analyse('Ruiz told reporters on Tuesday that the talks had failed.')
    expect(q).toMatchObject({ content: ['that the talks had failed'], cue: 'told', speakerText: 'Ruiz' })
  })

  it('should take the stated-view noun into the cue: "reaffirmed his position that"', () => {
    const [q] = analyse('The minister reaffirmed his position that no deal would be signed.')
    expect(q).toMatchObject({ cue: 'reaffirmed his position', content: ['that no deal would be signed'] })
  })

  it('should read "according to" before and after its content', () => {
    const first = analyse('The talks collapsed on Monday, according to two officials.')[0]
    expect(first).toMatchObject({ content: ['The talks collapsed on Monday'], speakerText: 'two officials' })
    const second = analyse('According to the union, the offer was too low.')[0]
    expect(second).toMatchObject({ content: ['the offer was too low'], speakerText: 'the union' })
  })

  it('should keep both parts around a parenthetical "according to"', () => {
    const [q] = analyse('At the heart of the dispute, according to two aides, was a quarrel over pensions.')
    expect(q?.content).toEqual(['At the heart of the dispute', 'was a quarrel over pensions'])
  })

  it('should leave a dateline out of the content', () => {
    const [q] = analyse('LIMA (Reuters) — The strike is over, according to the union.')
    expect(q?.content).toEqual(['The strike is over'])
  })

  it('should end the content before a coordinated attribution and give it the same speaker', () => {
    const shown = analyse('The mayor said the strike was over, adding that buses would run on Friday.')
    expect(shown.map((q) => q.content[0])).toEqual(['the strike was over', 'that buses would run on Friday'])
    expect(shown.map((q) => q.speakerText)).toEqual(['The mayor', 'The mayor'])
  })

  it('should not take an adverbial clause after the cue for the content', () => {
    expect(analyse('Ruiz said as she left the hall.')).toEqual([])
  })

  it('should not take the subject of the content for an inverted speaker', () => {
    const [q] = analyse('Omar Haddad, a union leader who has led the strike, said he was tired.')
    expect(q).toMatchObject({
      content: ['he was tired'],
      speakerText: 'Omar Haddad, a union leader who has led the strike',
    })
  })

  it('should give a cue in a second predicate the subject of the first', () => {
    const [q] = analyse('In an interview, the mayor left the meeting early and said the strike had to end.')
    expect(q).toMatchObject({ content: ['the strike had to end'], speakerText: 'the mayor' })
  })

  it('should step over a parenthetical adverb to the speaker', () => {
    const [q] = analyse('The nurses, however, said the offer was too low.')
    expect(q?.speakerText).toBe('The nurses')
  })

  it('should attribute a postposed indirect quote', () => {
    const [q] = analyse('The deal is dead, officials said on Thursday.')
    expect(q).toMatchObject({ type: 'indirect', content: ['The deal is dead'], speakerText: 'officials' })
  })

  it('should call a quote mixed when marks cover part of the content', () => {
    const [q] = analyse('Ruiz said the offer was “an insult to every worker” and had to go.')
    expect(q?.type).toBe('mixed')
  })

  it('should report beliefs only when attitudes are asked for', () => {
    const text = 'The union believes that the firm can pay more.'
    expect(analyse(text, { attitudes: 'off' })).toEqual([])
    expect(analyse(text)).toEqual([])
    expect(analyse(text, { attitudes: 'precise' })[0]?.content).toEqual(['that the firm can pay more'])
  })

  it('should not read a participle used as an adjective as a cue', () => {
    expect(analyse('The pledged delegates met in Denver.')).toEqual([])
  })

  it('should not read a noun after a determiner or possessive as a cue', () => {
    expect(analyse('His repeated calls went unanswered, and the calls stopped.')).toEqual([])
  })

  it('should take "continued" as a cue only around a quotation', () => {
    expect(analyse('The strike continued for a week.')).toEqual([])
    expect(analyse('Ruiz continued: “We will not give in.”')[0]?.speakerText).toBe('Ruiz')
  })
})

describe('quotes: speaker actor and date', () => {
  it('should link the speaker mention to the actor it overlaps', () => {
    const [q] = analyse('“No,” said Omar Haddad.', {}, { 'omar-haddad': ['Omar Haddad'] })
    expect(q?.speaker).toBe('omar-haddad')
  })

  it('should leave the speaker null when no actor overlaps the mention', () => {
    const [q] = analyse('“No,” the envoy said.', {}, { 'omar-haddad': ['Omar Haddad'] })
    expect(q).toMatchObject({ speaker: null, speakerText: 'the envoy' })
  })

  it('should resolve the day the attribution names against the publication date', () => {
    // 2024-05-10 is a Friday; "Tuesday" in a past-tense report is 2024-05-07.
    expect(analyse('Ruiz said Tuesday that the strike was over.')[0]?.date).toBe('2024-05-07')
    expect(analyse('Ruiz on Wednesday said the strike was over.')[0]?.date).toBe('2024-05-08')
  })

  it('should not take a date inside the content for the date of the attribution', () => {
    expect(analyse('Ruiz said the strike would end on Tuesday.')[0]?.date).toBeNull()
  })
})
