/**
 * The layers hold by lint: ESLint itself (as `npm run lint` runs it) must reject a template that imports node:fs,
 * core code that imports React or a node stage, and a node stage that imports an entry point. The probes are
 * temporary files in the tree, linted by the real config, then removed.
 */
import {execFile} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';

const ROOT = path.join(__dirname, '..');
const ESLINT = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

interface Probe {
  file: string;
  code: string;
  /** Rule ids that must fire, with a piece of the message. */
  expect: [rule: string, message: RegExp][];
}

const tag = `layers-probe-${process.pid}`;
const PROBES: Probe[] = [
  {
    file: `compositions/chat/${tag}.tsx`,
    code: "import {readFileSync} from 'node:fs';\nexport const text = readFileSync('x', 'utf8');\n",
    expect: [['no-restricted-imports', /imports no Node built-in/]],
  },
  {
    file: `compositions/primitives/${tag}.ts`,
    code: "import path from 'path';\nexport const joined = path.join('a', 'b');\n",
    expect: [['no-restricted-imports', /imports no Node built-in/]],
  },
  {
    file: `compositions/cinematic/${tag}.ts`,
    code: "import {REGISTRY} from '../registry';\nimport {mixSoundtrack} from '../../src/mix';\nexport const all = [REGISTRY, mixSoundtrack];\n",
    expect: [
      [
        'layers/boundaries',
        /a template \(compositions\/cinematic\) imports only the core and compositions\/primitives.*"\.\.\/registry"/,
      ],
      ['layers/boundaries', /a template \(compositions\/cinematic\) imports only the core.*"\.\.\/\.\.\/src\/mix"/],
    ],
  },
  {
    file: `src/time/${tag}.ts`,
    code: "import React from 'react';\nimport {offlineWriter} from '../write/offline';\nimport {promises} from 'node:fs';\nexport const all = [React, offlineWriter, promises];\n",
    expect: [
      ['no-restricted-imports', /The core imports no React/],
      ['layers/boundaries', /the core \(src\/time\) is browser-safe.*"\.\.\/write\/offline"/],
      ['no-restricted-imports', /imports no Node built-in/],
    ],
  },
  {
    file: `src/voice/${tag}.ts`,
    code: "import {parseMakeArgs} from '../cli/make-options';\nimport {draftSchema} from '../write/openai/draft';\nexport const all = [parseMakeArgs, draftSchema];\n",
    expect: [
      ['layers/boundaries', /a node stage \(src\/voice\) never imports an entry point/],
      ['layers/boundaries', /the voice stage does not reach into the write stage/],
    ],
  },
];

interface LintResult {
  filePath: string;
  messages: {ruleId: string | null; message: string}[];
}

let results: LintResult[];

beforeAll(async () => {
  for (const probe of PROBES) {
    mkdirSync(path.dirname(path.join(ROOT, probe.file)), {recursive: true});
    writeFileSync(path.join(ROOT, probe.file), probe.code);
  }
  try {
    const run = promisify(execFile)(process.execPath, [ESLINT, '--format', 'json', ...PROBES.map((p) => p.file)], {
      cwd: ROOT,
      maxBuffer: 1 << 24,
    });
    // ESLint exits 1 when it finds problems, which is what the probes are for.
    const {stdout} = await run.catch((error: {stdout?: string}) => ({stdout: error.stdout ?? ''}));
    results = JSON.parse(stdout);
  } finally {
    for (const probe of PROBES) rmSync(path.join(ROOT, probe.file), {force: true});
  }
}, 120000);

test.each(PROBES.map((p) => [p.file, p] as const))('%s is rejected', (file, probe) => {
  const result = results.find((r) => r.filePath === path.join(ROOT, file));
  expect(result).toBeDefined();
  for (const [rule, message] of probe.expect) {
    expect(result!.messages).toEqual(
      expect.arrayContaining([expect.objectContaining({ruleId: rule, message: expect.stringMatching(message)})]),
    );
  }
});

test('the probes raise nothing but the layer rules (the config itself is sound)', () => {
  // Unused variables, bad parsing or a broken config would show up here as other rules or a null ruleId.
  for (const result of results) {
    const unexpected = result.messages.filter(
      (m) => m.ruleId !== 'no-restricted-imports' && m.ruleId !== 'layers/boundaries',
    );
    expect(unexpected).toEqual([]);
  }
});
