/** Stage 5, visualise: give each scene an image, or leave `image` unset for the template's procedural art. */
import type {Script} from '../schema/script';
import type {Progress} from '../util/progress';

export interface VisualProvider {
  readonly name: string;
  /** Returns the script with scenes[].image set where an image could be had; a failed image is a warning, not an error. */
  visualise(script: Script, progress: Progress, warn: (message: string) => void): Promise<Script>;
}
