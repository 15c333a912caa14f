import {parsePremise, premiseKeys} from '../src/premise';

describe('parsePremise', () => {
  it('reads a possessive of a person as one person whose relation is to the possessor', () => {
    const s = parsePremise("The CEO's son asks the maid of honour to fake a date with the woman he likes", 'en');
    expect(s.protagonist.role).toBe('son');
    expect(s.protagonist.relation).toEqual({kind: 'son', of: 'CEO'});
    const roles = s.others.map((o) => o.role);
    expect(roles).toContain('maid of honour');
    expect(roles).not.toContain('ceo');
    expect(s.others.filter((o) => /woman/.test(o.role))).toHaveLength(1);
    expect(s.others.every((o) => o.name !== 'Cole')).toBe(true);
    expect(s.tone).toBe('romance');
  });

  it('finds the protagonist, relation, object, place and odd thing', () => {
    const s = parsePremise("A ferry captain finds her daughter's name on a 1962 passenger list", 'en');
    expect(s.protagonist).toMatchObject({role: 'ferry captain', gender: 'f'});
    expect(s.others).toEqual([
      expect.objectContaining({role: 'daughter', relation: {kind: 'daughter', of: 'protagonist'}}),
    ]);
    expect(s.object).toBe('passenger list');
    expect(s.place).toBe('ferry');
    expect(s.incongruity).toBe("her daughter's name on a 1962 passenger list");
    expect(premiseKeys(s)).toMatchObject({
      people: ['ferry captain', 'daughter'],
      object: 'passenger list',
      place: 'ferry',
    });
  });

  it('keeps a name with its appositive role and the odd detail after the object', () => {
    const s = parsePremise("Nora, a night nurse, finds a patient's chart dated tomorrow", 'en');
    expect(s.protagonist).toMatchObject({name: 'Nora', role: 'night nurse', gender: 'f'});
    expect(s.object).toBe('chart');
    expect(s.incongruity).toMatch(/dated tomorrow/);
  });

  it('gives twins the same age and grandmothers old age, and reads comedy', () => {
    expect(
      parsePremise('My twin brother sends me a letter addressed to our missing brother', 'en').others[0],
    ).toMatchObject({age: 'same'});
    const g = parsePremise("A grandmother enters her grandson's rap battle", 'en');
    expect(g.protagonist.age).toBe('old');
    expect(g.tone).toBe('comedy');
    expect(parsePremise('A hitman is hired to kill the man who taught him to fish', 'en').tone).toBe('thriller');
  });

  it('reads Spanish premises with their relations', () => {
    const s = parsePremise('Una capitana de barco encuentra el nombre de su hija en una lista de 1962', 'es');
    expect(s.protagonist.role).toBe('capitana');
    expect(s.others[0]).toMatchObject({role: 'hija', relation: {kind: 'hija', of: 'protagonist'}});
  });
  it("normalises curly apostrophes: a possessive with ’ reads like one with '", () => {
    const curly = parsePremise('A bride\u2019s sister finds the groom\u2019s phone in the cake', 'en');
    const straight = parsePremise("A bride's sister finds the groom's phone in the cake", 'en');
    expect(curly.protagonist).toEqual(straight.protagonist);
    expect(curly.protagonist.relation).toEqual({kind: 'sister', of: 'bride'});
    expect(curly.object).toBe('phone');
  });

  it('reads a name that opens the premise as the protagonist', () => {
    const s = parsePremise("Maya finds a stranger's wallet on the night bus", 'en');
    expect(s.protagonist.name).toBe('Maya');
    expect(s.object).toBe('wallet');
    expect(s.place).toBe('night bus');
  });

  it('reads a copula between two people as one person: the groom is her ex-fiancé', () => {
    const s = parsePremise('At her wedding, a bride learns the groom is her ex-fiancé', 'en');
    expect(s.protagonist.role).toBe('bride');
    expect(s.others).toHaveLength(1);
    expect(s.others[0]).toMatchObject({role: 'groom', relation: {kind: 'ex-fiancé', of: 'protagonist'}});
  });

  it('keeps an age the premise states', () => {
    const s = parsePremise('Marcus, 45, teaches his daughter to drive', 'en');
    expect(s.protagonist).toMatchObject({name: 'Marcus', years: 45, gender: 'm'});
  });

  it('keeps a compound object whole and leaves where it lies to the odd detail', () => {
    const florist = parsePremise('A florist finds a love letter inside a bouquet on her doorstep', 'en');
    expect(florist.object).toBe('love letter');
    expect(florist.incongruity).toBe('a love letter inside a bouquet on her doorstep');
    expect(parsePremise('A teenage hacker finds her own name on a government watch list', 'en').object).toBe(
      'government watch list',
    );
    const boat = parsePremise("Two brothers fight over their late father's fishing boat", 'en');
    expect(boat.object).toBe('fishing boat');
    expect(boat.objectPlural).toBeUndefined();
  });

  it('reads a non-person owner and graded adjectives as no part of the object', () => {
    const s = parsePremise("A shy mechanic builds the city's most beautiful rocket car", 'en');
    expect(s.object).toBe('rocket car');
    expect(s.others).toEqual([]);
    expect(s.protagonist.name).toBeUndefined();
    expect(parsePremise('A barber inherits the grumpiest parrot in town', 'en').object).toBe('parrot');
  });

  it('reads any N-year-old as an age, in digits or words', () => {
    const child = parsePremise('A retired boxer learns his 9-year-old grandson runs a betting ring', 'en').others[0];
    expect(child).toMatchObject({role: 'grandson', age: 'child', years: 9});
    expect(parsePremise('A single dad finds his 16-year-old son on a dating app', 'en').others[0]).toMatchObject({
      role: 'son',
      age: 'teen',
    });
    const old = parsePremise('A seventy-two-year-old enters a skateboarding contest', 'en').protagonist;
    expect(old).toMatchObject({role: 'seventy-two-year-old', age: 'old', years: 72});
    expect(parsePremise('A 45-year-old intern replaces the boss', 'en').protagonist).toMatchObject({
      role: 'intern',
      years: 45,
      age: 'adult',
    });
  });

  it('makes a plural subject the protagonist and the other one, acting together, with a verb that agrees', () => {
    const twins = parsePremise('Identical twins swap lives for a week', 'en');
    expect(twins.protagonist).toMatchObject({role: 'twin', age: 'same'});
    expect(twins.others[0]).toMatchObject({role: 'twin', age: 'same'});
    expect(twins.together).toBe(true);
    expect(twins.event).toBe('swaps lives for a week');
    const triplets = parsePremise('Triplet sisters inherit a haunted bakery', 'en');
    expect(triplets.protagonist).toMatchObject({role: 'triplet sister', gender: 'f'});
    expect(triplets.event).toBe('inherits a haunted bakery');
    expect(triplets.object).toBe('bakery');
    const planners = parsePremise('Rival wedding planners are booked into the same venue', 'en');
    expect(planners.protagonist.role).toBe('wedding planner');
    expect(planners.others[0].role).toBe('rival wedding planner');
    expect(planners.event).toMatch(/^is booked into/);
    // A clause about them before their verb: the verb is the deed, and the phrase after "over" no object.
    const cousins = parsePremise('Two cousins arguing over a recipe discover they share a birthday', 'en');
    expect(cousins.event).toBe('discovers they share a birthday');
    expect(cousins.together).toBe(true);
  });

  it('finds a person inside a clause whose subject is an animal; "missing" there is the thing\'s', () => {
    const s = parsePremise("The office parrot keeps repeating the manager's missing password", 'en');
    expect(s.protagonist).toMatchObject({role: 'manager'});
    expect(s.protagonist.absent).toBeUndefined();
    expect(s.object).toBe('password');
    expect(s.incongruity).toMatch(/^The office parrot keeps repeating/);
    const dog = parsePremise("A stray dog steals the bride's bouquet at the altar", 'en');
    expect(dog.protagonist.role).toBe('bride');
    expect(dog.object).toBe('bouquet');
  });

  it('keeps every person the premise names, with relative clauses and possessors', () => {
    const widow = parsePremise('A widow receives flowers from the husband who died last spring', 'en');
    expect(widow.others).toEqual([expect.objectContaining({role: 'husband', absent: true})]);
    expect(widow.others[0].phrase).toBe('the husband who died last spring');
    const waiter = parsePremise('A waiter learns the customer who tips him every night is his birth father', 'en');
    expect(waiter.others).toHaveLength(1);
    expect(waiter.others[0]).toMatchObject({
      role: 'customer',
      phrase: 'the customer who tips him every night',
      relation: {kind: 'birth father', of: 'protagonist'},
    });
    const nurse = parsePremise('A nurse treats the boyfriend who ghosted her in college', 'en');
    expect(nurse.others[0]).toMatchObject({role: 'boyfriend'});
    expect(nurse.others[0].absent).toBeUndefined();
    const aunt = parsePremise("My grandpa's brother crashes my wedding", 'en');
    expect(aunt.others).toEqual([
      expect.objectContaining({role: 'brother', relation: {kind: 'brother', of: 'grandpa'}}),
    ]);
  });
});

