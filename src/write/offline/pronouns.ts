/** English third-person pronouns for a cast member (or anyone with a gender): "she" / "her" / "her". */
type Gendered = {gender: 'f' | 'm'};

export const they = (m: Gendered) => (m.gender === 'f' ? 'she' : 'he');
export const them = (m: Gendered) => (m.gender === 'f' ? 'her' : 'him');
export const their = (m: Gendered) => (m.gender === 'f' ? 'her' : 'his');
