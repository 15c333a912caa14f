/** Out of town or on the move: park, beach, forest, and inside a car. */
import type {Art, Painter} from './art';
import {floor, Glow, layer, sky, skyline, VerticalGradient} from './parts';

/** Round-topped trees across the frame at one depth. */
function treeRow(art: Art, name: string, baseY: number, size: number, color: string) {
  const {w, u} = art;
  const count = Math.ceil(w / (size * 1.2)) + 1;
  return {
    base: Array.from({length: count}, (_, i) => {
      const x = i * size * 1.2 + (art.rnd(`${name}x${i}`) - 0.5) * size * 0.4;
      const s = size * (0.8 + art.rnd(`${name}s${i}`) * 0.4);
      return (
        <g key={i} fill={color}>
          <rect x={x - 8 * u} y={baseY - s * 0.8} width={16 * u} height={s * 0.8} />
          <circle cx={x} cy={baseY - s} r={s * 0.55} />
          <circle cx={x - s * 0.3} cy={baseY - s * 0.8} r={s * 0.4} />
          <circle cx={x + s * 0.3} cy={baseY - s * 0.8} r={s * 0.4} />
        </g>
      );
    }),
  };
}

/** Park: trees at two depths, grass, a path, a bench under a lamp post. */
export const park: Painter = (art) => {
  const {w, h, u, light} = art;
  const horizon = h * 0.58;
  return layer(
    sky(art, horizon),
    skyline(art, {name: 'far', baseY: horizon, maxHeight: h * 0.14, color: '#6f7fa0'}),
    treeRow(art, 'far', horizon + 20 * u, 140 * u, '#3f6b45'),
    floor(art, 'grass', horizon + 10 * u, '#2f5a2c', '#5f8f4a'),
    treeRow(art, 'near', h * 0.7, 260 * u, '#2a4d2c'),
    {
      base: (
        <>
          <path
            d={`M${w * 0.35},${h} L${w * 0.48},${horizon + 10 * u} L${w * 0.54},${horizon + 10 * u} L${w * 0.75},${h} Z`}
            fill="#c9b48f"
          />
          <rect x={w * 0.08} y={h * 0.8} width={w * 0.26} height={16 * u} fill="#5a3a22" />
          <rect x={w * 0.08} y={h * 0.77} width={w * 0.26} height={12 * u} fill="#5a3a22" />
          <rect x={w * 0.1} y={h * 0.8} width={10 * u} height={h * 0.04} fill="#222" />
          <rect x={w * 0.31} y={h * 0.8} width={10 * u} height={h * 0.04} fill="#222" />
          <rect x={w * 0.82} y={h * 0.52} width={12 * u} height={h * 0.34} fill="#1b1f1b" />
        </>
      ),
      lights: (
        <Glow
          art={art}
          name="lamp"
          cx={w * 0.82 + 6 * u}
          cy={h * 0.52}
          r={220 * u}
          color="#ffd891"
          strength={light.lamps}
        />
      ),
    },
  );
};

/** Beach: sea to the horizon with the sun's or moon's path on the water, sand, a lifeguard tower. */
export const beach: Painter = (art) => {
  const {w, h, u, light} = art;
  const horizon = h * 0.52;
  const shore = h * 0.72;
  return layer(
    sky(art, horizon),
    {base: <VerticalGradient art={art} name="sea" y={horizon} h={shore - horizon} from="#1f5f8b" to="#3aa0b8" />},
    {
      base: Array.from({length: 14}, (_, i) => (
        <rect
          key={i}
          x={w * (0.35 + art.rnd(`g${i}`) * 0.3) - i * 6 * u}
          y={horizon + (i + 1) * ((shore - horizon) / 15)}
          width={(40 + i * 14) * u}
          height={4 * u}
          fill="#ffffff"
          opacity={0.5}
        />
      )),
      lights: (
        <rect
          x={w * 0.42}
          y={horizon}
          width={w * 0.16}
          height={shore - horizon}
          fill={light.body.color}
          opacity={0.18}
        />
      ),
    },
    floor(art, 'sand', shore, '#b89466', '#e6cf9e'),
    {
      base: (
        <>
          <path
            d={`M0,${shore} Q${w * 0.5},${shore - 20 * u} ${w},${shore} V${shore + 20 * u} H0 Z`}
            fill="#f4f1ea"
            opacity={0.7}
          />
          <g fill="#b23a2e">
            <rect x={w * 0.72} y={shore - h * 0.1} width={w * 0.16} height={h * 0.05} />
            <path
              d={`M${w * 0.7},${shore - h * 0.1} L${w * 0.8},${shore - h * 0.14} L${w * 0.9},${shore - h * 0.1} Z`}
            />
          </g>
          <g fill="#6b4a2f">
            <rect x={w * 0.73} y={shore - h * 0.05} width={10 * u} height={h * 0.1} />
            <rect x={w * 0.86} y={shore - h * 0.05} width={10 * u} height={h * 0.1} />
          </g>
        </>
      ),
    },
  );
};

