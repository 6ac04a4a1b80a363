// A battery of PROPOSAL phrasings written for this test (none from a fixture): the CAMEO families
// of appeals (02), intents to cooperate (03), offers of diplomatic and material cooperation (05,
// 06), news phrasings, nominal proposals, quotes, statement documents, companies and regulators;
// and negatives: rejections, threats, refusals, completed acts. Read by proposal-battery.test.ts.

export interface BatteryCase {
  /** The article's body (a headline is put before it). */
  text: string;
  /** Words of the sentence the proposal is in. */
  words: string;
  /** Acceptable proposers (any one), or [] for a negative: no PROPOSAL from `not` in that sentence. */
  sources: string[];
  /** A target the proposal should name (any one of them), when the sentence makes it plain. */
  targets?: string[];
  /** For negatives: the actors that must not propose in that sentence (else nobody may). */
  not?: string[];
  /** Not found yet, and why: listed as a to-do, not asserted. */
  gap?: string;
}

const p = (text: string, sources: string[], targets?: string[], words?: string): BatteryCase => ({ text, words: words ?? text.replace(/^.*\n\n/s, '').slice(0, 30), sources, targets });
/** A case the extraction does not get yet, with the reason. */
const gap = (c: BatteryCase, reason: string): BatteryCase => ({ ...c, gap: reason });
const n = (text: string, not?: string[], words?: string): BatteryCase => ({ text, words: words ?? text.slice(0, 30), sources: [], not });

