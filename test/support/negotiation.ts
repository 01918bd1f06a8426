/**
 * A small invented negotiation (fictional parties, written for the tests): three days of a port
 * dispute, with a mediator, a named plan that one party first rejects and then accepts, a
 * sticking point, quotes, an emoji and a `<script>` tag in the text.
 */
import type { Analysis } from '../../src/analysis/index.ts'
import { type ActorSpec, buildAnalysis } from './build-analysis.ts'

export const ACTORS: readonly ActorSpec[] = [
  { id: 'u', name: 'Tern Dockers Guild', kind: 'organization' },
  { id: 'p', name: 'Saltmarsh Port Board', kind: 'organization' },
  { id: 'm', name: 'Odile Brask', kind: 'person' },
  { id: 'r', name: 'Pell Verrin', kind: 'person', affiliation: 'u' },
]

const proposals = [{ id: 'plan', name: 'Lantern Plan', sponsor: 'm' }]

export function negotiationArticles(): Analysis[] {
  return [
    buildAnalysis({
      id: 'day1',
      title: 'Dockers reject Lantern Plan 🚢',
      published: '2031-03-02',
      publisher: 'Gull Times',
      url: 'https://example.test/day1',
      actors: ACTORS,
      proposals,
      sentences: [
        {
          text: 'The [[u|Tern Dockers Guild]] demanded a 9 percent raise from the [[p|Saltmarsh Port Board]] on Monday.',
          position: { kind: 'demand', holder: 'u', addressee: 'p', content: '9 percent raise' },
          event: { type: 'REQUEST', source: 'u', target: 'p' },
        },
        {
          text: 'The guild rejected the Lantern Plan put forward by mediator [[m|Odile Brask]].',
          position: {
            kind: 'stance',
            holder: 'u',
            content: 'Lantern Plan',
            proposal: 'plan',
            stance: 'reject',
          },
          event: { type: 'REJECT', source: 'u', target: 'm' },
        },
        {
          text: '“We will not sign a plan that ignores the night shifts,” said [[r|Pell Verrin]], the guild’s spokesman.',
          quote: { speaker: 'r' },
        },
        {
          text: 'Crane automation remains the sticking point between the [[u|guild]] and the [[p|board]].',
          disconnect: { parties: ['u', 'p'], issue: 'crane automation' },
        },
      ],
    }),
    buildAnalysis({
      id: 'day2',
      title: 'Board offers talks <script>alert(1)</script>',
      published: '2031-03-03',
      publisher: 'Harbour Ledger',
      actors: ACTORS,
      proposals,
      sentences: [
        {
          text: 'The [[p|Saltmarsh Port Board]] offered to freeze crane automation for two years. <script>alert("x")</script>',
          position: { kind: 'offer', holder: 'p', addressee: 'u', content: 'two-year automation freeze' },
          event: { type: 'CONCEDE', source: 'p', target: 'u' },
        },
        {
          text: '[[m|Odile Brask]] met both sides in Saltmarsh on Tuesday.',
          event: { type: 'CONSULT', source: 'm' },
        },
      ],
    }),
    buildAnalysis({
      id: 'day3',
      title: 'Guild accepts Lantern Plan',
      published: '2031-03-05',
      publisher: 'Gull Times',
      actors: ACTORS,
      proposals,
      sentences: [
        {
          text: 'The [[u|Tern Dockers Guild]] accepted the Lantern Plan on condition that night shifts are paid double.',
          position: {
            kind: 'stance',
            holder: 'u',
            content: 'Lantern Plan',
            proposal: 'plan',
            stance: 'conditional',
            precondition: true,
          },
          event: { type: 'AGREE', source: 'u', target: 'm' },
        },
        {
          text: '“This is a plan we can live with,” [[r|Pell Verrin]] said.',
          quote: { speaker: 'r' },
        },
      ],
    }),
  ]
}
