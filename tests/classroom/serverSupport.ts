/** An in-process classroom server on 127.0.0.1, a free port and a fresh database file, for tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../engine/index.ts';
import { startClassroomServer, type RunningServer } from '../../cli/classroom/server.ts';
import { openSqliteStore, type ClassKeys, type ClassStore } from '../../cli/classroom/store.ts';
import type { Limits } from '../../cli/classroom/limits.ts';

export const HOST_KEY = 'H0STKEYH0STKEYH0STKEYH0ST'.padEnd(26, '0');

export interface TestServer {
  server: RunningServer;
  store: ClassStore;
  base: string;
  dir: string;
  dbFile: string;
  createClass(body?: Record<string, unknown>): Promise<{ id: string; keys: ClassKeys }>;
  stop(): Promise<void>;
}

export async function startTestServer(limits: Partial<Limits> = {}, dir = mkdtempSync(join(tmpdir(), 'kuroshio-class-')), clock?: () => number): Promise<TestServer> {
  const dbFile = join(dir, 'classroom.db');
  const store = openSqliteStore(dbFile);
  const server = await startClassroomServer({ store, appDir: null, listen: '127.0.0.1', port: 0, hostKey: HOST_KEY, limits, clock, log: () => {} });
  const base = server.url;
  return {
    server, store, base, dir, dbFile,
    async createClass(body = {}) {
      const res = await fetch(`${base}/api/classes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${HOST_KEY}` },
        body: JSON.stringify({ scenario: 'blockade', seed: 'server-test', teams: ['beijing', 'taipei', 'tokyo', 'washington'] satisfies Role[], ...body }),
      });
      if (res.status !== 201) throw new Error(`class not created: ${res.status} ${await res.text()}`);
      return res.json() as Promise<{ id: string; keys: ClassKeys }>;
    },
    async stop() {
      await server.close();
      await store.close();
    },
  };
}

export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });
