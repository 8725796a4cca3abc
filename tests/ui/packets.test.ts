// The printable briefing packets' structure, built in Node against a small stand-in for the DOM
// (the project has no DOM library; the same view is printed in Chromium by tests/e2e/packets.test.ts).
// The stand-in has no HTML parser at all: innerHTML and its kin throw, so a view that parsed text
// as HTML would fail here, and markup in scenario text must come out as text nodes.
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGame, decisionsOf, factsOf, HOLD, ROLES, type Role } from '../../engine/index.ts';
import { citationOf, defaults, loadScenario, options, scenarioFile, scenarioFiles } from '../../scenarios/catalog.ts';
import { overlay } from '../../scenarios/resolveScenario.ts';
import type { ScenarioFile } from '../../scenarios/schema.ts';
import { conditionInWords, effectInWords, variantChangesInWords, type FileCondition } from '../../ui/app/packets/inWords.ts';
import type { PacketContext } from '../../ui/app/packets/packetContext.ts';
import { packetDocument, packetsView, SKIPPED } from '../../ui/app/packets/packetsView.ts';
import { MEMO_LINES } from '../../ui/app/packets/roleSection.ts';

// ---------- A stand-in DOM: elements, text nodes, attributes, classes, listeners; no parser ----------

class FakeText {
  readonly nodeType = 3;
  parentNode: FakeElement | null = null;
  constructor(readonly data: string) {}
  get textContent(): string {
    return this.data;
  }
}

class FakeElement {
  readonly nodeType = 1;
  readonly tagName: string;
  parentNode: FakeElement | null = null;
  childNodes: (FakeElement | FakeText)[] = [];
  readonly attributes = new Map<string, string>();
  private readonly listeners = new Map<string, ((e: unknown) => void)[]>();
  value = '';
  checked = false;

