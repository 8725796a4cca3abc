import { networkInterfaces } from 'node:os';
import { ROLES, type Role } from '../../engine/index.ts';
import type { ClassKeys } from './store.ts';

/**
 * The address other devices on the local network reach this computer by: an IPv4 address of a
 * network interface that is not loopback, a private one (home, school, office network) first.
 * Null if there is none (no network), in which case only this computer can connect.
 */
export function lanAddress(interfaces = networkInterfaces()): string | null {
  const candidates = Object.values(interfaces).flatMap((list) => list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address);
  const isPrivate = (ip: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
  return candidates.find(isPrivate) ?? candidates[0] ?? null;
}

export interface ClassLinks {
  console: string;
  projector: string;
  teams: Record<Role, string>;
}

/**
 * The addresses a class is opened at. The class code is in the query (the page and a load balancer
 * can read it); the key is in the fragment, which a browser never sends to a server, so it stays out
 * of logs and Referer headers.
 */
export function classLinks(base: string, id: string, keys: ClassKeys): ClassLinks {
  const link = (key: string) => `${base}/?class=${id}#key=${key}`;
  return {
    console: link(keys.facilitator),
    projector: link(keys.projector),
    teams: Object.fromEntries(ROLES.map((r) => [r, link(keys.teams[r])])) as Record<Role, string>,
  };
}
