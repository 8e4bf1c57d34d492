/**
 * The invented world of the benchmark corpus: two countries at war, their allies, people, places
 * and news outlets. Every name is made up (none is taken from content/sources), so the bench never
 * leans on what the real corpus happens to contain.
 */

export interface Country {
  name: string;
  /** Adjective: "Varnian forces". */
  adj: string;
  capital: string;
}

export const COUNTRIES: Country[] = [
  { name: 'Varnia', adj: 'Varnian', capital: 'Velmora' },
  { name: 'Osterland', adj: 'Osterlandic', capital: 'Brenholt' },
  { name: 'Kelmar', adj: 'Kelmari', capital: 'Sorrinvale' },
  { name: 'Tessary', adj: 'Tessarian', capital: 'Port Anselm' },
  { name: 'Dravonia', adj: 'Dravonian', capital: 'Eddavik' },
  { name: 'Lusmark', adj: 'Lusmarker', capital: 'Quellingford' },
];

/** Towns and venues near the front and where diplomats meet. */
export const PLACES = [
  'Karsk',
  'Dunmere',
  'Port Selby',
  'Tallow Bay',
  'Ostrevka',
  'Maravel',
  'Halvard Crossing',
  'Pellamar',
  'Cray Harbour',
  'Norvast',
  'Iskelburg',
  'Temmerholm',
  'Ulvana',
  'Gorrin Pass',
  'Rasmuth',
  'Vetlin',
  'Aldermoor',
  'Kessel Ford',
  'Brightwick',
  'Orsk Ridge',
  'Saltmere',
  'Lindqvara',
  'Harrowgate Fields',
  'Zolvenka',
];

/** First names compromise knows as first names (none that is also a month or a weekday). */
export const FIRST_NAMES = [
  'Lena', 'Tomas', 'Anya', 'Marek', 'Ingrid', 'Paul', 'Sofia', 'Daniel', 'Helena', 'Viktor', 'Maria', 'Jonas',
  'Clara', 'Pieter', 'Nadia', 'Oskar', 'Elena', 'Hugo', 'Irene', 'Felix', 'Greta', 'Simon', 'Ruth', 'Adrian',
  'Mila', 'Stefan', 'Agnes', 'Lukas', 'Petra', 'Emil', 'Vera', 'Anton', 'Karin', 'Bruno', 'Lidia', 'Matteo',
];

export const SURNAMES = [
  'Marwick', 'Varnholt', 'Kestrelov', 'Ostrowen', 'Dallimore', 'Pritchvane', 'Sorokel', 'Hallengren', 'Tamsworth',
  'Velikar', 'Brandusa', 'Quennell', 'Okonlind', 'Ferravane', 'Yastrebin', 'Morrowitz', 'Calloway-Ness', 'Dumitrache',
  'Lindqvist-Aro', 'Harkavy', 'Belmonde', 'Tsvetanova', 'Grimaldet', 'Ashcombe', 'Novakovski', 'Rennard', 'Silvanek',
  'Thornquist', 'Vasquelle', 'Zubarik', 'Kowalczen', 'Ebbesmark',
];

/** Titles written before a name; the country adjective is put in front of some of them. */
export const ROLES = [
  'President',
  'Prime Minister',
  'Defense Minister',
  'Foreign Minister',
  'special envoy',
  'General',
  'Army chief',
  'Deputy Foreign Minister',
  'Energy Minister',
  'Senator',
  'Ambassador',
  'presidential adviser',
];

export const OUTLETS = [
  'Northgate Wire',
  'The Meridian Ledger',
  'Harbor Post',
  'Caldera News',
  'The Evening Lantern',
  'Ridgeway Times',
  'Brightwater Herald',
  'Coastline Daily',
  'Fenwick Observer',
  'The Quarry Review',
  'Saltmarsh Radio',
  'Lakeshore Bulletin',
];

export const AUTHORS = [
  'Ada Kerrigan', 'Bram Oosterhuis', 'Celia Montfort', 'Dario Pennick', 'Edith Sallow', 'Frida Halvorsen',
  'Gideon Marsh', 'Hana Oberlin', 'Ivan Castelo', 'Juno Whitcombe', 'Kai Ferreira-Lunn', 'Lotte Brenner',
];

export const ORGS = [
  'the Tessary Relief Agency',
  'the Northern Command',
  'the Joint Monitoring Mission',
  'the Kelmari Grain Board',
  'the Council of Six',
  'the Osterland Security Service',
  'the Varnian Defense Council',
  'the Lusmark Energy Authority',
];

/** Things that are planned, drafted, signed or handed over. */
export const OBJECTS = [
  'a prisoner exchange',
  'the grain corridor deal',
  'a 12-point peace framework',
  'the energy truce',
  'a ceasefire proposal',
  'the border demarcation plan',
  'a $400 million aid package',
  'the reconstruction fund',
  'a memorandum on nuclear safety',
  'the humanitarian corridor agreement',
  'a 20-point security plan',
  'the drone-free zone proposal',
  'a draft communique',
  'the river crossing protocol',
];

export const TARGETS = ['a rail depot', 'the power station', 'a fuel terminal', 'an ammunition store', 'the bridge', 'a radar site', 'the port cranes', 'a supply convoy'];

export const UNITS = ['the 14th Brigade', 'two armoured battalions', 'the coastal division', 'reserve units', 'the air defence regiment', 'border guards'];

/** Quoted words for filler quotes (no dates, no happening verbs). */
export const QUOTES = [
  'We will not give up an inch of our land',
  'Nobody here believes the shelling will stop soon',
  'This is a test of patience as much as of arms',
  'Our people deserve to live without fear',
  'The door to diplomacy remains open',
  'The grid is fragile and the nights are cold',
  'There is no military solution to this war',
  'Every family in this town has lost someone',
  'We need air defence more than promises',
  'History will judge what happens next',
];

export const SUBHEADS = ['DIPLOMATIC PUSH', 'FRONT LINE', 'PRESSURE FROM ALLIES', 'ENERGY WAR', 'WHAT COMES NEXT', 'HUMANITARIAN TOLL'];

/** Page chrome some outlets leave in the copy; the cleaner drops it. */
export const CHROME = ['Advertisement', 'Sign up for our daily briefing', 'Read more', 'Share this article'];