  constructor(tag: string) {
    this.tagName = tag.toUpperCase();
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  appendChild<T extends FakeElement | FakeText>(child: T): T {
    child.parentNode = this;
    this.childNodes.push(child);
    return child;
  }
  replaceChildren(...children: (FakeElement | FakeText)[]): void {
    this.childNodes = [];
    children.forEach((c) => this.appendChild(c));
  }
  addEventListener(type: string, fn: (e: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  dispatch(type: string): void {
    for (const fn of this.listeners.get(type) ?? []) fn({ type, target: this, currentTarget: this });
  }
  get children(): FakeElement[] {
    return this.childNodes.filter((c): c is FakeElement => c instanceof FakeElement);
  }
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  get classList() {
    const names = () => (this.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    const set = (xs: string[]) => this.setAttribute('class', xs.join(' '));
    return {
      contains: (n: string) => names().includes(n),
      add: (n: string) => set([...new Set([...names(), n])]),
      remove: (n: string) => set(names().filter((x) => x !== n)),
      toggle: (n: string, force?: boolean) => {
        const on = force ?? !names().includes(n);
        set(on ? [...new Set([...names(), n])] : names().filter((x) => x !== n));
        return on;
      },
    };
  }
  set innerHTML(_html: string) {
    throw new Error('innerHTML was used: text must never be parsed as HTML');
  }
  set outerHTML(_html: string) {
    throw new Error('outerHTML was used: text must never be parsed as HTML');
  }
  insertAdjacentHTML(): never {
    throw new Error('insertAdjacentHTML was used: text must never be parsed as HTML');
  }
}

const print = vi.fn();
beforeEach(() => {
  print.mockClear();
  vi.stubGlobal('document', {
    createElement: (tag: string) => new FakeElement(tag),
    createTextNode: (data: string) => new FakeText(data),
  });
  vi.stubGlobal('window', { print });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** Every element under `root` (itself included) that passes `test`, in document order. */
function findAll(root: FakeElement, test: (e: FakeElement) => boolean): FakeElement[] {
  const out: FakeElement[] = test(root) ? [root] : [];
  for (const c of root.children) out.push(...findAll(c, test));
  return out;
}
const byClass = (root: FakeElement, name: string) => findAll(root, (e) => e.classList.contains(name));
const byTag = (root: FakeElement, tag: string) => findAll(root, (e) => e.tagName === tag.toUpperCase());
const allText = (root: FakeElement): FakeText[] => root.childNodes.flatMap((c) => (c instanceof FakeText ? [c] : allText(c)));
const view = (scenarioId: string, variantId: string) => packetsView(scenarioId, variantId) as unknown as FakeElement;
const sectionsOf = (doc: FakeElement) => byClass(doc, 'packet-section');
const roleSectionOf = (doc: FakeElement, role: Role) => sectionsOf(doc).find((s) => s.getAttribute('data-role') === role)!;

function contextFor(file: ScenarioFile, variantId = file.variants[0]!.id, opts = options()): PacketContext {
  const scenario = loadScenario(file.id, variantId);
  if (typeof scenario === 'string') throw new Error(scenario);
  return {
    file,
    variant: file.variants.find((v) => v.id === variantId)!,
    scenario,
    options: opts,
    decisions: { beijing: decisionsOf('beijing'), taipei: decisionsOf('taipei'), tokyo: decisionsOf('tokyo'), washington: decisionsOf('washington') },
    baseParams: overlay(defaults().params, file.params),
  };
}

/** Ids such as "declareBlockade" leaking into text meant for people. */
const CAMEL_ID = /\b[a-z]+[A-Z][A-Za-z]*\b/;

describe('printable briefing packets', () => {
  it('has a cover, one section per role in order, and a facilitator sheet', () => {
    const doc = view('blockade', 'base');
    expect(doc.tagName).toBe('ARTICLE');
    expect(sectionsOf(doc).map((s) => s.getAttribute('data-section'))).toEqual(['cover', ...ROLES, 'facilitator']);
    expect(byTag(sectionsOf(doc)[0]!, 'h2')[0]!.textContent).toBe('Lights out: a blockade of Taiwan');
    for (const role of ROLES) {
      const section = roleSectionOf(doc, role);
      const name = role.charAt(0).toUpperCase() + role.slice(1);
      // One heading naming the team, which the section is labelled by.
      const headings = byTag(section, 'h2');
      expect(headings.map((x) => x.textContent)).toEqual([`Team packet: ${name}`]);
      expect(section.getAttribute('aria-labelledby')).toBe(headings[0]!.getAttribute('id'));
      // The role's own briefing, and no other role's situation.
      const b = scenarioFile('blockade')!.roles[role];
      expect(section.textContent).toContain(b.situation);
      for (const x of [...b.objectives, ...b.constraints, ...b.redLines, ...b.authorities]) expect(section.textContent).toContain(x);
      for (const other of ROLES.filter((r) => r !== role)) expect(section.textContent).not.toContain(scenarioFile('blockade')!.roles[other].situation);
      // A memo to write on, and the scenario's sources.
      const memo = byClass(section, 'packet-memo');
      expect(memo).toHaveLength(1);
      expect(byClass(memo[0]!, 'packet-line')).toHaveLength(MEMO_LINES);
      for (const study of scenarioFile('blockade')!.sources.studies) expect(byClass(section, 'packet-sources')[0]!.textContent).toContain(study);
    }
  });

  it('the cover states the decision point, the learning objectives and how a session runs', () => {
    const file = scenarioFile('blockade')!;
    const cover = sectionsOf(view('blockade', 'base'))[0]!;
    const text = cover.textContent;
    expect(text).toContain(file.decisionPoint);
    for (const o of file.learningObjectives) expect(text).toContain(o);
    expect(text).toContain(String(file.year));
    expect(text).toContain('Base case');
    expect(byTag(cover, 'h3').map((x) => x.textContent)).toEqual(['The decision point', 'What this game teaches', 'The rules in this game', 'How the session runs']);
    expect(byTag(byClass(cover, 'packet-steps')[0]!, 'strong').map((x) => x.textContent)).toEqual([
      'Briefing and position memo.', 'Play, with a facilitator.', 'Debrief.', 'Written reflection.',
    ]);
  });

  for (const file of scenarioFiles()) {
    for (const variant of file.variants) {
      it(`${file.id} (${variant.id}): every decision of every role, with its label, when it opens and its legal basis`, () => {
        const doc = view(file.id, variant.id);
        expect(doc.getAttribute('data-variant')).toBe(variant.id);
        for (const role of ROLES) {
          const items = byClass(roleSectionOf(doc, role), 'packet-option');
          expect(items.map((i) => i.getAttribute('data-decision'))).toEqual([HOLD, ...decisionsOf(role)]);
          for (const item of items) {
            const o = options()[role][item.getAttribute('data-decision')!]!;
            expect(byTag(item, 'h4').map((x) => x.textContent)).toEqual([o.label]);
            expect(item.textContent).toContain(o.explanation);
            expect(byClass(item, 'packet-option-opens')[0]!.textContent).toBe(`When it opens: ${o.opensWhen}`);
            const legal = byClass(item, 'packet-option-legal');
            if (o.legalBasis) expect(legal.map((x) => x.textContent)).toEqual([`Legal basis: ${o.legalBasis}`]);
            else expect(legal).toEqual([]);
            for (const s of o.sources) expect(item.textContent).toContain(citationOf(s)?.title ?? s);
          }
        }
      });
    }
  }

  it('the facilitator sheet has the variants, every inject with its condition in words, and the debrief questions', () => {
    for (const file of scenarioFiles()) {
      const sheet = sectionsOf(view(file.id, file.variants[0]!.id)).at(-1)!;
      expect(sheet.getAttribute('data-section')).toBe('facilitator');
      for (const v of file.variants) {
        expect(sheet.textContent).toContain(v.title);
        expect(sheet.textContent).toContain(v.description);
      }
      const injects = byClass(sheet, 'packet-inject');
      expect(injects.map((i) => i.getAttribute('data-inject'))).toEqual(file.injects.map((i) => i.id));
      for (const [k, item] of injects.entries()) {
        const inject = file.injects[k]!;
        expect(byTag(item, 'h4')[0]!.textContent).toBe(inject.headline);
        const when = byClass(item, 'packet-inject-when')[0]!.textContent;
        const effects = byClass(item, 'packet-inject-effects')[0]!.textContent;
        expect(when).toMatch(/^Comes up when: \S/);
        expect(when, `${file.id}/${inject.id}`).not.toMatch(CAMEL_ID);
        expect(effects, `${file.id}/${inject.id}`).not.toMatch(CAMEL_ID);
        expect(byClass(item, 'packet-inject-chance')[0]!.textContent).toContain(`${Math.round(inject.probability * 100)}%`);
      }
      const questions = byClass(sheet, 'packet-debrief')[0]!;
      expect(byTag(questions, 'li').map((x) => x.textContent)).toEqual(file.debriefQuestions);
    }
  });

  it("Beijing's and Taipei's packets list the terms a settlement may hold, by who gives them; Tokyo's and Washington's do not", () => {
    for (const file of scenarioFiles()) {
      const scenario = loadScenario(file.id, file.variants[0]!.id);
      if (typeof scenario === 'string') throw new Error(scenario);
      const doc = view(file.id, file.variants[0]!.id);
      for (const role of ['beijing', 'taipei'] as const) {
        const section = roleSectionOf(doc, role);
        expect(byClass(section, 'packet-terms-title').map((x) => x.textContent)).toEqual([`Terms a settlement may hold (${scenario.terms.length})`]);
        const groups = byClass(section, 'packet-terms-giver');
        expect(groups.map((g) => g.getAttribute('data-giver'))).toEqual(['beijing', 'taipei']);
        for (const g of groups) {
          const by = g.getAttribute('data-giver');
          expect(byTag(g, 'h4').map((x) => x.textContent)).toEqual([`${by === 'beijing' ? 'Beijing' : 'Taipei'} gives`]);
          expect(byTag(g, 'li').map((x) => x.textContent), `${file.id} ${role} ${by}`).toEqual(scenario.terms.filter((x) => x.by === by).map((x) => x.text));
        }
      }
      for (const role of ['tokyo', 'washington'] as const) expect(byClass(roleSectionOf(doc, role), 'packet-terms')).toEqual([]);
    }
  });

  it('never parses text as HTML: markup in a scenario or an option comes out as text', () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>bold</b>';
    const file = structuredClone(scenarioFile('blockade')!);
    file.title = `Title ${markup}`;
    file.decisionPoint = `Decision ${markup}`;
    file.roles.tokyo.situation = `Situation ${markup}`;
    file.roles.beijing.redLines = [`Red line ${markup}`];
    file.injects[0]!.headline = `Headline ${markup}`;
    file.debriefQuestions = [`Question ${markup}`];
    file.variants[0]!.description = `Variant ${markup}`;
    const opts = structuredClone(options());
    opts.washington.issueWarnings = { ...opts.washington.issueWarnings!, label: `Label ${markup}`, legalBasis: `Basis ${markup}` };

    const doc = packetDocument(contextFor(file, file.variants[0]!.id, opts)) as unknown as FakeElement;
    expect(findAll(doc, (e) => ['IMG', 'SCRIPT', 'B'].includes(e.tagName))).toEqual([]);
    const texts = allText(doc).map((t) => t.data);
    for (const prefix of ['Title', 'Decision', 'Situation', 'Red line', 'Headline', 'Question', 'Variant', 'Label', 'Basis']) {
      expect(texts.some((t) => t.includes(`${prefix} ${markup}`)), prefix).toBe(true);
    }
    expect(byTag(roleSectionOf(doc, 'washington'), 'h4').map((x) => x.textContent)).toContain(`Label ${markup}`);
  });

  it('builds elements and text nodes only: the packets code never reaches for an HTML parser', () => {
    const dir = new URL('../../ui/app/packets/', import.meta.url);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(new URL(name, dir), 'utf8');
      expect(source, name).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|DOMParser|createContextualFragment|document\.write/);
    }
  });

  it('the role picker marks unticked sections to be left out of print, and Print prints', () => {
    const doc = view('blockade', 'base');
    const boxes = findAll(doc, (e) => e.tagName === 'INPUT' && e.getAttribute('type') === 'checkbox');
    expect(boxes.map((b) => b.parentNode!.textContent.trim())).toEqual([
      'Cover: the decision point and how the session runs', 'Beijing team packet', 'Taipei team packet', 'Tokyo team packet',
      'Washington team packet', 'Facilitator sheet (keep it from the teams)',
    ]);
    expect(boxes.every((b) => b.checked)).toBe(true);
    expect(byClass(doc, SKIPPED)).toEqual([]);

    // Print Tokyo's packet only.
    for (const b of boxes.filter((x) => x.getAttribute('aria-controls') !== 'packet-tokyo')) {
      b.checked = false;
      b.dispatch('change');
    }
    expect(byClass(doc, SKIPPED).map((s) => s.getAttribute('data-section'))).toEqual(['cover', 'beijing', 'taipei', 'washington', 'facilitator']);
    const cover = boxes[0]!;
    cover.checked = true;
    cover.dispatch('change');
    expect(roleSectionOf(doc, 'beijing').classList.contains(SKIPPED)).toBe(true);
    expect(sectionsOf(doc)[0]!.classList.contains(SKIPPED)).toBe(false);
    // Each box controls the section it names.
    for (const b of boxes) expect(findAll(doc, (e) => e.getAttribute('id') === b.getAttribute('aria-controls'))).toHaveLength(1);

    const button = findAll(doc, (e) => e.tagName === 'BUTTON' && e.textContent === 'Print');
    expect(button).toHaveLength(1);
    button[0]!.dispatch('click');
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says why when the scenario or the variant does not exist', () => {
    const noScenario = view('atlantis', 'base');
    expect(sectionsOf(noScenario)).toEqual([]);
    expect(findAll(noScenario, (e) => e.getAttribute('role') === 'alert')[0]!.textContent)
      .toBe(`There is no scenario "atlantis". The scenarios are: ${scenarioFiles().map((f) => f.id).join(', ')}.`);
    const noVariant = view('blockade', 'moonbase');
    expect(sectionsOf(noVariant)).toEqual([]);
    expect(findAll(noVariant, (e) => e.getAttribute('role') === 'alert')[0]!.textContent).toMatch(/no variant "moonbase".*base, takaichi-reading, no-resupply/);
  });
});

describe('scenario data in words', () => {
  it('reads conditions as people count turns, and compounds with brackets where needed', () => {
    const blockade: FileCondition = { track: 'beijing', region: 'coercion', in: ['blockade'] };
    expect(conditionInWords({ turnAtLeast: 2 })).toBe('from turn 3 on');
    expect(conditionInWords({ all: [blockade, { turnAtLeast: 2 }] })).toBe("Beijing's coercion: a declared blockade; and from turn 3 on");
    expect(conditionInWords({ track: 'tokyo', region: 'determination', in: ['survivalThreateningSituation', 'armedAttackSituation'] }))
      .toBe("Tokyo's legal determination: a survival-threatening situation or an armed attack situation");
    expect(conditionInWords({ any: [{ flag: 'japanAttacked' }, { all: [blockade, { indicator: 'lngDays', op: '<=', value: 3 }] }] }))
      .toBe("Japan has been attacked; or (Beijing's coercion: a declared blockade; and LNG in storage at or below 3)");
    expect(conditionInWords({ not: { portSeized: true } })).toBe('not (the PLA holds a working port)');
    expect(effectInWords({ indicator: 'oilDays', add: -2 })).toBe('Oil in storage \u22122');
    expect(effectInWords({ raiseFlag: 'usForcesAttacked' })).toBe('US forces have been attacked');
  });

  it("says what each variant changes, against the scenario's own values", () => {
    const file = scenarioFile('blockade')!;
    const base = overlay(defaults().params, file.params);
    const changes = (id: string) => variantChangesInWords(file, file.variants.find((v) => v.id === id)!, base);
    expect(changes('base')).toEqual([]);
    expect(changes('takaichi-reading')).toEqual(['An armed attack on Taiwan alone can ground a survival-threatening situation for Japan.']);
    const noResupply = changes('no-resupply');
    expect(noResupply[0]).toBe('Washington may never intervene directly.');
    expect(noResupply.slice(1)).toEqual([
      expect.stringMatching(/^Rule "Share of the shipping gap US convoys close": 0 \(instead of [\d.]+\)\.$/),
      expect.stringMatching(/^Rule "Share of the shipping gap SDF escorts close inside the zone": 0 \(instead of [\d.]+\)\.$/),
    ]);
    // The turn named for a delayed US intervention is the first the engine allows it in.
    const invasion = scenarioFile('invasion')!;
    const delayed = loadScenario('invasion', 'us-delayed');
    if (typeof delayed === 'string') throw new Error(delayed);
    const start = createGame(delayed, 'packets');
    const firstTurn = Array.from({ length: 50 }, (_, k) => k).find((k) => factsOf({ ...start, turn: k, day: k * delayed.turnDays }, delayed.legal).usMayIntervene)! + 1;
    expect(variantChangesInWords(invasion, invasion.variants.find((v) => v.id === 'us-delayed')!, overlay(defaults().params, invasion.params)))
      .toContain(`Washington may intervene directly from day ${delayed.legal.usInterventionFromDay} (turn ${firstTurn}).`);

    for (const f of scenarioFiles()) {
      for (const v of f.variants) {
        for (const line of variantChangesInWords(f, v, overlay(defaults().params, f.params))) expect(line, `${f.id}/${v.id}`).not.toMatch(CAMEL_ID);
      }
    }
  });
});
