// The threat battery: sentences written for it (no fixture's names, sentences or phrasings), one
// short article each, across the CAMEO 13 families (130 threaten ... 139 ultimatum) and the ways
// news writes a threat: warnings, vows, modal and conditional threats, consequences, quotes,
// reported speech, passives, threats by bodies; and sentences that are no threat of the speaker's:
// denials, past attacks, fears with no author, predictions, threats the speaker complains of.
// A positive case names the author and the threatened party; a negative case names whom no threat
// may come from (or nobody: no threat at all).

export interface ThreatCase {
  /** CAMEO 13 code the case stands for, or the shape it tests. */
  family: string;
  text: string;
  /** Positive: the author of the threat; negative: absent. */
  source?: string;
  /** The threatened party (one of the edge's targets). */
  target?: string;
  /** Negative: nobody may threaten here (or only not this actor, when set). */
  notFrom?: string;
  /** A known gap: why the case fails today (the test expects it to fail until it is closed). */
  gap?: string;
}

const T = (family: string, text: string, source: string, target?: string): ThreatCase => ({ family, text, source, target });
const G = (c: ThreatCase, gap: string): ThreatCase => ({ ...c, gap });
const N = (family: string, text: string, notFrom?: string): ThreatCase => ({ family, text, notFrom });

export const POSITIVE: ThreatCase[] = [
  // 130: threaten, warn (of consequences, retaliation, a response)
  T('130', 'Algeria threatened Morocco with retaliation on Tuesday.', 'Algeria', 'Morocco'),
  T('130', 'Pakistan warned India of consequences after the dam was closed.', 'Pakistan', 'India'),
  T('130', 'Egypt warned Ethiopia of a firm response if the reservoir is filled again.', 'Egypt', 'Ethiopia'),
  T('130', 'Azerbaijan warned Armenia on Monday that it would face a harsh response.', 'Azerbaijan', 'Armenia'),
  T('130', 'Greece warned Turkey that it would respond to any violation of its waters.', 'Greece', 'Turkey'),
  T('130', 'Serbia warned Kosovo of serious repercussions over the arrests.', 'Serbia', 'Kosovo'),
  T('130', 'Sudan warned Chad of retaliation for sheltering the rebels.', 'Sudan', 'Chad'),
  T('130', 'Ecuador warned Colombia that there would be consequences.', 'Ecuador', 'Colombia'),
  T('130', 'Turkish President Recep Tayyip Erdogan warned Greece it would pay a heavy price.', 'Recep Tayyip Erdogan', 'Greece'),
  T('130', 'Indian Prime Minister Narendra Modi warned Pakistan of a befitting reply to any attack.', 'Narendra Modi', 'Pakistan'),
  T('130', 'Rwanda threatened Burundi on Sunday.', 'Rwanda', 'Burundi'),
  T('130', 'Mali is threatening Algeria with reprisals.', 'Mali', 'Algeria'),
  T('130', 'Cambodia has threatened Thailand with a military response.', 'Cambodia', 'Thailand'),
  T('130', 'Morocco warned Algeria against any provocation along the border.', 'Morocco', 'Algeria'),
  T('130', 'Kenya cautioned Somalia against expelling its diplomats, warning of consequences.', 'Kenya', 'Somalia'),
  T('130', 'The Philippines warned Vietnam of countermeasures over the reef.', 'Philippines', 'Vietnam'),
  T('130', 'Bolivia warned Chile that the seizure would not go unanswered.', 'Bolivia', 'Chile'),
  T('130', 'Armenia warned Azerbaijan that any incursion would be met with force.', 'Armenia', 'Azerbaijan'),
  T('130', 'Ethiopian Prime Minister Abiy Ahmed warned Eritrea that Ethiopia would defend its access to the sea by force.', 'Abiy Ahmed', 'Eritrea'),
  T('130', 'Egyptian President Abdel Fattah el-Sisi warned Ethiopia that Egypt would use all available means to protect its water.', 'Abdel Fattah el-Sisi', 'Ethiopia'),
  // vows to retaliate or respond
  T('130v', 'Rwanda vowed to retaliate against Burundi.', 'Rwanda', 'Burundi'),
  T('130v', 'Chad vowed to respond to any attack by Sudan.', 'Chad', 'Sudan'),
  T('130v', 'Pakistan vowed to hit back at India for the missile strikes.', 'Pakistan', 'India'),
  T('130v', 'Niger vowed a tough response to any intervention by Nigeria.', 'Niger', 'Nigeria'),
  T('130v', 'Thailand vowed retaliation against Cambodia after the mine blast.', 'Thailand', 'Cambodia'),
  T('130v', 'Somalia pledged to punish Ethiopia for the port deal.', 'Somalia', 'Ethiopia'),
  T('130v', 'Kosovo promised a firm response to Serbia.', 'Kosovo', 'Serbia'),
  // will not hesitate
  T('130h', 'Ecuador said it would not hesitate to use force against Peru.', 'Ecuador', 'Peru'),
  T('130h', 'Greece will not hesitate to defend its islands against Turkey, Greek Defence Minister Nikos Dendias said.', 'Nikos Dendias', 'Turkey'),
  T('130h', 'Egypt said it would not hesitate to act against Ethiopia if its water was cut.', 'Egypt', 'Ethiopia'),
  T('130h', 'Indonesia said it would not hesitate to sink Malaysian boats that enter its waters. Malaysia did not comment.', 'Indonesia', 'Malaysia'),
  // will pay a price
  T('130p', 'Cambodian Prime Minister Hun Manet said Thailand will pay a heavy price for the shelling.', 'Hun Manet', 'Thailand'),
  T('130p', 'Armenia would pay dearly for the provocation, Azerbaijan said.', 'Azerbaijan', 'Armenia'),
  T('130p', '"Burundi will pay for this," Rwandan President Paul Kagame said.', 'Paul Kagame', 'Burundi'),
  T('130p', 'Ethiopia said Eritrea would pay a high price if it meddled in Tigray.', 'Ethiopia', 'Eritrea'),
  T('130p', 'Sudan told Chad it would pay the price for arming the rebels.', 'Sudan', 'Chad'),
  // would face
  T('130f', 'Morocco would face consequences, Algeria said on Monday.', 'Algeria', 'Morocco'),
  T('130f', 'Colombia said Ecuador would face sanctions if it kept the tariffs.', 'Colombia', 'Ecuador'),
  T('130f', 'Japan said China would face countermeasures if the seafood ban stayed.', 'Japan', 'China'),
  T('130f', 'Thailand said Cambodia will face a strong response.', 'Thailand', 'Cambodia'),
  T('130f', 'The European Union said Hungary would face penalties if it blocked the vote.', 'European Union', 'Hungary'),
  // the law's consequences (CAMEO 130 '* consequences'): justice, charges, the force of the law
  T('130f', 'Those responsible will face the full force of the law, Ghanaian Interior Minister Muntaka Mubarak said.', 'Muntaka Mubarak'),
  T('130f', 'Peruvian President Dina Boluarte said the organisers of the blockade would be brought to justice.', 'Dina Boluarte'),
  T('130f', 'Those who fired on the convoy will face justice, Mozambican President Daniel Chapo said.', 'Daniel Chapo'),
  // ready to use force
  T('138r', 'Turkey is ready to use force against Greece, Turkish Defence Minister Yasar Guler said.', 'Yasar Guler', 'Greece'),
  T('138r', 'Azerbaijan said it was prepared to use force against Armenia.', 'Azerbaijan', 'Armenia'),
  T('138r', 'Morocco stands ready to use military force against the Polisario Front, Moroccan Foreign Minister Nasser Bourita said.', 'Nasser Bourita', 'Polisario Front'),
  T('138r', 'India said its army was ready to strike Pakistan at any moment.', 'India', 'Pakistan'),
  T('138r', 'Egypt said it was ready to take military action against Ethiopia.', 'Egypt', 'Ethiopia'),
  // raised the prospect of, signalled, may
  T('131s', 'India raised the prospect of sanctions against Bangladesh.', 'India', 'Bangladesh'),
  T('131s', 'Brazil signalled it may impose tariffs on Argentina.', 'Brazil', 'Argentina'),
  T('131s', 'Canada signalled that it could impose duties on Mexico.', 'Canada', 'Mexico'),
  T('131s', 'Australia hinted at sanctions against Myanmar.', 'Australia', 'Myanmar'),
  // CAMEO 13 'consider * sanctions against': a verb of weighing takes the noun of force directly
  T('131w', 'Norway is weighing sanctions against Eritrea.', 'Norway', 'Eritrea'),
  T('131w', 'Foreign Minister Anita Berg said Norway was considering further measures if Eritrea kept the journalists in jail.', 'Anita Berg', 'Eritrea'),
  T('131w', 'Peru said it would discuss new tariffs on Chilean copper if the talks failed.', 'Peru'),
  T('131w', '"You would see a very significant response from Jakarta," Indonesian Defence Minister Budi Santoso said of any incursion by Malaysia.', 'Budi Santoso'),
  T('130', 'Those who keep fighting will be shown no mercy, Chadian President Idriss Deby said of the rebels.', 'Idriss Deby'),
  T('130', 'Spokesman Liu Wei warned that Vietnam will have to "accept the consequences" if it keeps drilling near the islands.', 'Liu Wei', 'Vietnam'),
  T('154', 'Prime Minister Hun Manet warned that he would send security forces to raid the party offices if its leader did not leave the country.', 'Hun Manet'),
  T('131s', 'Germany floated the idea of tariffs on China.', 'Germany', 'China'),
  // 131: non-force threats: sanctions, boycott, embargo, tariffs, fines
  T('131', 'Mexico threatened to impose tariffs on Canada.', 'Mexico', 'Canada'),
  T('131', 'Nigeria threatened Ghana with sanctions.', 'Nigeria', 'Ghana'),
  T('131', 'Ghana threatened to boycott the summit in Togo.', 'Ghana', 'Togo'),
  T('131', 'Argentina threatened an embargo on Uruguay.', 'Argentina', 'Uruguay'),
  T('131', 'The European Commission threatened Google with fines.', 'European Commission', 'Google'),
  T('131', 'The European Commission warned Microsoft that it could face fines.', 'European Commission', 'Microsoft'),
  T('131', 'The United States threatened to sanction Turkey over the purchase.', 'United States', 'Turkey'),
  T('131', 'Japan warned South Korea it would impose export controls.', 'Japan', 'South Korea'),
  T('131', 'India said it would impose tariffs on Bangladesh if the ban stayed.', 'India', 'Bangladesh'),
  T('131', 'Brazil said it would retaliate against the United States with tariffs.', 'Brazil', 'United States'),
  T('131', 'Indonesia threatened to ban exports to the European Union.', 'Indonesia', 'European Union'),
  T('131', 'Malaysia threatened to halt palm oil shipments to France.', 'Malaysia', 'France'),
  T('131', 'Australia warned China that it would take the dispute to the World Trade Organization.', 'Australia', 'China'),
  T('131', 'South Africa threatened to freeze the assets of Glencore Plc.', 'South Africa', 'Glencore Plc'),
  T('131', 'Vietnam threatened to fine Samsung over the delays.', 'Vietnam', 'Samsung'),
  T('131', 'Britain warned Apple Inc. it could be fined.', 'United Kingdom', 'Apple Inc.'),
  T('131', 'Canada threatened to slap duties on steel from the United States.', 'Canada', 'United States'),
  T('131', 'The Treasury Department threatened sanctions on Cuba.', 'Treasury Department', 'Cuba'),
  T('131', 'The European Union threatened Belarus with new sanctions.', 'European Union', 'Belarus'),
  T('131', 'The Netherlands warned Hungary it could lose European funds.', 'Netherlands', 'Hungary'),
  // 132: reduce or break relations or aid
  T('132', 'Peru threatened to recall its ambassador from Mexico.', 'Peru', 'Mexico'),
  T('132', 'Colombia warned that it would expel the diplomats of Ecuador.', 'Colombia', 'Ecuador'),
  T('132', 'Germany threatened to cut aid to Rwanda.', 'Germany', 'Rwanda'),
  T('132', 'Sweden threatened to suspend development aid to Tanzania.', 'Sweden', 'Tanzania'),
  T('132', 'Morocco threatened to sever ties with Spain.', 'Morocco', 'Spain'),
  T('132', 'Argentina threatened to break off diplomatic relations with Venezuela.', 'Argentina', 'Venezuela'),
  T('132', 'The United States threatened to withdraw military aid from Egypt.', 'United States', 'Egypt'),
  T('132', 'Turkey warned it would downgrade relations with Sweden.', 'Turkey', 'Sweden'),
  T('132', 'Lithuania threatened to close its border with Belarus.', 'Lithuania', 'Belarus'),
  T('132', 'Mexico said it would freeze relations with Peru if the envoy stayed.', 'Mexico', 'Peru'),
  // 133: political dissent
  T('133', 'The Labour Party threatened mass protests against the government of Nigeria.', 'Labour Party', 'Nigeria'),
  T('133', 'The Nigeria Labour Congress threatened a nationwide strike against the government.', 'Nigeria Labour Congress'),
  T('133', 'The Awami League threatened to boycott the election.', 'Awami League'),
  // 134, 136: halt negotiations or mediation
  T('134', 'Serbia threatened to walk out of the talks with Kosovo.', 'Serbia', 'Kosovo'),
  T('134', 'Egypt threatened to suspend negotiations with Ethiopia.', 'Egypt', 'Ethiopia'),
  T('134', 'Armenia warned it would pull out of the peace talks with Azerbaijan.', 'Armenia', 'Azerbaijan'),
  T('136', 'Norway threatened to end its mediation between Colombia and the rebels.', 'Norway', 'Colombia'),
  T('136', 'Qatar threatened to halt its mediation between Sudan and the rebels.', 'Qatar', 'Sudan'),
  // 137: repression
  T('137', 'Tunisian President Kais Saied threatened to jail members of the Ennahda party.', 'Kais Saied', 'Ennahda'),
  T('137', 'Nicaraguan President Daniel Ortega threatened to imprison Bishop Rolando Alvarez.', 'Daniel Ortega', 'Rolando Alvarez'),
  T('137', 'Uganda threatened to arrest Bobi Wine if he held the rally.', 'Uganda', 'Bobi Wine'),
  T('137', 'Myanmar threatened to execute leaders of the National League for Democracy.', 'Myanmar', 'National League for Democracy'),
  // 138: military force: attack, blockade, occupation, nuclear, all options on the table
  T('138', 'Ethiopia threatened to blockade the ports of Eritrea.', 'Ethiopia', 'Eritrea'),
  T('138', 'Azerbaijan threatened to occupy villages in Armenia.', 'Azerbaijan', 'Armenia'),
  T('138', 'Pakistan threatened India with nuclear weapons.', 'Pakistan', 'India'),
  T('138', 'Pakistan said all options were on the table against India.', 'Pakistan', 'India'),
  T('138', 'Turkey threatened a new military operation against the Kurdish militia in Syria.', 'Turkey', 'Syria'),
  T('138', 'Sudan threatened to bomb the airports of Chad.', 'Sudan', 'Chad'),
  T('138', 'Rwanda threatened to invade Burundi.', 'Rwanda', 'Burundi'),
  T('138', 'Israel threatened to strike Lebanon if the rockets did not stop.', 'Israel', 'Lebanon'),
  T('138', 'The United States said it would use military force against the cartels in Mexico.', 'United States', 'Mexico'),
  T('138', 'India warned that it would strike Pakistan again.', 'India', 'Pakistan'),
  T('138', 'Somalia said it would shoot down any Ethiopian aircraft over its territory. Ethiopia did not comment.', 'Somalia', 'Ethiopia'),
  T('138', 'Greece said its navy would intercept Turkish ships entering the zone. Turkey did not comment.', 'Greece', 'Turkey'),
  T('138', 'Morocco said it could launch strikes on Algeria.', 'Morocco', 'Algeria'),
  T('138', 'Egypt said military action against Ethiopia remained an option.', 'Egypt', 'Ethiopia'),
  T('138', 'Turkey did not rule out a military operation against Greece.', 'Turkey', 'Greece'),
  // 139: ultimatum
  T('139', 'Ecuador gave Mexico 72 hours to hand over the fugitive.', 'Ecuador', 'Mexico'),
  T('139', 'Nigeria issued an ultimatum to Niger.', 'Nigeria', 'Niger'),
  T('139', 'Chad gave Sudan a deadline of one week to withdraw its troops or face military action.', 'Chad', 'Sudan'),
  T('139', 'Kenya told Somalia to withdraw within 48 hours or face consequences.', 'Kenya', 'Somalia'),
  T('139', 'Serbia demanded that Kosovo free the officers or face the consequences.', 'Serbia', 'Kosovo'),
  // conditionals
  T('cond', '"If Armenia crosses the line, we will strike," Azerbaijani President Ilham Aliyev said.', 'Ilham Aliyev', 'Armenia'),
  T('cond', 'If Ethiopia fills the dam again, Egypt will act, the Egyptian foreign minister Badr Abdelatty said.', 'Badr Abdelatty', 'Ethiopia'),
  T('cond', 'Mexico said that if Peru did not apologise, it would expel the Peruvian ambassador.', 'Mexico', 'Peru'),
  T('cond', 'Unless Guatemala withdraws its soldiers, Belize will respond, Belize said.', 'Belize', 'Guatemala'),
  T('cond', 'Should Greece extend its waters, Turkey will consider it a cause for war, Turkey said.', 'Turkey', 'Greece'),
  T('cond', 'Lithuanian Foreign Minister Kestutis Budrys said: "We are ready to react with a strong, united answer in case Belarus should decide to close the border."', 'Kestutis Budrys', 'Belarus'),
  T('cond', '"We will respond in the event of any attack by Eritrea," Ethiopian Prime Minister Abiy Ahmed said.', 'Abiy Ahmed', 'Eritrea'),
  // a warning said to be severe, or aimed past an adverb
  T('warning', 'Japanese Defence Minister Minoru Kihara said the government had issued a "grave warning" to the Chinese navy.', 'Minoru Kihara'),
  T('warning', 'Chile is issuing its sternest warning yet to Bolivia not to close the pass, Chilean Foreign Minister Alberto van Klaveren said.', 'Chile', 'Bolivia'),
  // a response to aggression the speaker's side stands ready to make, and pressure aimed at someone
  T('response', 'Philippine Defence Secretary Gilberto Teodoro said the armed forces stand ready to deal with any provocation from China.', 'Gilberto Teodoro', 'China'),
  T('response', '"We are fully prepared to respond to any attack by Azerbaijan," Armenian Defence Minister Suren Papikyan said.', 'Suren Papikyan', 'Azerbaijan'),
  T('response', 'Lithuanian Foreign Minister Kestutis Budrys said Lithuania would ratchet up pressure on Belarus.', 'Kestutis Budrys', 'Belarus'),
  // a response said to be severe, and idleness refused
  T('manner', 'Indian Commerce Minister Piyush Goyal said: "We will react firmly to these duties on Indian steel."', 'Piyush Goyal'),
  T('manner', 'Brazilian President Luiz Inacio Lula da Silva said: "We will not sit idly while our exporters are punished by Washington."', 'Luiz Inacio Lula da Silva'),
  // any attack will be met with
  T('met', 'Any attack by Malaysia on our ships will be met with force, Indonesian Defence Minister Sjafrie Sjamsoeddin said.', 'Sjafrie Sjamsoeddin', 'Malaysia'),
  T('met', 'Pakistan said any Indian aggression would be met with a strong response. India did not comment.', 'Pakistan', 'India'),
  T('met', 'Any incursion by Eritrea will be answered with force, Ethiopia said.', 'Ethiopia', 'Eritrea'),
  T('met', 'Morocco said any attack by Algeria would not go unpunished.', 'Morocco', 'Algeria'),
  // quotes and reported speech
  T('quote', '"We will hit back hard if Uganda attacks," Kenya said on Friday.', 'Kenya', 'Uganda'),
  T('quote', '"Tanzania will regret this decision," Kenyan Foreign Minister Musalia Mudavadi said.', 'Musalia Mudavadi', 'Tanzania'),
  T('quote', 'Rwandan President Paul Kagame said: "If Burundi attacks us, we will crush them."', 'Paul Kagame', 'Burundi'),
  T('quote', '"Our response to Colombia will be swift and severe," Ecuador said.', 'Ecuador', 'Colombia'),
  T('quote', 'Algeria told Morocco that it "will not tolerate any aggression".', 'Algeria', 'Morocco'),
  T('quote', 'Sudan said it would "take all measures" against Chad.', 'Sudan', 'Chad'),
  T('quote', 'Pakistan said it would give India "a befitting response".', 'Pakistan', 'India'),
  T('quote', 'Egypt said Ethiopia would "bear the consequences" of the filling.', 'Egypt', 'Ethiopia'),
  T('quote', 'Azerbaijan said Armenia would be "held responsible" for any escalation.', 'Azerbaijan', 'Armenia'),
  T('quote', '"The response will be painful," Serbia told Kosovo.', 'Serbia', 'Kosovo'),
  // passive
  T('passive', 'Ghana was threatened with sanctions by Nigeria.', 'Nigeria', 'Ghana'),
  T('passive', 'Moldova has been warned by Romania of consequences.', 'Romania', 'Moldova'),
  T('passive', 'Samsung was threatened with fines by the European Commission.', 'European Commission', 'Samsung'),
  // bodies: ministries, militaries, companies, regulators
  T('body', 'The Egyptian Foreign Ministry warned Ethiopia of consequences.', 'Egyptian Foreign Ministry', 'Ethiopia'),
  T('body', 'The Pakistan Army warned India of a swift response.', 'Pakistan Army', 'India'),
  G(T('body', 'The Federal Trade Commission threatened to sue Amazon.com Inc.', 'Federal Trade Commission', 'Amazon.com Inc.'), 'a company named only by its corporate form after the verb is not yet a target entity'),
  T('body', 'Boeing threatened legal action against Airbus SE.', 'Boeing', 'Airbus'), // a known company: its legal form is no part of its name
  T('body', 'The International Monetary Fund warned Argentina that it could suspend its loans.', 'International Monetary Fund', 'Argentina'),
  T('body', 'NATO warned Serbia that it would intervene if the violence continued.', 'NATO', 'Serbia'),
  T('body', 'The African Union threatened to suspend Mali.', 'African Union', 'Mali'),
  T('body', 'ECOWAS threatened military intervention in Niger.', 'ECOWAS', 'Niger'),
  // the verbs that put a measure in place ("implement", "enforce", "put in place") and the tests and launches a state will go on with
  T('measure', 'Foreign Minister Josep Borrell said the European Union would swiftly implement the sanction measures against Belarus.', 'Josep Borrell', 'Belarus'),
  T('measure', 'Canada said it would enforce new sanctions on Nicaragua.', 'Canada', 'Nicaragua'),
  T('measure', 'South Korea said it would put in place export controls on Japan.', 'South Korea', 'Japan'),
  T('measure', 'North Korea warned it would continue with missile launches aimed at Japan.', 'North Korea', 'Japan'),
  // a response aimed at someone needs no condition; no refuge left; a state said to vanish
  T('response', 'Ghanaian Defence Minister Dominic Nitiwul said Ghana would act against any new incursion by Togo.', 'Dominic Nitiwul', 'Togo'),
  T('refuge', '"Those who shell our villages will find no safe haven, no place to hide," Armenian Defence Minister Suren Papikyan said of Azerbaijan.', 'Suren Papikyan', 'Azerbaijan'),
  T('fate', 'Houthi leader Abdul-Malik al-Houthi said Saudi Arabia would soon vanish.', 'Abdul-Malik al-Houthi', 'Saudi Arabia'),
  // a move declared a hostile act or an act of aggression in advance
  T('hostile', 'Eritrean Information Minister Yemane Gebremeskel said any deployment of troops by Ethiopia near Assab would be considered a "hostile act".', 'Yemane Gebremeskel', 'Ethiopia'),
  T('hostile', 'Eritrean Information Minister Yemane Gebremeskel said any new road through the disputed zone would be regarded as an act of aggression by Ethiopia.', 'Yemane Gebremeskel', 'Ethiopia'),
  // a force named with its state ("the Bolivian navy", "Chile's army"): the speaker's side when that state is the speaker's
  T('body', 'Chilean Defence Minister Maya Fernandez spoke in Santiago. The Chilean navy will seize any ship that Bolivia sends into the bay, Fernandez said.', 'Maya Fernandez', 'Bolivia'),
  T('body', 'Peruvian Foreign Minister Elmer Schialer said the Peruvian army would respond to any incursion by Ecuador.', 'Elmer Schialer', 'Ecuador'),
  T('body', "Kenyan Defence Secretary Aden Duale said Kenya's army would respond to any attack by Somalia.", 'Aden Duale', 'Somalia'),
  // means that are all a speaker has, with no "against" ("every tool at its disposal")
  T('means', 'Finland said it would use every tool at its disposal to force Russia to reopen the border crossings.', 'Finland', 'Russia'),
  T('means', '"We will continue to use all diplomatic and economic levers at our disposal to pressure the junta," Ghanaian Foreign Minister Samuel Ablakwa said of Burkina Faso.', 'Samuel Ablakwa'),
  T('body', 'The Indian Ministry of External Affairs said India would respond to Pakistan at a time of its choosing.', 'Indian Ministry of External Affairs', 'Pakistan'),
  // official statements and press releases: costs, accountability, designations, tools
  T('release', 'The United States will continue to impose costs on Russia for its aggression, the State Department said.', 'State Department', 'Russia'),
  T('release', 'Treasury stands ready to take additional actions against the regime of Nicolas Maduro, Treasury Secretary Janet Yellen said.', 'Janet Yellen', 'Nicolas Maduro'),
  T('release', 'Canada is prepared to impose further sanctions on Iran, Canadian Foreign Minister Melanie Joly said in a statement.', 'Melanie Joly', 'Iran'),
  T('release', 'Secretary of State Antony Blinken said the United States would hold Sudan accountable for the atrocities.', 'Antony Blinken', 'Sudan'),
  T('release', '"We will not hesitate to use every tool at our disposal against Hezbollah," US Treasury official Brian Nelson said.', 'Brian Nelson', 'Hezbollah'),
  T('release', 'The State Department announced its intent to designate the Houthis as a terrorist organization.', 'State Department', 'Houthis'),
  T('release', 'The Treasury Department said it plans to sanction officials of Nicaragua who undermine democracy.', 'Treasury Department', 'Nicaragua'),
  T('release', 'Those who undermine democracy in Guatemala will face consequences, the State Department said.', 'State Department', 'Guatemala'),
  T('release', 'Britain said it would take further measures against Russia if the attacks continued.', 'United Kingdom', 'Russia'),
  T('release', 'The European Union stands ready to adopt further restrictive measures against Belarus, EU foreign policy chief Josep Borrell said.', 'Josep Borrell', 'Belarus'),
  G(T('release', 'The Home Office said migrants who fail to comply may be removed from Britain.', 'Home Office'), "harm in the passive with no named party ('may be removed')"),
  T('release', 'The United States will respond decisively to any attack on its personnel by Iraqi militias, Pentagon spokesman John Kirby said.', 'John Kirby'),
  T('release', 'Washington warned Beijing that there would be costs if it supplied weapons to Moscow.', 'United States', 'China'),
  T('release', 'France said it reserved the right to respond to the cyberattacks by Russia.', 'France', 'Russia'),
  G(T('release', 'Germany said further steps against Hungary could not be ruled out.', 'Germany', 'Hungary'), "a passive exclusion denied ('could not be ruled out')"),
  T('release', 'President Joe Biden said Russia would pay a severe price if it used chemical weapons.', 'Joe Biden', 'Russia'),
  G(T('release', 'The Pentagon said it would defend Guyana against any aggression by Venezuela.', 'US Department of Defense', 'Venezuela'), "a protective act ('defend X against Y') threatens the aggressor named after 'against'"),
  T('release', 'Japanese Prime Minister Fumio Kishida said Japan would respond resolutely to China.', 'Fumio Kishida', 'China'),
  // tenses, word orders
  T('order', 'On Thursday, Argentina warned Chile of retaliation.', 'Argentina', 'Chile'),
  T('order', 'Warning of a tough response, Serbia told Kosovo to withdraw its police.', 'Serbia', 'Kosovo'),
  T('order', 'Mali will retaliate against any attack by Algeria, Mali said.', 'Mali', 'Algeria'),
  T('order', 'Ethiopia threatens Eritrea again.', 'Ethiopia', 'Eritrea'),
  T('order', 'Tanzania had threatened Kenya with a trade ban.', 'Tanzania', 'Kenya'),
  T('order', 'Uruguay is warning Argentina of sanctions.', 'Uruguay', 'Argentina'),
  // trade coercion: a tariff announced with a size ("a 25% tariff", "a 10 percent tariff")
  T('tariff', 'Canada will impose a 25% tariff on steel from Vietnam, Trade Minister Paul Leduc said.', 'Paul Leduc', 'Vietnam'),
  T('tariff', 'President Ana Sousa said Brazil would slap a 10 percent tariff on goods from Argentina.', 'Ana Sousa', 'Argentina'),
  T('tariff', '"From June, Australia will impose a 15% tariff on Chinese wine," Prime Minister Tom Reid said.', 'Tom Reid', 'China'),
  // the extent of an act of force: "whatever steps necessary", "everything necessary to protect"
  T('138', '"We will take whatever steps necessary to protect our soldiers," Turkish Defense Minister Yasar Guler said of the militants in Syria.', 'Yasar Guler', 'Syria'),
  T('138', '"Chile will do everything necessary to ensure that Bolivia never blocks the river," Chilean Foreign Minister Rosa Lagos said.', 'Rosa Lagos', 'Bolivia'),
  // warned of blows; an overthrow (CAMEO 180, which the dictionary's parser misses)
  T('130', 'Venezuela has warned of "decisive blows" to Guyana if the oil drilling continues.', 'Venezuela', 'Guyana'),
  T('138', 'Boko Haram said it would overthrow the government of Nigeria.', 'Boko Haram', 'Nigeria'),
  // a member of a government names its bodies and forces as its own side: "the government", "the police"
  T('138', 'Security Minister Amos Kiprono has warned that the government will hit back harder if Somalia shells the border.', 'Amos Kiprono', 'Somalia'),
  T('138', 'Interior Minister Peter Moyo said the police will not stand by while Malawi arms the rebels.', 'Peter Moyo', 'Malawi'),
  // "government forces" needs no "the"; the role may come from an earlier mention ("President Aliyu ... Mr. Aliyu ... He")
  T('138', 'Defence Minister Ama Serwaa said government forces would fight again if Togo armed the rebels.', 'Ama Serwaa', 'Togo'),
  // a fate said of an actor: "the X regime would become extinct", "X would be wiped out"
  T('138', 'Polish Interior Minister Ama Nowak said the Taliban regime would cease to exist if it attacked Poland.', 'Ama Nowak', 'Taliban'),
  T('138', 'Defence Minister Tomas Vela said Hezbollah would be wiped out if the rockets did not stop.', 'Tomas Vela', 'Hezbollah'),
  T('138', 'President Aliyu spoke on radio. Mr. Aliyu said talks were over. He warned that government troops would fight if Niger kept arming the rebels.', 'Aliyu', 'Niger'),
  // no alternative but to act; a range of measures against someone; a cut under a condition
  T('138', '"I have no alternative but to levy penalty payments on Hungary," EU Commissioner Ana Kros said.', 'Ana Kros', 'Hungary'),
  T('163', '"This evening I\'m announcing a range of measures against the Myanmar military," Foreign Minister Ana Kros said.', 'Ana Kros', 'Myanmar'),
  T('16', 'Sudanese President Omar Hassan said Sudan will close the pipeline if South Sudan gives any support to the rebels.', 'Omar Hassan', 'South Sudan'),
  // an obligation the speaker's side takes on: "we must respond to", "we must hold X to account"
  T('138', '"We must respond to the serious threats it makes to our allies," Kenyan Foreign Minister Amina Odhiambo said of Somalia.', 'Amina Odhiambo', 'Somalia'),
  T('138', '"We must hold the generals of Myanmar to account," Foreign Minister Ana Kros said.', 'Ana Kros', 'Myanmar'),
  // a warning under a condition: the warner's side says what it will do, or the warning is of an act of force
  T('130', 'Opposition leader Arseniy Yatsenko went on to warn that "tomorrow we will march on the parliament" if President Viktor Yanukovych does not end the crackdown.', 'Arseniy Yatsenko', 'Viktor Yanukovych'),
  T('130', 'Opposition leader Arseniy Yatsenko warned of an opposition offensive if President Viktor Yanukovych does not respond to the talks.', 'Arseniy Yatsenko', 'Viktor Yanukovych'),
  // a consequence the threatened will bring on themselves
  T('130', 'A senior ruling party official, Peter Moyo, said Zambia will only have itself to blame if it closes the border.', 'Peter Moyo', 'Zambia'),
  // a call for a measure aimed at a party, whoever is asked to put it in place
  T('1041', 'Canada called on the members of the Security Council to approve a new round of sanctions against Belarus.', 'Canada', 'Belarus'),
  T('1041', 'Norway called for new sanctions against Eritrea.', 'Norway', 'Eritrea'),
  // a force in the passive that falls on another side
  T('138', 'Boko Haram leader Abubakar Shekau promised that Nigerian soldiers would be targeted.', 'Abubakar Shekau'),
  // a warning that states an act, with no condition (CAMEO's default code for WARN is 130)
  T('130', 'Greek Defence Minister Nikos Dendias warned that his country would send warships to the coast of Libya.', 'Nikos Dendias', 'Libya'),
  T('130', 'Thai Prime Minister Srettha Thavisin warned the Red Shirt protesters in Bangkok to leave the square, and said Cambodia would not shelter them.', 'Srettha Thavisin'),
  // not standing by and allowing an attack
  T('130', 'Spokesman Kofi Mensah said Ghana would not stand by and allow itself to be the target of raids by Togo.', 'Kofi Mensah', 'Togo'),
  // a reaction as a response, sanctions put back in place
  T('130', 'General Omar Idris said further raids by Chad could result in a very forceful reaction from Sudan.', 'Omar Idris', 'Chad'),
  T('sanctions', 'Canada said it would restore sanctions on Belarus after the vote.', 'Canada', 'Belarus'),
];

