/** The phone's colours for the two themes (the template's `theme` option). */
import {mix} from '../primitives/color';

export type ThemeName = 'dark' | 'light';

export interface ChatTheme {
  screen: string;
  bar: string;
  text: string;
  muted: string;
  /** The grey of incoming bubbles, tinted by each sender's colour. */
  incoming: string;
  field: string;
  bezel: string;
  /** Dims the scene behind the phone so the phone reads first. */
  backdropShade: string;
}

export const THEMES: Record<ThemeName, ChatTheme> = {
  dark: {
    screen: '#0b0d14',
    bar: '#161a26',
    text: '#f5f6fa',
    muted: 'rgba(245,246,250,0.58)',
    incoming: '#262b3b',
    field: '#222736',
    bezel: '#000000',
    backdropShade: 'rgba(5,6,11,0.55)',
  },
  light: {
    screen: '#eef0f5',
    bar: '#ffffff',
    text: '#11131a',
    muted: 'rgba(17,19,26,0.55)',
    incoming: '#ffffff',
    field: '#e3e6ee',
    bezel: '#101218',
    backdropShade: 'rgba(5,6,11,0.35)',
  },
};

/** An incoming bubble: the theme's grey with a tint of the sender's colour, so every character has their own. */
export const incomingBubble = (theme: ChatTheme, color: string) => mix(theme.incoming, color, 0.3);

/** A character's colour as text on the theme's screen: light colours are darkened on the light theme. */
export const nameColor = (theme: ChatTheme, color: string) =>
  theme === THEMES.light ? mix(color, '#000000', 0.35) : color;
