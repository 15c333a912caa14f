/**
 * Word lists the parser leans on where a tagger cannot know the story's meaning: which nouns are people (and
 * what their gender and age imply), which are places, which name nothing a camera could show, and which words
 * set the tone. English and Spanish.
 */
import type {Genre} from '../schema/script';
import type {AgeHint, Gender} from './types';

interface PersonWord {
  gender?: Gender;
  age?: AgeHint;
}

const entries = (spec: string, info: PersonWord): [string, PersonWord][] =>
  spec
    .trim()
    .split(/\s*,\s*/)
    .map((w) => [w, info]);

/** Nouns that name people. Multi-word roles ("maid of honour") are matched before single words. */
/** Later lists never erase what an earlier one knew: "enfermera" stays a woman in the list of any-gender roles. */
const merged = (lists: [string, PersonWord][]): [string, PersonWord][] => {
  const seen = new Map<string, PersonWord>();
  for (const [word, info] of lists) seen.set(word, {...info, ...seen.get(word)});
  return [...seen];
};
export const PERSON_WORDS = new Map<string, PersonWord>(
  merged([
    ...entries(
      'woman, girl, lady, queen, princess, actress, waitress, widow, maid, nun, bride, wife, girlfriend, mother, mom, mum, stepmother, sister, stepsister, daughter, stepdaughter, niece, aunt, granddaughter, fiancée, heiress, hostess, ballerina, maid of honour, maid of honor, bridesmaid, mistress, mommy, mama, stepmom, mujer, chica, niña, reina, viuda, novia, esposa, madre, mamá, hermana, hija, sobrina, tía, nieta, camarera, enfermera, doctora, abogada, jefa, vecina, amiga, dueña, capitana, cantante',
      {gender: 'f'},
    ),
    ...entries(
      'man, boy, guy, gentleman, king, prince, actor, waiter, widower, groom, bridegroom, husband, boyfriend, father, dad, stepfather, brother, stepbrother, son, stepson, nephew, uncle, grandson, fiancé, heir, host, priest, monk, fisherman, mailman, postman, best man, daddy, papa, stepdad, hombre, chico, niño, rey, viudo, novio, esposo, marido, padre, papá, hermano, hijo, sobrino, tío, nieto, camarero, enfermero, médico, abogado, jefe, vecino, amigo, dueño, capitán, cura',
      {gender: 'm'},
    ),
    ...entries('grandmother, grandma, granny, nana, abuela', {gender: 'f', age: 'old'}),
    ...entries('grandfather, grandpa, abuelo', {gender: 'm', age: 'old'}),
    ...entries('ex-fiancé, ex-fiance', {gender: 'm'}),
    ...entries('ex-fiancée, ex-fiancee', {gender: 'f'}),
    ...entries('twin, gemelo, gemela', {age: 'same'}),
    ...entries('teen, teenager, adolescent, adolescente', {age: 'teen'}),
    ...entries('kid, child, toddler, baby, schoolgirl, schoolboy, niño pequeño, niño, niña', {age: 'child'}),
    ...entries(
      `captain, owner, chef, cook, baker, farmer, bartender, barista, soldier, rapper, singer, writer, novelist, billionaire,
    janitor, librarian, mechanic, firefighter, paramedic, orphan, babysitter, nanny, landlord, landlady, tenant, roommate, gardener,
    boxer, wrestler, fighter, jockey, surfer, skater, sculptor, potter, carpenter, miner, welder, ranger, warden, zookeeper,
    beekeeper, shepherd, hunter, poet, composer, pianist, violinist, drummer, guitarist, gamer, hacker, translator, realtor,
    broker, trader, cashier, clerk, teller, cabbie, chauffeur, valet, concierge, doorman, caretaker, undertaker, mortician,
    coroner, therapist, psychiatrist, optometrist, midwife, veterinarian, groomer, dog walker, tutor, trainer, instructor,
    sergeant, general, marine, knight, witch, wizard, vampire, robot, alien, retiree, widow, grandparent, stepmom, stepdad,
    ghost, thief, killer, hitman, assassin, spy, agent, journalist, reporter, photographer, dancer, coach, player, champion, guest,
    customer, passenger, sailor, vet, dentist, pharmacist, courier, nurse, doctor, surgeon, patient, detective, inspector, cop,
    officer, sheriff, ceo, boss, manager, millionaire, investigator, intern, assistant, secretary, colleague, coworker, rival, lawyer, judge, teacher,
    professor, student, neighbour, neighbor, friend, best friend, stranger, driver, pilot, stewardess, influencer, streamer,
    youtuber, comedian, magician, clown, mayor, senator, president, witness, suspect, hostage, kidnapper, bodyguard, butler,
    housekeeper, cleaner, tailor, florist, plumber, electrician, programmer, engineer, scientist, astronaut, priestess, heir,
    cousin, ex, ex-wife, ex-husband, ex-boyfriend, ex-girlfriend, partner, fan, critic, judge, contestant, team, crew,
    guard, security guard, night guard, watchman, bouncer, astronaut, client, customer, patient, tenant, landlord, keeper, lighthouse keeper, lifeguard, bully, robber, burglar, listener, caller, sender, admirer, employee, worker,
    goalkeeper, skater, figure skater, runner, swimmer, striker, quarterback, pitcher, cyclist, climber, teammate,
    classmate, substitute teacher, principal, janitor, florist, caterer, delivery guy, pizza delivery guy, host, radio host,
    mother-in-law, father-in-law, in-laws, sister-in-law, brother-in-law, bride, groom, referee, trucker, tourist, vendor, busker, usher, dj, wedding planner, planner,
    enfermera, doctor, paciente, detective, policía, capitana, piloto, conductor, cocinero, cocinera, panadero, panadera,
    profesor, profesora, estudiante, vecino, desconocido, desconocida, rival, fantasma, ladrón, ladrona, periodista, dueño`,
      {},
    ),
  ]),
);

