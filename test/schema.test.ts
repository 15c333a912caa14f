import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {TEMPLATES, templateOptions, templateSchema} from '../src/templates';
import {scriptJsonSchema} from '../src/schema/json-schema';
import {GENRES, type Script} from '../src/schema/script';
import {cleanPremise} from '../src/schema/text';
import {UserError} from '../src/util/errors';
import {inferSetting} from '../src/schema/settings';
import {parseScript, parseScriptJson, safeParseScript, ScriptError} from '../src/schema/validate';
import {loadSample, SAMPLES_DIR} from './helpers/sample';

const FIXTURES = path.join(__dirname, 'fixtures', 'scripts');

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
    expect(problems(script)).toEqual([
      'scenes[2].beats[2].marker: "twist" is already marked at scenes[0].beats[1]; mark one beat at most',
    ]);
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
    expect(() => parseScriptJson('{"title": ', 'my.json')).toThrow(
      /^my\.json is not a valid script: not valid JSON \([^\n]*\)$/,
    );
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
    const schema = scriptJsonSchema() as {
      required: string[];
      properties: Record<string, {enum?: string[]; items?: unknown}>;
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['title', 'genre', 'characters', 'scenes', 'hook', 'twist', 'cliffhanger']),
    );
    expect(schema.properties.genre.enum).toEqual([...GENRES]);
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

/** Sets a value at a path such as `scenes[0].beats[2].audio.src` (containers along the way must exist). */
function setAt(target: unknown, where: string, value: unknown): void {
  const parts = where.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '');
  let node = target as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1]] = value;
}

/** The sample with every optional text and media field present, so each can be set by path. */
function fullSample(): Script {
  const script = loadSample();
  const audio = () => ({
    src: 'generated/voice/clip.wav',
    durationMs: 1000,
    words: [{text: 'Hello', startMs: 0, endMs: 400}],
  });
  script.characters[0].appearance = 'tall';
  script.characters[0].voice = {provider: 'offline', id: 'en-us+f3'};
  script.scenes[0].image = 'generated/images/a.png';
  script.scenes[0].beats[2].audio = audio();
  script.cardAudio = {hook: audio(), cliffhanger: audio()};
  script.soundtrack = {src: 'generated/mix/m.wav', durationMs: 20000};
  script.hooks = [{text: script.hook, score: 0.8, reasons: ['a question']}];
  script.audience = 'night-shift nurses';
  script.ad = {brand: 'Brand', product: 'Product', cta: 'Buy', logo: 'logos/brand.png', url: 'https://brand.example'};
  return script;
}

const TEXT_FIELDS = [
  'title',
  'logline',
  'premise',
  'hook',
  'twist',
  'cliffhanger',
  'audience',
  'characters[0].name',
  'characters[0].role',
  'characters[0].description',
  'characters[0].appearance',
  'characters[0].voice.id',
  'scenes[0].location',
  'scenes[0].visual',
  'scenes[0].beats[0].text',
  'scenes[0].beats[2].audio.words[0].text',
  'hooks[0].text',
  'hooks[0].reasons[0]',
  'ad.brand',
  'ad.product',
  'ad.cta',
  'ad.url',
];

const MEDIA_FIELDS = [
  'scenes[0].beats[2].audio.src',
  'cardAudio.hook.src',
  'cardAudio.cliffhanger.src',
  'soundtrack.src',
  'scenes[0].image',
  'ad.logo',
];

