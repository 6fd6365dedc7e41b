/**
 * A small, general gazetteer: countries (with their usual short names and demonyms), capitals
 * and a few seats of government, international organisations and well-known heads of state or
 * government across the last century. It recognises who and where a sentence is about; a person
 * reviews and extends the result. Names are matched case-sensitively, as proper nouns are written,
 * so "US" is the country and "us" is not.
 */

/** An actor the gazetteer can name: a country or an organisation. */
export interface GazetteerActor {
  id: string;
  label: string;
}

interface Entry {
  /** The actor it stands for, if any (a leader or a capital stands for the country). */
  actor?: string;
  /** The place it names, if it can be where something happens. */
  place?: string;
  /** Cities and landmarks are more specific places than countries. */
  specific: boolean;
}

// id | label | other names and demonyms (;-separated)
const COUNTRIES = `
afghanistan|Afghanistan|Afghan;Afghans
albania|Albania|Albanian;Albanians
algeria|Algeria|Algerian;Algerians
angola|Angola|Angolan
argentina|Argentina|Argentine;Argentinian;Argentinians
armenia|Armenia|Armenian;Armenians
australia|Australia|Australian;Australians
austria|Austria|Austrian;Austrians
azerbaijan|Azerbaijan|Azerbaijani;Azeri
bahrain|Bahrain|Bahraini
bangladesh|Bangladesh|Bangladeshi
belarus|Belarus|Belarusian;Byelorussia
belgium|Belgium|Belgian;Belgians
bolivia|Bolivia|Bolivian
bosnia|Bosnia and Herzegovina|Bosnia;Bosnian;Bosnians
brazil|Brazil|Brazilian;Brazilians
bulgaria|Bulgaria|Bulgarian;Bulgarians
cambodia|Cambodia|Cambodian;Kampuchea
cameroon|Cameroon|Cameroonian
canada|Canada|Canadian;Canadians
chile|Chile|Chilean;Chileans
china|China|Chinese;People's Republic of China;PRC
colombia|Colombia|Colombian;Colombians
congo|Democratic Republic of the Congo|DR Congo;DRC;Zaire;Congolese
croatia|Croatia|Croatian;Croats
cuba|Cuba|Cuban;Cubans
cyprus|Cyprus|Cypriot
czechia|Czech Republic|Czechia;Czech;Czechs
czechoslovakia|Czechoslovakia|Czechoslovak
denmark|Denmark|Danish;Danes
ecuador|Ecuador|Ecuadorian
egypt|Egypt|Egyptian;Egyptians
estonia|Estonia|Estonian
ethiopia|Ethiopia|Ethiopian;Ethiopians
east-germany|East Germany|GDR;East German;East Germans
finland|Finland|Finnish;Finns
france|France|French
georgia|Georgia|Georgian;Georgians
germany|Germany|German;Germans;Federal Republic of Germany
west-germany|West Germany|West German;West Germans
ghana|Ghana|Ghanaian
greece|Greece|Greek;Greeks
guatemala|Guatemala|Guatemalan
haiti|Haiti|Haitian
hungary|Hungary|Hungarian;Hungarians
iceland|Iceland|Icelandic
india|India|Indian;Indians
indonesia|Indonesia|Indonesian;Indonesians
iran|Iran|Iranian;Iranians;Persia
iraq|Iraq|Iraqi;Iraqis
ireland|Ireland|Irish;Republic of Ireland
israel|Israel|Israeli;Israelis
italy|Italy|Italian;Italians
ivory-coast|Ivory Coast|Côte d'Ivoire;Ivorian
japan|Japan|Japanese
jordan|Jordan|Jordanian;Jordanians
kazakhstan|Kazakhstan|Kazakh
kenya|Kenya|Kenyan;Kenyans
kosovo|Kosovo|Kosovan;Kosovar
kuwait|Kuwait|Kuwaiti
kyrgyzstan|Kyrgyzstan|Kyrgyz
laos|Laos|Lao;Laotian
latvia|Latvia|Latvian
lebanon|Lebanon|Lebanese
libya|Libya|Libyan;Libyans
lithuania|Lithuania|Lithuanian
malaysia|Malaysia|Malaysian
mali|Mali|Malian
mexico|Mexico|Mexican;Mexicans
moldova|Moldova|Moldovan
mongolia|Mongolia|Mongolian
morocco|Morocco|Moroccan
mozambique|Mozambique|Mozambican
myanmar|Myanmar|Burma;Burmese
nepal|Nepal|Nepalese;Nepali
netherlands|Netherlands|Dutch;Holland
new-zealand|New Zealand|New Zealander
nicaragua|Nicaragua|Nicaraguan
niger|Niger|Nigerien
nigeria|Nigeria|Nigerian;Nigerians
north-korea|North Korea|North Korean;North Koreans;DPRK;Democratic People's Republic of Korea
north-macedonia|North Macedonia|Macedonia;Macedonian
norway|Norway|Norwegian;Norwegians
oman|Oman|Omani
pakistan|Pakistan|Pakistani;Pakistanis
palestine|Palestinian territories|Palestine;Palestinian;Palestinians;West Bank;Gaza;Gaza Strip
panama|Panama|Panamanian
paraguay|Paraguay|Paraguayan
peru|Peru|Peruvian
philippines|Philippines|Filipino;Filipinos;Philippine
poland|Poland|Polish;Poles
portugal|Portugal|Portuguese
qatar|Qatar|Qatari
romania|Romania|Romanian;Romanians
russia|Russia|Russian;Russians;Russian Federation
rwanda|Rwanda|Rwandan;Rwandans
saudi-arabia|Saudi Arabia|Saudi;Saudis
senegal|Senegal|Senegalese
serbia|Serbia|Serbian;Serbs
singapore|Singapore|Singaporean
slovakia|Slovakia|Slovak;Slovaks
slovenia|Slovenia|Slovenian;Slovene
somalia|Somalia|Somali;Somalis
south-africa|South Africa|South African;South Africans
south-korea|South Korea|South Korean;South Koreans;Republic of Korea;ROK
south-sudan|South Sudan|South Sudanese
soviet-union|Soviet Union|USSR;Soviet;Soviets;U.S.S.R.
spain|Spain|Spanish;Spaniards
sri-lanka|Sri Lanka|Sri Lankan
sudan|Sudan|Sudanese
sweden|Sweden|Swedish;Swedes
switzerland|Switzerland|Swiss
syria|Syria|Syrian;Syrians
taiwan|Taiwan|Taiwanese;Republic of China
tajikistan|Tajikistan|Tajik
tanzania|Tanzania|Tanzanian
thailand|Thailand|Thai
tunisia|Tunisia|Tunisian
turkey|Turkey|Turkish;Turks;Türkiye
turkmenistan|Turkmenistan|Turkmen
uganda|Uganda|Ugandan
ukraine|Ukraine|Ukrainian;Ukrainians
united-arab-emirates|United Arab Emirates|UAE;Emirati
united-kingdom|United Kingdom|UK;U.K.;Britain;Great Britain;British;Britons
united-states|United States|US;U.S.;USA;U.S.A.;United States of America;America;American;Americans
uruguay|Uruguay|Uruguayan
uzbekistan|Uzbekistan|Uzbek
venezuela|Venezuela|Venezuelan;Venezuelans
vietnam|Vietnam|Viet Nam;Vietnamese;North Vietnam;South Vietnam
yemen|Yemen|Yemeni;Yemenis
yugoslavia|Yugoslavia|Yugoslav
zambia|Zambia|Zambian
zimbabwe|Zimbabwe|Zimbabwean;Rhodesia
`;