/**
 * Animals act in premises ("the class hamster is hiding ...", "a stray dog steals ..."): as a subject an animal is
 * the one doing the odd thing, not the object the story turns on, unless it is someone's ("a magician's rabbit").
 */
export const ANIMALS = new Set(
  `hamster dog puppy cat kitten parrot goat llama alpaca rabbit bunny goldfish fish pig horse pony cow chicken hen
  rooster duck goose raccoon squirrel monkey snake turtle tortoise ferret mouse rat owl crow raven pigeon seagull bear
  fox deer wolf lizard iguana gecko frog toad bee dolphin seal penguin sheep lamb donkey mule camel elephant tiger lion
  shark whale cockatoo budgie canary guinea pig hedgehog`.split(/\s+/),
);

/** Gendered words a premise uses of its subject: "she", "her", "his". */
export const FEMALE_PRONOUNS = /\b(she|her|hers|herself|ella|la señora)\b/i;
export const MALE_PRONOUNS = /\b(he|him|his|himself|él)\b/i;

/** Nouns that name places a scene can happen in; the value is the procedural setting that paints it. */
export const PLACE_WORDS: Record<string, string> = {
  hospital: 'hospital',
  ward: 'hospital',
  clinic: 'hospital',
  'emergency room': 'hospital',
  ferry: 'beach',
  harbour: 'beach',
  harbor: 'beach',
  pier: 'beach',
  dock: 'beach',
  port: 'beach',
  beach: 'beach',
  ship: 'beach',
  boat: 'beach',
  lighthouse: 'beach',
  island: 'beach',
  office: 'office',
  boardroom: 'office',
  company: 'office',
  firm: 'office',
  bank: 'office',
  courtroom: 'office',
  court: 'office',
  precinct: 'office',
  'police station': 'office',
  studio: 'office',
  library: 'school',
  school: 'school',
  classroom: 'school',
  campus: 'school',
  university: 'school',
  college: 'school',
  dorm: 'bedroom',
  cafe: 'cafe',
  café: 'cafe',
  diner: 'cafe',
  bakery: 'cafe',
  'coffee shop': 'cafe',
  restaurant: 'restaurant',
  kitchen: 'kitchen',
  bar: 'bar',
  pub: 'bar',
  club: 'bar',
  nightclub: 'bar',
  casino: 'bar',
  hotel: 'hotel',
  motel: 'hotel',
  church: 'church',
  chapel: 'church',
  cemetery: 'church',
  funeral: 'church',
  wedding: 'party',
  party: 'party',
  gala: 'party',
  reception: 'party',
  park: 'park',
  garden: 'park',
  playground: 'park',
  forest: 'forest',
  woods: 'forest',
  cabin: 'forest',
  farm: 'forest',
  mountain: 'forest',
  warehouse: 'warehouse',
  factory: 'warehouse',
  garage: 'warehouse',
  'parking garage': 'warehouse',
  prison: 'warehouse',
  station: 'station',
  airport: 'station',
  train: 'station',
  platform: 'station',
  bus: 'station',
  subway: 'station',
  corner: 'street',
  street: 'street',
  alley: 'street',
  market: 'street',
  square: 'street',
  bridge: 'street',
  town: 'street',
  hometown: 'street',
  rooftop: 'rooftop',
  roof: 'rooftop',
  car: 'car',
  taxi: 'car',
  house: 'home',
  home: 'home',
  apartment: 'home',
  flat: 'home',
  attic: 'home',
  basement: 'home',
  mansion: 'home',
  bedroom: 'bedroom',
  stage: 'party',
  reunion: 'party',
  'high school reunion': 'school',
  rink: 'school',
  pitch: 'park',
  stadium: 'park',
  arena: 'party',
  gym: 'school',
  museum: 'hotel',
  theatre: 'party',
  theater: 'party',
  salon: 'cafe',
  shop: 'cafe',
  store: 'cafe',
  supermarket: 'cafe',
  oficina: 'office',
  escuela: 'school',
  colegio: 'school',
  cocina: 'kitchen',
  casa: 'home',
  iglesia: 'church',
  boda: 'party',
  fiesta: 'party',
  calle: 'street',
  esquina: 'street',
  mercado: 'street',
  playa: 'beach',
  puerto: 'beach',
  barco: 'beach',
  faro: 'beach',
  restaurante: 'restaurant',
  panadería: 'cafe',
  cafetería: 'cafe',
  tienda: 'cafe',
  estación: 'station',
  aeropuerto: 'station',
  tren: 'station',
  parque: 'park',
  jardín: 'park',
  bosque: 'forest',
  granja: 'forest',
  almacén: 'warehouse',
  azotea: 'rooftop',
  coche: 'car',
  ático: 'home',
  sótano: 'home',
  biblioteca: 'school',
};

