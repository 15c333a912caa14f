/**
 * First names for people the premise does not name, by the premise's language, so a French premise gets
 * French names even when the story is written in English. Written in Latin letters: ids and voices need them.
 */
import type {Gender} from './types';

type Pool = Record<Gender, string[]>;

export const NAMES: Record<string, Pool> = {
  en: {
    f: ['Maya', 'Claire', 'Nora', 'Jess', 'Tessa', 'Lena', 'Harper', 'Ruby', 'Ava', 'Quinn', 'Ivy', 'Sadie', 'Eden', 'Mara', 'Brooke', 'June'],
    m: ['Ethan', 'Caleb', 'Owen', 'Julian', 'Marcus', 'Adam', 'Cole', 'Declan', 'Reid', 'Elliot', 'Jonah', 'Grant', 'Wes', 'Theo', 'Nate', 'Silas'],
  },
  es: {
    f: ['Lucía', 'Valeria', 'Camila', 'Sofía', 'Elena', 'Martina', 'Paula', 'Inés', 'Renata', 'Julia', 'Marisol', 'Carmen'],
    m: ['Mateo', 'Diego', 'Javier', 'Andrés', 'Tomás', 'Rafael', 'Hugo', 'Adrián', 'Emilio', 'Sergio', 'Marcos', 'Iván'],
  },
  fr: {
    f: ['Camille', 'Chloé', 'Manon', 'Inès', 'Léa', 'Juliette', 'Élise', 'Margaux', 'Louise', 'Anaïs'],
    m: ['Julien', 'Antoine', 'Hugo', 'Lucas', 'Théo', 'Mathis', 'Louis', 'Raphaël', 'Bastien', 'Olivier'],
  },
  de: {
    f: ['Lena', 'Hannah', 'Mia', 'Clara', 'Greta', 'Johanna', 'Marie', 'Frieda', 'Nina', 'Paula'],
    m: ['Jonas', 'Lukas', 'Felix', 'Max', 'Paul', 'Moritz', 'Emil', 'Niklas', 'Anton', 'Jan'],
  },
  pt: {
    f: ['Beatriz', 'Mariana', 'Larissa', 'Inês', 'Rafaela', 'Carolina', 'Helena', 'Luana', 'Bianca', 'Joana'],
    m: ['Rafael', 'Gabriel', 'Thiago', 'Rodrigo', 'Bruno', 'Caio', 'Vinícius', 'Miguel', 'Diogo', 'Henrique'],
  },
  it: {
    f: ['Giulia', 'Chiara', 'Sofia', 'Francesca', 'Alessia', 'Martina', 'Elena', 'Bianca'],
    m: ['Luca', 'Marco', 'Matteo', 'Lorenzo', 'Davide', 'Alessandro', 'Pietro', 'Enzo'],
  },
  ru: {
    f: ['Anya', 'Katya', 'Irina', 'Masha', 'Vera', 'Olga', 'Nadia', 'Sasha'],
    m: ['Dmitri', 'Alexei', 'Ivan', 'Mikhail', 'Pavel', 'Nikolai', 'Yuri', 'Artem'],
  },
  zh: {
    f: ['Lin', 'Mei', 'Xiao', 'Yan', 'Jing', 'Lan', 'Hui', 'Ning'],
    m: ['Wei', 'Jun', 'Hao', 'Chen', 'Lei', 'Bo', 'Zhen', 'Kai'],
  },
  ja: {
    f: ['Yuki', 'Aoi', 'Hana', 'Sakura', 'Rin', 'Mio', 'Emi', 'Nanami'],
    m: ['Haruto', 'Ren', 'Kaito', 'Sota', 'Daiki', 'Ryo', 'Kenji', 'Takumi'],
  },
  ko: {
    f: ['Ji-woo', 'Seo-yeon', 'Min-ji', 'Ha-eun', 'Soo-ah', 'Yuna'],
    m: ['Min-jun', 'Do-yoon', 'Ji-ho', 'Seo-jun', 'Hyun', 'Tae-oh'],
  },
  ar: {
    f: ['Layla', 'Nour', 'Yasmin', 'Salma', 'Rania', 'Hana', 'Mariam', 'Dina'],
    m: ['Omar', 'Karim', 'Yusuf', 'Tariq', 'Samir', 'Rami', 'Adel', 'Zaid'],
  },
};

/** More names we never invent but should recognise in a premise, to guess the person's gender. */
const KNOWN: Pool = {
  f: ['sarah', 'emma', 'olivia', 'emily', 'anna', 'jessica', 'kate', 'lily', 'grace', 'sophie', 'rachel', 'amy', 'laura', 'mary', 'jane', 'alice', 'rose', 'zoe', 'ella', 'megan', 'hannah', 'isabella', 'mia', 'amelia', 'charlotte', 'victoria', 'natalie', 'diana', 'linda', 'susan', 'helen', 'eva', 'maria', 'ana', 'sofia', 'lisa', 'nina', 'vanessa', 'bella', 'stella', 'luna', 'aria', 'scarlett', 'violet', 'madison', 'abigail', 'elizabeth', 'catherine', 'nicole', 'samantha'],
  m: ['john', 'james', 'michael', 'david', 'daniel', 'ryan', 'jack', 'tom', 'chris', 'mark', 'matt', 'matthew', 'luke', 'ben', 'noah', 'liam', 'jake', 'josh', 'kevin', 'brian', 'paul', 'peter', 'henry', 'leo', 'max', 'william', 'oliver', 'lucas', 'logan', 'aiden', 'mason', 'robert', 'richard', 'thomas', 'charles', 'george', 'edward', 'andrew', 'joseph', 'steven', 'eric', 'adrian', 'victor', 'carlos', 'juan', 'pedro', 'ahmed', 'mohammed', 'arthur', 'harry', 'sebastian', 'alexander', 'nathan', 'simon'],
};

/** The pool for a language tag, English when there is none. */
export function namePool(language: string | undefined): Pool {
  return NAMES[(language ?? 'en').split('-')[0]] ?? NAMES.en;
}

/** Every known name with its gender, to guess the gender of a name the premise uses. */
export function genderOfName(name: string): Gender | undefined {
  const first = name.split(/\s+/)[0].toLowerCase();
  for (const pool of [KNOWN, ...Object.values(NAMES)]) {
    if (pool.f.some((n) => n.toLowerCase() === first)) return 'f';
    if (pool.m.some((n) => n.toLowerCase() === first)) return 'm';
  }
  return undefined;
}