/** 02: appeals, requests and demands. */
export const APPEALS: BatteryCase[] = [
  p('Kenyan President William Ruto called on Ethiopia to resume talks with Egypt over the dam.', ['William Ruto'], ['Ethiopia']),
  p('The African Union urged Sudan to agree to a ceasefire before the rainy season.', ['African Union'], ['Sudan']),
  p('Brazil appealed for calm after clashes on its border with Venezuela.', ['Brazil']),
  // a warning that tells the warned to act demands it, whatever it threatens besides (the real
  // fixtures' gold counts "warned the rebels to surrender or face ..." as both)
  p('China warned the Philippines to stay away from the shoal or face consequences.', ['China'], ['Philippines']),
  p("Norway's Foreign Minister Espen Barth Eide appealed to Israel and Hamas to protect civilians.", ['Espen Barth Eide'], ['Israel', 'Hamas']),
  p('Chilean President Gabriel Boric called for an end to the fighting in Sudan.', ['Gabriel Boric'], ['Sudan']),
  p('Indonesia demanded that Australia explain the surveillance programme.', ['Indonesia'], ['Australia']),
  p('Japan asked China to release the detained businessman.', ['Japan'], ['China']),
  p('Peru requested that Chile extradite the former minister.', ['Peru'], ['Chile']),
  // obligations laid on another actor, however "must"/"should" goes on
  p('"The right answer from Serbia should be to withdraw its police from the north," Kosovo Prime Minister Albin Kurti said.', ['Albin Kurti'], ['Serbia']),
  p('"Iran should be using its influence with the militias to end the attacks," Iraqi Foreign Minister Fuad Hussein said.', ['Fuad Hussein'], ['Iran']),
  p('"There must be an end to the shelling of Kharkiv," Polish Foreign Minister Radoslaw Sikorski said.', ['Radosław Sikorski']),
  p('"There should be a full inquiry into the shooting," Nigerian opposition leader Atiku Abubakar said.', ['Atiku Abubakar']),
  // due time laid on an actor: "it is time for X to act"
  p('Ghana said it was time for the Security Council to act against the junta in Niger.', ['Ghana'], ['United Nations Security Council']),
  p('"It\'s high time for Mr. Kabila to step down," opposition spokesman Jean Mbuyu said.', ['Jean Mbuyu']),
  // an adjective of necessity with its actor and infinitive: "it is vital for X to act"
  p('Kenya said it was vital for Somalia to hold the elections on time.', ['Kenya'], ['Somalia']),
  p('"It is essential for Sudan to open the border crossings," Norwegian Foreign Minister Espen Barth Eide said.', ['Espen Barth Eide'], ['Sudan']),
  // a participle after a preposition has the main clause's subject, not the nouns before it
  p('Ghana joined its neighbours in urging Mali to release the detained ministers.', ['Ghana'], ['Mali']),
  p('Brazil stood with its partners in calling for a truce in Haiti.', ['Brazil']),
  // a proposal noun after a possessive, which the tagger may read as a verb, is its owner's
  p("Opposition supporters rejected President Alassane Ouattara's calls for them to lay down their weapons.", ['Alassane Ouattara']),
  // a modal with a verb of an act the speaker's side takes on
  p('Peru said it would investigate the shooting at the border with Ecuador.', ['Peru']),
  p('Indonesia said it would keep its embassy in Myanmar open.', ['Indonesia']),
  p('Kenya said it would hand over the suspects to Uganda.', ['Kenya'], ['Uganda']),
  p('Germany pressed Turkey to approve the membership bid of Sweden.', ['Germany'], ['Turkey']),
  p('Senegalese President Bassirou Diomaye Faye urged Mali to set a date for elections.', ['Bassirou Diomaye Faye'], ['Mali']),
  p('Canada is calling on India to cooperate with the investigation.', ['Canada'], ['India']),
  p('The Philippines will ask Vietnam to join a code of conduct for the sea.', ['Philippines'], ['Vietnam']),
  p('Argentina urged Britain to reopen negotiations over the islands.', ['Argentina'], ['United Kingdom']),
  p('Egypt and Qatar called for an immediate truce in Gaza.', ['Egypt', 'Qatar']),
  p('Kosovo Prime Minister Albin Kurti demanded the return of the stolen documents from Serbia.', ['Albin Kurti'], ['Serbia']),
  p('Thai Prime Minister Srettha Thavisin urged Myanmar to allow aid into the country.', ['Srettha Thavisin'], ['Myanmar']),
  p('Colombia called on armed groups to lay down their weapons and join the talks.', ['Colombia']),
  p('Finnish President Alexander Stubb called upon Russia to withdraw its troops from Georgia.', ['Alexander Stubb'], ['Russia']),
  p('Czech President Petr Pavel appealed to Slovakia to keep supporting Ukraine.', ['Petr Pavel'], ['Slovakia']),
  p('Austria urges Hungary to respect the rule of law.', ['Austria'], ['Hungary']),
  p('Kuwait has called for an Arab summit on Sudan.', ['Kuwait'], ['Sudan']),
  p('Tunisian President Kais Saied asked Italy to help stop the migrant boats.', ['Kais Saied'], ['Italy']),
  p('Somalia requested that the African Union delay the withdrawal of its troops.', ['Somalia'], ['African Union']),
  p('Denmark is pushing for tougher sanctions on Iran.', ['Denmark'], ['Iran']),
  p('Estonia, Latvia and Lithuania want NATO to station more troops in the region.', ['Estonia', 'Latvia', 'Lithuania'], ['NATO']),
  gap(p('Jordanian King Abdullah II called for a two-state solution.', ['Abdullah II']), "a regnal number after a name is not read as part of the name"),
  p('Ukrainian President Volodymyr Zelensky urged Western allies to speed up deliveries of air defence systems.', ['Volodymyr Zelensky']),
  p('Nepal sought help from India to rebuild the highway.', ['Nepal'], ['India']),
  p('Laos asked Vietnam for help to repair the dam.', ['Laos'], ['Vietnam']),
  p('Honduras called for an urgent meeting of the Organization of American States.', ['Honduras'], ['Organization of American States']),
  p('The Gulf Cooperation Council encouraged Iran to engage in dialogue with its neighbours.', ['Gulf Cooperation Council'], ['Iran']),
  p('Cameroon called for dialogue with the separatists in the western regions.', ['Cameroon']),
  p('Ecuadorian President Daniel Noboa has repeatedly called for international help against the gangs.', ['Daniel Noboa']),
  p('On Thursday, Malaysian Prime Minister Anwar Ibrahim urged Thailand and Cambodia to withdraw their troops from the border.', ['Anwar Ibrahim'], ['Thailand', 'Cambodia']),
  p('Mongolia pleaded with the United Nations to send emergency food aid.', ['Mongolia'], ['United Nations']),
  // necessity: "the importance of", "the most important thing is to", "it is imperative that", "the need for"
  p('Kazakh President Kassym-Jomart Tokayev stressed the importance of resuming the talks on the Caspian border.', ['Kassym-Jomart Tokayev']),
  p('Chilean President Gabriel Boric said the most important thing now is to release the detained fishermen.', ['Gabriel Boric']),
  p('Irish Foreign Minister Simon Harris said it is imperative that Serbia withdraw its troops from the border.', ['Simon Harris'], ['Serbia']),
  p('Dutch Foreign Minister Anna Kooij said it is more urgent than ever that Serbia withdraw its troops from the border.', ['Anna Kooij'], ['Serbia']), // a comparison inside the phrase
  p('Ghanaian President John Mahama underlined the need for a ceasefire in Sudan.', ['John Mahama']),
  p('Mr Tokayev and Ms Kallas underscored the importance of holding talks before the summer.', ['Kassym-Jomart Tokayev', 'Kaja Kallas'], undefined, 'Mr Tokayev and Ms Kallas'),
  // a call on others to apply pressure is a call all the same (and a threat besides)
  p('Estonian Prime Minister Kristen Michal said the allies need to ratchet up economic pressure on Russia.', ['Kristen Michal']),
  // the speaker's own want, reported with a pronoun ("said it wants to")
  p('The Taliban says it wants to negotiate the release of the prisoners with Pakistan.', ['Taliban']),
  p('Ghanaian President Nana Akufo-Addo said he wants to meet the Togolese leader next week.', ['Nana Akufo-Addo']),
  // a course said to be due with no actor named
  p('"It is time to end the fighting in Darfur," Sudanese envoy Amina Osman said.', ['Amina Osman']),
  p('"It is time for dialogue between the two Koreas," South Korean Unification Minister Kim Yeon-chul said.', ['Kim Yeon-chul']),
  // an appeal not to act, and one whose addressee is a pronoun
  p('The African Union asked Mali not to hold the referendum before the talks.', ['African Union'], ['Mali']),
  p('Statement on the Ethiopia-Somalia dispute\n\nNorway is deeply concerned by the dispute between Ethiopia and Somalia. We ask them to return to the talks in Ankara.', ['Norway'], undefined, 'We ask them to return'),
  // waiting for an actor to act calls on it
  p('Ambassador Rosa Ibarra said the world is waiting for the Syrian government to allow aid convoys into Idlib.', ['Rosa Ibarra']),
  // a thing named as needed is called for
  p('Foreign Minister Lena Berg said tougher sanctions are needed against Belarus.', ['Lena Berg'], ['Belarus']),
  // a first-person need of an object of cooperation
  p('Foreign Minister Ana Lopes said: "We need an immediate ceasefire in Cabo Delgado and access for aid workers."', ['Ana Lopes']),
  // a noun of calling with its addressee before the infinitive
  p('Peru reiterated its call on Bolivia to reopen the border crossings.', ['Peru'], ['Bolivia']),
  // a demand of another actor's, told by a speaker right after the verb of saying
  p('A spokesman, Idris Bello, said Nigeria continues to urge a return to civilian rule in Niger.', ['Nigeria'], ['Niger']),
  p('Minister Grace Otieno said Kenya demands the withdrawal of Somali troops from the border.', ['Kenya']),
];

