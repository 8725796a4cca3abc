import Database from 'better-sqlite3';
import { chmodSync, existsSync } from 'node:fs';
import { ROLES, type Role } from '../../engine/index.ts';
import type { ClassRecord, Viewer } from '../../engine/classroom/index.ts';

// Classes kept in one SQLite file (better-sqlite3, WAL): a row per class with its keys, setup and the
// turn in progress; a row per turn played (the log); a row per statement, message and proposal; a row
// per device token (its hash). A class record is written after every change, in one transaction,
// before anyone is told of the change, so a server killed at any moment restarts where it was.
//
// The interface is asynchronous although SQLite here is not: a store on a database server
// (Postgres, for several instances) implements the same interface, and the hub does not change.

export interface ClassKeys {
  facilitator: string;
  projector: string;
  teams: Record<Role, string>;
}

export interface StoredClass {
  id: string;
  keys: ClassKeys;
  /** The record as stored: checked by the caller (parseClassRecord, restoreClass) before use. */
  record: unknown;
  createdAt: number;
  updatedAt: number;
  ended: boolean;
}

export interface ClassStore {
  createClass(id: string, keys: ClassKeys, record: ClassRecord, now: number): Promise<void>;
  loadClass(id: string): Promise<StoredClass | null>;
  /** Write the change from `prev` to `next`: the turn in progress, new turns, new and answered talk. */
  saveClass(id: string, prev: ClassRecord, next: ClassRecord, ended: boolean, now: number): Promise<void>;
  /** Classes not yet ended, the most recently changed first. */
  openClasses(): Promise<{ id: string; updatedAt: number }[]>;
  addDevice(tokenHash: string, classId: string, viewer: Viewer, now: number): Promise<void>;
  findDevice(tokenHash: string): Promise<{ classId: string; viewer: Viewer } | null>;
  setting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS classes (
  id TEXT PRIMARY KEY,
  keys TEXT NOT NULL,
  setup TEXT NOT NULL,
  live TEXT NOT NULL,
  ended INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS turns (
  class_id TEXT NOT NULL REFERENCES classes(id),
  turn INTEGER NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (class_id, turn)
);
CREATE TABLE IF NOT EXISTS talk (
  class_id TEXT NOT NULL REFERENCES classes(id),
  kind TEXT NOT NULL CHECK (kind IN ('statement', 'message', 'proposal')),
  id INTEGER NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (class_id, kind, id)
);
CREATE TABLE IF NOT EXISTS devices (
  token_hash TEXT PRIMARY KEY,
  class_id TEXT NOT NULL REFERENCES classes(id),
  viewer TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS classes_open ON classes (ended, updated_at);
`;

type Live = Omit<ClassRecord, 'setup' | 'turns' | 'talk'>;
const liveOf = ({ setup: _s, turns: _t, talk: _k, ...live }: ClassRecord): Live => live;

const TALK_KINDS = [['statement', 'statements'], ['message', 'messages'], ['proposal', 'proposals']] as const;

/** Open (or create) the database file; `:memory:` for a store that lasts as long as the process. */
export function openSqliteStore(file: string): ClassStore {
  const fresh = file !== ':memory:' && !existsSync(file);
  const db = new Database(file);
  // The file holds every class's keys: readable by the teacher's account only.
  if (fresh) chmodSync(file, 0o600);
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a committed change is in the WAL file before anyone is told of it, so it
  // survives the server being killed or crashing; only a power cut or an OS crash can lose the last
  // moments before a checkpoint. FULL would fsync every change, and on a busy disk that blocks the
  // one thread every class runs on (the benchmark's latency rose tenfold).
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) throw new Error(`${file} was written by a newer Kuroshio (database version ${version})`);
  db.exec(SCHEMA);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);

  const q = {
    insertClass: db.prepare('INSERT INTO classes (id, keys, setup, live, ended, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)'),
    getClass: db.prepare<[string], { id: string; keys: string; setup: string; live: string; ended: number; created_at: number; updated_at: number }>('SELECT * FROM classes WHERE id = ?'),
    updateClass: db.prepare('UPDATE classes SET setup = ?, live = ?, ended = ?, updated_at = ? WHERE id = ?'),
    turns: db.prepare<[string], { record: string }>('SELECT record FROM turns WHERE class_id = ? ORDER BY turn'),
    insertTurn: db.prepare('INSERT INTO turns (class_id, turn, record) VALUES (?, ?, ?)'),
    talk: db.prepare<[string, string], { record: string }>('SELECT record FROM talk WHERE class_id = ? AND kind = ? ORDER BY id'),
    putTalk: db.prepare('INSERT OR REPLACE INTO talk (class_id, kind, id, record) VALUES (?, ?, ?, ?)'),
    openClasses: db.prepare<[], { id: string; updated_at: number }>('SELECT id, updated_at FROM classes WHERE ended = 0 ORDER BY updated_at DESC'),
    addDevice: db.prepare('INSERT INTO devices (token_hash, class_id, viewer, created_at) VALUES (?, ?, ?, ?)'),
    findDevice: db.prepare<[string], { class_id: string; viewer: string }>('SELECT class_id, viewer FROM devices WHERE token_hash = ?'),
    setting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
    setSetting: db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)'),
  };

  const save = db.transaction((id: string, prev: ClassRecord, next: ClassRecord, ended: boolean, now: number) => {
    q.updateClass.run(JSON.stringify(next.setup), JSON.stringify(liveOf(next)), ended ? 1 : 0, now, id);
    for (const t of next.turns.slice(prev.turns.length)) q.insertTurn.run(id, t.turn, JSON.stringify(t));
    for (const [kind, field] of TALK_KINDS) {
      const before: readonly object[] = prev.talk[field];
      next.talk[field].forEach((item: object, i: number) => {
        // Statements and messages only grow; a proposal changes when it is answered.
        if (item !== before[i] && (i >= before.length || JSON.stringify(item) !== JSON.stringify(before[i]))) q.putTalk.run(id, kind, i + 1, JSON.stringify(item));
      });
    }
  });

  const create = db.transaction((id: string, keys: ClassKeys, record: ClassRecord, now: number) => {
    q.insertClass.run(id, JSON.stringify(keys), JSON.stringify(record.setup), JSON.stringify(liveOf(record)), now, now);
    save(id, { ...record, turns: [], talk: { statements: [], messages: [], proposals: [] } }, record, false, now);
  });

  return {
    async createClass(id, keys, record, now) {
      create(id, keys, record, now);
    },
    async loadClass(id) {
      const row = q.getClass.get(id);
      if (!row) return null;
      const talk = Object.fromEntries(TALK_KINDS.map(([kind, field]) => [field, q.talk.all(id, kind).map((r) => JSON.parse(r.record))]));
      const record = { ...JSON.parse(row.live), setup: JSON.parse(row.setup), turns: q.turns.all(id).map((r) => JSON.parse(r.record)), talk };
      return { id, keys: JSON.parse(row.keys) as ClassKeys, record, createdAt: row.created_at, updatedAt: row.updated_at, ended: row.ended === 1 };
    },
    async saveClass(id, prev, next, ended, now) {
      save(id, prev, next, ended, now);
    },
    async openClasses() {
      return q.openClasses.all().map((r) => ({ id: r.id, updatedAt: r.updated_at }));
    },
    async addDevice(tokenHash, classId, viewer, now) {
      q.addDevice.run(tokenHash, classId, JSON.stringify(viewer), now);
    },
    async findDevice(tokenHash) {
      const row = q.findDevice.get(tokenHash);
      return row ? { classId: row.class_id, viewer: JSON.parse(row.viewer) as Viewer } : null;
    },
    async setting(key) {
      return q.setting.get(key)?.value ?? null;
    },
    async setSetting(key, value) {
      q.setSetting.run(key, value);
    },
    async close() {
      db.close();
    },
  };
}

export const isRole = (x: string): x is Role => (ROLES as readonly string[]).includes(x);