export const NEGATIVE: ThreatCase[] = [
  // denials
  N('deny', 'Algeria denied threatening Morocco.'),
  N('warning', 'Kenyan President William Ruto warned that an attack on Nairobi would be a disaster if the rebels advanced.'),
  N('warning', 'The head of the UN food agency, David Beasley, warned that millions in Somalia will go hungry if the rains do not come.'),
  N('warning', 'Kenyan President William Ruto warned that prices in Uganda would rise.'),
  // government forces of another side, said by a rebel; a fight with no condition is no threat
  N('others', 'Rebel commander Tom Oke said government forces would fight again if the talks failed.', 'Tom Oke'),
  N('unconditional', 'Kenyan President William Ruto said Kenya would fight corruption in Mombasa.'),
  N('fate', 'Kenyan biologist Ana Ruiz said the frogs of Mount Elgon would become extinct if the forests were cut.'),
  N('passive', 'Kenyan President William Ruto said Kenyan soldiers would be targeted by the militants.', 'William Ruto'),
  N('benign', 'Kenyan President William Ruto said Kenya stands ready to respond positively to any progress in Somalia.'),
  N('benign', 'Canada urged Belarus to lift its sanctions on Lithuania.', 'Canada'),
  N('passive', 'Kenyan President William Ruto said Kenyan soldiers will be attacked.', 'William Ruto'),
  N('warning', 'Kenyan President William Ruto warned that he would say more about Somalia on Friday.'),
  N('obligation', '"Somalia must stop shelling the border," Kenyan Foreign Minister Amina Odhiambo said.'),
  N('obligation', '"So I feel I must respond to what Somalia said," Kenyan Foreign Minister Amina Odhiambo said.'),
  N('obligation', '"We must not allow it to happen again," Kenyan Foreign Minister Amina Odhiambo said of the attack in Somalia.'),
  N('cut', 'Kenya said it will close the border crossing at night for repairs.'),
  // an opposition leader's words about the government's acts are no threat of his; rebels in a country are not that country
  N('own side', 'Opposition leader Raila Odinga said the government would hit back if protesters marched.', 'Raila Odinga'),
  N('place', 'Rebels in eastern Chad say they are ready to attack the capital at any time unless President Deby steps down.', 'Chad'),
  N('place', 'A rebel leader in Mali has threatened to kill a French hostage if troops do not withdraw.', 'Mali'),
  // everything necessary to help is no threat, nor a call for action
  N('extent', 'Japan will do everything necessary to help the victims of the earthquake in Turkey, the foreign ministry said.'),
  N('weigh', 'The ministers discussed the impact of the sanctions on Norwegian farmers.'),
  N('consequence', 'Rwanda would accept the consequences of the court ruling, President Paul Kagame said.'),
  N('posture', 'Thailand will send aid workers to Laos if the floods continue, the minister said.'),
  N('weigh', 'Norway is considering aid to Eritrea.'),
  N('weigh', 'Sweden said Eritrea was weighing sanctions against Ethiopia.', 'Sweden'),
  N('deny', 'Pakistan denied that it had threatened India with nuclear weapons.'),
  N('deny', 'Greece said it had never threatened Turkey.'),
  N('deny', 'Thailand said it would not retaliate against Cambodia.'),
  N('deny', 'Vietnam ruled out the use of force against the Philippines.'),
  // a response without severity or condition, and help given quickly, threaten nobody
  N('response', 'Philippine Finance Secretary Ralph Recto said the government would deal with the budget deficit next year.'),
  N('warning', 'Philippine Finance Secretary Ralph Recto said the weather office issued a warning about the heat.'),
  N('response', 'Philippine Finance Secretary Ralph Recto said inflation put pressure on prices.'),
  N('manner', 'Kenyan President William Ruto said his government would act quickly to help the flood victims.'),
  N('manner', 'Chilean President Gabriel Boric said Chile would respond to the request from Peru next week.'),
  N('deny', 'Egypt said it would not attack Ethiopia.'),
  N('deny', 'Serbia said it had no intention of attacking Kosovo.'),
  // reports of past acts
  N('past', 'Pakistan attacked Indian positions on Monday.'),
  N('past', 'Azerbaijan shelled villages in Armenia last week.'),
  N('past', 'Mexico imposed tariffs on Chinese steel in April.'),
  N('past', 'Colombia lifted its sanctions on Ecuador.'),
  // the day's expulsion counts as a threat in the gold (threat-measure-acts.ts); an expulsion dated in the past does not
  N('past', 'Rwanda expelled Belgian diplomats in 2019.'),
  N('past', 'Sudan bombed a market in Chad, Chad said.', 'Chad'),
  // fear or risk without an author
  N('fear', 'Fears of war between Ethiopia and Eritrea grew on Monday.'),
  N('fear', 'The risk of conflict between Greece and Turkey is rising.'),
  N('fear', 'Tensions between Algeria and Morocco have raised concerns of war.'),
  N('fear', 'The hurricane threatens the coast of Cuba.'),
  N('fear', 'Rising seas threaten the Maldives.'),
  N('fear', 'The drought threatens harvests in Kenya, the FAO said.'),
  // predictions and warnings of no one's harm
  N('predict', 'IMF chief Kristalina Georgieva warned that the economy of Argentina could slow.'),
  N('predict', 'Analysts warned that Brazil could face a recession.'),
  N('predict', 'The World Health Organization warned of a new wave of infections in Peru.'),
  N('predict', 'The Bank of England warned that inflation would rise in Britain.'),
  N('predict', 'Chile warned its citizens against travelling to Peru.'),
  N('predict', 'The United Nations warned that the fighting in Sudan could spread to Chad.'),
  N('predict', 'Egypt warned of the risk of a regional war.'),
  N('predict', 'Kenyan President William Ruto said the dispute could escalate into war.'),
  N('predict', 'Japan warned that China could invade Taiwan within years.', 'Japan'),
  N('predict', 'The Red Cross warned that millions in Yemen would face famine.'),
  N('predict', 'Experts warned the drought would hit exports from Brazil.'),
  // threats against the speaker, reported as a complaint
  N('complaint', 'Armenia said Azerbaijan had threatened it with war.', 'Armenia'),
  N('complaint', 'Ghana condemned the threats by Togo.', 'Ghana'),
  N('complaint', 'Kosovo accused Serbia of threatening its police.', 'Kosovo'),
  N('complaint', 'Ethiopia complained that Egypt was threatening it with war.', 'Ethiopia'),
  N('complaint', 'Colombia said it would not accept threats from Ecuador.', 'Colombia'),
  N('complaint', 'Uruguay said it was being threatened by Argentina.', 'Uruguay'),
  // no harm: a response to questions, help, defence of oneself
  N('benign', 'Peru said it would respond to the letter from Chile.'),
  N('benign', 'Mexico said it would send troops to help Guatemala after the earthquake.'),
  N('benign', 'Japan said it would deploy ships to rescue the crew of the Filipino vessel.'),
  N('benign', 'Canada said it would impose a tax on plastic bags.'),
  N('benign', 'Norway said it would mediate between Colombia and the rebels.'),
  N('benign', 'India offered to help Bangladesh rebuild the bridge.'),
  N('benign', 'Brazil said it would lift tariffs on Argentine wheat.'),
  N('benign', 'The State Department said it would hold a briefing on Sudan on Friday.'),
  N('benign', 'Britain said it would take further measures to help Ukraine.'),
  N('benign', 'The Pentagon said it would defend the budget before Congress.'),
  N('benign', 'Kenya said it would close the border for the holiday.'),
  N('benign', 'Peru said it plans to raise taxes on mining companies.'),
  N('benign', 'Japan said it may impose a tax on tourists.'),
  N('benign', 'Brazil raised tariffs on steel from China last year.'),
  N('benign', 'Egypt said it would hold talks with Ethiopia next week.'),
  N('benign', 'Nestle said it would face higher costs next year.'),
  N('benign', 'Spain said the economy would face headwinds in 2026.'),
  N('deny', 'Rwanda said it would not cut ties with Belgium.'),
  N('benign', 'Chile said it would designate a new ambassador to Peru.'),
  N('benign', 'The Bank of Ghana said it may introduce new rules for lenders.'),
  N('benign', 'Australia said it would take measures to protect the reef.'),
  N('benign', 'Kenya said it would cut the 16% tariff on imported medicines.'),
  N('fate', 'Ghanaian Defence Minister Dominic Nitiwul said the old border customs would soon disappear.'),
  // a prospect raised of a force that took place or is another's
  N('past', 'Discussing the recent missile strikes by Iran, the Iraqi foreign minister said his country stood with Kuwait.'),
  N('benign', 'Norway said it would use every tool at its disposal to help the flood victims in Pakistan.'),
  // another state's force: what it will do is no threat of the speaker's
  N('body', 'Chilean Defence Minister Maya Fernandez said the Bolivian navy would seize any Chilean vessel that enters the lake.', 'Maya Fernandez'),
  N('benign', 'Analysts in Nairobi expect a strong reaction from markets to the Kenyan budget.'),
  N('benign', 'Uganda said the reaction of its farmers to the new seeds was positive.')
];
