/**
 * Registers every template of the registry as a composition whose id is the template name and whose props are a
 * script plus the template's options (headless renders select it by that id with the script as inputProps), in a
 * Studio folder per template that also holds one composition per bundled sample, `<template>-<sample>`; and the
 * measure sheet (many measured stills as one video) the layout test renders.
 */
import React from 'react';
import {Composition, Folder} from 'remotion';
import {MeasureSheetComposition} from './MeasureSheet';
import {scriptMetadata} from './metadata';
import {REGISTRY, supportsFormat, type TemplateEntry} from './registry';
import {SAMPLES, type Sample} from './samples';
import {templateOptions} from '../src/templates';

/** Remotion ids allow letters, digits and "-". */
const compositionId = (...parts: string[]) => parts.join('-').replace(/[^a-zA-Z0-9-]/g, '-');

const TemplateComposition: React.FC<{template: TemplateEntry; id: string; sample: Sample}> = ({
  template,
  id,
  sample,
}) => (
  <Composition
    id={id}
    component={template.component}
    schema={template.schema}
    // The options' defaults are written out so Studio's props editor shows (and can change) them.
    defaultProps={{...sample.script, ...templateOptions(template, sample.script)}}
    calculateMetadata={scriptMetadata(template)}
  />
);

export const Root: React.FC = () => {
  const [first] = SAMPLES;
  return (
    <>
      {REGISTRY.map((template) => (
        <Folder key={template.name} name={template.name}>
          <TemplateComposition template={template} id={template.name} sample={first} />
          {SAMPLES.filter((sample) => supportsFormat(template, sample.script.format)).map((sample) => (
            <TemplateComposition
              key={sample.id}
              template={template}
              id={compositionId(template.name, sample.id)}
              sample={sample}
            />
          ))}
        </Folder>
      ))}
      <Folder name="inspect">
        <MeasureSheetComposition />
      </Folder>
    </>
  );
};
