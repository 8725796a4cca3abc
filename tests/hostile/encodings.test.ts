// Encodings: a replay or scenario saved with a byte-order mark, or as UTF-16 (Windows editors and
// PowerShell do both), is read as what it is; an encoding that is not read is named, not quoted.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { replayFromLink } from '../../ui/app/shareLink.ts';
import { lines, RAW_CONTROL, scratch, sim } from './support/cli.ts';
import { encode, goldenJson, goldenText, SCENARIO_FILES } from './support/fixtures.ts';

const dir = scratch();
const write = (name: string, bytes: Uint8Array) => writeFileSync(join(dir(), name), bytes);

describe('the CLI reads UTF-8 with a BOM and UTF-16', () => {
  it('verifies a golden replay saved as UTF-8 with a BOM, UTF-16LE with a BOM and UTF-16BE without one', async () => {
    const forms = ['utf8bom', 'utf16lebom', 'utf16be'] as const;
    for (const f of forms) write(`golden.${f}.json`, encode(goldenText(), f));
    const runs = await Promise.all(forms.map((f) => sim(dir(), ['verify', `golden.${f}.json`])));
    runs.forEach((r, i) => {
      expect(r.status, `${forms[i]}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/^ok: \d+ turns match/);
    });
  });

  it('checks a scenario file saved as UTF-16LE without a BOM, Japanese text and all, and its translations saved so too', async () => {
    const scenario = JSON.parse(SCENARIO_FILES[2]!.text) as Record<string, unknown>;
    write('invasion.utf16.json', encode(JSON.stringify({ ...scenario, title: '台湾侵攻: an invasion' }, null, 2), 'utf16le'));
    for (const lang of ['ja', 'zh-TW']) write(`invasion.utf16.${lang}.json`, encode(readFileSync(new URL(`../../scenarios/translations/invasion.${lang}.json`, import.meta.url), 'utf8'), 'utf16le'));
    const r = await sim(dir(), ['check', 'invasion.utf16.json']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ok: invasion\.utf16\.json is a valid scenario "invasion"/);
  });

  it('names UTF-32 and text that is not UTF-8, in one line, instead of quoting its bytes', async () => {
    write('golden.utf32.json', encode(goldenText(), 'utf32le'));
    // Windows-1252 curly quotes and Shift_JIS bytes: neither is UTF-8.
    write('cp1252.json', Buffer.from(`{"format": "kuroshio-replay", "seed": "\x93quoted\x94"}`, 'latin1'));
    const [utf32, cp1252] = await Promise.all([sim(dir(), ['verify', 'golden.utf32.json']), sim(dir(), ['verify', 'cp1252.json'])]);
    for (const r of [utf32, cp1252]) {
      expect(r.status).toBe(2);
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr).not.toMatch(RAW_CONTROL);
    }
    expect(utf32.stderr).toContain('cannot read golden.utf32.json: the file is UTF-32 text; save it as UTF-8');
    expect(cp1252.stderr).toMatch(/cannot read cp1252\.json: the file is not UTF-8 text \(byte \d+ is 0x93\)/);
  });
});

describe('a share link decodes its content as a file is decoded', () => {
  const link = (bytes: Uint8Array) => {
    let s = '';
    for (const b of zlibSync(bytes)) s += String.fromCharCode(b);
    return `#replay=${btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
  };

  it('opens a replay whose JSON starts with a BOM', () => {
    expect(replayFromLink(link(encode(JSON.stringify(goldenJson()), 'utf8bom')))).toEqual({ ok: true, value: goldenJson() });
  });

  it('names bytes that are not UTF-8 instead of opening replacement characters', () => {
    const r = replayFromLink(link(Buffer.from('{"format": "kuroshio-replay", "seed": "\xff\xfe"}', 'latin1')));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/not UTF-8/) });
  });
});
