// `npm run classroom`: one server for the classes of a school's local network. It serves the built
// app and a WebSocket endpoint, keeps every class in an SQLite file, and prints the teacher's console
// address and each team's join address with a QR code.
import QRCode from 'qrcode';
import { resolve } from 'node:path';
import { isValidSeed, quoted, ROLES, SEED_RULE, type Role } from '../../engine/index.ts';
import { actorName, outcomeTitle, roleName, t } from '../../scenarios/words/words.ts';
import { parseFlags } from '../flags.ts';
import { classLinks, lanAddress } from './addresses.ts';
import { appIsStale, buildApp, DIST } from './appBuild.ts';
import { SECRET_LENGTH } from '../../engine/classroom/index.ts';
import { randomCode } from './secrets.ts';
import { seatsFor, startClassroomServer, type RunningServer } from './server.ts';
import type { ClassStore } from './store.ts';

const FLAGS = {
  port: 'string', db: 'string', listen: 'string', address: 'string', app: 'string',
  scenario: 'string', variant: 'string', seed: 'string', teams: 'string', bots: 'string',
  new: 'boolean', 'no-build': 'boolean', json: 'boolean', 'trust-proxy': 'boolean',
} as const;

class UsageError extends Error {}

interface Options {
  port: number;
  db: string;
  listen: string;
  address: string | null;
  appDir: string;
  build: boolean;
  json: boolean;
  trustProxy: boolean;
  /** A new class is made when asked (--new) or when its setup is given; otherwise the latest class in progress is shown. */
  newClass: boolean;
  scenario: string;
  variant?: string;
  seed?: string;
  teams: Role[];
  bots: 'cautious' | 'hawkish';
}

function options(argv: string[]): Options {
  const parsed = parseFlags(argv, FLAGS, 0, 'classroom');
  if (!parsed.ok) throw new UsageError(`${parsed.error}\n${t('classroom.cli.usage')}`);
  const v = parsed.value.values as Partial<Record<keyof typeof FLAGS, string | true>>;
  const str = (k: keyof typeof FLAGS) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const port = Number(str('port') ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(t('classroom.cli.badPort'));
  const teams = (str('teams') ?? ROLES.join(',')).split(',').map((x) => x.trim()).filter(Boolean);
  if (!teams.length || teams.some((r) => !(ROLES as readonly string[]).includes(r))) throw new UsageError(t('classroom.cli.badTeams', { roles: ROLES.join(', ') }));
  const bots = str('bots') ?? 'cautious';
  if (bots !== 'cautious' && bots !== 'hawkish') throw new UsageError(t('classroom.cli.badBots'));
  const seed = str('seed');
  if (seed !== undefined && !isValidSeed(seed)) throw new UsageError(`bad seed ${quoted(seed, 40)}: use ${SEED_RULE}`);
  const setupGiven = ['scenario', 'variant', 'seed', 'teams', 'bots'].some((k) => v[k as keyof typeof FLAGS] !== undefined);
  return {
    port,
    db: resolve(str('db') ?? 'classroom.db'),
    listen: str('listen') ?? '0.0.0.0',
    address: str('address') ?? null,
    appDir: resolve(str('app') ?? DIST),
    build: v['no-build'] !== true && str('app') === undefined,
    json: v.json === true,
    trustProxy: v['trust-proxy'] === true,
    newClass: v.new === true || setupGiven,
    scenario: str('scenario') ?? 'blockade',
    variant: str('variant'),
    seed,
    teams: [...new Set(teams)] as Role[],
    bots,
  };
}

/** The server's own key (to create classes over HTTP), made once and kept in the database. */
async function hostKeyOf(store: ClassStore): Promise<string> {
  const kept = await store.setting('hostKey');
  if (kept) return kept;
  const key = randomCode(SECRET_LENGTH);
  await store.setSetting('hostKey', key);
  return key;
}

/** The SQLite store, loaded only now: better-sqlite3 is an optional dependency (everything else works without it). */
async function sqliteStore(): Promise<typeof import('./store.ts')> {
  try {
    return await import('./store.ts');
  } catch (e) {
    throw new UsageError(t('classroom.cli.noSqlite', { reason: e instanceof Error ? e.message.split('\n')[0]! : String(e) }));
  }
}

async function main(argv: string[]): Promise<RunningServer> {
  const o = options(argv);
  const say = (line: string) => !o.json && console.log(line);
  if (o.build && appIsStale(o.appDir)) {
    say(t('classroom.cli.building'));
    say(t('classroom.cli.built', { seconds: Math.round(await buildApp(o.appDir)) }));
  }
  const store = (await sqliteStore()).openSqliteStore(o.db);
  const hostKey = await hostKeyOf(store);
  const server = await startClassroomServer({ store, appDir: o.appDir, listen: o.listen, port: o.port, hostKey, trustProxy: o.trustProxy });
  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  const open = await store.openClasses();
  let id = o.newClass ? undefined : open[0]?.id;
  if (!id) {
    const created = await server.hub.createClass({ scenarioId: o.scenario, variant: o.variant, seed: o.seed, seats: seatsFor(o.teams, o.bots) });
    if (!created.ok) throw new UsageError(created.error);
    id = created.value.id;
  }
  const info = await server.hub.classInfo(id);
  if (!info) throw new Error(`class ${id} cannot be read`);
  const lan = o.address ?? (o.listen === '0.0.0.0' ? lanAddress() : o.listen);
  const base = `http://${lan ?? '127.0.0.1'}:${server.port}`;
  const links = classLinks(base, id, info.keys);
  const { setup } = info.session.record;
  const teams = ROLES.filter((r) => setup.seats[r] === 'human');
  if (o.json) {
    // For tools (the benchmark, the tests): one line of JSON with everything printed below.
    console.log(JSON.stringify({ url: base, port: server.port, hostKey, class: { id, keys: info.keys, links, teams, turn: info.session.state.turn } }));
    return server;
  }
  say(t('classroom.cli.listening', { url: base, db: o.db }));
  if (!lan) say(t('classroom.cli.noLan'));
  say('');
  say(t('classroom.cli.class', { id, title: info.session.scenario.title, variant: setup.variant, seed: setup.seed, turn: info.session.state.turn + 1, outcome: info.session.state.outcome ? outcomeTitle(info.session.state.outcome) : 'none' }));
  if (!o.newClass && open.length > 1) say(t('classroom.cli.otherClasses', { count: open.length - 1 }));
  say(`  ${t('classroom.cli.console', { url: links.console })}`);
  say(`  ${t('classroom.cli.projector', { url: links.projector })}`);
  for (const role of ROLES) if (setup.seats[role] !== 'human') say(`  ${t('classroom.cli.botSeat', { role: roleName(role), seat: actorName(setup.seats[role]) })}`);
  for (const role of teams) {
    say('');
    say(`  ${t('classroom.cli.team', { role: roleName(role), url: links.teams[role] })}`);
    say(`  ${t('classroom.cli.teamQr', { role: roleName(role) })}`);
    say(await QRCode.toString(links.teams[role], { type: 'terminal', small: true, errorCorrectionLevel: 'L' }));
  }
  say(t('classroom.cli.stop'));
  return server;
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof UsageError) {
    console.error(e.message);
    process.exit(2);
  }
  console.error(t('classroom.cli.cannotStart', { reason: e instanceof Error ? e.message : String(e) }));
  if (process.env.KUROSHIO_DEBUG) console.error(e);
  process.exit(70);
});