describe('unknown keys', () => {
  it('names an unknown key at the top level instead of dropping it', () => {
    const script = {...loadSample(), sceens: []};
    expect(problems(script)).toEqual(['unknown key "sceens" at the top level']);
  });

  it('knows "$schema", which points an editor at the JSON Schema', () => {
    expect(safeParseScript({$schema: 'https://microdrama.dev/script.schema.json', ...loadSample()})).toMatchObject({
      ok: true,
    });
  });

  it('names unknown keys inside the script by their path', () => {
    const script = loadSample() as unknown as {
      scenes: Record<string, unknown>[] & {beats: Record<string, unknown>[]}[];
      characters: Record<string, unknown>[];
    };
    (script.scenes[1].beats as Record<string, unknown>[])[0].txt = 'typo';
    script.characters[0].colour = '#fff';
    script.scenes[0].imgae = 'x.png';
    expect(problems(script).sort()).toEqual([
      'characters[0]: unknown key "colour"',
      'scenes[0]: unknown key "imgae"',
      'scenes[1].beats[0]: unknown key "txt"',
    ]);
  });

  it("accepts every bundled sample and fixture, and so does every template's composition schema", () => {
    const files = [
      ...readdirSync(SAMPLES_DIR).map((f) => path.join(SAMPLES_DIR, f)),
      ...readdirSync(FIXTURES).map((f) => path.join(FIXTURES, f)),
    ].filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      const script = parseScriptJson(readFileSync(file, 'utf8'), path.basename(file));
      for (const template of TEMPLATES) {
        const props = {...script, ...templateOptions(template, script)};
        expect([file, template.name, templateSchema(template).safeParse(props).success]).toEqual([
          file,
          template.name,
          true,
        ]);
        expect(templateSchema(template).safeParse({...props, measure: true}).success).toBe(true);
        expect(templateSchema(template).safeParse({...props, sceens: []}).success).toBe(false);
      }
    }
  });

  it('accepts the fully populated script used below', () => {
    expect(safeParseScript(fullSample())).toMatchObject({ok: true});
  });
});

describe('control characters in script text', () => {
  const BAD = {
    NUL: '\u0000',
    BEL: '\u0007',
    ESC: '\u001b[31m',
    CR: '\r',
    DEL: '\u007f',
    NEL: '\u0085',
    RLO: '\u202e',
    LRI: '\u2066',
    'lone surrogate': '\ud800',
    BOM: '\ufeff',
  };

  it.each(TEXT_FIELDS)('%s rejects control and bidi-override characters, naming the field', (field) => {
    for (const [name, char] of Object.entries(BAD)) {
      const script = fullSample();
      setAt(script, field, `ab${char}c`);
      const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      expect([name, problems(script)]).toEqual([
        name,
        [`${field}: contains a control or bidi-override character (${code} at position 3); remove it`],
      ]);
    }
  });

  it('keeps tabs, newlines, joiners, marks and emoji', () => {
    const script = fullSample();
    script.scenes[0].beats[0].text = 'Line one\nline two\twith a tab 👩‍👩‍👧 and ‏RLM‎ marks';
    script.characters[1].name = 'Ömer Çelik';
    expect(safeParseScript(script)).toMatchObject({ok: true});
  });
});

describe('media references', () => {
  const OUTSIDE = '../../etc/passwd';

  it('names the field of a path that climbs out of public/', () => {
    const script = fullSample();
    script.scenes[0].beats[2].audio!.src = OUTSIDE;
    expect(problems(script)).toEqual([
      'scenes[0].beats[2].audio.src: must be a file under public/ (no "..", no absolute path)',
    ]);
  });

  it.each(MEDIA_FIELDS)('%s refuses path tricks and foreign URL schemes', (field) => {
    const refused: [string, RegExp][] = [
      [OUTSIDE, /no "\.\."/],
      ['generated/../../../secret.wav', /no "\.\."/],
      ['%2e%2e/%2e%2e/etc/passwd', /no "\.\."/],
      ['/etc/passwd', /no absolute path/],
      ['C:\\Windows\\win.ini', /no absolute path/],
      ['~/secret.wav', /no absolute path/],
      ['generated\\voice\\a.wav', /no "\\"/],
      ['generated/a\u0000.wav', /U\+0000/],
      ['javascript:alert(1)', /not a "javascript:" URL/],
      ['JavaScript:alert(1)', /not a "javascript:" URL/],
      ['data:image/png;base64,iVBORw0KGgo=', /not a "data:" URL/],
      ['file:///etc/passwd', /not a "file:" URL/],
      ['ftp://example.com/a.wav', /not a "ftp:" URL/],
      ['https://user:secret@example.com/a.png', /user name or password/],
      ['generated/voice/', /not a folder/],
      ['', /at least 1|too small|>=1/i],
    ];
    for (const [value, message] of refused) {
      const script = fullSample();
      setAt(script, field, value);
      const found = problems(script);
      expect([value, found.length]).toEqual([value, 1]);
      expect(found[0].startsWith(`${field}: `)).toBe(true);
      expect([value, found[0]]).toEqual([value, expect.stringMatching(message)]);
    }
  });

  it.each(MEDIA_FIELDS)('%s accepts names under public/ and http(s) URLs', (field) => {
    for (const value of [
      'generated/voice/a.wav',
      'my clips/a b.wav',
      './logo.png',
      'https://cdn.example.com/a.png?x=1',
      'http://example.com/a.wav',
    ]) {
      const script = fullSample();
      setAt(script, field, value);
      expect([value, safeParseScript(script)]).toEqual([value, expect.objectContaining({ok: true})]);
    }
  });
});