// id | label | other names
const ORGANISATIONS = `
un|United Nations|UN;U.N.;UN Security Council;Security Council;General Assembly
nato|Nato|NATO;North Atlantic Treaty Organization;North Atlantic Treaty Organisation
eu|European Union|EU;E.U.;European Commission;European Community;EEC
iaea|International Atomic Energy Agency|IAEA
who|World Health Organization|WHO;World Health Organisation
imf|International Monetary Fund|IMF
world-bank|World Bank|
wto|World Trade Organization|WTO;World Trade Organisation
opec|Opec|OPEC
asean|Asean|ASEAN
african-union|African Union|AU
arab-league|Arab League|
g7|G7|G8;Group of Seven
g20|G20|Group of 20
osce|OSCE|Organization for Security and Co-operation in Europe
plo|Palestine Liberation Organization|PLO;Palestine Liberation Organisation
hamas|Hamas|
hezbollah|Hezbollah|
taliban|Taliban|
al-qaeda|al-Qaeda|al-Qaida;Al-Qaeda;al Qaeda
islamic-state|Islamic State|ISIS;ISIL;Daesh
warsaw-pact|Warsaw Pact|
red-cross|Red Cross|ICRC;International Committee of the Red Cross
`;

// city | country id (a capital also stands for its government: "talks between Washington and Pyongyang")
const CAPITALS = `
Kabul|afghanistan
Algiers|algeria
Buenos Aires|argentina
Yerevan|armenia
Canberra|australia
Vienna|austria
Baku|azerbaijan
Dhaka|bangladesh
Minsk|belarus
Sarajevo|bosnia
Brasília|brazil
Brasilia|brazil
Sofia|bulgaria
Phnom Penh|cambodia
Ottawa|canada
Santiago|chile
Beijing|china
Peking|china
Bogotá|colombia
Bogota|colombia
Kinshasa|congo
Zagreb|croatia
Havana|cuba
Nicosia|cyprus
Prague|czechia
Copenhagen|denmark
Cairo|egypt
Addis Ababa|ethiopia
Helsinki|finland
Paris|france
Tbilisi|georgia
Berlin|germany
Bonn|west-germany
Athens|greece
Budapest|hungary
New Delhi|india
Delhi|india
Jakarta|indonesia
Tehran|iran
Baghdad|iraq
Dublin|ireland
Jerusalem|israel
Tel Aviv|israel
Rome|italy
Tokyo|japan
Amman|jordan
Nairobi|kenya
Pristina|kosovo
Beirut|lebanon
Tripoli|libya
Kuala Lumpur|malaysia
Mexico City|mexico
Rabat|morocco
Kathmandu|nepal
The Hague|netherlands
Amsterdam|netherlands
Wellington|new-zealand
Abuja|nigeria
Lagos|nigeria
Pyongyang|north-korea
Oslo|norway
Islamabad|pakistan
Ramallah|palestine
Lima|peru
Manila|philippines
Warsaw|poland
Lisbon|portugal
Doha|qatar
Bucharest|romania
Moscow|russia
Kigali|rwanda
Riyadh|saudi-arabia
Belgrade|serbia
Mogadishu|somalia
Pretoria|south-africa
Johannesburg|south-africa
Cape Town|south-africa
Seoul|south-korea
Madrid|spain
Khartoum|sudan
Stockholm|sweden
Bern|switzerland
Damascus|syria
Taipei|taiwan
Bangkok|thailand
Ankara|turkey
Kyiv|ukraine
Kiev|ukraine
Abu Dhabi|united-arab-emirates
London|united-kingdom
Washington|united-states
Washington, DC|united-states
Washington DC|united-states
Caracas|venezuela
Hanoi|vietnam
Saigon|vietnam
Sanaa|yemen
Harare|zimbabwe
`;

