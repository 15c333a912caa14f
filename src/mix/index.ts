/** Stage 4, score and mix: see mix.ts. */
export {mixSoundtrack, DEFAULT_MUSIC_VOLUME, type MixOptions} from './mix';
export type {MusicChoice} from './music';
