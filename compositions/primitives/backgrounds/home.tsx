/** At home: the living room, a bedroom, a kitchen. */
import type {Art, Painter, Painting} from './art';
import {floor, Glow, layer, pendantLamp, wall, windowView} from './parts';

/** A window with curtains either side; what you see through it follows the hour. */
function curtainedWindow(art: Art, x: number, y: number, width: number, height: number, curtain: string): Painting {
  const {u} = art;
  return layer(windowView(art, 'win', x, y, width, height, '#f4f1ea'), {
    base: (
      <g fill={curtain}>
        <path
          d={`M${x - 50 * u},${y - 30 * u} h${width * 0.32} q${-30 * u},${height * 0.5} ${10 * u},${height + 60 * u} h${-width * 0.32} Z`}
        />
        <path
          d={`M${x + width + 50 * u},${y - 30 * u} h${-width * 0.32} q${30 * u},${height * 0.5} ${-10 * u},${height + 60 * u} h${width * 0.32} Z`}
        />
      </g>
    ),
  });
}

/** A table or floor lamp: stand, shade, and its glow. */
function lamp(art: Art, name: string, x: number, base: number, height: number): Painting {
  const {u, light} = art;
  return {
    base: (
      <>
        <rect x={x - 5 * u} y={base - height} width={10 * u} height={height} fill="#2a2522" />
        <path
          d={`M${x - 45 * u},${base - height} L${x + 45 * u},${base - height} L${x + 30 * u},${base - height - 70 * u} L${x - 30 * u},${base - height - 70 * u} Z`}
          fill="#f1d9a8"
        />
      </>
    ),
    lights: (
      <Glow
        art={art}
        name={name}
        cx={x}
        cy={base - height - 30 * u}
        r={300 * u}
        color="#ffc978"
        strength={light.lamps}
      />
    ),
  };
}

/** Living room: sage wall, curtained window, a sofa, a floor lamp, a picture on the wall. */
export const home: Painter = (art) => {
  const {w, h, u} = art;
  const floorY = h * 0.7;
  return layer(
    wall(art, '#a9b79d'),
    curtainedWindow(art, w * 0.52, h * 0.17, w * 0.34, h * 0.26, '#7b5e57'),
    floor(art, 'floor', floorY, '#5b4230', '#8e6a4c'),
    {
      base: (
        <>
          <rect x={w * 0.1} y={h * 0.24} width={w * 0.28} height={h * 0.14} fill="#5a4636" />
          <rect x={w * 0.12} y={h * 0.25} width={w * 0.24} height={h * 0.12} fill="#d9c6a0" />
          <ellipse cx={w * 0.5} cy={h * 0.88} rx={w * 0.42} ry={h * 0.06} fill="#7d3c3c" opacity={0.7} />
          <rect x={w * 0.08} y={floorY - h * 0.1} width={w * 0.62} height={h * 0.1} rx={30 * u} fill="#44607a" />
          <rect x={w * 0.05} y={floorY - h * 0.06} width={w * 0.68} height={h * 0.08} rx={30 * u} fill="#3a546b" />
          <rect x={w * 0.12} y={floorY + h * 0.02} width={14 * u} height={h * 0.03} fill="#222" />
          <rect x={w * 0.64} y={floorY + h * 0.02} width={14 * u} height={h * 0.03} fill="#222" />
        </>
      ),
    },
    lamp(art, 'floorlamp', w * 0.84, floorY + h * 0.04, h * 0.26),
  );
};

/** Bedroom: dusky blue wall, a bed with headboard and pillows, a bedside lamp, curtained window. */
export const bedroom: Painter = (art) => {
  const {w, h, u} = art;
  const floorY = h * 0.66;
  return layer(
    wall(art, '#8d9bc2'),
    curtainedWindow(art, w * 0.6, h * 0.14, w * 0.28, h * 0.22, '#e8e2f0'),
    floor(art, 'floor', floorY, '#4b3a33', '#7a6254'),
    {
      base: (
        <>
          <rect x={w * 0.08} y={h * 0.44} width={w * 0.62} height={h * 0.16} rx={24 * u} fill="#5b4a6b" />
          <rect x={w * 0.04} y={h * 0.6} width={w * 0.7} height={h * 0.18} rx={18 * u} fill="#f1eef6" />
          <rect x={w * 0.04} y={h * 0.66} width={w * 0.7} height={h * 0.12} rx={18 * u} fill="#b99fd8" />
          <rect x={w * 0.1} y={h * 0.56} width={w * 0.24} height={h * 0.05} rx={30 * u} fill="#ffffff" />
          <rect x={w * 0.38} y={h * 0.56} width={w * 0.24} height={h * 0.05} rx={30 * u} fill="#ffffff" />
          <rect x={w * 0.78} y={h * 0.6} width={w * 0.16} height={h * 0.1} fill="#6b5040" />
        </>
      ),
    },
    lamp(art, 'bedside', w * 0.86, h * 0.6, h * 0.06),
  );
};

/** Kitchen: tiled splashback, upper cabinets, a steel counter and hob, hanging lights. */
export const kitchen: Painter = (art) => {
  const {w, h, u} = art;
  const counter = h * 0.6;
  const tile = 60 * u;
  return layer(
    wall(art, '#dfe6e8'),
    {
      base: (
        <g stroke="#b9c4c8" strokeWidth={2 * u}>
          {Array.from({length: Math.ceil((counter - h * 0.3) / tile)}, (_, r) => (
            <line key={`r${r}`} x1={0} y1={h * 0.3 + r * tile} x2={w} y2={h * 0.3 + r * tile} />
          ))}
          {Array.from({length: Math.ceil(w / tile)}, (_, c) => (
            <line key={`c${c}`} x1={c * tile} y1={h * 0.3} x2={c * tile} y2={counter} />
          ))}
        </g>
      ),
    },
    {
      base: (
        <>
          <rect x={0} y={h * 0.08} width={w} height={h * 0.2} fill="#50606a" />
          {Array.from({length: Math.ceil(w / (w * 0.25))}, (_, i) => (
            <rect
              key={i}
              x={i * w * 0.25 + 8 * u}
              y={h * 0.09}
              width={w * 0.25 - 16 * u}
              height={h * 0.18}
              fill="#5e707b"
            />
          ))}
          <rect x={w * 0.3} y={h * 0.28} width={w * 0.3} height={h * 0.06} fill="#9aa3a8" />
          <rect x={0} y={counter} width={w} height={h - counter} fill="#7b878d" />
          <rect x={0} y={counter} width={w} height={26 * u} fill="#c8d0d4" />
          <rect x={w * 0.32} y={counter - 10 * u} width={w * 0.26} height={10 * u} fill="#222" />
          <rect x={w * 0.7} y={counter - 90 * u} width={70 * u} height={90 * u} rx={10 * u} fill="#d7dde0" />
          {Array.from({length: Math.ceil(w / (w * 0.25))}, (_, i) => (
            <rect
              key={i}
              x={i * w * 0.25 + 10 * u}
              y={counter + 50 * u}
              width={w * 0.25 - 20 * u}
              height={h * 0.3}
              fill="#6b767c"
            />
          ))}
        </>
      ),
    },
    pendantLamp(art, 'k1', w * 0.3, h * 0.05, 70 * u, '#fff1d0', '#2d2d2d'),
    pendantLamp(art, 'k2', w * 0.7, h * 0.05, 70 * u, '#fff1d0', '#2d2d2d'),
  );
};
