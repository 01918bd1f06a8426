/**
 * `parley stories [ID]`: the stories in a store, or one story's parties and their current
 * positions (`--since DATE` adds what changed; `--json` prints the story view).
 */
import type { Command } from 'commander'
import { ParleyError } from '../../errors.ts'
import type { Store } from '../../store/index.ts'
import type { buildStoryView as BuildStoryView } from '../../track/index.ts'
import { loadStore, loadTrack } from '../lazy.ts'

interface StoriesFlags {
  db?: string
  json?: boolean
  since?: string
  limit: string
}

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('list the stories in the store, or show one story (parties, positions, changes)')
    .argument('[id]', 'story id to show')
    .option('--db <file>', 'SQLite store (default: $PARLEY_DB or ./parley.sqlite)')
    .option('--since <date>', 'with an id: the positions new or changed after this date (YYYY-MM-DD)')
    .option('--limit <n>', 'how many stories to list', '50')
    .option('--json', 'print JSON')
    .action(async (id: string | undefined, flags: StoriesFlags) => {
      if (flags.since && !/^\d{4}-\d{2}-\d{2}$/.test(flags.since)) {
        throw new ParleyError('bad-request', `--since ${flags.since}: expected a date as YYYY-MM-DD`)
      }
      const [{ openStore }, { buildStoryView }] = await Promise.all([loadStore(), loadTrack()])
      const store = openStore(flags.db ? { path: flags.db } : {})
      try {
        process.stdout.write(id ? showStory(store, buildStoryView, id, flags) : listStories(store, flags))
      } finally {
        store.close()
      }
    })
}

function listStories(store: Store, flags: StoriesFlags): string {
  const page = store.listStories({ limit: Number(flags.limit) })
  if (flags.json) return `${JSON.stringify(page, null, 2)}\n`
  if (page.total === 0) return 'No stories stored.\n'
  return page.items
    .map(
      (s) =>
        `${s.id}  ${s.firstDate ?? '?'}..${s.lastDate ?? '?'}  ${s.articles} articles, ${s.publications} publications\n  ${s.title}\n  parties: ${s.parties.join(', ')}\n`,
    )
    .join('')
}

function showStory(
  store: Store,
  buildStoryView: typeof BuildStoryView,
  id: string,
  flags: StoriesFlags,
): string {
  const story = store.getStory(id)
  if (!story) throw new ParleyError('not-found', `no story ${id}; \`parley stories\` lists them`)
  const view = buildStoryView(story.header, story.articles, flags.since ?? null)
  if (flags.json) return `${JSON.stringify(view, null, 2)}\n`
  const lines = [`${view.story.title}  (${view.story.firstDate}..${view.story.lastDate})`, '']
  for (const p of view.parties) {
    if (p.current.length === 0) continue
    lines.push(`${p.name}:`)
    for (const l of p.current) {
      lines.push(
        `  ${l.date ?? '????-??-??'}  ${l.kind}${l.stance ? ` (${l.stance})` : ''}: ${l.proposalName ?? l.content}`,
      )
      lines.push(`      "${l.evidence.text}"`)
    }
  }
  if (flags.since) {
    lines.push('', `Changed since ${flags.since}:`)
    for (const c of view.changes.items) {
      lines.push(
        `  ${c.line.date}  ${view.names[c.line.party] ?? c.line.party}: ${c.what} ${c.line.proposalName ?? c.line.content}${c.line.stance ? ` (${c.previous?.stance ?? '-'} -> ${c.line.stance})` : ''}`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}
