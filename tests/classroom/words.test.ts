// Every refusal a class gives and every error the server sends has its words.
import { describe, expect, it } from 'vitest';
import { WIRE_ERRORS, type ClassRefusal } from '../../engine/classroom/index.ts';
import { classRefusalText, wireErrorText } from '../../scenarios/words/classroom.ts';
import { catalogKeys } from '../../scenarios/words/words.ts';

// One of each code: the type makes this list complete, so a new refusal without words fails to compile or here.
const SAMPLES: { [C in ClassRefusal['code']]: Extract<ClassRefusal, { code: C }> } = {
  engine: { code: 'engine', refusal: { code: 'reasonNeeded' } },
  gameOver: { code: 'gameOver', outcome: 'stalemate' },
  paused: { code: 'paused' },
  notAllowed: { code: 'notAllowed', intent: 'resolve' },
  seatIsBot: { code: 'seatIsBot', role: 'tokyo' },
  notATeam: { code: 'notATeam', role: 'beijing' },
  toSelf: { code: 'toSelf' },
  notADecision: { code: 'notADecision', decision: 'launchInvasion' },
  closed: { code: 'closed', role: 'tokyo', decision: 'determineArmedAttackSituation', why: { open: false, why: 'guards', failed: [] } },
  notLocked: { code: 'notLocked' },
  statementMade: { code: 'statementMade', turn: 2 },
  noSuchProposal: { code: 'noSuchProposal', proposal: 3 },
  notAddressedToYou: { code: 'notAddressedToYou', proposal: 3 },
  notYourProposal: { code: 'notYourProposal', proposal: 3 },
  proposalAnswered: { code: 'proposalAnswered', proposal: 3, status: 'rejected' },
  noTerms: { code: 'noTerms' },
  tooManyTerms: { code: 'tooManyTerms', max: 10 },
  badTerm: { code: 'badTerm', term: 'x y' },
  repeatedTerm: { code: 'repeatedTerm', term: 'ceasefire' },
  tooManyOpenProposals: { code: 'tooManyOpenProposals', max: 5 },
  talkFull: { code: 'talkFull', max: 2000 },
  injectPlayed: { code: 'injectPlayed', inject: 'tanker-mined' },
  noSuchPending: { code: 'noSuchPending', index: 0 },
  alreadyPaused: { code: 'alreadyPaused' },
  notPaused: { code: 'notPaused' },
  noTimer: { code: 'noTimer' },
  seatUnchanged: { code: 'seatUnchanged', role: 'taipei', seat: 'bot:hawkish' },
  noTeams: { code: 'noTeams' },
  textEmpty: { code: 'textEmpty' },
  textTooLong: { code: 'textTooLong', max: 280 },
  hiddenCharacter: { code: 'hiddenCharacter', at: 5, character: '\\x1b' },
};

describe('classroom words', () => {
  it('say every refusal as a sentence, with its data and no raw code', () => {
    for (const r of Object.values(SAMPLES)) {
      const text = classRefusalText(r);
      expect(text, r.code).not.toMatch(/^classroom\.|[{}]/);
      expect(text, r.code).toMatch(/[.!?]$/);
    }
    expect(classRefusalText(SAMPLES.statementMade)).toContain('turn 3');
    expect(classRefusalText(SAMPLES.noSuchPending)).toContain('number 1');
    expect(classRefusalText(SAMPLES.seatUnchanged)).toBe('Taipei is already played by a hawkish bot.');
    expect(classRefusalText(SAMPLES.closed)).toContain('Closed now');
  });

  it('say every error a device can be sent', () => {
    for (const code of WIRE_ERRORS) {
      const text = wireErrorText(code, { max: 8192, detail: 'intent.kind: invalid' });
      expect(text, code).not.toMatch(/^classroom\.|[{}]/);
    }
    expect(catalogKeys().filter((k) => k.startsWith('classroom.wire.')).map((k) => k.slice('classroom.wire.'.length)).sort()).toEqual([...WIRE_ERRORS].sort());
  });
});
