/** Stage 4, score and mix: see mix.ts. */
export {mixSoundtrack, type MixOptions} from './mix';
