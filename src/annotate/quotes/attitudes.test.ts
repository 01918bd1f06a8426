import { describe, expect, it } from 'vitest'
import { analyse as analyseWith } from './test-analyse.ts'

// Beliefs are off by default; these tests ask for the precise set.
const analyse = (text: string, options: Parameters<typeof analyseWith>[1] = {}) =>
  analyseWith(text, { attitudes: 'precise', ...options })

describe('attitudes: beliefs, intentions and evaluations', () => {
  it('should report a belief with a that-clause, its cue and its holder', () => {
    const [q, ...rest] = analyse('The union believes that the firm can pay more.')
    expect(rest).toEqual([])
    expect(q).toMatchObject({
      type: 'indirect',
      content: ['that the firm can pay more'],
      cue: 'believes',
      speakerText: 'The union',
    })
  })

  it('should report a bare clause after a verb of hope', () => {
    const [q] = analyse('The workers hope the plant will reopen in the spring.')
    expect(q?.content).toEqual(['the plant will reopen in the spring'])
  })

  it('should report the object of a verb of judgement, up to the end of its phrase', () => {
    const [q] = analyse('The mayor condemned the closure of the plant, which employs 300 people.')
    expect(q).toMatchObject({
      content: ['the closure of the plant'],
      cue: 'condemned',
      speakerText: 'The mayor',
    })
  })

  it('should report a to-infinitive after "agreed"', () => {
    const [q] = analyse('The drivers agreed to return to work on Monday.')
    expect(q?.content).toEqual(['to return to work on Monday'])
  })

  it('should report a phrase after a particle ("worried about")', () => {
    const [q] = analyse('Several parents worried about the cost of the new buses.')
    expect(q).toMatchObject({ content: ['the cost of the new buses'], cue: 'worried about' })
  })

  it('should not report a belief inside a quotation', () => {
    const found = analyse('“We believe that the firm can pay more,” Ruiz said.')
    expect(found).toHaveLength(1)
    expect(found[0]?.cue).toBe('said')
  })

  it('should not report a belief inside the content of a speech attribution', () => {
    const found = analyse('Ruiz said the union believes that the firm can pay more.')
    expect(found.map((q) => q.cue)).toEqual(['said'])
  })

  it('should not report a belief inside the content of another belief', () => {
    const found = analyse('The drivers believe that the owners know that the depot is losing money.')
    expect(found.map((q) => q.cue)).toEqual(['believe'])
  })

  it('should not report an attitude whose subject is a relative pronoun', () => {
    expect(analyse('The driver, who condemned the closure of the depot, left early.')).toEqual([])
    expect(analyse('The driver condemned the closure of the depot.')).toHaveLength(1)
  })

  it('should not report attitudes in a question', () => {
    expect(analyse('Do you condemn the closure of the plant?')).toEqual([])
  })

  it('should leave the verbs that are attributions only half of the time to the broad lexicon', () => {
    const text = 'The new budget is expected to pass easily.'
    expect(analyse(text)).toEqual([])
    const [q] = analyse(text, { attitudes: 'broad' })
    expect(q).toMatchObject({ content: ['The new budget is expected to pass easily'], speakerText: null })
  })

  it('should end a raised clause at its first comma and start it at a relative pronoun (broad lexicon)', () => {
    const [q] = analyse('The council is expected to pass the budget, ending a long dispute.', {
      attitudes: 'broad',
    })
    expect(q?.content).toEqual(['The council is expected to pass the budget'])
    const [r] = analyse('The drivers, who are expected to strike on Monday, met the owners.', {
      attitudes: 'broad',
    })
    expect(r?.content).toEqual(['who are expected to strike on Monday'])
  })

  it('should read "it seems" as the writer\u2019s hedge before the clause (broad lexicon)', () => {
    const [q] = analyse('It seems the drivers have won the argument.', { attitudes: 'broad' })
    expect(q?.content).toEqual(['the drivers have won the argument'])
  })

  it('should not read "appeared on" as an attitude (broad lexicon)', () => {
    expect(analyse('The mayor appeared on the evening news.', { attitudes: 'broad' })).toEqual([])
  })
})