/** Events that imply where they happen: a rap battle is on a stage. */
export const EVENT_PLACES: [RegExp, string][] = [
  [
    /\b(?:returns?|returning|comes?|came|coming|goes|going|went|gets|got|arrives?|back|heads?|rushes|runs)\s+home\b/i,
    'home',
  ],
  [/\b(bak(e|ing)|cook(ing)?|bake-?off)\b.*\b(contest|competition|show)\b|\bbake-?off\b/i, 'kitchen'],
  [/\b(battle|concert|gig|show|talent|karaoke|open mic|contest|competition|pageant)\b/i, 'stage'],
  [/\b(wedding|reception|toast)\b/i, 'reception'],
  [/\b(funeral|wake)\b/i, 'chapel'],
  [/\b(trial|lawsuit|custody)\b/i, 'courtroom'],
  [/\b(dinner|recipe|cake|sauce|bake)\b/i, 'kitchen'],
  [/\b(truck|trucks)\b/i, 'corner'],
  [/\b(flight|plane)\b/i, 'airport'],
  [/\b(board|meeting|merger|promotion|shareholders|startup)\b/i, 'office'],
  [/\b(exam|prom|class)\b/i, 'school'],
  [/\b(batalla|concurso|concierto)\b/i, 'escenario'],
  [/\b(boda)\b/i, 'boda'],
  [/\b(cena|receta|pastel)\b/i, 'cocina'],
];

/** Nouns that name no object a camera could hold up: never the story's object. */
export const ABSTRACT_NOUNS = new Set(
  `name names place places war date time life truth secret secrets love thing things way day days year years night world reason
  problem idea chance luck mistake trouble fact part kind end plan plans news word words dream dreams heart feelings
  revenge justice crush attention fight feud rivalry same something everything nothing someone everyone anyone one
  credit blame encouragement kindness help courage fear hope voice sound silence noise message messages
  morning mornings evening evenings afternoon week weeks weekend month months midnight noon dawn dusk hour hours
  minute minutes anniversary adoption fraud lottery back
  nombre guerra verdad secreto amor vida tiempo cosa día año noche mundo plan`.split(/\s+/),
);

