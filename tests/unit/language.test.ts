// The English check judges sentences, not tables: results, scoreboards and market tables are English
// text made of names and numbers; prose in another language is still refused. Texts written for
// the test.
import { ingestKnowledge } from '../setup/ingest';
import { judgeEnglish, proseWords } from '../../src/ingest/language';

const k = ingestKnowledge().language;

const ROWING_RESULTS = [
  'ROWING - LUCERNE REGATTA RESULTS .',
  'LUCERNE 2003-07-12',
  'Results of the regatta on Saturday :',
  'Single sculls final',
  '1. Olaf Tufte ( Norway ) 6:50.12',
  '2. Marcel Hacker ( Germany ) 6:52.40',
  '3. Iztok Cop ( Slovenia ) 6:55.01',
  'Double sculls final',
  '1. Spik / Cop ( Slovenia ) 6:14.33',
  '2. Galtarossa / Sartori ( Italy ) 6:16.20',
  'Lightweight fours , heat one : Denmark 5:58.21 , Australia 6:01.77 , Canada 6:03.02',
].join('\n');

const BOND_TABLE = [
  'NEW ISSUE - Harbor Co Water Auth , Ore',
  'AMT : 4,500,000 DATE : 03/11/03 NYC Time : 1100',
  'ISSUER : Harbor Co Water Authority ST : OR',
  'ISSUE : Water rev ( sewer imp ) Series 2003-B TAX STAT : Exempt',
  'DTD : 03/01/03 SURE BID : N',
  'M / SP / F : Aa2 / AA / NA BOOK ENTRY : Y',
].join('\n');

const PORTUGUESE = [
  'O governo de Lisboa anunciou na segunda-feira que as conversações com Madrid sobre a barragem do rio Tejo foram suspensas por tempo indeterminado.',
  'O ministro do Ambiente disse aos jornalistas que Portugal não aceitará nenhuma solução que reduza o caudal do rio durante o verão.',
].join('\n\n');

describe('judging English', () => {
  it('accepts results tables and market tables: too little prose to judge, never refused', () => {
    expect(judgeEnglish(ROWING_RESULTS, k).english).not.toBe(false);
    expect(judgeEnglish(BOND_TABLE, k).english).not.toBe(false);
  });

  it('judges only the lines that read as sentences', () => {
    const words = proseWords(`${ROWING_RESULTS}\nThe Norwegian led from the start and held off a late challenge from the German in the last 500 metres .`);
    expect(words.slice(0, 4)).toEqual(['the', 'norwegian', 'led', 'from']);
    expect(words).not.toContain('tufte');
  });

  it('still refuses prose in another language', () => {
    const verdict = judgeEnglish(PORTUGUESE, k);
    expect(verdict.english).toBe(false);
    expect(verdict.ratio).toBeLessThan(k.minRatio);
  });

  it('accepts English prose that follows a table', () => {
    const report = `${BOND_TABLE}\n\nThe authority said it would use the proceeds to replace two pumping stations that have failed repeatedly since the floods of last winter, and that the bonds would be repaid from water rates over twenty years.\nOfficials told the county board on Tuesday that the work could start in the spring if the sale goes ahead as planned.`;
    expect(judgeEnglish(report, k).english).toBe(true);
  });
});