// place | country id (where it is) | label to show as the place
const LANDMARKS = `
White House|united-states|Washington, DC
Pentagon|united-states|Washington, DC
State Department|united-states|Washington, DC
Capitol Hill|united-states|Washington, DC
Camp David|united-states|Camp David, Maryland
Kremlin|russia|Moscow
Downing Street|united-kingdom|London
Élysée Palace|france|Paris
Elysee Palace|france|Paris
Blue House|south-korea|Seoul
Panmunjom|north-korea|Panmunjom
Great Hall of the People|china|Beijing
`;

// Names that contain a country's name but are not it: matched so that "Latin America" is not America.
const NOT_ACTORS = ["Latin America", "South America", "Central America", "North America", "Korean Peninsula", "Korean War", "American Samoa", "Georgia state", "Michael Jordan", "New Mexico", "New Jersey", "Guinea-Bissau", "Papua New Guinea", "Equatorial Guinea"];

// other places people meet, fight or sign things: city | country id
const CITIES = `
Geneva|switzerland
Davos|switzerland
Reykjavik|iceland
Helsinki|finland
Yalta|ukraine
Potsdam|germany
Munich|germany
Dayton|united-states
New York|united-states
Hong Kong|china
Shanghai|china
Dalian|china
Osaka|japan
Hiroshima|japan
Nagasaki|japan
Da Nang|vietnam
Busan|south-korea
Vladivostok|russia
St Petersburg|russia
Istanbul|turkey
Dubai|united-arab-emirates
Mumbai|india
Karachi|pakistan
Sharm el-Sheikh|egypt
Brussels|eu
Strasbourg|france
Maastricht|netherlands
Lisbon|portugal
Kosovo|kosovo
Crimea|ukraine
Chernobyl|ukraine
`;

