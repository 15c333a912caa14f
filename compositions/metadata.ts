/**
 * Composition metadata from the script itself: size and frame rate from script.format, length from the timeline,
 * and the template's options with their defaults filled in (a headless render passes the bare script as props).
 * Studio calls it again whenever the props change, so an edited script re-times itself.
 */
import type {CalculateMetadataFunction} from 'remotion';
import type {Script} from '../src/schema/script';
import {scriptMetadataOf} from '../src/templates/metadata';
import type {TemplateEntry} from './registry';

export function scriptMetadata(template: TemplateEntry): CalculateMetadataFunction<Script> {
  return ({props}) => scriptMetadataOf(template, props);
}