/** 03: intent to cooperate: pledges, promises, readiness, plans. */
export const INTENTS: BatteryCase[] = [
  // an ultimatum demands the act it names (a threat besides): "her forces would attack the capital unless X resigns"
  p('Rebel leader Ana Ruiz said her forces would attack the capital unless President John Roe resigns.', ['Ana Ruiz'], ['John Roe']),
  p('Rebels in eastern Chad say they are ready to attack the capital unless President John Roe steps down.', ['Chad rebels'], ['John Roe']), // the pronoun that opens the words said is the speaker
  p('Turkey pledged to help rebuild schools in Syria.', ['Turkey'], ['Syria']),
  p('Saudi Arabia vowed to support the government of Yemen with fuel shipments.', ['Saudi Arabia'], ['Yemen']),
  p('Japan promised aid to the Philippines after the typhoon.', ['Japan'], ['Philippines']),
  p('India is ready to negotiate with Pakistan, Foreign Minister Subrahmanyam Jaishankar said.', ['Subrahmanyam Jaishankar', 'India'], ['Pakistan']),
  p('Iran said it was open to talks with the United States on its nuclear programme.', ['Iran'], ['United States']),
  p('Ethiopia and Eritrea agreed to reopen their border crossings.', ['Ethiopia', 'Eritrea']),
  p('Poland plans to send more tanks to Ukraine.', ['Poland'], ['Ukraine']),
  p('Mexico intends to sign the trade pact with the European Union next year.', ['Mexico'], ['European Union']),
  p('South Africa will seek a meeting with Zimbabwe to discuss the crisis.', ['South Africa'], ['Zimbabwe']),
  p('Vietnam aims to finalise a maritime agreement with Indonesia by December.', ['Vietnam'], ['Indonesia']),
  p('Australian Prime Minister Anthony Albanese said his government was prepared to help Papua New Guinea with police training.', ['Anthony Albanese'], ['Papua New Guinea']),
  p('Qatar stands ready to mediate between Afghanistan and Pakistan.', ['Qatar'], ['Afghanistan', 'Pakistan']),
  p('Nigeria has committed to deploying troops to the regional force.', ['Nigeria']),
  p('Chile promised to cooperate with Bolivia on lithium mining.', ['Chile'], ['Bolivia']),
  p('The Netherlands intends to increase its contribution to NATO.', ['Netherlands'], ['NATO']),
  p('Kazakhstan is willing to host the next round of talks between Armenia and Azerbaijan.', ['Kazakhstan'], ['Armenia', 'Azerbaijan']),
  p('Uzbek President Shavkat Mirziyoyev expressed his readiness to expand cooperation with Tajikistan.', ['Shavkat Mirziyoyev'], ['Tajikistan']),
  p('Greece expressed its willingness to resume dialogue with Turkey.', ['Greece'], ['Turkey']),
  gap(p('Rwandan President Paul Kagame said Rwanda was willing to talk to Congo.', ['Paul Kagame'], ['Democratic Republic of the Congo', 'Congo']), "a bare 'Congo' resolves to the Republic of the Congo"),
  p('Burundi plans to reopen its border with Rwanda.', ['Burundi'], ['Rwanda']),
  p('Malaysia pledged to cut its carbon emissions by 45 percent.', ['Malaysia']),
  p('Taiwanese President Lai Ching-te said Taiwan was willing to cooperate with China on disaster relief.', ['Lai Ching-te'], ['China']),
  p('Cambodia vowed to cooperate with Thailand to fight online scams.', ['Cambodia'], ['Thailand']),
  p('Georgia said it would seek membership of the European Union.', ['Georgia'], ['European Union']),
  p('Moldovan President Maia Sandu vowed to take the country into the European Union by 2030.', ['Maia Sandu'], ['European Union']),
  p('Iceland plans to hold a referendum on talks with the European Union.', ['Iceland'], ['European Union']),
  p('Switzerland intends to join the European air defence initiative.', ['Switzerland']),
  p('Paraguay and Uruguay agreed to build a bridge over the river.', ['Paraguay', 'Uruguay']),
  p('Zambian President Hakainde Hichilema pledged that his government would repay its creditors.', ['Hakainde Hichilema']),
  p('Mongolia promised that it would respect the sanctions against North Korea.', ['Mongolia']),
  p('Sri Lanka is prepared to allow research vessels from India into its ports.', ['Sri Lanka'], ['India']),
  p('Slovakia would support the membership bid of Ukraine, Prime Minister Robert Fico said.', ['Robert Fico'], ['Ukraine']),
  gap(p('Fiji will propose a regional climate fund at the summit, Prime Minister Sitiveni Rabuka said.', ['Sitiveni Rabuka']), "the prime minister's state is not known without a demonym, so the state's proposal is not his"),
  p('Croatia is proposing to share its naval base with allies from NATO.', ['Croatia'], ['NATO']),
  p('Bulgaria had offered to supply gas to North Macedonia.', ['Bulgaria'], ['North Macedonia']),
  // an object of cooperation at the head of a compound
  p('Vietnam is seeking a defence pact with Australia.', ['Vietnam'], ['Australia']),
  p('Kenya wants a peace deal between the two Sudanese generals.', ['Kenya']),
];