/** Forest: three depths of pines fading into mist, a cabin window glowing far off. */
export const forest: Painter = (art) => {
  const {w, h, u, light} = art;
  const horizon = h * 0.5;
  const pines = (name: string, baseY: number, size: number, color: string) => ({
    base: Array.from({length: Math.ceil(w / (size * 0.6)) + 1}, (_, i) => {
      const x = i * size * 0.6 + (art.rnd(`${name}${i}`) - 0.5) * size * 0.3;
      const s = size * (0.8 + art.rnd(`${name}s${i}`) * 0.5);
      return (
        <path key={i} d={`M${x},${baseY - s * 2} L${x + s * 0.45},${baseY} L${x - s * 0.45},${baseY} Z`} fill={color} />
      );
    }),
  });
  return layer(
    sky(art, horizon),
    floor(art, 'ground', horizon, '#1d2a1e', '#3a4d3a'),
    pines('far', horizon + 30 * u, 150 * u, '#4a6b5a'),
    {
      base: (
        <VerticalGradient
          art={art}
          name="mist1"
          y={horizon - 100 * u}
          h={200 * u}
          from="rgba(220,230,235,0)"
          to="rgba(220,230,235,0.45)"
        />
      ),
    },
    pines('mid', h * 0.66, 230 * u, '#2d4a38'),
    {
      base: null,
      lights: (
        <>
          <rect x={w * 0.62} y={h * 0.6} width={26 * u} height={22 * u} fill="#ffc46b" opacity={light.lamps} />
          <Glow
            art={art}
            name="cabin"
            cx={w * 0.62 + 13 * u}
            cy={h * 0.61}
            r={80 * u}
            color="#ffc46b"
            strength={light.lamps}
          />
        </>
      ),
    },
    pines('near', h * 0.95, 380 * u, '#15271b'),
  );
};

/** Inside a car: through the windscreen the road and passing lights, a dashboard with glowing gauges, the wheel. */
export const car: Painter = (art) => {
  const {w, h, u, t, light} = art;
  const horizon = h * 0.42;
  const dash = h * 0.62;
  // Street lights slide past the windscreen, looping every few seconds.
  const passing = [0, 1, 2].map((i) => (t * 0.35 + i / 3) % 1);
  return layer(
    sky(art, horizon),
    skyline(art, {name: 'city', baseY: horizon, maxHeight: h * 0.12, color: '#2e3656', window: 5 * u}),
    floor(art, 'road', horizon, '#1c1d22', '#45474f'),
    {
      base: (
        <>
          <path
            d={`M${w * 0.49},${horizon} L${w * 0.51},${horizon} L${w * 0.56},${dash} L${w * 0.44},${dash} Z`}
            fill="#e8e2c8"
            opacity={0.6}
          />
          {/* the cabin: roof, pillars and dashboard frame the windscreen */}
          <path d={`M0,0 H${w} V${dash} L${w * 0.9},${h * 0.1} H${w * 0.1} L0,${dash} Z`} fill="#111216" />
          <rect x={0} y={dash} width={w} height={h - dash} fill="#17181d" />
          <rect x={0} y={dash} width={w} height={30 * u} fill="#23252c" />
          <rect x={w * 0.42} y={h * 0.1} width={w * 0.16} height={40 * u} rx={10 * u} fill="#1d1e23" />
          <circle cx={w * 0.3} cy={h * 0.86} r={w * 0.26} fill="none" stroke="#0b0b0d" strokeWidth={44 * u} />
          <rect x={w * 0.27} y={h * 0.86} width={w * 0.06} height={h * 0.14} fill="#0b0b0d" />
        </>
      ),
      lights: (
        <>
          {passing.map((p, i) => (
            <Glow
              key={i}
              art={art}
              name={`pass${i}`}
              cx={w * (0.5 + (i % 2 ? 1 : -1) * (0.05 + p * 0.45))}
              cy={horizon - p * h * 0.25}
              r={(30 + p * 120) * u}
              color="#ffcf7a"
              strength={light.lamps * (0.3 + p)}
            />
          ))}
          {[0.22, 0.38].map((f, i) => (
            <g key={i}>
              <circle
                cx={w * f}
                cy={dash + 90 * u}
                r={50 * u}
                fill="none"
                stroke="#57c7ff"
                strokeWidth={5 * u}
                opacity={0.85}
              />
              <Glow
                art={art}
                name={`gauge${i}`}
                cx={w * f}
                cy={dash + 90 * u}
                r={110 * u}
                color="#57c7ff"
                strength={0.5}
              />
            </g>
          ))}
          <rect
            x={w * 0.6}
            y={dash + 60 * u}
            width={w * 0.22}
            height={90 * u}
            rx={10 * u}
            fill="#3b6fff"
            opacity={0.55}
          />
        </>
      ),
    },
  );
};
