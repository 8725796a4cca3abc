// Negotiation with stated terms, through the app's session: a person's proposal goes to the engine
// with its terms and note, a refused one leaves the game as it was, and the narration and the
// debrief say what was offered and what was agreed, who gives what.
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../engine/index.ts';
import { describeTurn } from '../../cli/describe.ts';
import { narrateTurn } from '../../scenarios/words/narrate.ts';
import { compareSessions } from '../../ui/app/debrief/compare.ts';
import { debriefDoc, debriefHtml, debriefMarkdown } from '../../ui/app/debrief/exportDebrief.ts';
import { talksOf } from '../../ui/app/debrief/talks.ts';
import { checkChoice, playTurn, startSession, type PersonChoice, type PersonChoices, type Session } from '../../ui/app/session.ts';

const TEXT = {
  liftMeasures: 'Beijing ends its inspections or blockade and its forces return to their ports.',
  releaseShips: 'Ships and crews held in the inspections are released.',
  reaffirmStatusQuo: 'Taipei undertakes to take no step toward a formal change of status.',
  pauseArmsPurchases: 'Taipei pauses new arms purchases from the United States for a year.',
};

const NOTE = 'Offered in good faith; <b>ships</b> first & talks after.';
const TAIPEI_OFFER: PersonChoice = { decision: 'proposeSettlement', proposal: { terms: ['pauseArmsPurchases', 'liftMeasures', 'reaffirmStatusQuo', 'releaseShips'], note: NOTE } };