/** 05 and 06: offers of diplomatic and material cooperation, proposals put forward. */
export const OFFERS: BatteryCase[] = [
  p('Turkey offered to host peace talks between Russia and Ukraine.', ['Turkey'], ['Russia', 'Ukraine']),
  p('Switzerland offered its good offices to settle the dispute between Serbia and Kosovo.', ['Switzerland'], ['Serbia', 'Kosovo']),
  p('Oman proposed a new round of talks between Iran and the United States.', ['Oman'], ['Iran', 'United States']),
  p('China put forward a peace plan for Ukraine.', ['China'], ['Ukraine']),
  p('Brazilian President Luiz Inácio Lula da Silva floated the idea of a club of nations to broker peace.', ['Luiz Inácio Lula da Silva']),
  p('Egypt unveiled a proposal for a phased ceasefire in Gaza.', ['Egypt']),
  p('France suggested that the European Union hold an emergency summit on migration.', ['France'], ['European Union']),
  p('Italy proposed that the rival governments of Libya meet in Rome.', ['Italy'], ['Libya']),
  p('Spain pushed for a joint European response to the energy crisis.', ['Spain']),
  p('South Korea invited North Korea to join talks on family reunions.', ['South Korea'], ['North Korea']),
  p('German Chancellor Olaf Scholz proposed a summit with Poland and France.', ['Olaf Scholz'], ['Poland', 'France']),
  p('The United States presented a draft resolution calling for a ceasefire in Sudan.', ['United States'], ['Sudan']),
  p('Ireland recommended that the European Union review its trade agreement with Israel.', ['Ireland'], ['European Union', 'Israel']),
  p('Norway has offered to broker a deal between Colombia and the rebels.', ['Norway'], ['Colombia']),
  p('Japan offered $500 million in loans to Sri Lanka.', ['Japan'], ['Sri Lanka']),
  p('Britain offered to send military trainers to Nigeria.', ['United Kingdom'], ['Nigeria']),
  p('Canada pledged 200 million dollars in humanitarian aid for Sudan.', ['Canada'], ['Sudan']),
  p('Sweden announced plans to provide fighter jets to Ukraine.', ['Sweden'], ['Ukraine']),
  p('Qatar promised to supply liquefied natural gas to Germany for 15 years.', ['Qatar'], ['Germany']),
  p('India offered troops to a peacekeeping mission in Haiti.', ['India'], ['Haiti']),
  p('Portugal has proposed a joint fund of the European Union against wildfires.', ['Portugal'], ['European Union']),
  p('Romania will propose that Moldova join its energy grid.', ['Romania'], ['Moldova']),
  p('Algeria offered to mediate between Niger and ECOWAS.', ['Algeria'], ['Niger', 'Economic Community of West African States', 'ECOWAS']),
  p('Ivory Coast pledged 1,000 soldiers to the standby force of ECOWAS.', ['Ivory Coast', "Côte d'Ivoire"]),
  p('Djibouti offered Ethiopia access to a port on the Red Sea.', ['Djibouti'], ['Ethiopia']),
  p('Angolan President João Lourenço invited the leaders of Congo and Rwanda to a summit in Luanda.', ['João Lourenço'], ['Rwanda', 'Democratic Republic of the Congo', 'Congo']),
  p('Pakistani Prime Minister Shehbaz Sharif offered talks to India.', ['Shehbaz Sharif'], ['India']),
  p('Singapore proposed a regional framework for artificial intelligence.', ['Singapore']),
  p('Myanmar offered a ceasefire to the ethnic armed groups.', ['Myanmar']),
  p('Armenian Prime Minister Nikol Pashinyan proposed a non-aggression pact to Azerbaijan.', ['Nikol Pashinyan'], ['Azerbaijan']),
  p('Luxembourg suggested a compromise on the budget to the other member states.', ['Luxembourg']),
  p('Mexican President Claudia Sheinbaum proposed a meeting with Donald Trump to discuss tariffs.', ['Claudia Sheinbaum'], ['Donald Trump']),
  p('Panama proposed that the canal authority raise its water reserves.', ['Panama']),
  p('Cuba offered to send doctors to Italy.', ['Cuba'], ['Italy']),
  p('Hungarian Prime Minister Viktor Orbán suggested a ceasefire between Russia and Ukraine.', ['Viktor Orbán'], ['Russia', 'Ukraine']),
  p('Cuba sought talks with the United States on migration.', ['Cuba'], ['United States']),
  p('Lithuanian President Gitanas Nausėda invited Moldovan President Maia Sandu to visit Vilnius.', ['Gitanas Nausėda'], ['Maia Sandu']),
  p('Bolivia will seek the extradition of the former minister from the United States.', ['Bolivia'], ['United States']),
  p('Calling for restraint, Malaysia proposed an emergency meeting of ASEAN.', ['Malaysia'], ['ASEAN', 'Association of Southeast Asian Nations']),
  p('An emergency summit on Lebanon was proposed by the Arab League on Tuesday.', ['Arab League'], ['Lebanon']),
  p('Talks on the border were offered by Peru, and a meeting was requested by Ecuador.', ['Ecuador'], undefined, 'Talks on the border'),
  p('Talks on the border were offered by Peru, and a meeting was requested by Ecuador.', ['Peru'], undefined, 'Talks on the border'),
  gap(p('Ghana, which has offered to mediate, sent an envoy to Burkina Faso.', ['Ghana'], ['Burkina Faso']), "a relative clause's subject is the name before the comma"),
];