/** Words that lean a premise towards a tone, with a weight. */
export const TONE_CUES: [RegExp, Genre, number][] = [
  [
    /\b(rap|battle|food truck|trucks?|hot sauce|karaoke|talent show|prank|fake|pretend|llama|goat|parrot|cat|dog|pizza|taco|cake|bake[- ]?off|dance[- ]?off|costume|mascot|reality show|tiktok|influencer|viral|clown|wig|disguise|chaos|accidentally|wrong|mix[- ]?up|competition|contest|grandma|granny|nana|retiree|rivals?|sabotage|pie|bingo|mistaken|mistakes?|parrots?|in-laws?|mother-in-law|speed dating|volcano|erupts?|science fair|roommates?|last slice|slice|delivery guy|coffee machine|sneaks?|tiny|hamster|goldfish|llamas?|goats?|dogs?|cats?)\b/i,
    'comedy',
    2,
  ],
  [
    /\b(grandmother|grandfather|grandma|grandpa|abuela|abuelo|reunite|reunion|adopt|adopted|orphan|puppy|kindness|gift|thank|letter from|lost dog|homeless|volunteer|first day|birthday|christmas|neighbou?r|mentor|teaches|learns to|heal|forgive|forgives|stranger helps|wish|shy|encourag\w*|kind|kindness|notes? of|late grandmother|late grandfather|gets a reply|little girl|little boy)\b/i,
    'heartwarming',
    2,
  ],
  [
    /\b(murder|murdered|kill|killer|hitman|ransom|kidnap|kidnapped|hostage|gun|bomb|chase|escape|hunted|stalker|poison|blackmail|missing|vanish|vanished|body|corpse|threat|threatening|dated tomorrow|heartbeat|baby monitor|robber|robbery|heist|intruder|stalk\w*)\b/i,
    'thriller',
    2,
  ],
  [
    /\b(mystery|clue|detective|strange|impossible|empty for|1\d{3}|19\d\d|ghost|list|chart|dated|addressed|unknown|anonymous|disappeared|found|died|dead|reflection|mirror|haunt\w*|spirit|curse|years ago|from 19\d\d)\b/i,
    'mystery',
    1.5,
  ],
  [
    /\b(love|crush|date|dating|kiss|wedding|fiancé|fiancée|ex|ex-fiancé|ex-fiancée|boyfriend|girlfriend|likes|maid of hono(u)?r|proposal|propose|romance|flirt|roses|fall in love|falls in love|admirer)\b/i,
    'romance',
    2,
  ],
  [/\b(falls? in love|in love with)\b/i, 'romance', 3],
  // A parent or sibling lost for years is family drama whatever else the premise jokes about.
  [
    /\b(long[-\u2011]lost|estranged|biological (?:mother|father|parents?)|birth (?:mother|father)|secret (?:half[-\u2011])?(?:sister|brother|twin))\b/i,
    'family',
    3,
  ],
  [
    /\b(revenge|betray|betrayed|cheated|cheating|humiliated|dumped|fired|payback|destroy|ruin|ruined|expose|bully|taking credit|took credit|steals?|stole)\b/i,
    'revenge',
    2,
  ],
  [
    /\b(mother|father|daughter|son|sister|brother|twin|family|inheritance|will|adopted|stepmother|stepfather|cousin|aunt|uncle)\b/i,
    'family',
    1,
  ],
  [
    /\b(ceo|boss|office|intern|promotion|board|company|coworker|colleague|startup|meeting|deadline|shift|manager|assistant|firm|job)\b/i,
    'workplace',
    1.5,
  ],
  [/\b(asesinato|secuestro|rescate|pistola|amenaza|desaparecid[oa])\b/i, 'thriller', 2],
  [/\b(batalla de rap|abuela|abuelo|disfraz|concurso|perro|gato|pastel)\b/i, 'comedy', 2],
  [/\b(abuela|abuelo|regalo|reencuentro|vecin[oa]|perdona|cumpleaños|navidad)\b/i, 'heartwarming', 1.5],
  [/\b(amor|boda|novi[oa]|beso|cita|enamorad[oa])\b/i, 'romance', 2],
  [/\b(venganza|traición|traiciona|despedid[oa]|engaña)\b/i, 'revenge', 2],
  [/\b(madre|padre|hij[oa]|herman[oa]|familia|herencia|testamento)\b/i, 'family', 1],
  [/\b(jef[ea]|oficina|empresa|ascenso|becari[oa]|turno)\b/i, 'workplace', 1.5],
  [/\b(misterio|lista|carta|fecha|vacía|vacío|desconocid[oa])\b/i, 'mystery', 1.5],
];
