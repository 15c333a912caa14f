/**
 * Registers every template of the registry as a composition whose id is the template name and whose props are a
 * script (headless renders select it by that id with the script as inputProps), plus, in a "samples" folder, one
 * composition per template and bundled sample so Studio can open each at once.
 */
import React from 'react';
import {Composition, Folder} from 'remotion';
import {scriptSchema} from '../src/schema/script';
import {scriptMetadata} from './metadata';
import {REGISTRY, supportsFormat, type TemplateEntry} from './registry';
import {SAMPLES, type Sample} from './samples';

/** Remotion ids allow letters, digits and "-". */
const compositionId = (...parts: string[]) => parts.join('-').replace(/[^a-zA-Z0-9-]/g, '-');

const TemplateComposition: React.FC<{template: TemplateEntry; id: string; sample: Sample}> = ({template, id, sample}) => (
  <Composition
    id={id}
    component={template.component}
    schema={scriptSchema}
    defaultProps={sample.script}
    calculateMetadata={scriptMetadata(template)}
  />
);

export const Root: React.FC = () => {
  const [first] = SAMPLES;
  return (
    <>
      {REGISTRY.map((template) => (
        <TemplateComposition key={template.name} template={template} id={template.name} sample={first} />
      ))}
      <Folder name="samples">
        {REGISTRY.flatMap((template) =>
          SAMPLES.filter((sample) => supportsFormat(template, sample.script.format)).map((sample) => (
            <TemplateComposition key={`${template.name}-${sample.id}`} template={template} id={compositionId(template.name, sample.id)} sample={sample} />
          )),
        )}
      </Folder>
    </>
  );
};
