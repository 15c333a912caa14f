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
});
