/**
 * The half body in the figure's drawing units: the torso in the top's colour, what shows at the neck (a shirt under
 * a blazer, a hood, a collar, a neckline) and the items worn there (tie, scarf, pearls, a necklace, a stethoscope).
 */
import React from 'react';
import type {Item, TopKind} from './appearance';

export interface ClothesColors {
  top: string;
  /** The top in shadow (folds, lapels). */
  topShade: string;
  under?: string;
  skin: string;
  item: string;
}

/** The torso: shoulders sloping from the neck to the bottom of the frame. */
export const TORSO =
  'M 100 134 C 70 134, 40 142, 28 160 C 18 176, 16 214, 14 250 L 186 250 C 184 214, 182 176, 172 160 C 160 142, 130 134, 100 134 Z';

const OPEN: TopKind[] = ['blazer', 'suit', 'jacket', 'coat', 'cardigan'];

export function body(kind: TopKind, items: Item[], c: ClothesColors): React.ReactNode {
  const open = OPEN.includes(kind);
  return (
    <g>
      <path d={TORSO} fill={c.top} />
      {/* A fold under each arm, so the torso reads as a body and not a flat shape. */}
      <path d="M 40 250 C 42 214, 46 190, 52 176" stroke={c.topShade} strokeWidth={3} fill="none" />
      <path d="M 160 250 C 158 214, 154 190, 148 176" stroke={c.topShade} strokeWidth={3} fill="none" />
      {open ? (
        <g>
          <path d="M 84 136 L 100 200 L 116 136 Z" fill={c.under ?? '#eeeeee'} />
          <path d="M 82 136 L 96 196 L 86 250 L 70 250 L 76 176 L 66 150 Z" fill={c.topShade} opacity={0.55} />
          <path d="M 118 136 L 104 196 L 114 250 L 130 250 L 124 176 L 134 150 Z" fill={c.topShade} opacity={0.55} />
          {kind === 'cardigan' ? null : (
            <g fill={c.under ?? '#eeeeee'}>
              <path d="M 86 134 L 98 148 L 90 152 Z" />
              <path d="M 114 134 L 102 148 L 110 152 Z" />
            </g>
          )}
        </g>
      ) : null}
      {kind === 'hoodie' ? (
        <g>
          <path d="M 72 136 C 74 160, 126 160, 128 136 C 120 146, 80 146, 72 136 Z" fill={c.topShade} />
          <path d="M 92 150 L 90 184 M 108 150 L 110 184" stroke={c.topShade} strokeWidth={2.2} />
        </g>
      ) : null}
      {kind === 'turtleneck' ? <rect x={84} y={118} width={32} height={24} rx={6} fill={c.top} /> : null}
      {kind === 'dress' || kind === 'blouse' ? <path d="M 80 134 C 86 156, 114 156, 120 134 Z" fill={c.skin} /> : null}
      {kind === 'shirt' || kind === 'uniform' ? (
        <g fill={c.topShade}>
          <path d="M 86 132 L 98 150 L 84 152 Z" />
          <path d="M 114 132 L 102 150 L 116 152 Z" />
          <path d="M 100 150 L 100 250" stroke={c.topShade} strokeWidth={1.5} />
        </g>
      ) : null}
      {kind === 'tshirt' || kind === 'sweater' ? (
        <path d="M 84 134 C 90 146, 110 146, 116 134" stroke={c.topShade} strokeWidth={3} fill="none" />
      ) : null}
      {neckItems(items, c)}
    </g>
  );
}

function neckItems(items: Item[], c: ClothesColors): React.ReactNode {
  return (
    <g>
      {items.includes('tie') ? (
        <g fill={c.item}>
          <path d="M 95 146 L 105 146 L 103 154 L 97 154 Z" />
          <path d="M 97 154 L 103 154 L 108 206 L 100 216 L 92 206 Z" />
        </g>
      ) : null}
      {items.includes('scarf') ? (
        <g fill={c.item}>
          <path d="M 74 132 C 84 150, 116 150, 126 132 L 130 142 C 116 162, 84 162, 70 142 Z" />
          <path d="M 106 150 L 118 196 L 106 198 L 98 152 Z" />
        </g>
      ) : null}
      {items.includes('pearls')
        ? [82, 88, 94, 100, 106, 112, 118].map((x, i) => (
            <circle key={x} cx={x} cy={140 + Math.sin((i / 6) * Math.PI) * 8} r={2.6} fill="#f4efe6" />
          ))
        : null}
      {items.includes('necklace') ? (
        <g>
          <path d="M 84 136 C 90 152, 110 152, 116 136" stroke="#d9b65a" strokeWidth={1.4} fill="none" />
          <circle cx={100} cy={150} r={3} fill="#d9b65a" />
        </g>
      ) : null}
      {items.includes('stethoscope') ? (
        <path
          d="M 76 136 C 72 170, 86 186, 96 186 M 124 136 C 128 160, 122 176, 116 180"
          stroke="#30343c"
          strokeWidth={3}
          fill="none"
        />
      ) : null}
    </g>
  );
}
