import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { buildTheatreLand } from './buildTheatreLand.ts';
import type { LandPoint, TheatreLand } from './landTypes.ts';
import { project } from './projection.ts';

const ID = 'virtual:theatre-land';
const RESOLVED = '\0' + ID;

/** Places in theatre.json whose islands Natural Earth's 10m land lacks: drawn as dots of land. */
const POINT_ISLANDS = ['matsu'];

interface TheatrePlace { id: string; name: string; lat: number; lon: number; source: string }

/**
 * Vite plugin providing `virtual:theatre-land`: the theatre's land from world-atlas land-10m,
 * projected with ui/map/projection.ts, clipped to the frame, simplified and rounded at build time
 * (about 140 kB of JSON instead of the 3.7 MB world). Computed once per build, then cached.
 */
export function landPlugin(): Plugin {
  let root = process.cwd();
  let cached: string | undefined;
  const theatrePath = () => join(root, 'scenarios', 'theatre.json');

  function moduleSource(): string {
    if (cached !== undefined) return cached;
    const require = createRequire(join(root, 'package.json'));
    const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')) as Topology;
    const theatre = JSON.parse(readFileSync(theatrePath(), 'utf8')) as { places: TheatrePlace[] };
    const points: LandPoint[] = theatre.places
      .filter((p) => POINT_ISLANDS.includes(p.id))
      .map((p) => {
        const [x, y] = project(p.lat, p.lon);
        return { id: p.id, name: p.name, x: +x.toFixed(1), y: +y.toFixed(1), source: p.source };
      });
    const land: TheatreLand = buildTheatreLand(topology, { points });
    // JSON.parse of a string literal parses faster in browsers than the same object literal.
    cached = `export default JSON.parse(${JSON.stringify(JSON.stringify(land))});\n`;
    return cached;
  }

  return {
    name: 'kuroshio-theatre-land',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(theatrePath());
      // Generated data: no source map (the dev server would otherwise inline an 800 kB one).
      return { code: moduleSource(), map: { mappings: '' } };
    },
    watchChange(id) {
      if (id === theatrePath()) cached = undefined;
    },
  };
}
