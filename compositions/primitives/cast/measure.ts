/**
 * Figures in measure mode (inspect/): each figure's box is painted a dim grey, below the threshold at which the
 * layout tests see a text box (so they are unaffected) but not black, so test/cast-layout.test.ts finds figures as
 * pixels where all three channels are lit, and a text box over a figure as its own channel lit on top of that.
 */
export const FIGURE_BOX_ATTRIBUTE = 'data-figure-box';

/** Channel value of a figure's box in a measured still: well under the text boxes' ~128. */
export const FIGURE_MEASURE_LEVEL = 28;

/** Only applies inside measure mode's root; outside it the boxes are empty, invisible divs. */
export const FIGURE_MEASURE_CSS = `[data-measure-root] [${FIGURE_BOX_ATTRIBUTE}] { visibility: visible !important; background: rgb(${FIGURE_MEASURE_LEVEL},${FIGURE_MEASURE_LEVEL},${FIGURE_MEASURE_LEVEL}) !important; }`;