/** Nominal proposals: "X's proposal for", "a plan by X to". */
export const NOMINAL: BatteryCase[] = [
  p("Mexico's proposal for a regional summit on migration was welcomed by Guatemala.", ['Mexico']),
  p('A plan by Kenya to send police officers to Haiti was approved by the Security Council.', ['Kenya'], ['Haiti']),
  p("Ukraine's call for more air defence systems was heard in Berlin.", ['Ukraine']),
  p("Under Egypt's proposal, Hamas would release ten hostages in the first phase.", ['Egypt'], ['Hamas']),
  p("Vietnam's pledge to cut coal use was praised by the World Bank.", ['Vietnam']),
  gap(p("Indonesia's offer to send peacekeepers to Gaza drew praise from Jordan.", ['Indonesia'], ['Gaza', 'Israel']), "the target of a nominal offer is read after its verb, not inside its infinitive"),
];

/** Quoted proposals: after the quote, colon quotes, quote blocks over sentences and paragraphs. */
export const QUOTED: BatteryCase[] = [
  p('"We are ready to sit down with Armenia at any time," Azerbaijani President Ilham Aliyev said.', ['Ilham Aliyev'], ['Armenia']),
  gap(p('"Let us work together to end this war," Kenyan President William Ruto told the summit.', ['William Ruto']), "'let us' is not read as a call for action"),
  p('Colombian President Gustavo Petro said: "We will invite the rebels to a new round of talks in Havana."', ['Gustavo Petro']),
  p('"I propose that we meet in Geneva next month," Swiss President Viola Amherd told Austrian Chancellor Karl Nehammer.', ['Viola Amherd'], ['Karl Nehammer']),
  p('"We call on Moscow to return the children," Lithuanian Foreign Minister Gabrielius Landsbergis said.', ['Gabrielius Landsbergis'], ['Russia']),
  p('Dutch Prime Minister Dick Schoof said: "The Netherlands will send two frigates to the Red Sea mission."', ['Dick Schoof']),
  p('"We must restart negotiations with Serbia," Kosovo President Vjosa Osmani said.', ['Vjosa Osmani'], ['Serbia']),
  p('"We want to see a ceasefire now," Irish Prime Minister Simon Harris said.', ['Simon Harris']),
  p('"Our first priority is to get aid into Gaza," said Belgian Foreign Minister Hadja Lahbib.', ['Hadja Lahbib']),
  p('"We are prepared to lift the sanctions if Caracas frees the prisoners," Secretary of State Marco Rubio said.', ['Marco Rubio'], ['Venezuela']),
  p('"We want to build a stronger partnership with Brazil," Spanish Prime Minister Pedro Sánchez said.', ['Pedro Sánchez'], ['Brazil']),
  p('"We are ready to negotiate with Azerbaijan. Peace is possible," Armenian Prime Minister Nikol Pashinyan said.', ['Nikol Pashinyan'], ['Azerbaijan'], 'We are ready to negotiate'),
  p('Philippine President Ferdinand Marcos Jr. told reporters: "The sea belongs to all. We will propose a code of conduct to China."', ['Ferdinand Marcos Jr.'], ['China'], 'We will propose a code'),
  p('"Our country wants peace," said Azerbaijani President Ilham Aliyev.\n\n"We are ready to sign the treaty with Armenia this year. We will open the border after that."', ['Ilham Aliyev'], ['Armenia'], 'We are ready to sign'),
  p('Philippine President Ferdinand Marcos Jr. spoke on Monday. "We will propose a joint patrol with Vietnam. Our navy is ready to help," he said.', ['Ferdinand Marcos Jr.'], ['Vietnam'], 'We will propose a joint patrol'),
];