describe('script errors', () => {
  it('are user errors on one line: the first problems and how many more', () => {
    const script = fullSample() as unknown as Record<string, unknown>;
    Object.assign(script, {title: '', genre: 'western', hook: 'a\u0007', twist: '', sceens: 1, mood: 'meh'});
    let error: unknown;
    try {
      parseScript(script, 'evil\nname.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ScriptError);
    expect(error).toBeInstanceOf(UserError);
    const message = (error as ScriptError).message;
    expect(message).not.toMatch(/[\n\r\u0000-\u001f]/);
    expect(message).toMatch(/^evil\\nname\.json is not a valid script: title: .+; .+; .+ \(and 3 more\)$/);
    expect((error as ScriptError).problems).toHaveLength(6);
  });

  it('show control characters of a broken file as escapes, never raw', () => {
    expect(() => parseScriptJson('\u001b[2J\u0007{', 'x.json')).toThrow(
      /^x\.json is not a valid script: not valid JSON \([^\u0000-\u001f]*\)$/,
    );
  });

  it('bound a huge value in the message', () => {
    const script = {...loadSample(), ['k'.repeat(100_000)]: 1};
    try {
      parseScript(script);
      throw new Error('expected a ScriptError');
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(400);
    }
  });

  it('accept a UTF-8 byte order mark before the JSON', () => {
    const text = `\ufeff${readFileSync(path.join(SAMPLES_DIR, 'wrong-wedding.json'), 'utf8')}`;
    expect(parseScriptJson(text, 'bom.json').title).toBe(loadSample().title);
  });
});

describe('cleanPremise', () => {
  it('strips escape sequences, control and bidi characters and folds white space', () => {
    expect(cleanPremise('\u001b[31mA nurse\u001b[0m finds\u0007 her\u0000 own\n\nname\u202e ')).toBe(
      'A nurse finds her own name',
    );
    expect(cleanPremise('\u001b]0;title\u0007A spy\u009b2J returns')).toBe('A spy returns');
    expect(cleanPremise('  一个护士在病人的病历上发现了自己的名字 ')).toBe('一个护士在病人的病历上发现了自己的名字');
    expect(cleanPremise('💍 A ring 💔')).toBe('💍 A ring 💔');
    expect(cleanPremise('1984')).toBe('1984');
  });

  it.each([
    ['', /premise is empty/],
    ['\u200b\u200b\u2060 \u0007\u001b[0m', /premise is empty \(or only invisible characters\)/],
    ['\u202e\u2066\ufeff', /premise is empty/],
    ['!!! ??? ...', /premise has no words/],
    ['💍🔥💔', /premise has no words/],
    ['👩‍👩‍👧 ❤️', /premise has no words/],
  ])('rejects %j as a user error', (premise, message) => {
    expect(() => cleanPremise(premise)).toThrow(UserError);
    expect(() => cleanPremise(premise)).toThrow(message);
  });
});
