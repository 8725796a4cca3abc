import { createServer } from 'node:net';

/** A TCP port free on loopback now, for a server a test starts as its own process. */
export function freePort(): Promise<number> {
  return new Promise((r) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => r(port));
    });
  });
}