function ok(r: { ok: true; value: Session } | { ok: false; error: string }): Session {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** The blockade with people playing Beijing and Taipei: a blockade, then talks, then the turns given. */
function atTheTable(...turns: PersonChoices[]): Session {
  let s = ok(startSession({ scenarioId: 'blockade', variant: 'base', seed: 'talks', seats: { beijing: 'human', taipei: 'human', tokyo: 'bot:cautious', washington: 'bot:cautious' } }));
  for (const d of [{ beijing: 'declareBlockade' }, { taipei: 'openNegotiations' }, ...turns]) s = ok(playTurn(s, d));
  return s;
}

describe('a person puts terms on the table', () => {
  it('plays the proposal through the engine: the command carries the terms and note, and the offer is on the table', () => {
    const s = atTheTable({ taipei: TAIPEI_OFFER });
    const command = s.turns.at(-1)!.commands.find((c) => c.role === 'taipei')!;
    expect(command).toEqual({ turn: 2, role: 'taipei', decision: 'proposeSettlement', by: 'human', proposal: TAIPEI_OFFER.proposal });
    expect(s.state.talks.offer).toEqual({ ...TAIPEI_OFFER.proposal, by: 'taipei', turn: 2 });
  });

  it('a choice given as a bare decision name still plays as before', () => {
    const s = atTheTable({ taipei: 'rationEnergy' });
    expect(s.turns.at(-1)!.commands.find((c) => c.role === 'taipei')).toMatchObject({ decision: 'rationEnergy', by: 'human' });
    expect(s.turns.at(-1)!.commands.find((c) => c.role === 'taipei')).not.toHaveProperty('proposal');
  });

  it('the other side accepts: the game ends in a settlement that holds those terms', () => {
    const s = atTheTable({ taipei: TAIPEI_OFFER }, { beijing: 'agreeSettlement' });
    expect(s.state.outcome).toBe('negotiatedSettlement');
    expect(s.state.ending).toBe('settlementAgreed');
    expect(s.state.talks.agreed).toEqual({ ...TAIPEI_OFFER.proposal, by: 'taipei', turn: 2 });
  });
});

describe('a proposal the engine refuses', () => {
  const refusals: [string, PersonChoice, string][] = [
    ['no terms', { decision: 'proposeSettlement', proposal: { terms: [], note: '' } }, 'Taipei must name the terms of the settlement it proposes.'],
    ['a tab in the note', { decision: 'proposeSettlement', proposal: { terms: ['liftMeasures'], note: 'one\ttwo' } }, 'The note may not contain control or invisible characters (character 4 is \\t).'],
    ['a note of 501 characters', { decision: 'proposeSettlement', proposal: { terms: ['liftMeasures'], note: 'x'.repeat(501) } }, 'The note may be at most 500 characters.'],
    ['a term the scenario lacks', { decision: 'proposeSettlement', proposal: { terms: ['handOverPenghu'], note: '' } }, '"handOverPenghu" is not one of the terms this scenario allows.'],
    ['terms with another decision', { decision: 'rationEnergy', proposal: { terms: ['liftMeasures'], note: '' } }, 'Terms go with proposing a settlement, not with "Ration energy".'],
  ];
  for (const [what, choice, message] of refusals) {
    it(`${what}: refused in words before the turn and when played, and the game is as it was`, () => {
      const s = atTheTable();
      const before = { turns: s.turns.length, state: s.state, hash: stateHash(s.state) };
      expect(checkChoice(s, 'taipei', choice)).toBe(message);
      const r = playTurn(s, { taipei: choice });
      expect(r).toEqual({ ok: false, error: message });
      expect(s.turns).toHaveLength(before.turns);
      expect(s.state).toBe(before.state);
      expect(stateHash(s.state)).toBe(before.hash);
      // The same seat can go on with a proposal the engine takes.
      expect(checkChoice(s, 'taipei', TAIPEI_OFFER)).toBeNull();
      expect(ok(playTurn(s, { taipei: TAIPEI_OFFER })).state.talks.offer?.by).toBe('taipei');
    });
  }
});

describe('the narration says what was proposed and what was agreed', () => {
  const s = atTheTable({ taipei: TAIPEI_OFFER }, { beijing: 'agreeSettlement' });
  const [offered, agreed] = s.turns.slice(-2);
  const taipeiLines = [
    `Beijing gives: ${TEXT.liftMeasures} ${TEXT.releaseShips}`,
    `Taipei gives: ${TEXT.reaffirmStatusQuo} ${TEXT.pauseArmsPurchases}`,
    `Taipei's note: “${NOTE}”`,
  ];

  it('the turn of the offer: who puts terms on the table, who gives what (in the scenario\'s order), the note', () => {
    expect(narrateTurn(offered!.events, s.scenario, s.states[s.states.length - 2]!).talks).toEqual(['Taipei puts terms on the table.', ...taipeiLines]);
  });

  it('the turn of the agreement: whose terms of which turn, accepted by whom, and the terms themselves', () => {
    expect(narrateTurn(agreed!.events, s.scenario, s.state).talks).toEqual(['Beijing and Taipei agree a settlement: Taipei\'s terms of turn 3, accepted by Beijing.', ...taipeiLines]);
  });

  it('a turn without talks says nothing of them', () => {
    expect(narrateTurn(s.turns[0]!.events, s.scenario, s.states[1]!).talks).toEqual([]);
  });

  it('the terminal tells the same, under the decisions', () => {
    const text = describeTurn(agreed!, s.state, s.scenario);
    expect(text).toContain('Beijing: Accept Taipei\'s terms.');
    for (const line of taipeiLines) expect(text).toContain(line);
  });
});

describe("the debrief's negotiations", () => {
  it('the settlement agreed: whose terms, who accepted them and when, who gives what, the note', () => {
    const s = atTheTable({ beijing: { decision: 'proposeSettlement', proposal: { terms: ['releaseShips', 'pauseArmsPurchases'], note: '' } } }, { taipei: TAIPEI_OFFER }, { beijing: 'agreeSettlement' });
    const talks = talksOf(s);
    expect(talks.settlement).toMatchObject({
      by: 'taipei', turn: 3, accepter: 'beijing', agreedIn: 4, note: NOTE,
      summary: "Taipei's terms of turn 4, accepted by Beijing in turn 5.",
      gives: [
        { by: 'beijing', title: 'Beijing gives', terms: [TEXT.liftMeasures, TEXT.releaseShips] },
        { by: 'taipei', title: 'Taipei gives', terms: [TEXT.reaffirmStatusQuo, TEXT.pauseArmsPurchases] },
      ],
    });
    expect(talks.offers.map((o) => [o.heading, o.fate, o.fateText])).toEqual([
      ["Turn 3: Beijing's terms", 'replaced', 'Replaced by a later offer.'],
      ["Turn 4: Taipei's terms", 'agreed', 'Agreed.'],
    ]);
    expect(talks.offers[0]!.gives).toEqual([
      { by: 'beijing', title: 'Beijing gives', terms: [TEXT.releaseShips] },
      { by: 'taipei', title: 'Taipei gives', terms: [TEXT.pauseArmsPurchases] },
    ]);
  });

  it('offers that came to nothing: still on the table, or lapsed when the talks were broken off', () => {
    const onTable = talksOf(atTheTable({ taipei: TAIPEI_OFFER }));
    expect(onTable.settlement).toBeNull();
    expect(onTable.offers.map((o) => o.fateText)).toEqual(['Still on the table at the end.']);
    const lapsed = talksOf(atTheTable({ taipei: TAIPEI_OFFER }, { taipei: 'breakOffNegotiations' }));
    expect(lapsed.offers.map((o) => o.fate)).toEqual(['lapsed']);
    expect(talksOf(atTheTable()).offers).toEqual([]);
  });

  it('the exported HTML and Markdown hold the settlement and the offers, the note as text only', () => {
    const s = atTheTable({ taipei: TAIPEI_OFFER }, { beijing: 'agreeSettlement' });
    const doc = debriefDoc(s, { charts: [], futures: null, comparison: null });
    const html = debriefHtml(doc);
    expect(html).toContain('<h2>2. Negotiations</h2>');
    expect(html).toContain('<h3>The settlement agreed</h3><p>Taipei&#39;s terms of turn 3, accepted by Beijing in turn 4.</p>');
    expect(html).toContain(`<h4>Beijing gives</h4><ul><li>${TEXT.liftMeasures}</li><li>${TEXT.releaseShips}</li></ul>`);
    expect(html).toContain('<h4>Taipei gives</h4>');
    expect(html).toContain('Offered in good faith; &lt;b&gt;ships&lt;/b&gt; first &amp; talks after.');
    expect(html).not.toContain('<b>ships</b>');
    expect(html).toContain('<h2>3. Legal thresholds crossed</h2>');
    const md = debriefMarkdown(doc);
    expect(md).toContain('## 2. Negotiations');
    expect(md).toContain('### The settlement agreed');
    expect(md).toContain('- **Beijing gives**\n  - Beijing ends its inspections or blockade and its forces return to their ports.');
    expect(md).toContain("1. **Turn 3: Taipei's terms**");
    expect(md).toContain('&lt;b&gt;ships&lt;/b&gt; first &amp; talks after.');
    expect(md).not.toMatch(/<b>/);
  });

  it('a game without talks says so', () => {
    const s = atTheTable();
    const md = debriefMarkdown(debriefDoc(s, { charts: [], futures: null, comparison: null }));
    expect(md).toContain('## 2. Negotiations\n\nNo terms were put on the table in this game.');
  });

  it('two games that differ only in the terms put on the table part there, by decision, not by chance', () => {
    const other: PersonChoice = { decision: 'proposeSettlement', proposal: { terms: ['liftMeasures'], note: NOTE } };
    const c = compareSessions(atTheTable({ taipei: TAIPEI_OFFER }), atTheTable({ taipei: other }));
    expect(c.divergence).toMatchObject({ turn: 2, kind: 'decisions', roles: ['taipei'] });
  });
});