// name | country id | other names (surnames only where they are unambiguous in news)
const LEADERS = `
Donald Trump|united-states|Trump
Joe Biden|united-states|Biden
Barack Obama|united-states|Obama
George W. Bush|united-states|George Bush;Bush
Bill Clinton|united-states|Clinton;Hillary Clinton
Ronald Reagan|united-states|Reagan
Jimmy Carter|united-states|
Richard Nixon|united-states|Nixon
John F. Kennedy|united-states|Kennedy;JFK
Lyndon Johnson|united-states|Lyndon B. Johnson
Dwight Eisenhower|united-states|Eisenhower
Harry Truman|united-states|Truman
Franklin Roosevelt|united-states|Franklin D. Roosevelt;Roosevelt
Henry Kissinger|united-states|Kissinger
Mike Pompeo|united-states|Pompeo
Antony Blinken|united-states|Blinken
Vladimir Putin|russia|Putin
Dmitry Medvedev|russia|Medvedev
Boris Yeltsin|russia|Yeltsin
Sergei Lavrov|russia|Lavrov
Mikhail Gorbachev|soviet-union|Gorbachev
Leonid Brezhnev|soviet-union|Brezhnev
Nikita Khrushchev|soviet-union|Khrushchev
Joseph Stalin|soviet-union|Stalin
Xi Jinping|china|Xi;President Xi
Hu Jintao|china|
Jiang Zemin|china|
Deng Xiaoping|china|Deng
Mao Zedong|china|Mao;Mao Tse-tung
Kim Jong-un|north-korea|Kim Jong Un;Kim Jong-Un
Kim Jong-il|north-korea|Kim Jong Il
Kim Il-sung|north-korea|Kim Il Sung
Moon Jae-in|south-korea|President Moon
Park Geun-hye|south-korea|
Yoon Suk Yeol|south-korea|Yoon Suk-yeol
Shinzo Abe|japan|Abe
Narendra Modi|india|Modi
Benjamin Netanyahu|israel|Netanyahu
Yitzhak Rabin|israel|Rabin
Shimon Peres|israel|Peres
Menachem Begin|israel|
Golda Meir|israel|
Yasser Arafat|palestine|Arafat
Mahmoud Abbas|palestine|
Anwar Sadat|egypt|Sadat
Hosni Mubarak|egypt|Mubarak
Gamal Abdel Nasser|egypt|Nasser
Recep Tayyip Erdogan|turkey|Erdogan;Erdoğan
Volodymyr Zelensky|ukraine|Zelensky;Zelenskyy
Bashar al-Assad|syria|Assad
Saddam Hussein|iraq|Saddam
Ali Khamenei|iran|Khamenei;Ayatollah Khamenei
Hassan Rouhani|iran|Rouhani
Mahmoud Ahmadinejad|iran|Ahmadinejad
Ruhollah Khomeini|iran|Khomeini;Ayatollah Khomeini
Nelson Mandela|south-africa|Mandela
FW de Klerk|south-africa|F.W. de Klerk;de Klerk
Angela Merkel|germany|Merkel
Helmut Kohl|germany|Kohl
Olaf Scholz|germany|Scholz
Emmanuel Macron|france|Macron
François Mitterrand|france|Mitterrand
Jacques Chirac|france|Chirac
Charles de Gaulle|france|de Gaulle
Margaret Thatcher|united-kingdom|Thatcher
Tony Blair|united-kingdom|Blair
Theresa May|united-kingdom|
Winston Churchill|united-kingdom|Churchill
Fidel Castro|cuba|Castro
Hugo Chávez|venezuela|Chávez;Chavez;Hugo Chavez
Nicolás Maduro|venezuela|Maduro;Nicolas Maduro
Muammar Gaddafi|libya|Gaddafi
Slobodan Milosevic|serbia|Milosevic;Milošević
Josip Broz Tito|yugoslavia|Tito
Lech Walesa|poland|Walesa;Wałęsa
Vaclav Havel|czechia|Havel;Václav Havel
Erich Honecker|east-germany|Honecker
Jawaharlal Nehru|india|Nehru
Indira Gandhi|india|
Justin Trudeau|canada|Trudeau
Jair Bolsonaro|brazil|Bolsonaro
Luiz Inácio Lula da Silva|brazil|Lula
Ban Ki-moon|un|
Kofi Annan|un|Annan
António Guterres|un|Guterres;Antonio Guterres
`;

