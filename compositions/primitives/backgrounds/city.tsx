/** Outdoor city settings: the street, a rooftop, a station platform. */
import type {Painter} from './art';
import {across, floor, Glow, layer, sky, skyline, VerticalGradient} from './parts';

/** A street at eye level: skyline with lit windows, the road, street lamps, the glow of passing cars. */
export const street: Painter = (art) => {
  const {w, h, u, light} = art;
  const horizon = h * 0.6;
  const road = h * 0.7;
  const lamps = across(art, 3, 0.08);
  return layer(
    sky(art, horizon),
    skyline(art, {name: 'far', baseY: horizon + 40 * u, maxHeight: h * 0.3, color: '#3b4669'}),
    skyline(art, {name: 'near', baseY: road, maxHeight: h * 0.42, color: '#262c45', window: 11 * u}),
    floor(art, 'road', road, '#1a1c22', '#3a3d46'),
    {
      base: (
        <>
          <rect x={0} y={road} width={w} height={16 * u} fill="#6d7079" />
          {Array.from({length: 7}, (_, i) => (
            <rect
              key={i}
              x={w * 0.08 + i * w * 0.13}
              y={h * 0.86}
              width={w * 0.08}
              height={h * 0.05}
              fill="#e9e9e2"
              opacity={0.75}
            />
          ))}
          {lamps.map((x, i) => (
            <rect key={i} x={x - 5 * u} y={road - h * 0.2} width={10 * u} height={h * 0.2} fill="#15171d" />
          ))}
        </>
      ),
      lights: (
        <>
          {lamps.map((x, i) => (
            <Glow
              key={i}
              art={art}
              name={`lamp${i}`}
              cx={x}
              cy={road - h * 0.2}
              r={170 * u}
              color="#ffcf7a"
              strength={light.lamps}
            />
          ))}
          <Glow
            art={art}
            name="tail1"
            cx={w * 0.3}
            cy={road + h * 0.06}
            r={60 * u}
            color="#ff3b3b"
            strength={light.lamps * 0.8}
          />
          <Glow
            art={art}
            name="tail2"
            cx={w * 0.36}
            cy={road + h * 0.06}
            r={60 * u}
            color="#ff3b3b"
            strength={light.lamps * 0.8}
          />
          <Glow
            art={art}
            name="head"
            cx={w * 0.75}
            cy={road + h * 0.1}
            r={110 * u}
            color="#fff4d6"
            strength={light.lamps * 0.6}
          />
        </>
      ),
    },
  );
};

/** High above the city: wide sky, the skyline below the horizon, a railing and a water tower. */
export const rooftop: Painter = (art) => {
  const {w, h, u} = art;
  const horizon = h * 0.7;
  const deck = h * 0.8;
  const posts = across(art, 7, -0.02);
  return layer(
    sky(art, horizon),
    skyline(art, {name: 'far', baseY: horizon + 10 * u, maxHeight: h * 0.12, color: '#3d4770'}),
    skyline(art, {name: 'mid', baseY: deck, maxHeight: h * 0.16, color: '#272e4a', window: 7 * u}),
    floor(art, 'deck', deck, '#2a2c31', '#5d616b'),
    {
      base: (
        <g fill="#111318">
          <rect x={0} y={deck - h * 0.065} width={w} height={9 * u} />
          <rect x={0} y={deck - h * 0.035} width={w} height={6 * u} />
          {posts.map((x, i) => (
            <rect key={i} x={x} y={deck - h * 0.065} width={9 * u} height={h * 0.065} />
          ))}
          {/* water tower on its stilts, the rooftop cliché that says "New York" at a glance */}
          <rect x={w * 0.72} y={deck - h * 0.28} width={w * 0.18} height={h * 0.12} rx={8 * u} />
          <path
            d={`M${w * 0.7},${deck - h * 0.28} L${w * 0.81},${deck - h * 0.33} L${w * 0.92},${deck - h * 0.28} Z`}
          />
          <rect x={w * 0.74} y={deck - h * 0.16} width={7 * u} height={h * 0.16} />
          <rect x={w * 0.87} y={deck - h * 0.16} width={7 * u} height={h * 0.16} />
          <rect x={w * 0.1} y={deck + h * 0.05} width={w * 0.3} height={14 * u} />
          <rect x={w * 0.12} y={deck + h * 0.05} width={8 * u} height={h * 0.04} />
          <rect x={w * 0.36} y={deck + h * 0.05} width={8 * u} height={h * 0.04} />
        </g>
      ),
    },
  );
};

/** A platform: tiled wall, departure board, clock, a train with its windows, the yellow safety line. */
export const station: Painter = (art) => {
  const {w, h, u, light} = art;
  const edge = h * 0.78;
  const trainTop = h * 0.4;
  const windows = across(art, 5, 0.05);
  return layer(
    {base: <VerticalGradient art={art} name="wall" y={0} h={edge} from="#9aa4a8" to="#d6dcdc" />},
    floor(art, 'platform', edge, '#3c3e42', '#8d9094'),
    {
      base: (
        <>
          <rect x={0} y={trainTop} width={w} height={edge - trainTop} fill="#b7bdc4" />
          <rect x={0} y={trainTop + (edge - trainTop) * 0.72} width={w} height={18 * u} fill="#c0392b" />
          {windows.map((x, i) => (
            <rect
              key={i}
              x={x - 70 * u}
              y={trainTop + 50 * u}
              width={140 * u}
              height={(edge - trainTop) * 0.4}
              rx={12 * u}
              fill="#2c3440"
            />
          ))}
          <rect x={0} y={edge} width={w} height={14 * u} fill="#f1c40f" />
          <rect x={w * 0.15} y={h * 0.12} width={w * 0.7} height={h * 0.1} rx={8 * u} fill="#111" />
          <line x1={w * 0.3} y1={0} x2={w * 0.3} y2={h * 0.12} stroke="#333" strokeWidth={4 * u} />
          <line x1={w * 0.7} y1={0} x2={w * 0.7} y2={h * 0.12} stroke="#333" strokeWidth={4 * u} />
          <circle cx={w * 0.5} cy={h * 0.3} r={55 * u} fill="#f5f5f0" stroke="#222" strokeWidth={8 * u} />
          <line x1={w * 0.5} y1={h * 0.3} x2={w * 0.5} y2={h * 0.3 - 38 * u} stroke="#222" strokeWidth={6 * u} />
          <line
            x1={w * 0.5}
            y1={h * 0.3}
            x2={w * 0.5 + 28 * u}
            y2={h * 0.3 + 10 * u}
            stroke="#222"
            strokeWidth={6 * u}
          />
        </>
      ),
      lights: (
        <>
          {[0, 1, 2].map((row) => (
            <rect
              key={row}
              x={w * 0.19}
              y={h * (0.135 + row * 0.025)}
              width={w * (0.62 - row * 0.12)}
              height={h * 0.012}
              fill="#ffb020"
              opacity={0.9}
            />
          ))}
          {windows.map((x, i) => (
            <rect
              key={i}
              x={x - 70 * u}
              y={trainTop + 50 * u}
              width={140 * u}
              height={(edge - trainTop) * 0.4}
              rx={12 * u}
              fill="#cfe8ff"
              opacity={0.25 + 0.55 * light.lamps}
            />
          ))}
        </>
      ),
    },
  );
};
