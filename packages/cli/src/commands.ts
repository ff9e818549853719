import type { Command } from './command';

/** Every subcommand, in help order (SPEC §4). `load` is a dynamic import, so each is its own chunk. */
export const commands: Command[] = [
  {
    name: 'start',
    forms: [{ usage: 'wirelog start [--feeds F] [--host H]', summary: 'run every role in one process (embedded unless DATABASE_URL/REDIS_URL are set)' }],
    load: async () => (await import('./commands/start.command')).startCommand,
  },
  {
    name: 'worker',
    // the role list is also ROLES of @wirelog/pipeline, which the help must not load (commands.unit.spec.ts keeps them equal)
    forms: [{ usage: 'wirelog worker <poller|fetcher|extractor|projector|api> [--host H]', summary: 'run one role (what each services/* container runs)' }],
    load: async () => (await import('./commands/worker.command')).workerCommand,
  },
  {
    name: 'ingest',
    forms: [{ usage: 'wirelog ingest --once [--feeds F]', summary: 'poll every enabled feed once, process everything found, print a summary' }],
    load: async () => (await import('./commands/ingest.command')).ingestCommand,
  },
  {
    name: 'feeds',
    forms: [
      { usage: 'wirelog feeds validate F', summary: 'check a feeds file: file:line:col: message per problem' },
      { usage: 'wirelog feeds import-opml F', summary: 'print the feeds.yaml entries of an OPML file' },
    ],
    load: async () => (await import('./commands/feeds.command')).feedsCommand,
  },
  {
    name: 'migrate',
    forms: [{ usage: 'wirelog migrate', summary: 'apply database migrations (idempotent, safe to run concurrently)' }],
    load: async () => (await import('./commands/migrate.command')).migrateCommand,
  },
  {
    name: 'projections',
    forms: [
      { usage: 'wirelog projections status', summary: "each projection's position, lag and parked events" },
      { usage: 'wirelog projections rebuild [name]', summary: 'rebuild read tables from the event log, without downtime' },
      { usage: 'wirelog projections retry [name]', summary: 'apply the parked events (those a projection could not apply) again' },
    ],
    load: async () => (await import('./commands/projections.command')).projectionsCommand,
  },
  {
    name: 'tokens',
    forms: [
      { usage: 'wirelog tokens create --role reader|reviewer|admin --name N', summary: 'add an API token to $WIRELOG_TOKENS_FILE and print it once' },
      { usage: 'wirelog tokens list', summary: 'name, role, id and creation time of each token' },
      { usage: 'wirelog tokens revoke N', summary: 'remove the token named N (or with id N)' },
    ],
    load: async () => (await import('./commands/tokens.command')).tokensCommand,
  },
  {
    name: 'reextract',
    forms: [{ usage: 'wirelog reextract --article ID | --all', summary: 'run the current extractor again over stored article text (no refetch)' }],
    load: async () => (await import('./commands/reextract.command')).reextractCommand,
  },
  {
    name: 'quality',
    forms: [{ usage: 'wirelog quality [--json]', summary: "each extractor version's precision and recall per kind, measured on reviewed articles" }],
    load: async () => (await import('./commands/quality.command')).qualityCommand,
  },
  {
    name: 'corrections',
    forms: [{ usage: 'wirelog corrections export', summary: 'print the reviewed articles as labelled JSON lines (text, gold mentions with offsets)' }],
    load: async () => (await import('./commands/corrections.command')).correctionsCommand,
  },
  {
    name: 'entities',
    forms: [{ usage: 'wirelog entities FILE... (- for stdin)', summary: 'print one JSON line per text file: {"file", "mentions": [...]}' }],
    load: async () => (await import('./commands/entities.command')).entitiesCommand,
  },
  {
    name: 'article-text',
    forms: [{ usage: 'wirelog article-text FILE.html... [--url U]', summary: 'print one JSON line of main text and metadata per page' }],
    load: async () => (await import('./commands/article-text.command')).articleTextCommand,
  },
  {
    name: 'events',
    forms: [{ usage: 'wirelog events tail [--stream S] [--no-follow]', summary: 'print events as JSON lines, following the log' }],
    load: async () => (await import('./commands/events.command')).eventsCommand,
  },
];
