/**
 * An emotion as a face: where the brows sit and how they slant, how open the eyes are, and the shape of the mouth
 * at rest. Plain numbers in the figure's drawing units (see Figure.tsx), so a template can restyle a feeling.
 */
import type {Emotion} from '../../../src/schema/script';

export interface Expression {
  /** Brow height above the eye (units; larger is higher) and slant (positive: inner ends up, as in worry). */
  browLift: number;
  browSlant: number;
  /** Raise only one brow (smug). */
  browAsymmetry: number;
  /** Eye opening, 1 normal; under 0.6 reads as narrowed or heavy-lidded, over 1.2 as wide. */
  eyeOpen: number;
  /** Mouth at rest: corner lift (positive smiles), and how far it hangs open (0 closed). */
  smile: number;
  restOpen: number;
  /** One corner higher than the other: a smirk. */
  smirk: number;
  blush: number;
}

export const EXPRESSIONS: Record<Emotion, Expression> = {
  neutral: {browLift: 0, browSlant: 0, browAsymmetry: 0, eyeOpen: 1, smile: 0.5, restOpen: 0, smirk: 0, blush: 0},
  happy: {browLift: 2, browSlant: 0, browAsymmetry: 0, eyeOpen: 0.8, smile: 5, restOpen: 0, smirk: 0, blush: 0.25},
  tender: {browLift: 1.5, browSlant: 2, browAsymmetry: 0, eyeOpen: 0.75, smile: 2.5, restOpen: 0, smirk: 0, blush: 0.4},
  sad: {browLift: 1, browSlant: 4.5, browAsymmetry: 0, eyeOpen: 0.7, smile: -3.5, restOpen: 0, smirk: 0, blush: 0},
  angry: {browLift: -2.5, browSlant: -5, browAsymmetry: 0, eyeOpen: 0.72, smile: -3, restOpen: 0, smirk: 0, blush: 0.2},
  afraid: {browLift: 4, browSlant: 4, browAsymmetry: 0, eyeOpen: 1.3, smile: -2, restOpen: 2.5, smirk: 0, blush: 0},
  surprised: {browLift: 6, browSlant: 1, browAsymmetry: 0, eyeOpen: 1.35, smile: 0, restOpen: 4, smirk: 0, blush: 0},
  cold: {browLift: -1, browSlant: -1, browAsymmetry: 0, eyeOpen: 0.6, smile: -0.5, restOpen: 0, smirk: 0, blush: 0},
  desperate: {browLift: 3, browSlant: 6, browAsymmetry: 0, eyeOpen: 1.2, smile: -3, restOpen: 2, smirk: 0, blush: 0.15},
  smug: {browLift: 0.5, browSlant: -1, browAsymmetry: 4, eyeOpen: 0.62, smile: 2, restOpen: 0, smirk: 3.5, blush: 0},
  shocked: {browLift: 7.5, browSlant: 2, browAsymmetry: 0, eyeOpen: 1.5, smile: -1, restOpen: 6, smirk: 0, blush: 0},
};
