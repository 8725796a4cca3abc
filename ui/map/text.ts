import { Text, TextStyle, type TextStyleFontWeight } from 'pixi.js';
import { PALETTE } from './palette.ts';

/**
 * Latin fonts only, named before the generic family: where a CJK font is installed, `sans-serif`
 * alone can resolve to it (Noto Sans CJK) and English names would be drawn with its Latin glyphs.
 */
export const MAP_FONT = ['Liberation Sans', 'Arial', 'Helvetica Neue', 'Helvetica', 'DejaVu Sans', 'sans-serif'];

export interface LabelLook {
  size: number;
  colour?: number;
  weight?: TextStyleFontWeight;
  italic?: boolean;
  letterSpacing?: number;
  halo?: number;
  align?: 'left' | 'center' | 'right';
}

const styles = new Map<string, TextStyle>();

/** A shared style per look, so labels of one kind share one TextStyle. */
export function labelStyle(look: LabelLook): TextStyle {
  const key = JSON.stringify(look);
  let style = styles.get(key);
  if (!style) {
    style = new TextStyle({
      fontFamily: MAP_FONT,
      fontSize: look.size,
      fontWeight: look.weight ?? '600',
      fontStyle: look.italic ? 'italic' : 'normal',
      fill: look.colour ?? PALETTE.text,
      letterSpacing: look.letterSpacing ?? 0,
      align: look.align ?? 'left',
      lineHeight: Math.round(look.size * 1.25),
      stroke: look.halo === 0 ? undefined : { color: PALETTE.textHalo, width: look.halo ?? 3, join: 'round' },
    });
    styles.set(key, style);
  }
  return style;
}

/** A text label drawn at screen size: its parent counter-scales it against the camera's zoom. */
export function makeLabel(text: string, look: LabelLook): Text {
  const t = new Text({ text, style: labelStyle(look) });
  t.eventMode = 'none';
  return t;
}
