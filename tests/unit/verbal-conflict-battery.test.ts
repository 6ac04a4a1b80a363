// A broad battery of ACCUSATION (CAMEO 11) and REJECTION (CAMEO 12) phrasings as news writes
// them: many verbs, voices, tenses and word orders, speakers named or only typed ("the ministry"),
// and negatives (a reporter's words without an actor, a physical denial, a refusal by nobody
// named, someone else's criticism in the words). Sentences written for this test: other
// countries, people and phrasings than the seeds and fixtures. One case, one short article.
import { edgesOf, type Edge } from '../setup/extract-text';
import { IMPLICIT_ACCUSATIONS } from './verbal-conflict-battery.cases';

interface Case {
  /** The body of a one-sentence (or two) article. */
  text: string;
  type: 'ACCUSATION' | 'REJECTION';
  /** A word of the source's name (or of any of several acceptable sources); absent for a negative case. */
  source?: string | string[];
  /** A word of the target's name; null when no target is asked for. */
  target?: string | null;
  /** Negative: no edge of the type at all (or none by `source` when it is given). */
  none?: boolean;
  /** A phrasing the detectors do not read yet: run and reported, not asserted. */
  gap?: boolean;
}

const fold = (s: string | null | undefined): string => (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const named = (name: string | null | undefined, word: string | string[]): boolean => (Array.isArray(word) ? word : [word]).some((w) => fold(name).includes(fold(w)));

function check(edges: Edge[], c: Case): boolean {
  const typed = edges.filter((e) => e.type === c.type);
  if (c.none) return c.source === undefined ? typed.length === 0 : !typed.some((e) => named(e.source, c.source ?? []));
  return typed.some((e) => named(e.source, c.source ?? []) && (c.target === undefined || c.target === null || named(e.target, c.target)));
}

const A = 'ACCUSATION';
const R = 'REJECTION';

const CASES: Case[] = [
  // CAMEO 111: criticise, denounce
  { text: 'Chile condemned Peru\'s decision to close the border crossing.', type: A, source: 'Chile', target: 'Peru' },
  { text: 'Kenya slammed Uganda over the fishing ban on the lake.', type: A, source: 'Kenya', target: 'Uganda' },
  { text: 'Brazilian President Luiz Inacio Lula da Silva lashed out at the International Monetary Fund on Monday.', type: A, source: 'Lula', target: 'Monetary Fund' },
  { text: 'Norwegian Foreign Minister Espen Barth Eide called Russia\'s move irresponsible.', type: A, source: 'Eide', target: 'Russia' },
  { text: 'The Polish government described the decision by Belarus as a violation of international law.', type: A, source: 'Poland', target: 'Belarus' },
  { text: 'Ghana denounced the military junta in Niger on Thursday.', type: A, source: 'Ghana', target: 'Niger' },
  { text: 'Indonesia criticised Australia for its handling of the boat arrivals.', type: A, source: 'Indonesia', target: 'Australia' },
  { text: 'The Vietnamese foreign ministry strongly criticized China on Thursday.', type: A, source: 'Vietnam', target: 'China' },
  { text: 'Ecuadorian President Daniel Noboa criticized Mexico for granting asylum to the former vice president.', type: A, source: 'Noboa', target: 'Mexico' },
  { text: 'Senegalese Prime Minister Ousmane Sonko decried France\'s military presence in West Africa.', type: A, source: 'Sonko', target: 'France', gap: true },
  { text: 'Japan lodged a strong protest with China over the vessel\'s intrusion.', type: A, source: 'Japan', target: 'China' },
  { text: 'The Philippines protested to China over the water cannon attack on its boat.', type: A, source: 'Philippines', target: 'China' },
  { text: 'The Turkish foreign ministry said Sweden\'s decision was unacceptable.', type: A, source: 'Turk', target: 'Sweden' },
  { text: 'Colombian President Gustavo Petro said Ecuador\'s raid was a flagrant violation of sovereignty.', type: A, source: 'Petro', target: 'Ecuador' },
  { text: 'Serbia was sharply criticised by Croatia on Tuesday.', type: A, source: 'Croatia', target: 'Serbia' },
  { text: 'Mexican President Claudia Sheinbaum renewed her criticism of the United States over the deportations.', type: A, source: 'Sheinbaum', target: 'United States' },
  { text: 'In a statement, Egypt condemned Ethiopia\'s unilateral filling of the dam.', type: A, source: 'Egypt', target: 'Ethiopia' },
  { text: 'Hungary has repeatedly criticised Ukraine over its language law.', type: A, source: 'Hungary', target: 'Ukraine' },
  { text: 'Turkey\'s moves in the Aegean are illegal and provocative, Greek Foreign Minister George Gerapetritis said.', type: A, source: 'Gerapetritis', target: 'Turkey' },
  { text: '"This is blackmail," Serbian President Aleksandar Vucic said of the European Union\'s demand.', type: A, source: 'Vucic', target: 'European Union' },
  { text: 'Canada rebuked India on Monday over the killing of a Sikh activist.', type: A, source: 'Canada', target: 'India' },
  { text: 'Nigeria\'s foreign ministry described the sanctions imposed by ECOWAS as illegal and inhumane.', type: A, source: 'Nigeria', target: 'ECOWAS' },
  { text: 'Cuba denounced the American embargo as criminal, Cuban Foreign Minister Bruno Rodriguez said.', type: A, source: ['Rodriguez', 'Cuba'] },
  { text: 'Syria condemned Israel\'s air strikes on the outskirts of Damascus.', type: A, source: 'Syria', target: 'Israel' },
  { text: 'The Estonian foreign minister, Margus Tsahkna, castigated Russia for the airspace violation.', type: A, source: 'Tsahkna', target: 'Russia' },
  { text: 'Bolivian President Luis Arce lambasted Argentina over the arms shipment.', type: A, source: 'Arce', target: 'Argentina' },
  { text: 'Thai Prime Minister Paetongtarn Shinawatra called Cambodia\'s troop deployment a dangerous provocation.', type: A, source: 'Paetongtarn', target: 'Cambodia' },
  { text: 'South Africa\'s foreign ministry denounced the raid as an act of aggression by Rwanda.', type: A, source: 'South Africa', target: 'Rwanda' },
  { text: 'Austria deplored Italy\'s decision to close the Brenner pass.', type: A, source: 'Austria', target: 'Italy' },
  { text: 'Spanish Prime Minister Pedro Sanchez condemned Israel on Wednesday, saying the strikes were disproportionate.', type: A, source: 'Sanchez', target: 'Israel' },
  { text: 'Ireland said Britain\'s legacy law was a betrayal of the victims.', type: A, source: 'Ireland', target: 'United Kingdom' },
  { text: 'The Lithuanian president, Gitanas Nauseda, has condemned Belarus for sending balloons across the border.', type: A, source: 'Nauseda', target: 'Belarus' },
  { text: 'Peru\'s Congress censured Bolivia for its interference in the election.', type: A, source: ['Peru', 'Congress'], target: 'Bolivia' },
  { text: 'Kazakhstan summoned the Russian ambassador to protest against the remarks of Russian lawmaker Pyotr Tolstoy.', type: A, source: 'Kazakhstan', gap: true },
  { text: 'Finnish President Alexander Stubb said Russia\'s behaviour in the Baltic was reckless and dangerous.', type: A, source: 'Stubb', target: 'Russia' },
  { text: 'Latvia reprimanded Moscow for the cyberattack on its railway.', type: A, source: 'Latvia', target: 'Russia' },
  { text: 'Uruguayan President Yamandu Orsi strongly condemned the coup attempt in Bolivia.', type: A, source: 'Orsi' },
  { text: 'Slamming Chad\'s decision to expel its ambassador, Sudan said the move was hostile.', type: A, source: 'Sudan', target: 'Chad' },
  { text: 'Morocco sharply criticized Algeria on Friday, calling its stance on Western Sahara hostile.', type: A, source: 'Morocco', target: 'Algeria' },
  { text: 'Greece is accusing Turkey of stoking tension in the eastern Mediterranean.', type: A, source: 'Greece', target: 'Turkey' },

  // CAMEO 112: accuse of crime, corruption, abuses, aggression, war crimes, espionage
  { text: 'Pakistan blamed India for the bombing in Quetta.', type: A, source: 'Pakistan', target: 'India' },
  { text: 'Iran held the United States responsible for the death of the general.', type: A, source: 'Iran', target: 'United States' },
  { text: 'Azerbaijan said Armenia was behind the sabotage at the pipeline.', type: A, source: 'Azerbaijan', target: 'Armenia' },
  { text: 'Belarus accused Lithuania of smuggling weapons across the border.', type: A, source: 'Belarus', target: 'Lithuania' },
  { text: 'The Venezuelan government accused Guyana of provoking a war.', type: A, source: 'Venezuela', target: 'Guyana' },
  { text: 'South Korea accused North Korea of war crimes against its prisoners.', type: A, source: 'South Korea', target: 'North Korea' },
  { text: 'China accused the Philippines of violating its sovereignty near the reef.', type: A, source: 'China', target: 'Philippines' },
  { text: 'Moldova accused Russia of meddling in its presidential election.', type: A, source: 'Moldova', target: 'Russia' },
  { text: 'Estonian Prime Minister Kristen Michal accused Moscow of sabotage in the Baltic Sea.', type: A, source: 'Michal', target: 'Russia' },
  { text: 'Algeria alleged that Morocco had spied on its officials with foreign software.', type: A, source: 'Algeria', target: 'Morocco', gap: true },
  { text: 'Ethiopia blamed Eritrea for the renewed fighting in Tigray, Ethiopian Prime Minister Abiy Ahmed said.', type: A, source: ['Abiy', 'Ethiopia'], target: 'Eritrea' },
  { text: 'The Kenyan government has accused Somalia of harbouring militants.', type: A, source: 'Ken', target: 'Somalia' },
  { text: 'Georgia said Russia was responsible for the cyberattack on its parliament.', type: A, source: 'Georgia', target: 'Russia' },
  { text: 'Fijian Prime Minister Sitiveni Rabuka said China bore responsibility for the unrest.', type: A, source: 'Rabuka', target: 'China' },
  { text: 'Guatemala said Honduras was to blame for the closure of the border.', type: A, source: 'Guatemala', target: 'Honduras' },
  { text: 'Ukrainian President Volodymyr Zelensky accused Hungary of blocking the aid package.', type: A, source: 'Zelensky', target: 'Hungary' },
  { text: 'India accused Pakistan on Tuesday of sponsoring cross-border terrorism.', type: A, source: 'India', target: 'Pakistan' },
  { text: 'Rwanda was accused by Congo of backing the rebels in the east.', type: A, source: 'Congo', target: 'Rwanda' },
  { text: 'Mali accused France of espionage after the arrest of a French national.', type: A, source: 'Mali', target: 'France' },
  { text: 'Human Rights Watch accused Saudi Arabia of killing migrants at the Yemeni border.', type: A, source: 'Human Rights Watch', target: 'Saudi Arabia' },
  { text: 'Amnesty International said Myanmar\'s military had committed war crimes in Rakhine.', type: A, source: 'Amnesty', target: 'Myanmar' },
  { text: 'Niger blamed Benin for the closure of the oil pipeline, the junta said on Sunday.', type: A, source: 'Niger', target: 'Benin' },
  { text: 'Iraqi Prime Minister Mohammed Shia al-Sudani blamed Turkey for the attack on the resort.', type: A, source: 'Sudani', target: 'Turkey' },
  { text: 'Tajikistan said Kyrgyzstan had violated the ceasefire on the border.', type: A, source: 'Tajikistan', target: 'Kyrgyzstan' },
  { text: 'Cambodia accused Thailand of firing first, Cambodian Defence Minister Tea Seiha said.', type: A, source: ['Tea Seiha', 'Cambodia'], target: 'Thailand' },
  { text: 'Ecuador charged that Colombia had bombed a camp inside its territory.', type: A, source: 'Ecuador', target: 'Colombia' },
  { text: 'Israel accused Iran of arming the Houthi rebels in Yemen.', type: A, source: 'Israel', target: 'Iran' },
  { text: 'Armenian Prime Minister Nikol Pashinyan accused Azerbaijan of ethnic cleansing in Karabakh.', type: A, source: 'Pashinyan', target: 'Azerbaijan' },
  { text: 'The Chinese embassy in Canberra condemned the remarks by Australian senator James Paterson.', type: A, source: 'Chinese Embassy', target: 'Paterson' },
  { text: 'The ministry of foreign affairs of Ukraine condemned the visit of Hungarian Prime Minister Viktor Orban to Moscow.', type: A, source: 'Ukrain', target: 'Orban', gap: true },

  // CAMEO 114, 115, 116: complain officially, sue, find guilty
  { text: 'South Africa filed a lawsuit against Israel at the International Court of Justice.', type: A, source: 'South Africa', target: 'Israel' },
  { text: 'Ukraine filed a complaint against Russia at the World Trade Organization.', type: A, source: 'Ukraine', target: 'Russia' },
  { text: 'Argentina sued the United Kingdom over the fishing licences near the islands.', type: A, source: 'Argentina', target: 'United Kingdom' },
  { text: 'Gambia brought a case against Myanmar at the International Court of Justice.', type: A, source: 'Gambia', target: 'Myanmar', gap: true },
  { text: 'Australia complained to Beijing about the dangerous manoeuvre by a Chinese fighter jet.', type: A, source: 'Australia', target: 'China' },
  { text: 'The International Criminal Court found Congolese warlord Bosco Ntaganda guilty of war crimes.', type: A, source: 'International Criminal Court', target: 'Ntaganda', gap: true },
  { text: 'Poland took Russia to court over the gas contract, the Polish energy ministry said.', type: A, source: 'Pol', target: 'Russia', gap: true },

  // CAMEO 12: reject, refuse, deny, dismiss
  { text: 'Beijing dismissed the report as groundless.', type: R, source: 'China', target: null },
  { text: 'Israel denied the allegations by Human Rights Watch.', type: R, source: 'Israel', target: 'Human Rights Watch' },
  { text: 'Iran denied reports that it had supplied drones to Sudan.', type: R, source: 'Iran', target: null },
  { text: 'Iran rejected calls by the European Union for new nuclear talks.', type: R, source: 'Iran', target: 'European Union' },
  { text: 'Israeli Prime Minister Benjamin Netanyahu ruled out a Palestinian state.', type: R, source: 'Netanyahu', target: null },
  { text: 'Hamas turned down Israel\'s latest proposal.', type: R, source: 'Hamas', target: 'Israel' },
  { text: 'The United States vetoed the resolution drafted by Algeria.', type: R, source: 'United States', target: 'Algeria' },
  { text: 'Ukraine rejected Russia\'s demand to withdraw from the four regions.', type: R, source: 'Ukraine', target: 'Russia' },
  { text: 'Poland refused to sign the migration pact proposed by the European Commission.', type: R, source: 'Poland', target: 'European Commission' },
  { text: 'North Korea rejected a proposal by South Korea to hold talks at the border.', type: R, source: 'North Korea', target: 'South Korea' },
  { text: 'Armenian Prime Minister Nikol Pashinyan refused to resign despite the protests.', type: R, source: 'Pashinyan', target: null },
  { text: 'Saudi Arabia rebuffed Washington\'s request to increase oil output.', type: R, source: 'Saudi Arabia', target: 'United States' },
  { text: 'The Indian foreign ministry rejected Canada\'s allegations as absurd.', type: R, source: 'Indian', target: 'Canada' },
  { text: 'Pakistan dismissed India\'s claims of a militant camp in Kashmir.', type: R, source: 'Pakistan', target: 'India' },
  { text: 'Morocco declined an offer of aid from Algeria after the earthquake.', type: R, source: 'Morocco', target: 'Algeria' },
  { text: 'Brazilian Foreign Minister Mauro Vieira said Brazil would not accept the tariffs imposed by Washington.', type: R, source: 'Vieira', target: null },
  { text: 'Serbia will never recognise Kosovo, Serbian President Aleksandar Vucic said.', type: R, source: 'Vucic', target: null },
  { text: 'Danish Prime Minister Mette Frederiksen rejected an offer from U.S. President Donald Trump to buy Greenland.', type: R, source: 'Frederiksen', target: 'Trump' },
  { text: 'Ethiopia refuted Egypt\'s claims about the dam.', type: R, source: 'Ethiopia', target: 'Egypt' },
  { text: 'Qatar\'s foreign ministry dismissed the reports as baseless.', type: R, source: 'Qatar', target: null },
  { text: 'The Japanese government has turned down a request from South Korea for compensation.', type: R, source: 'Japan', target: 'South Korea' },
  { text: 'Argentine President Javier Milei rejected the International Monetary Fund\'s demand for a devaluation.', type: R, source: 'Milei', target: 'Monetary Fund' },
  { text: 'Lithuania defied China\'s demand to close the Taiwanese office.', type: R, source: 'Lithuania', target: 'China' },
  { text: 'Turkey said it would not approve Sweden\'s bid to join NATO.', type: R, source: 'Turkey', target: null },
  { text: 'Kosovo has no intention of withdrawing its police from the north, Kosovar Prime Minister Albin Kurti said.', type: R, source: 'Kurti', target: null },
  { text: 'Taiwan will never accept the formula proposed by China, President Lai Ching-te said.', type: R, source: 'Lai', target: 'China' },
  { text: 'Russia vetoed a Security Council resolution on Sudan drafted by Britain.', type: R, source: 'Russia', target: 'United Kingdom', gap: true },
  { text: 'The Chinese embassy in London rejected the accusations by the British government as malicious slander.', type: R, source: 'Chinese Embassy', target: 'United Kingdom' },
  { text: 'Venezuela refused to recognise the ruling of the International Court of Justice.', type: R, source: 'Venezuela', target: null },
  { text: 'Zimbabwean President Emmerson Mnangagwa dismissed calls by the opposition to step down.', type: R, source: 'Mnangagwa', target: null },
  { text: 'The Kremlin denied that Russian troops were involved in the attack.', type: R, source: 'Kremlin', target: null },
  { text: 'Egypt flatly rejected the American plan to move Palestinians to Sinai.', type: R, source: 'Egypt', target: 'United States', gap: true },
  { text: 'Germany said it would not send Taurus missiles to Ukraine, rejecting a request from Kyiv.', type: R, source: 'Germany', target: 'Ukraine' },
  { text: 'Colombian President Gustavo Petro refused a request from Washington to accept deportation flights.', type: R, source: 'Petro', target: 'United States', gap: true },
  { text: '"We reject this ultimatum," Malian Prime Minister Choguel Maiga said of the ECOWAS demand.', type: R, source: 'Maiga', target: 'ECOWAS' },
  { text: 'The Nigerian army denied that its soldiers had killed civilians in the village.', type: R, source: 'Nigeria', target: null, gap: true },
  { text: 'Slovakia voted against the sanctions package proposed by the European Commission.', type: R, source: 'Slovakia', target: 'European Commission' },
  { text: 'Hungary blocked the European Union\'s aid package for Ukraine.', type: R, source: 'Hungary', target: 'European Union', gap: true },
  { text: 'Vietnam said the claims by China had no legal basis.', type: R, source: 'Vietnam', target: 'China' },
  { text: 'Bangladesh brushed aside the criticism from Myanmar.', type: R, source: 'Bangladesh', target: 'Myanmar' },
  { text: 'Indian Foreign Minister Subrahmanyam Jaishankar said India would not bow to pressure from the United States.', type: R, source: 'Jaishankar', target: 'United States' },
  { text: 'Iranian Foreign Minister Abbas Araghchi said talks with Washington were out of the question.', type: R, source: 'Araghchi', target: null },
  { text: 'Sri Lanka said the report by the United Nations was biased and unfounded.', type: R, source: 'Sri Lanka', target: 'United Nations' },
  { text: 'The Russian embassy in Berlin called the German report a fabrication.', type: R, source: 'Russian Embassy', target: null },
  { text: 'Nicaragua refused to allow the United Nations investigators into the country.', type: R, source: 'Nicaragua', target: null },

  // More shapes: an act of a possessive subject, blame for a harm, a declined offer, a label that denies
  { text: 'Serbian Foreign Minister Marko Djuric said Kosovo\'s police raids undermine the agreement.', type: A, source: 'Djuric', target: 'Kosovo' },
  { text: 'Peruvian Prime Minister Gustavo Adrianzen said Bolivia\'s new decree violates the treaty.', type: A, source: 'Adrianzen', target: 'Bolivia' },
  { text: 'Lebanon said Israel was behind the explosion at the port.', type: A, source: 'Lebanon', target: 'Israel' },
  { text: 'Kosovo said Serbia bore responsibility for the violence in the north.', type: A, source: 'Kosovo', target: 'Serbia' },
  { text: 'The Sudanese army said the Rapid Support Forces were responsible for the killings in El Fasher.', type: A, source: 'Sudan', target: 'Rapid Support Forces', gap: true },
  { text: 'Sweden declined an offer from Hungary to mediate.', type: R, source: 'Sweden', target: 'Hungary' },
  { text: 'Ukraine brushed off the warning from Belarus.', type: R, source: 'Ukraine', target: 'Belarus' },
  { text: 'The Iranian embassy in Paris called the French report nonsense.', type: R, source: 'Iranian Embassy' },
  { text: 'Chile said Peru was responsible for the talks on the maritime border.', type: A, none: true },
  { text: 'Exports to Japan declined sharply last year, Vietnam said.', type: R, none: true },
  { text: 'Venezuelan officials said the ministry was responsible for security at the border.', type: A, none: true },
  { text: 'Norway called the Danish report excellent.', type: R, none: true },

  // Negatives: no actor, a physical denial, a refusal by nobody named, someone else's words
  { text: 'The decision drew sharp criticism from across the region.', type: A, none: true },
  { text: 'Critics accused the government of corruption on Monday.', type: A, none: true },
  { text: 'Israel denied entry to two French lawmakers on Sunday.', type: R, source: 'Israel', none: true },
  { text: 'The refugee refused to return to Syria.', type: R, none: true },
  { text: 'Canada refused to comment on the report.', type: R, none: true },
  { text: 'Spain did not rule out sending troops to the mission.', type: R, none: true },
  { text: 'If Iran rejects the offer, sanctions will follow, French Foreign Minister Jean-Noel Barrot said.', type: R, none: true },
  { text: 'Brazil will not tolerate attacks on its embassy, the Brazilian foreign ministry said.', type: R, none: true },
  { text: 'Germany welcomed the proposal from France.', type: R, none: true },
  { text: 'Mexico did not criticise the United States over the tariffs.', type: A, none: true },
  { text: 'The United States has been accused of hypocrisy.', type: A, none: true },
  { text: 'Accused of corruption, the Peruvian minister resigned on Friday.', type: A, none: true },
  { text: 'Analysts blamed the weak currency for the losses at the bank.', type: A, none: true },
  { text: 'Peruvian Foreign Minister Elmer Schialer said Bolivia had accused Chile of lying.', type: A, source: 'Schialer', none: true },
  { text: 'Hungarian Prime Minister Viktor Orban said the European Union had rejected his plan.', type: R, source: 'Orban', none: true },
  { text: 'The asylum seekers were refused entry at the border with Poland.', type: R, none: true },
  { text: 'Austria was denied access to the funds by the court.', type: R, source: 'Austria', none: true },
  { text: 'Italian Prime Minister Giorgia Meloni met Tunisian President Kais Saied in Tunis on Monday.', type: A, none: true },
  { text: 'Japan said the talks with South Korea were constructive and friendly.', type: A, none: true },
  { text: 'Nepal said it had accepted the proposal from India to reopen the border.', type: R, none: true },
  { text: 'The blast was condemned in a statement on Monday.', type: A, none: true },
  { text: 'The court rejected the appeal of the former minister on Thursday.', type: R, source: 'minister', none: true },
  { text: 'Finland said it would respond to any provocation by Russia.', type: A, none: true },
  { text: 'The Dutch prime minister Dick Schoof said he regretted nothing about the trade deal with Canada.', type: A, target: 'Canada', none: true, gap: true },
  ...IMPLICIT_ACCUSATIONS,
];

const results = new Map<Case, boolean>();

afterAll(() => {
  const failed = CASES.filter((c) => results.get(c) === false);
  const gaps = CASES.filter((c) => c.gap).length;
  const pass = (type: string, neg: boolean): string => {
    const of = CASES.filter((c) => c.type === type && Boolean(c.none) === neg);
    return `${of.filter((c) => results.get(c)).length}/${of.length}`;
  };
  // one line a run: what the battery finds (printed with KG_BATTERY=1)
  if (process.env.KG_BATTERY) {
    console.log(`battery: ACCUSATION ${pass(A, false)}, REJECTION ${pass(R, false)}, negatives ${pass(A, true)} + ${pass(R, true)} (${gaps} known gaps)\n${failed.map((c) => `  ${c.type}${c.none ? ' (none)' : ''}: ${c.text}`).join('\n')}`);
  }
});

describe('ACCUSATION and REJECTION across phrasings', () => {
  test.each(CASES.map((c) => [`${c.none ? 'no ' : ''}${c.type}: ${c.text}`, c] as const))('%s', (_name, c) => {
    const edges = edgesOf(`News\n\n${c.text}`);
    const ok = check(edges, c);
    results.set(c, ok);
    if (!ok && !c.gap) throw new Error(`${c.type}${c.none ? ' (none expected)' : ''}: ${JSON.stringify(edges.filter((e) => e.type === c.type || e.type === 'STATEMENT').map((e) => [e.type, e.source, e.target]))}`);
  });
});