describe('parsePremise: clause shapes of fresh premises', () => {
  const en = (premise: string) => parsePremise(premise, 'en');

  it('reads a noun before "who" as a person, joins it to what it "is", and keeps a time phrase from the object', () => {
    const s = en('A barista realises the regular who tips her $100 every morning is her long-lost father');
    expect(s.others).toHaveLength(1);
    expect(s.others[0]).toMatchObject({role: 'regular', gender: 'm', relation: {kind: 'father', of: 'protagonist'}});
    expect(s.others[0].absent).toBeUndefined();
    expect(s.object).toBeUndefined();
    expect(s.incongruity).toBe('the regular who tips her $100 every morning is her long-lost father');
  });

  it('keeps a person followed by an "-ing" clause, and makes what is overheard the odd thing', () => {
    const s = en('A pregnant wife overhears her husband planning to leave her on their anniversary');
    expect(s.others).toEqual([expect.objectContaining({role: 'husband', phrase: 'her husband'})]);
    expect(s.object).toBeUndefined();
    expect(s.incongruity).toBe('her husband planning to leave her on their anniversary');
    const actress = en(
      'A famous actress goes back to her hometown and meets her first love working at the gas station',
    );
    expect(actress.others[0]).toMatchObject({role: 'first love', relation: {kind: 'first love', of: 'protagonist'}});
    // Where the first love works is a place, not the object.
    expect(actress.object).toBeUndefined();
  });

  it('reads "used to be" as a copula that says what a relative was, not a second person', () => {
    const s = en('A teenager discovers her strict mother used to be a famous punk singer');
    expect(s.others).toEqual([
      expect.objectContaining({role: 'mother', relation: {kind: 'mother', of: 'protagonist'}}),
    ]);
    expect(s.incongruity).toBe('her strict mother used to be a famous punk singer');
    const nanny = en('A nanny realizes the twins she babysits are her own children');
    expect(nanny.others[0]).toMatchObject({phrase: 'the twins she babysits', age: 'child'});
    expect(nanny.others[0].relation).toEqual({kind: 'children', of: 'protagonist'});
  });

  it("makes a deed's odd thing the deed itself, and a found thing's the thing found", () => {
    const chef = en("A chef secretly replaces the food critic's dish with his grandmother's recipe");
    expect(chef.incongruity).toBe(chef.event);
    expect(chef.event).toBe("secretly replaces the food critic's dish with his grandmother's recipe");
    const landlord = en('A landlord raises the rent on the tenant who once saved his life');
    expect(landlord.incongruity).toBe(landlord.event);
    expect(landlord.others[0]).toMatchObject({role: 'tenant', history: 'once saved his life'});
    const driver = en('A delivery driver keeps getting orders to an address that burned down ten years ago');
    expect(driver).toMatchObject({object: 'orders', objectPlural: true});
    expect(driver.incongruity).toBe('orders to an address that burned down ten years ago');
    // A described thing stays the odd thing after any verb.
    expect(en('A retired firefighter adopts a three-legged dog that keeps stealing shoes').incongruity).toBe(
      'a three-legged dog that keeps stealing shoes',
    );
  });

  it("keeps a told 'that' clause out of the listener's phrase", () => {
    const s = en('A little girl tells her kindergarten teacher that her mommy lives in the basement');
    expect(s.others.map((o) => o.phrase)).toEqual(['her kindergarten teacher', 'her mommy']);
    expect(s.others[1]).toMatchObject({gender: 'f', relation: {kind: 'mommy', of: 'protagonist'}});
  });

  it('reads a bare verb after a perceived pronoun, and a purpose "to find" as what is found', () => {
    expect(en('A man watches himself walk past the camera').object).toBe('camera');
    const s = en('A woman returns home to find her husband remarried her identical twin');
    expect(s.others.map((o) => o.role)).toEqual(['husband', 'twin']);
    expect(s.others[1]).toMatchObject({age: 'same', relation: {kind: 'twin', of: 'protagonist'}});
    expect(s.incongruity).toBe('her husband remarried her identical twin');
    expect(s.place).toBe('home');
  });

  it('tells the deed of another subject in an "I" premise, and keeps the possessor of its first thing', () => {
    const mistress = en("My husband's mistress shows up at my door asking for help");
    expect(mistress.others[0]).toMatchObject({
      role: 'mistress',
      gender: 'f',
      relation: {kind: 'mistress', of: 'husband'},
    });
    expect(mistress.event).toBeUndefined();
    expect(mistress.incongruity).toBe("their husband's mistress shows up at their door asking for help");
    // "her garden" is the grandmother's: it says nothing of the narrator's gender.
    const map = en('My grandmother leaves me a map to a treasure buried under her garden');
    expect(map.protagonist.gender).toBeUndefined();
    expect(map.object).toBe('map');
    const phone = en("I find my dead father's phone ringing in the attic");
    expect(phone.others).toEqual([expect.objectContaining({role: 'father', absent: true})]);
    expect(phone.incongruity).toBe("their dead father's phone ringing in the attic");
    expect(en('I accidentally send my boss a love letter meant for my crush').others.map((o) => o.role)).toEqual([
      'boss',
      'crush',
    ]);
  });

  it("reads a subject's own relative clause and copula: whose kin the protagonist is", () => {
    const intern = en('The intern who spilled coffee on the CEO turns out to be his long-lost granddaughter');
    expect(intern.protagonist).toMatchObject({
      role: 'intern',
      gender: 'f',
      relation: {kind: 'granddaughter', of: 'ceo'},
    });
    expect(intern.others).toEqual([expect.objectContaining({role: 'ceo', gender: 'm'})]);
    expect(intern.event).toBe('turns out to be his long-lost granddaughter');
    const teacher = en("The new teacher is the student's mother who gave her up for adoption");
    expect(teacher.protagonist.relation).toEqual({kind: 'mother', of: 'student'});
    expect(teacher.others).toEqual([expect.objectContaining({role: 'student'})]);
  });

  it('reads "pretends to be" as a guise whose possessor is real, unless the guise is kin', () => {
    const actor = en("A struggling actor is hired to pretend to be a millionaire's boyfriend");
    expect(actor.others.map((o) => o.role)).toEqual(['millionaire']);
    const girl = en('A girl pretends to be her twin sister to take her final exam');
    expect(girl.others[0]).toMatchObject({role: 'twin sister', age: 'same'});
  });

  it('keeps describing words out of roles and particles out of people, and finds a verb after "of three"', () => {
    expect(en("A divorced father tries to win back his daughter by cooking her mother's recipes")).toMatchObject({
      protagonist: {role: 'father', phrase: 'A divorced father'},
      others: [expect.objectContaining({role: 'daughter'}), expect.objectContaining({role: 'mother'})],
    });
    const neighbour = en('A grumpy neighbor leaves groceries at the door of a struggling single mother every week');
    expect(neighbour.others).toEqual([expect.objectContaining({role: 'mother', gender: 'f'})]);
    expect(neighbour.object).toBe('groceries');
    const lottery = en('A mother of three wins the lottery and hides it from her greedy family');
    expect(lottery.event).toBe('wins the lottery and hides it from her greedy family');
    expect(en('A mafia boss falls for the florist who refuses to sell him roses')).toMatchObject({
      object: 'roses',
      others: [expect.objectContaining({phrase: 'the florist who refuses to sell him roses'})],
    });
    expect(en("A bride finds her maid of honour's earring in the groom's car")).toMatchObject({
      object: 'earring',
      incongruity: "her maid of honour's earring in the groom's car",
    });
  });

  it('joins "who turns out to be" as one person, and reads a name with its age before a verb the tagger missed', () => {
    const ceo = en("A CEO fires the janitor who turns out to be the company's real owner");
    expect(ceo.others.map((o) => o.role)).toEqual(['janitor']);
    const lily = en('Lily, 28, inherits a farm from a grandfather she never knew');
    expect(lily.protagonist).toMatchObject({name: 'Lily', years: 28, gender: 'f'});
    expect(lily.others[0]).toMatchObject({role: 'grandfather', age: 'old'});
    expect(lily.event).toBe('inherits a farm from a grandfather she never knew');
  });

  it("keeps a person's past out of the present story's object and place, and reads a haunted place as the place", () => {
    const mom = en('A single mom discovers her new boss is the man who abandoned her at the altar');
    expect(mom.others[0]).toMatchObject({role: 'boss', history: 'abandoned her at the altar'});
    expect(mom.object).toBeUndefined();
    expect(en('A ghost haunting an old hotel falls for the night manager').place).toBe('hotel');
  });
});
