import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {scriptJsonSchema} from '../src/schema/json-schema';
import {inferSetting} from '../src/schema/settings';
import {parseScript, parseScriptJson, safeParseScript, ScriptError} from '../src/schema/validate';
import {loadSample} from './helpers/sample';

function problems(value: unknown): string[] {
  const result = safeParseScript(value);
  if (result.ok) throw new Error('expected the script to be invalid');
  return result.problems;
}

describe('script schema', () => {
  it('accepts the bundled sample', () => {
    const script = parseScript(loadSample());
    expect(script.characters.map((c) => c.id)).toEqual(['lena', 'omar', 'clara']);
  });

  it('names the path and the known characters when a line has an unknown speaker', () => {
    const script = loadSample();
    script.scenes[2].beats[0].characterId = 'maya';
    expect(problems(script)).toEqual(['scenes[2].beats[0].characterId: "maya" is not a character (lena, omar, clara)']);
  });

  it('requires a speaker on every line', () => {
    const script = loadSample();
    delete script.scenes[0].beats[2].characterId;
    expect(problems(script)).toEqual([
      'scenes[0].beats[2].characterId: a line needs the id of the character who speaks it (lena, omar, clara)',
    ]);
  });

  it('rejects duplicate character and scene ids', () => {
    const script = loadSample();
    script.characters[2].id = 'lena';
    script.scenes[1].id = 'hall';
    const found = problems(script);
    expect(found).toContain('characters[2].id: "lena" is used by characters[0] too; ids must be unique');
    expect(found).toContain('scenes[1].id: "hall" is used by scenes[0] too; ids must be unique');
  });

  it('allows one beat per marker', () => {
    const script = loadSample();
    script.scenes[0].beats[1].marker = 'twist';
    expect(problems(script)).toEqual(['scenes[2].beats[2].marker: "twist" is already marked at scenes[0].beats[1]; mark one beat at most']);
  });

  it('bounds text lengths and checks field formats', () => {
    const script = loadSample();
    script.scenes[1].beats[0].text = 'x'.repeat(281);
    script.characters[0].id = 'Lena Smith';
    script.format.width = 1081;
    const found = problems(script);
    expect(found.some((p) => p.startsWith('scenes[1].beats[0].text: ') && /280/.test(p))).toBe(true);
    expect(found).toContain('characters[0].id: must be lowercase letters, digits, "-" or "_" (at most 32)');
    expect(found.some((p) => p.startsWith('format.width: '))).toBe(true);
  });

  it('rejects unknown enum values naming the field', () => {
    const script = loadSample() as unknown as {genre: string; scenes: {timeOfDay: string}[]};
    script.genre = 'western';
    script.scenes[0].timeOfDay = 'midnight';
    const found = problems(script);
    expect(found.some((p) => p.startsWith('genre: '))).toBe(true);
    expect(found.some((p) => p.startsWith('scenes[0].timeOfDay: '))).toBe(true);
  });

  it('reports broken JSON as a script error', () => {
    expect(() => parseScriptJson('{"title": ', 'my.json')).toThrow(ScriptError);
    expect(() => parseScriptJson('{"title": ', 'my.json')).toThrow(/my\.json is not a valid script:\n {2}not valid JSON/);
  });

  it('infers a setting from free-text locations', () => {
    expect(inferSetting('St. Mary hospital, ward 4')).toBe('hospital');
    expect(inferSetting('The rooftop bar')).toBe('rooftop');
    expect(inferSetting('Her childhood home')).toBe('home');
    expect(inferSetting('A quiet café on 5th')).toBe('cafe');
    expect(inferSetting('somewhere')).toBe('street');
  });
});

describe('exported JSON Schema', () => {
  it('describes the fields, enums and limits', () => {
    const schema = scriptJsonSchema() as {required: string[]; properties: Record<string, {enum?: string[]; items?: unknown}>};
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'genre', 'characters', 'scenes', 'hook', 'twist', 'cliffhanger']));
    expect(schema.properties.genre.enum).toEqual(['romance', 'revenge', 'mystery', 'family', 'workplace', 'thriller']);
    const text = JSON.stringify(schema);
    expect(text).toContain('"maxLength":280');
    expect(text).not.toContain('__remotion-color');
  });

  it('is up to date (npm run schema -- --check)', () => {
    execFileSync(path.join(__dirname, '..', 'node_modules', '.bin', 'tsx'), ['scripts/export-schema.ts', '--check'], {
      cwd: path.join(__dirname, '..'),
    });
  });
});