/** Statement documents, companies and regulators. */
export const DOCUMENTS: BatteryCase[] = [
  p('The European Commission proposed new rules to curb plastic packaging waste.', ['European Commission']),
  p('Microsoft offered to sell its cloud gaming rights to win approval from regulators.', ['Microsoft']),
  p('The Federal Communications Commission plans to vote on the new rules next month.', ['Federal Communications Commission']),
  p('Toyota pledged to invest $2 billion in a battery plant in North Carolina.', ['Toyota']),
  p('The Securities and Exchange Commission proposed requiring companies to disclose climate risks.', ['Securities and Exchange Commission']),
  gap(p('Shell announced plans to cut 200 jobs at its oil and gas division.', ['Shell']), "'cut jobs' reads as harm"),
  p('Nvidia offered concessions to win approval from regulators in the European Union.', ['Nvidia'], ['European Union']),
  p('The Competition and Markets Authority suggested that Google change its default search settings.', ['Competition and Markets Authority'], ['Google']),
  gap(p('Joint statement by the foreign ministers of Norway and Iceland\n\nNorwegian Foreign Minister Espen Barth Eide and Icelandic Foreign Minister Thordis Kolbrun Gylfadottir met in Oslo on Monday. The ministers agreed to deepen cooperation on Arctic research. They called on Russia to respect the fishing agreements.', ['Espen Barth Eide', 'Thordis Kolbrun Gylfadottir'], ['Russia'], 'They called on Russia'), "'they' and 'the ministers' are not resolved to the two ministers"),
  p('Statement on the elections in Togo\n\nThe European Union regrets the violence during the vote in Togo. Opposition leader Brigitte Adjamagbo said the count was rigged.\n\nWe call on the Government of Togo to publish the results of every polling station. We urge all parties to settle their disputes in court.', ['European Union'], ['Togo'], 'We call on the Government of Togo'),
  p('Statement on the elections in Togo\n\nThe European Union regrets the violence during the vote in Togo. Opposition leader Brigitte Adjamagbo said the count was rigged.\n\nWe call on the Government of Togo to publish the results of every polling station. We urge all parties to settle their disputes in court.', ['European Union'], undefined, 'We urge all parties'),
  p('Statement on the floods in Malawi\n\nThe United Kingdom is saddened by the loss of life in Malawi. We will continue to work with the Government of Malawi to deliver aid.', ['United Kingdom'], ['Malawi'], 'We will continue'),
  p('Canada welcomes the release of the prisoners in Belarus. We encourage Minsk to free all remaining political prisoners without delay.', ['Canada'], ['Belarus'], 'We encourage Minsk'),
  gap(p('Statement by the Ministry of Foreign Affairs of Japan\n\nJapan calls on all parties to exercise restraint. Japan will continue to provide humanitarian assistance to the people of Myanmar.', ['Japan'], ['Myanmar'], 'Japan will continue'), "a statement document's speaker is only a person named in its title"),
  gap(p('Readout of the call between Prime Minister Keir Starmer and Chancellor Friedrich Merz\n\nThe Prime Minister spoke to Chancellor Merz this afternoon. The leaders committed to strengthening defence cooperation between Britain and Germany.', ['Keir Starmer', 'Friedrich Merz'], undefined, 'The leaders committed'), "'the leaders' is not resolved to the two leaders"),
];