const PLACE_PREPOSITION = /\b(?:in|at|to|from|into|near|outside|inside|visited|visit|visiting|hosted|hosts?|toured|reached|arrived\s+in|held\s+in)\s+(?:the\s+)?$/i;

interface Compiled {
  pattern: RegExp;
  entries: Map<string, Entry>;
  actors: Map<string, string>;
}

let compiled: Compiled | undefined;

function compile(): Compiled {
  const entries = new Map<string, Entry>();
  const actors = new Map<string, string>();
  const add = (name: string, entry: Entry) => {
    if (!name || entries.has(name)) return;
    entries.set(name, entry);
  };
  const rows = (block: string) =>
    block
      .trim()
      .split("\n")
      .map((line) => line.split("|").map((s) => s.trim()));
  for (const [id, label, others] of rows(COUNTRIES)) {
    actors.set(id, label);
    for (const name of [label, ...others.split(";")]) add(name, { actor: id, place: label, specific: false });
  }
  for (const [id, label, others] of rows(ORGANISATIONS)) {
    actors.set(id, label);
    for (const name of [label, ...(others ?? "").split(";")]) add(name, { actor: id, specific: false });
  }
  for (const [name, country, label] of rows(LANDMARKS)) add(name, { actor: country, place: label, specific: true });
  for (const [city, country] of rows(CAPITALS)) add(city, { actor: country, place: city === "Washington" || city === "Washington DC" ? "Washington, DC" : city, specific: true });
  for (const [city] of rows(CITIES)) add(city, { place: city, specific: true });
  for (const name of NOT_ACTORS) add(name, { specific: false });
  for (const [name, country, others] of rows(LEADERS)) {
    for (const alias of [name, ...(others ?? "").split(";")]) add(alias, { actor: country, specific: false });
  }
  const names = [...entries.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join("|")})(?![\\p{L}\\p{N}]|\\.\\p{L})`, "gu");
  return { pattern, entries, actors };
}

function gazetteer(): Compiled {
  compiled ??= compile();
  return compiled;
}

/** The label of an actor id the gazetteer knows, e.g. "north-korea" → "North Korea". */
export function actorLabel(id: string): string | undefined {
  return gazetteer().actors.get(id);
}

/**
 * The label of an actor as a text writes it: "NATO" in wire copy, "Nato" in the BBC's style,
 * "OPEC" or "Opec". The gazetteer's label when the text spells it no other way (or not at all).
 */
export function actorLabelIn(id: string, text: string): string | undefined {
  const label = actorLabel(id);
  if (label === undefined) return undefined;
  const spelling = findMentions(text).find((m) => m.actor === id && m.name !== label && m.name.toLowerCase() === label.toLowerCase());
  return spelling?.name ?? label;
}

export interface Mention {
  name: string;
  start: number;
  end: number;
  actor?: string;
  place?: string;
  specific: boolean;
}

/** Every gazetteer name in a text, longest first where they overlap. */
export function findMentions(text: string): Mention[] {
  const { pattern, entries } = gazetteer();
  const out: Mention[] = [];
  for (const m of text.matchAll(pattern)) {
    const entry = entries.get(m[0])!;
    out.push({ name: m[0], start: m.index, end: m.index + m[0].length, ...entry });
  }
  return out;
}

/** The actors a sentence names, in order of first mention, without repeats. */
export function actorsIn(text: string): string[] {
  const ids: string[] = [];
  for (const m of findMentions(text)) if (m.actor && !ids.includes(m.actor)) ids.push(m.actor);
  return ids;
}

/**
 * Where the event in [from, to) of a sentence takes place: a place name after "in", "at", "to",
 * "visited"…, the one nearest the phrase, a city or landmark over a country. Undefined if none.
 */
export function placeNear(text: string, from: number, to: number): string | undefined {
  const candidates = findMentions(text).filter((m) => m.place && PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 30), m.start)));
  if (candidates.length === 0) return undefined;
  const distance = (m: Mention) => (m.end <= from ? from - m.end : m.start >= to ? m.start - to : 0) + (m.specific ? 0 : 40);
  return candidates.sort((a, b) => distance(a) - distance(b))[0].place;
}
