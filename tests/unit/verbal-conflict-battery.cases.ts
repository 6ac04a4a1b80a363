// More ACCUSATION phrasings for the verbal-conflict battery (verbal-conflict-battery.test.ts): the
// implicit accusations of real news — a wrongdoing or a hostile aim ascribed to another actor
// ("its efforts to intimidate", "has been plotting to", "abused its position"), a side angered by
// an actor's act ("disappointed by the decision of"), a punishment for a wrongdoing ("fined the
// company for"), words of reproach ("repression", "contempt", "an outrage") — and the negatives
// that look like them: negated, hypothetical, the speaker's own side, a place, a worry about no
// actor. Sentences written for this test: other countries, people and phrasings than any fixture.
export interface BatteryCase {
  text: string;
  type: 'ACCUSATION' | 'REJECTION';
  source?: string | string[];
  target?: string | null;
  none?: boolean;
  gap?: boolean;
}

const A = 'ACCUSATION';

export const IMPLICIT_ACCUSATIONS: BatteryCase[] = [
  // a hostile aim: a noun or verb of aim before the "to" of a wrongdoing
  { text: '"Belarus\'s efforts to intimidate our border guards will fail," Polish Interior Minister Tomasz Siemoniak said.', type: A, source: 'Siemoniak', target: 'Belarus' },
  { text: 'Lithuanian Foreign Minister Kestutis Budrys said Belarus was trying to destabilise the region with balloons.', type: A, source: 'Budrys', target: 'Belarus' },
  { text: 'Guyanese President Irfaan Ali said Venezuela has been seeking to annex the Essequibo region.', type: A, source: 'Irfaan Ali', target: 'Venezuela' },
  { text: 'Armenian Prime Minister Nikol Pashinyan said Azerbaijan continues to violate the ceasefire.', type: A, source: 'Pashinyan', target: 'Azerbaijan' },
  { text: 'Ecuadorian President Daniel Noboa said the gangs were plotting to assassinate a prosecutor.', type: A, source: 'Noboa', gap: true },
  { text: 'Somalia said Ethiopia was attempting to annex part of its coastline.', type: A, source: 'Somalia', target: 'Ethiopia' },
  { text: 'Philippine Defense Secretary Gilberto Teodoro said China was trying to intimidate Filipino fishermen near the shoal.', type: A, source: 'Teodoro', target: 'China' },
  { text: 'Moldovan President Maia Sandu said Russia was working to undermine the referendum.', type: A, source: 'Sandu', target: 'Russia' },
  { text: 'Kosovo\'s attempts to harass the Serb minority must stop, Serbian President Aleksandar Vucic said.', type: A, source: 'Vucic', target: 'Kosovo' },
  { text: 'Taiwanese President Lai Ching-te said Beijing had stepped up its campaign to intimidate the island.', type: A, source: 'Lai', target: 'China', gap: true },
  { text: 'Sudanese army chief Abdel Fattah al-Burhan said the United Arab Emirates continued to arm the militia.', type: A, source: 'Burhan', target: 'United Arab Emirates', gap: true },
  { text: 'Georgian President Salome Zourabichvili said Russia had long sought to subjugate Georgia.', type: A, source: 'Zourabichvili', target: 'Russia' },
  { text: 'Rwanda\'s bid to destabilise eastern Congo has failed, Congolese President Felix Tshisekedi said.', type: A, source: 'Tshisekedi', target: 'Rwanda' },
  { text: 'Cuban Foreign Minister Bruno Rodriguez said Washington was conspiring to overthrow the government in Havana.', type: A, source: 'Rodriguez', target: 'United States', gap: true },
  { text: 'Iraqi Prime Minister Mohammed Shia al-Sudani said Turkey was seeking to occupy parts of the north.', type: A, source: 'Sudani', target: 'Turkey', gap: true },
  { text: 'North Korea is working to militarize the border, South Korean President Yoon Suk Yeol said.', type: A, source: 'Yoon', target: 'North Korea' },
  { text: 'Estonian Prime Minister Kristen Michal said Moscow keeps trying to sabotage the undersea cables.', type: A, source: 'Michal', target: 'Russia' },

  // a wrongdoing done: new verbs of wrongdoing (CAMEO 110, 17-20)
  { text: 'The Danish competition authority said Microsoft had abused its dominant position.', type: A, source: 'Danish', target: 'Microsoft', gap: true },
  { text: 'Amnesty International said Egypt had mistreated the detained journalists.', type: A, source: 'Amnesty', target: 'Egypt' },
  { text: 'Ukrainian Foreign Minister Andrii Sybiha said Russian troops had pillaged the museums of Kherson.', type: A, source: 'Sybiha', target: 'Russia', gap: true },
  { text: 'Human Rights Watch said Iran had censored the coverage of the protests.', type: A, source: 'Human Rights Watch', target: 'Iran' },
  { text: 'Nicaragua has degraded its own courts, Costa Rican President Rodrigo Chaves said.', type: A, source: 'Chaves', target: 'Nicaragua', gap: true },
  { text: 'Greek Prime Minister Kyriakos Mitsotakis said Turkey had repeatedly violated Greek airspace.', type: A, source: 'Mitsotakis', target: 'Turkey' },
  { text: 'Mali had blackmailed its neighbours over the border, Algerian Foreign Minister Ahmed Attaf said.', type: A, source: 'Attaf', target: 'Mali' },
  { text: 'Yemeni Prime Minister Ahmed Awad bin Mubarak said the Houthis had hijacked a commercial vessel in the Red Sea.', type: A, source: 'Mubarak', target: 'Houthi' },
  { text: 'Kazakhstan said Kyrgyzstan had destabilized the border with its new checkpoints.', type: A, source: 'Kazakhstan', target: 'Kyrgyzstan' },
  { text: 'Bolivia said Chile was militarizing the Silala river basin.', type: A, source: 'Bolivia', target: 'Chile' },

  // a side angered by an actor's act
  { text: '"We are deeply disappointed by the decision of Hungary," Swedish Foreign Minister Maria Malmer Stenergard said.', type: A, source: 'Stenergard', target: 'Hungary', gap: true },
  { text: 'Kenyan President William Ruto said Nairobi was angered by Uganda\'s closure of the border post.', type: A, source: 'Ruto', target: 'Uganda' },
  { text: 'The Vietnamese foreign ministry expressed serious concern over China\'s deployment of a survey ship.', type: A, source: 'Vietnam', target: 'China' },
  { text: 'New Zealand Prime Minister Christopher Luxon said he was dismayed by Fiji\'s expulsion of the journalist.', type: A, source: 'Luxon', target: 'Fiji' },
  { text: 'Chilean President Gabriel Boric said he was outraged by the raid carried out by Peru.', type: A, source: 'Boric', target: 'Peru' },
  { text: 'Indonesian President Prabowo Subianto said Jakarta was alarmed by Australia\'s decision to build the base.', type: A, source: 'Prabowo', target: 'Australia' },
  { text: 'Nigeria was infuriated by Niger\'s seizure of the trucks, the Nigerian foreign ministry said.', type: A, source: 'Niger', target: 'Niger' },
  { text: 'Mongolia expressed concern about Russia\'s military exercises near the border, Mongolian Prime Minister Luvsannamsrain Oyun-Erdene said.', type: A, source: ['Oyun-Erdene', 'Mongolia'], target: 'Russia' },
  { text: 'Croatian Prime Minister Andrej Plenkovic said Zagreb was appalled by Serbia\'s remarks about the war.', type: A, source: 'Plenkovic', target: 'Serbia' },
  { text: 'Uruguay voiced its disappointment with Argentina\'s new tariffs, Uruguayan President Yamandu Orsi said.', type: A, source: ['Orsi', 'Uruguay'], target: 'Argentina' },

  // a punishment for a wrongdoing: no verb of saying needed
  { text: 'The European Commission fined Poland one million euros a day for ignoring the court.', type: A, source: 'European Commission', target: 'Poland' },
  { text: 'The United States sanctioned three Nicaraguan judges for undermining democracy.', type: A, source: 'United States', gap: true },
  { text: 'Britain sanctioned Iran for its role in the plot against dissidents.', type: A, source: 'United Kingdom', target: 'Iran' },
  { text: 'The Turkish competition board fined Google for abusing its dominance.', type: A, source: 'Turkish', target: 'Google', gap: true },
  { text: 'Canada has sanctioned Haiti\'s former president for his links to the gangs.', type: A, source: 'Canada' },
  { text: 'The European Union punished Belarus for the forced landing of the airliner.', type: A, source: 'European Union', target: 'Belarus' },
  { text: 'Australia sanctioned Russia on Friday for the cyberattack on its health insurer.', type: A, source: 'Australia', target: 'Russia' },
  { text: 'Japan fined the South Korean company for dumping steel on its market.', type: A, source: 'Japan' },
  { text: 'Mexico was fined by the World Trade Organization for its corn decree.', type: A, source: 'World Trade Organization', target: 'Mexico', gap: true },

  // words of reproach of official statements
  { text: '"The regime in Minsk has chosen the path of repression," Lithuanian President Gitanas Nauseda said of Belarus.', type: A, source: 'Nauseda' },
  { text: 'Norwegian Foreign Minister Espen Barth Eide said Myanmar\'s junta had shown contempt for its own people.', type: A, source: 'Eide', target: 'Myanmar' },
  { text: 'Swiss President Karin Keller-Sutter called the seizure of the embassy an outrage.', type: A, source: 'Keller-Sutter' },
  { text: 'Costa Rica said the elections in Nicaragua were undemocratic.', type: A, source: 'Costa Rica' },
  { text: 'German Chancellor Friedrich Merz said Russia\'s anti-democratic meddling in Moldova had to stop.', type: A, source: 'Merz', target: 'Russia' },
  { text: 'The Finnish government called Russia\'s treatment of the opposition a disgrace.', type: A, source: 'Finland', target: 'Russia' },
  { text: 'Uzbekistan said the oppression of the minority by Tajikistan must end.', type: A, source: 'Uzbekistan', target: 'Tajikistan' },
  { text: 'Bangladeshi Foreign Adviser Touhid Hossain described the persecution of the Rohingya by Myanmar as ethnic cleansing.', type: A, source: 'Touhid Hossain', target: 'Myanmar' },
  { text: 'Brazilian President Luiz Inacio Lula da Silva called Venezuela an abuser of its own people.', type: A, source: 'Lula', target: 'Venezuela' },
  { text: 'Dutch Prime Minister Dick Schoof said the shameless attack by Russia on the hospital was a war crime.', type: A, source: 'Schoof', target: 'Russia' },
  { text: 'The Czech foreign ministry said the Chinese sanctions on its senator were a wacky act of revenge.', type: A, source: 'Czech', target: 'China', gap: true },

  // the subject of the clause is the one reproached when no other actor is
  { text: '"Tehran has chosen the path of repression," French Foreign Minister Jean-Noel Barrot said.', type: A, source: 'Barrot', target: 'Iran' },
  { text: 'Irish Prime Minister Micheal Martin said Israel had shown contempt for international law.', type: A, source: 'Martin', target: 'Israel' },
  { text: 'Slovenian Prime Minister Robert Golob said Moscow was responsible for the brutal bombing of the hospital.', type: A, source: 'Golob', target: 'Russia' },

  // passives and tenses
  { text: 'Japanese Chief Cabinet Secretary Yoshimasa Hayashi said Japanese waters had been violated by Chinese ships.', type: A, source: 'Hayashi', target: 'China' },
  { text: 'Pakistani Foreign Minister Ishaq Dar said the border posts were shelled by Afghanistan on Sunday.', type: A, source: 'Ishaq Dar', target: 'Afghanistan' },
  { text: 'Estonia will keep exposing the cyberattacks that Russia is waging, Estonian Foreign Minister Margus Tsahkna said.', type: A, source: 'Tsahkna', gap: true },
  { text: 'Latvian President Edgars Rinkevics said Russia is harassing the Baltic shipping lanes.', type: A, source: 'Rinkevics', target: 'Russia' },
  { text: 'South Korean President Lee Jae-myung said North Korea had tortured the detained missionaries.', type: A, source: 'Lee', target: 'North Korea', gap: true },
  { text: 'Chad has abducted our citizens, Sudanese Foreign Minister Ali Youssef said.', type: A, source: 'Youssef', target: 'Chad' },

  // negatives: negated, hypothetical, unrealised
  { text: 'Danish Prime Minister Mette Frederiksen said Greenland had never been mistreated by Denmark.', type: A, source: 'Frederiksen', none: true },
  { text: 'Polish Prime Minister Donald Tusk said Belarus would try to destabilise the border if sanctions were lifted.', type: A, source: 'Tusk', none: true, gap: true },
  { text: 'Kenyan President William Ruto said Tanzania did not try to undermine the trade deal.', type: A, source: 'Ruto', none: true },
  { text: 'If Serbia tried to harass Kosovo, NATO would respond, Albanian Prime Minister Edi Rama said.', type: A, source: 'Rama', none: true },
  { text: 'Thai Prime Minister Anutin Charnvirakul said Cambodia could attack the temple at any time.', type: A, source: 'Anutin', none: true },
  { text: 'Swedish Prime Minister Ulf Kristersson said Russia might seek to disrupt the election.', type: A, source: 'Kristersson', none: true, gap: true },
  { text: 'The Chilean government said it had no plans to fine Argentina for the fishing incident.', type: A, source: 'Chile', none: true },
  { text: 'Peru was not disappointed by Ecuador\'s decision, Peruvian Foreign Minister Elmer Schialer said.', type: A, source: 'Schialer', none: true, gap: true },

  // negatives: the speaker's own side, the reporter's words, a place, no actor
  { text: 'Israeli Defense Minister Israel Katz said Israel would continue to strike Hezbollah.', type: A, source: 'Katz', none: true },
  { text: 'Indian Prime Minister Narendra Modi said India will continue to fight terrorism.', type: A, source: 'Modi', none: true },
  { text: 'Ukrainian President Volodymyr Zelensky said Ukraine was working to destroy Russian fuel depots.', type: A, source: 'Zelensky', none: true },
  { text: 'Japanese Prime Minister Shigeru Ishiba said Japan was concerned about the weak yen.', type: A, source: 'Ishiba', none: true },
  { text: 'Irish President Catherine Connolly expressed concern over the flooding in Portugal.', type: A, source: 'Connolly', none: true },
  { text: 'The Canadian foreign minister expressed concern over the fighting in Sudan.', type: A, none: true },
  { text: 'Austrian Chancellor Christian Stocker said he was disappointed by the weather at the summit.', type: A, source: 'Stocker', none: true },
  { text: 'Kenya and Ethiopia continue to work to improve trade, Kenyan President William Ruto said.', type: A, source: 'Ruto', none: true },
  { text: 'Norway fined its own fishing fleet for exceeding the quota, Norwegian Fisheries Minister Marianne Sivertsen Naess said.', type: A, source: 'Naess', none: true, gap: true },
  { text: 'The storm destroyed hundreds of homes in Mozambique, the Mozambican government said.', type: A, none: true },
  { text: 'Chilean President Gabriel Boric welcomed Argentina\'s efforts to improve the border crossing.', type: A, none: true },
  { text: 'Italian Prime Minister Giorgia Meloni praised Tunisia\'s efforts to stop the smugglers.', type: A, none: true },
  { text: 'Malaysian Prime Minister Anwar Ibrahim said Singapore was trying to improve the rail link.', type: A, none: true },
  { text: 'The fine was paid by the company on Monday, the Belgian regulator said.', type: A, none: true },
  { text: 'Fans were angered by the referee\'s decision in Lima.', type: A, none: true },
  { text: 'Portuguese Prime Minister Luis Montenegro said the fires had destroyed forests in the north.', type: A, none: true },
  { text: 'Colombian President Gustavo Petro said the rebels had abducted two soldiers in Cauca.', type: A, source: 'Petro', target: 'Cauca', none: true },
  { text: 'The South African government said it was concerned about the drought in the Eastern Cape.', type: A, none: true },
  { text: 'Egypt sanctioned the deal on Tuesday, Egyptian Prime Minister Mostafa Madbouly said.', type: A, none: true },
  { text: 'The World Bank fined nobody, the bank said in its annual report.', type: A, none: true },
  { text: 'Kuwait said it would punish anyone who abused the visa system.', type: A, none: true },
  { text: 'Peruvian President Jose Jeri said Peru was seeking to attract investors from Chile.', type: A, none: true },
  { text: 'Belgian Prime Minister Bart De Wever said he was concerned about the costs of the plan.', type: A, none: true },
  { text: 'Indonesian President Prabowo Subianto said Jakarta was disappointed with its own football team.', type: A, none: true },
  { text: 'Ghana\'s efforts to reduce debt have impressed the International Monetary Fund, Ghanaian Finance Minister Cassiel Ato Forson said.', type: A, none: true },
];
