/** The default: no images; the template paints each scene's procedural background from its setting and time of day. */
import type {VisualProvider} from './visuals';

export const proceduralVisuals: VisualProvider = {
  name: 'procedural',
  // Images a script already carries (set by hand, or by an earlier run) are the user's choice and stay.
  visualise: async (script) => script,
};
