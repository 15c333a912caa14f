/**
 * The layers of the code, and which may import which. ESLint's no-restricted-imports (eslint.config.mjs) keeps Node
 * built-ins and React out of the browser-safe code; this rule checks imports between folders, by the file an import
 * resolves to, so `../../src/write/x` and `../write/x` are judged alike whatever the depth.
 *
 *   entry points   scripts/, src/cli/, src/server/, src/db/   flags, env vars, defaults; may import anything below
 *   pipeline       src/pipeline.ts                            the stages in order
 *   node stages    src/{write,cast,voice,mix,score,visualise,render,util,audio,providers,media}/
 *                  processes, files and networks; import the core, util/audio/providers and the siblings listed
 *   core           src/{schema,time,craft,premise,templates,config}/   browser-safe: no Node, no React
 *   compositions   compositions/ (primitives/, one folder per template, the Remotion root), and web/
 */
import path from 'node:path';

const ROOT = path.dirname(path.dirname(new URL(import.meta.url).pathname));

export const CORE = ['schema', 'time', 'craft', 'premise', 'templates', 'config'];
export const STAGES = [
  'write',
  'cast',
  'voice',
  'mix',
  'score',
  'visualise',
  'render',
  'util',
  'audio',
  'providers',
  'media',
];
const ENTRY = ['cli', 'server', 'db'];
/** Shared helpers every stage may use. */
const SHARED = ['util', 'audio', 'providers', 'media'];
/** Stage-to-stage dependencies beyond SHARED: the mix places the score's cues. */
const SIBLINGS = {mix: ['score']};
/** Browser-safe files outside the core that the core may still use. */
const CORE_EXTRAS = ['src/util/errors'];

/** The layer of a file: {layer, unit} where unit is the folder (stage, template) it belongs to. */
export function layerOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  const [top, second, third] = rel.split('/');
  if (top === 'scripts') return {layer: 'entry', unit: 'scripts'};
  if (top === 'test') return {layer: 'test', unit: 'test'};
  if (top === 'web') return {layer: 'web', unit: 'web'};
  if (top === 'public') return {layer: 'public', unit: 'public'};
  if (top === 'compositions') {
    if (second === 'primitives') return {layer: 'primitives', unit: 'primitives'};
    return third === undefined ? {layer: 'compositions', unit: 'root'} : {layer: 'template', unit: second};
  }
  if (top === 'src') {
    const name = third === undefined ? second.replace(/\.[^.]+$/, '') : second;
    if (name === 'pipeline') return {layer: 'pipeline', unit: 'pipeline'};
    if (CORE.includes(name)) return {layer: 'core', unit: name, rel};
    if (STAGES.includes(name)) return {layer: 'stage', unit: name, rel};
    if (ENTRY.includes(name)) return {layer: 'entry', unit: name};
    return {layer: 'src', unit: name};
  }
  return {layer: 'other', unit: top};
}

/** Why `from` may not import `to`, or undefined when it may. */
export function violation(from, to) {
  const where = to.rel ?? `${to.layer} ${to.unit}`;
  switch (from.layer) {
    case 'core':
      if (to.layer === 'core' || CORE_EXTRAS.includes(to.rel?.replace(/\.ts$/, ''))) return undefined;
      return `the core (src/${from.unit}) is browser-safe and imports only the core, not ${where}`;
    case 'primitives':
      if (['core', 'primitives'].includes(to.layer)) return undefined;
      return `compositions/primitives imports only the core and other primitives, not ${where}`;
    case 'template':
      if (['core', 'primitives'].includes(to.layer) || (to.layer === 'template' && to.unit === from.unit))
        return undefined;
      return `a template (compositions/${from.unit}) imports only the core and compositions/primitives, not ${where}`;
    case 'compositions':
    case 'web':
      if (['core', 'primitives', 'template', 'compositions', 'web', 'public'].includes(to.layer)) return undefined;
      return `${from.layer === 'web' ? 'web/' : 'compositions/'} runs in the browser and imports no node stage or entry point (${where})`;
    case 'stage':
      if (to.layer === 'core' || to.layer === 'public') return undefined;
      if (
        to.layer === 'stage' &&
        (to.unit === from.unit || SHARED.includes(to.unit) || SIBLINGS[from.unit]?.includes(to.unit))
      )
        return undefined;
      if (to.layer === 'stage')
        return `the ${from.unit} stage does not reach into the ${to.unit} stage (${where}); share code through src/util or src/providers`;
      return `a node stage (src/${from.unit}) never imports ${to.layer === 'entry' ? 'an entry point' : to.layer === 'pipeline' ? 'the pipeline' : 'compositions'} (${where})`;
    case 'pipeline':
      if (['core', 'stage', 'public'].includes(to.layer)) return undefined;
      return `the pipeline imports stages and the core, not ${where}`;
    default:
      return undefined;
  }
}

function check(context, node, source) {
  if (typeof source !== 'string' || !source.startsWith('.')) return;
  const from = layerOf(context.filename);
  const message = violation(from, layerOf(path.resolve(path.dirname(context.filename), source)));
  if (message) context.report({node, message: `${message}: "${source}"`});
}

export const layersPlugin = {
  rules: {
    boundaries: {
      meta: {
        type: 'problem',
        docs: {description: 'Imports between folders follow the layers (see eslint/layers.mjs).'},
        schema: [],
      },
      create(context) {
        const fromSource = (node) => node.source && check(context, node, node.source.value);
        return {
          ImportDeclaration: fromSource,
          ExportNamedDeclaration: fromSource,
          ExportAllDeclaration: fromSource,
          ImportExpression: (node) => node.source.type === 'Literal' && check(context, node, node.source.value),
          CallExpression(node) {
            if (
              node.callee.type === 'Identifier' &&
              node.callee.name === 'require' &&
              node.arguments[0]?.type === 'Literal'
            ) {
              check(context, node, node.arguments[0].value);
            }
          },
        };
      },
    },
  },
};