/** Not proposals. */
export const NEGATIVES: BatteryCase[] = [
  n('Armenian Foreign Minister Ararat Mirzoyan says Azerbaijan put peace at risk with its offensive.', ['Azerbaijan']),
  n('Russia rejected any deal with Ukraine that would cede territory.', ['Russia']),
  n('Iran vowed retaliation against Israel.', ['Iran']),
  n('North Korea refused to negotiate with South Korea.', ['North Korea']),
  n("Ethiopia dismissed Egypt's proposal for a binding agreement on the dam.", ['Ethiopia']),
  n('Colombia and Venezuela signed a trade deal last year.'),
  n('Peru said it was time for lunch before the vote.', ['Peru']),
  n('Chile said there was no time for the army to rest.', ['Chile']),
  n('Chile said the drought was important for Bolivia.', ['Chile']),
  n('Interior Minister Peter Moyo said the police will act if the opposition goes ahead with its planned protests.', ['Peter Moyo']),
  n('Colombia said the talks were important for peace in the region.', ['Colombia']),
  // a forecast: "you" or "all this" commits nobody
  n('Danish Health Minister Sofie Berg said you will face problems if you ignore the rules.', ['Sofie Berg']),
  n('"Nobody knows what all this will bring," Hungarian Prime Minister Viktor Orban said.', ['Viktor Orban']),
  n('The proposal by Brazil was turned down by Argentina.', ['Argentina']),
  gap(n('Pakistan vowed to avenge the attack on its soldiers.', ['Pakistan']), "'avenge' is not among the force acts"),
  n("Israel threatened to strike the nuclear sites of Iran.", ['Israel']),
  n('Serbia denied that it planned to send troops to Kosovo.', ['Serbia']),
  n('Japan has not offered any aid to North Korea.', ['Japan']),
  n("Chile turned down Bolivia's request for access to the sea.", ['Chile']),
  n('Venezuela refused to allow observers into the country.', ['Venezuela']),
  n('Azerbaijan pledged to crush the separatists.', ['Azerbaijan']),
  n("Turkey's parliament approved the membership of Finland in March.", ['Turkey']),
  n('Peru hosted the summit of Pacific leaders in 2016.', ['Peru']),
  n("Greece rejected Turkey's call for talks on the islands.", ['Greece']),
  n('Nigeria said its army killed 30 militants in the north.', ['Nigeria']),
  n('Indonesia did not agree to the terms set by Malaysia.', ['Indonesia']),
  n('Mali has refused calls to hold elections.', ['Mali']),
  n('Belarus criticised the plan of Poland to build a fence on the border.', ['Belarus']),
  n('Niger expelled the ambassador of France.', ['Niger']),
  n('Egypt said the talks with Ethiopia had failed.', ['Egypt']),
  n('The talks between Sudan and South Sudan collapsed in Addis Ababa.'),
  n('Lebanon received 40 tonnes of aid from Jordan on Tuesday.', ['Lebanon', 'Jordan']),
  n('The United States applauds the vote in Liberia. "We want to make it clear that the count was fair," said Liberian President Joseph Boakai.', ['Joseph Boakai', 'United States'], 'We want to make it clear'),
  n('Uganda plans to abandon the proposed pipeline through Tanzania, the ministry said.', ['Tanzania'], 'Uganda plans'),
  n('Floods\n\nThe storms killed 40 people in Malawi on Sunday. We will see more storms this year, forecasters say.', undefined, 'We will see'),
  n('"I want to say clearly that we were not consulted," Peruvian Foreign Minister Elmer Schialer said.', ['Elmer Schialer']),
  n('Peruvian Foreign Minister Elmer Schialer said he had wanted to visit Quito in March.', ['Elmer Schialer']),
  n('Schialer said the two governments had agreed to keep talking about the border last year.', ['Elmer Schialer'], 'Schialer said the two'),
  n('"There should be no doubt that we won the vote," Atiku Abubakar said.', ['Atiku Abubakar']),
  n('"The talks should be difficult, but we are ready," Fuad Hussein said.', ['Fuad Hussein']),
  // necessity words that call for nothing: an amount, a beneficiary, a measure taken, speech about speech
  n('Peruvian President Dina Boluarte said Peru would take all necessary measures to protect its fishermen.', ['Dina Boluarte']),
  n('Peruvian President Dina Boluarte said the talks had produced an important number of decisions.', ['Dina Boluarte']),
  n('Peruvian President Dina Boluarte said the copper mine was really important for Peru.', ['Dina Boluarte']),
  n('Peruvian President Dina Boluarte said it was important to note that the talks had failed.', ['Dina Boluarte']),
  n('Peruvian President Dina Boluarte said there was no need to hurry.', ['Dina Boluarte']),
  n('"The gangsters should know that the first shell that falls in our waters will start a war," Kim Yo Jong said.', ['Kim Yo Jong']),
  n('Ghanaian President Nana Akufo-Addo said he wanted to end the dispute with Togo one day.', ['Nana Akufo-Addo']),
  n('Ghanaian diplomats said they hope to win as many votes as possible for the resolution on Togo.'),
  n('"It is time for lunch," Sudanese envoy Amina Osman told reporters at the Darfur talks.', ['Amina Osman']),
  n('"There is no time to lose in Darfur," Sudanese envoy Amina Osman said.', ['Amina Osman']),
  // a wish about someone named by a pronoun, and a question put to someone, ask nothing of them
  n('"Brussels wants us to pay for a war that is not ours," Slovak Prime Minister Robert Fico said.', ['Belgium', 'Robert Fico']),
  n('Reporters asked him about the talks with Somalia, Ethiopian Prime Minister Abiy Ahmed said.', ['Abiy Ahmed']),
  n('Envoy Ahmed Salah said the Security Council must call upon Eritrea and Djibouti to talk.', ['United Nations Security Council'], 'Envoy Ahmed Salah said'),
  n('Chile rejected their calls on Argentina to withdraw from the glacier.', ['Chile'], 'Chile rejected their calls'),
  n('The European Union said Peru urgently needs a political solution to the crisis.', ['Peru'], 'The European Union said Peru'),
  n('Minister Lena Berg said no further action is needed against Belarus.', ['Lena Berg'], 'Minister Lena Berg said no'),
  n('Minister Lena Berg said Belarus is already required to provide the data.', ['Lena Berg'], 'Minister Lena Berg said Belarus'),
  n('The president told Lena Berg he did not think that a new inquiry is needed.', [], 'The president told Lena Berg'),
  n('Ambassador Rosa Ibarra said she was waiting for the report to come out.', [], 'Ambassador Rosa Ibarra said she'),
];

export const BATTERY: BatteryCase[] = [...APPEALS, ...INTENTS, ...OFFERS, ...NOMINAL, ...QUOTED, ...DOCUMENTS, ...NEGATIVES];