describe('name-colon lines (broad lexicon)', () => {
  it('should attribute a line opened by a name and a colon to that name, to the end of the paragraph', () => {
    const text = 'RUIZ: We are not moving. The depot stays open.\n\nThe talks resume today.'
    const [q, ...rest] = analyse(text, { attitudes: 'broad' })
    expect(rest).toEqual([])
    expect(q).toMatchObject({
      content: ['We are not moving. The depot stays open'],
      speakerText: 'RUIZ',
      cue: ':',
    })
    expect(analyse(text)).toEqual([])
  })

  it('should not read a question, a heading or a list of names as a statement', () => {
    expect(analyse('Q: Are you moving the depot?', { attitudes: 'broad' })).toEqual([])
    expect(analyse('Haddad: Now or never.', { attitudes: 'broad' })).toEqual([])
    expect(analyse('Ohio: Ann Ruiz, Omar Haddad, Li Wei, Sara Cole.', { attitudes: 'broad' })).toEqual([])
  })
})

describe('nested attributions', () => {
  it('should drop an attribution reported inside another one', () => {
    const found = analyse('Ruiz said that Haddad told him the talks were over.')
    expect(found.map((q) => q.cue)).toEqual(['said'])
  })

  it('should keep an attribution in a relative clause inside another content', () => {
    const found = analyse('Haddad said the offer, which Ruiz said would cost jobs, was fair.')
    expect(found.map((q) => q.speakerText)).toEqual(['Haddad', 'Ruiz'])
  })
})

describe('attitudes: where the content stops', () => {
  it('should end an infinitive content before an adverbial clause', () => {
    const [q] = analyse('The drivers agreed to return to work because the owners raised their pay.')
    expect(q?.content).toEqual(['to return to work'])
  })

  it('should end an object content before "even as"', () => {
    const [q] = analyse('The mayor condemned the closure even as she shook hands with the new owners.')
    expect(q?.content).toEqual(['the closure'])
  })

  it('should keep "as" inside an object content when it is not a conjunction', () => {
    const [q] = analyse('The mayor condemned the closure as a betrayal of the town.')
    expect(q?.content).toEqual(['the closure as a betrayal of the town'])
  })

  it('should end the content of an attitude in a fronted clause at its comma', () => {
    const [q] = analyse('When the drivers realized that the depot would close, the union held a meeting.')
    expect(q).toMatchObject({ cue: 'realized', content: ['that the depot would close'] })
  })

  it('should end a clause content before a side clause set off by a comma', () => {
    const [q] = analyse('The workers hope the plant will reopen in Leeds, where most of them live.')
    expect(q?.content).toEqual(['the plant will reopen in Leeds'])
  })

  it('should drop a content cut short by a speech attribution inside it', () => {
    const found = analyse('The drivers know that although Ruiz promised a raise, nothing has changed.')
    expect(found.map((q) => q.cue)).not.toContain('know')
  })
})

describe('attitudes: nouns of attitude after "expressed"', () => {
  it('should take the that-clause of the noun as the content, the noun into the cue', () => {
    const [q] = analyse('The union expressed concern that the depot would close.')
    expect(q).toMatchObject({ cue: 'expressed concern', content: ['that the depot would close'] })
  })

  it('should take the object of the noun after its preposition', () => {
    const [q] = analyse('The drivers expressed frustration with the new rota.')
    expect(q).toMatchObject({ cue: 'expressed frustration with', content: ['the new rota'] })
  })

  it('should keep an object whose noun has no complement whole', () => {
    const [q] = analyse('The mayor expressed deep sympathy on Monday.')
    expect(q?.content).toEqual(['deep sympathy on Monday'])
  })
})

describe('attitudes: lists and small clauses in objects', () => {
  it('should keep a list of nouns whole in an object content', () => {
    const [q] = analyse('The mayor condemned the closures, the layoffs and the new fees.')
    expect(q?.content).toEqual(['the closures, the layoffs and the new fees'])
  })

  it('should still end an object content at a comma before a clause', () => {
    const [q] = analyse('The mayor condemned the closures, and he left the hall.')
    expect(q?.content).toEqual(['the closures'])
  })

  it('should run a small clause (a noun and a participle) to the end of its clause', () => {
    const [q] = analyse('The survey showed the mayor leading the race, with the rest far behind.', {
      attitudes: 'broad',
    })
    expect(q).toMatchObject({
      cue: 'showed',
      content: ['the mayor leading the race, with the rest far behind'],
    })
  })
})
