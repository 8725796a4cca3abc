/**
 * The map's colours, chosen for a classroom projector: a calm sea, land clearly lighter and warmer,
 * side colours far apart in hue. Exported so the app can draw a legend with the same colours.
 */
export const PALETTE = {
  /** Outside the theatre's frame. */
  margin: 0xdde4e8,
  frame: 0x7d93a3,
  sea: 0xa8cbe0,
  graticule: 0xffffff,
  land: 0xf3eedf,
  coast: 0xa89a78,
  /** Place marker colours by side. */
  side: {
    taiwan: 0x1f8a4c,
    japan: 0x7a3fa6,
    us: 0x1d4f9c,
    prc: 0xc62828,
    philippines: 0xe08a00,
    disputed: 0x5f6b73,
  },
  /** Zone fills by kind. */
  zone: {
    exercise: 0xe0a100,
    quarantine: 0x8e5cc9,
    noSailZone: 0xd32f2f,
    landing: 0x8b1a1a,
  },
  /** Sea lanes: full shipping, half, none. */
  laneFull: 0x0f8b8d,
  laneHalf: 0xe0a100,
  laneNone: 0xd32f2f,
  medianLine: 0x37474f,
  islandChain: 0x8d6e63,
  strike: 0xff3d00,
  strikeCore: 0xffd54f,
  text: 0x1c2830,
  textHalo: 0xffffff,
  seaText: 0x2a5f82,
  landText: 0x74694f,
  gaugeGood: 0x2e8b57,
  gaugeLow: 0xe0a100,
  gaugeCritical: 0xd32f2f,
  panel: 0xffffff,
  panelBorder: 0x90a4ae,
} as const;

export type SideName = keyof typeof PALETTE.side;
export type ZoneKind = keyof typeof PALETTE.zone;

/** Mix two 0xRRGGBB colours, t in [0, 1]. */
export function mixColour(a: number, b: number, t: number): number {
  const u = t < 0 ? 0 : t > 1 ? 1 : t;
  const r = ((a >> 16) & 255) + (((b >> 16) & 255) - ((a >> 16) & 255)) * u;
  const g = ((a >> 8) & 255) + (((b >> 8) & 255) - ((a >> 8) & 255)) * u;
  const bl = (a & 255) + ((b & 255) - (a & 255)) * u;
  return (Math.round(r) << 16) | (Math.round(g) << 8) | Math.round(bl);
}

/** A sea lane's colour for a shipping level in % of normal: red near 0, amber at half, teal at 100. */
export function laneColour(pct: number): number {
  const t = Math.max(0, Math.min(100, pct)) / 100;
  return t < 0.5 ? mixColour(PALETTE.laneNone, PALETTE.laneHalf, t * 2) : mixColour(PALETTE.laneHalf, PALETTE.laneFull, (t - 0.5) * 2);
}

/** A sea lane's width in screen pixels for a shipping level: thin near 0, thick at 100. */
export function laneWidth(pct: number): number {
  return 1.5 + (Math.max(0, Math.min(100, pct)) / 100) * 5.5;
}
