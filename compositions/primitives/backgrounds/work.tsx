/** Workplaces: the office, a classroom, a hospital room, a warehouse. */
import type {Painter} from './art';
import {across, floor, Glow, layer, wall, windowView} from './parts';

/** Office: a wide window behind blinds, ceiling panels, a row of desks with glowing monitors. */
export const office: Painter = (art) => {
  const {w, h, u, light} = art;
  const winTop = h * 0.14;
  const winH = h * 0.38;
  const desk = h * 0.7;
  const desks = across(art, 3, 0.17);
  const slat = 26 * u;
  return layer(
    wall(art, '#cfd5dc'),
    windowView(art, 'win', w * 0.06, winTop, w * 0.88, winH, '#8d96a3'),
    floor(art, 'carpet', desk, '#3b4250', '#6c7585'),
    {
      base: (
        <>
          {/* blinds: slats with gaps the outside shows through */}
          {Array.from({length: Math.floor(winH / slat)}, (_, i) => (
            <rect
              key={i}
              x={w * 0.06}
              y={winTop + i * slat}
              width={w * 0.88}
              height={slat * 0.55}
              fill="#e8ebef"
              opacity={0.92}
            />
          ))}
          {desks.map((x, i) => (
            <g key={i}>
              <rect x={x - 150 * u} y={desk - 130 * u} width={200 * u} height={125 * u} rx={6 * u} fill="#1d2128" />
              <rect x={x - 60 * u} y={desk - 5 * u} width={20 * u} height={20 * u} fill="#1d2128" />
              <rect x={x - 200 * u} y={desk + 12 * u} width={400 * u} height={22 * u} fill="#8a6a4f" />
              <rect x={x - 190 * u} y={desk + 34 * u} width={14 * u} height={h * 0.12} fill="#444" />
              <rect x={x + 176 * u} y={desk + 34 * u} width={14 * u} height={h * 0.12} fill="#444" />
              <rect x={x + 80 * u} y={desk - 40 * u} width={50 * u} height={52 * u} rx={6 * u} fill="#f5f5f5" />
            </g>
          ))}
        </>
      ),
      lights: (
        <>
          {[0.25, 0.75].map((f, i) => (
            <rect
              key={i}
              x={w * f - 140 * u}
              y={h * 0.04}
              width={280 * u}
              height={22 * u}
              fill="#f4fbff"
              opacity={0.5 + 0.5 * light.lamps}
            />
          ))}
          {desks.map((x, i) => (
            <g key={i}>
              <rect
                x={x - 140 * u}
                y={desk - 120 * u}
                width={180 * u}
                height={100 * u}
                fill="#7fc8ff"
                opacity={0.55 + 0.4 * light.lamps}
              />
              <Glow
                art={art}
                name={`screen${i}`}
                cx={x - 50 * u}
                cy={desk - 70 * u}
                r={200 * u}
                color="#7fc8ff"
                strength={light.lamps * 0.6}
              />
            </g>
          ))}
        </>
      ),
    },
  );
};

/** Classroom: green chalkboard with chalk lines, a wall clock, rows of desks. */
export const school: Painter = (art) => {
  const {w, h, u, light} = art;
  const boardTop = h * 0.2;
  const boardH = h * 0.24;
  const deskRows = [0.72, 0.82];
  return layer(
    wall(art, '#e6dcc0'),
    {base: <rect x={0} y={h * 0.55} width={w} height={h * 0.1} fill="#a7b98f" />},
    floor(art, 'floor', h * 0.65, '#6b4a2e', '#9b7552'),
    {
      base: (
        <>
          <rect
            x={w * 0.08 - 14 * u}
            y={boardTop - 14 * u}
            width={w * 0.84 + 28 * u}
            height={boardH + 28 * u}
            fill="#7a5533"
          />
          <rect x={w * 0.08} y={boardTop} width={w * 0.84} height={boardH} fill="#2f5d46" />
          {[0.2, 0.36, 0.52].map((f, i) => (
            <path
              key={i}
              d={`M${w * 0.15},${boardTop + boardH * f + 20 * u} q${w * 0.1},${-30 * u} ${w * 0.2},0 t${w * 0.2},0 t${w * 0.12},0`}
              stroke="#eef3ea"
              strokeWidth={5 * u}
              fill="none"
              opacity={0.75}
            />
          ))}
          <rect
            x={w * 0.58}
            y={boardTop + boardH * 0.62}
            width={w * 0.25}
            height={8 * u}
            fill="#eef3ea"
            opacity={0.7}
          />
          <circle cx={w * 0.5} cy={h * 0.1} r={48 * u} fill="#fafafa" stroke="#333" strokeWidth={7 * u} />
          <line
            x1={w * 0.5}
            y1={h * 0.1}
            x2={w * 0.5 + 26 * u}
            y2={h * 0.1 - 20 * u}
            stroke="#333"
            strokeWidth={5 * u}
          />
          {deskRows.flatMap((row, r) =>
            across(art, 3, 0.16).map((x, i) => (
              <g key={`${r}-${i}`} fill={r === 0 ? '#b5835a' : '#a2744d'}>
                <rect x={x - 110 * u} y={h * row} width={220 * u} height={20 * u} />
                <rect x={x - 100 * u} y={h * row + 20 * u} width={12 * u} height={h * 0.07} fill="#555" />
                <rect x={x + 88 * u} y={h * row + 20 * u} width={12 * u} height={h * 0.07} fill="#555" />
              </g>
            )),
          )}
        </>
      ),
      lights: (
        <rect
          x={w * 0.2}
          y={h * 0.02}
          width={w * 0.6}
          height={18 * u}
          fill="#fffbe8"
          opacity={0.4 + 0.5 * light.lamps}
        />
      ),
    },
  );
};

/** Hospital room: teal walls, a curtain, the bed, an IV stand and a heart monitor whose line keeps moving. */
export const hospital: Painter = (art) => {
  const {w, h, u, t} = art;
  const monX = w * 0.58;
  const monY = h * 0.22;
  const monW = w * 0.32;
  const monH = h * 0.12;
  // One heartbeat shape repeated, scrolled by time so the line runs like a real monitor.
  const beat = monW / 3;
  const shift = (t * beat) % beat;
  const points: string[] = [];
  for (let k = -1; k < 4; k++) {
    const x0 = monX + k * beat - shift;
    const mid = monY + monH * 0.55;
    points.push(
      `${x0},${mid}`,
      `${x0 + beat * 0.35},${mid}`,
      `${x0 + beat * 0.42},${mid - monH * 0.38}`,
      `${x0 + beat * 0.5},${mid + monH * 0.3}`,
      `${x0 + beat * 0.58},${mid}`,
      `${x0 + beat},${mid}`,
    );
  }
  return layer(
    wall(art, '#5fb0a8'),
    {base: <rect x={0} y={h * 0.5} width={w} height={h * 0.2} fill="#8ccfc6" />},
    floor(art, 'floor', h * 0.7, '#7c8f8f', '#b9c9c6'),
    {
      base: (
        <>
          <rect x={0} y={h * 0.05} width={w} height={8 * u} fill="#c6d2d2" />
          {Array.from({length: 6}, (_, i) => (
            <rect
              key={i}
              x={i * 46 * u}
              y={h * 0.05}
              width={40 * u}
              height={h * 0.6}
              fill={i % 2 ? '#a9d6e5' : '#bfe2ee'}
            />
          ))}
          <rect x={w * 0.18} y={h * 0.62} width={w * 0.62} height={h * 0.08} rx={14 * u} fill="#f2f6f7" />
          <rect x={w * 0.2} y={h * 0.58} width={w * 0.16} height={h * 0.05} rx={20 * u} fill="#ffffff" />
          <rect x={w * 0.18} y={h * 0.7} width={w * 0.62} height={14 * u} fill="#7d8b91" />
          <rect x={w * 0.2} y={h * 0.71} width={10 * u} height={h * 0.09} fill="#7d8b91" />
          <rect x={w * 0.76} y={h * 0.71} width={10 * u} height={h * 0.09} fill="#7d8b91" />
          <rect x={w * 0.88} y={h * 0.3} width={8 * u} height={h * 0.5} fill="#9aa6ab" />
          <rect x={w * 0.86} y={h * 0.32} width={50 * u} height={80 * u} rx={12 * u} fill="#dff3ff" opacity={0.85} />
          <rect
            x={monX - 12 * u}
            y={monY - 12 * u}
            width={monW + 24 * u}
            height={monH + 24 * u}
            rx={14 * u}
            fill="#2a3034"
          />
          <rect x={monX} y={monY} width={monW} height={monH} fill="#071512" />
        </>
      ),
      lights: (
        <>
          <svg x={monX} y={monY} width={monW} height={monH} viewBox={`${monX} ${monY} ${monW} ${monH}`}>
            <polyline
              points={points.join(' ')}
              fill="none"
              stroke="#4dff9a"
              strokeWidth={5 * u}
              strokeLinejoin="round"
            />
          </svg>
          <Glow
            art={art}
            name="monitor"
            cx={monX + monW / 2}
            cy={monY + monH / 2}
            r={monW * 0.8}
            color="#4dff9a"
            strength={0.35}
          />
        </>
      ),
    },
  );
};

/** Warehouse: corrugated wall, shelving stacked with boxes, one bare bulb. */
export const warehouse: Painter = (art) => {
  const {w, h, u, light} = art;
  const shelves = [0.3, 0.45, 0.6];
  return layer(
    wall(art, '#5a5550'),
    {
      base: Array.from({length: Math.ceil(w / (30 * u))}, (_, i) => (
        <rect key={i} x={i * 30 * u} y={0} width={12 * u} height={h * 0.7} fill="#4a4541" />
      )),
    },
    floor(art, 'concrete', h * 0.7, '#2e2d2b', '#6f6b66'),
    {
      base: (
        <>
          {[0.12, 0.62].map((f, s) => (
            <g key={s}>
              <rect x={w * f} y={h * 0.24} width={10 * u} height={h * 0.46} fill="#2c3e50" />
              <rect x={w * f + w * 0.26} y={h * 0.24} width={10 * u} height={h * 0.46} fill="#2c3e50" />
              {shelves.map((y, r) => (
                <g key={r}>
                  <rect x={w * f} y={h * y} width={w * 0.27} height={10 * u} fill="#d35400" />
                  {[0, 1, 2].map((b) => (
                    <rect
                      key={b}
                      x={w * f + 14 * u + b * w * 0.085}
                      y={h * y - 90 * u * (0.6 + art.rnd(`${s}${r}${b}`) * 0.4)}
                      width={w * 0.075}
                      height={90 * u * (0.6 + art.rnd(`${s}${r}${b}`) * 0.4)}
                      fill={art.rnd(`c${s}${r}${b}`) > 0.5 ? '#a47a4f' : '#8d6641'}
                    />
                  ))}
                </g>
              ))}
            </g>
          ))}
          <line x1={w * 0.5} y1={0} x2={w * 0.5} y2={h * 0.3} stroke="#111" strokeWidth={3 * u} />
        </>
      ),
      lights: (
        <>
          <Glow
            art={art}
            name="bulb"
            cx={w * 0.5}
            cy={h * 0.31}
            r={420 * u}
            color="#ffc36b"
            strength={0.5 + 0.5 * light.lamps}
          />
          <circle cx={w * 0.5} cy={h * 0.31} r={16 * u} fill="#fff1c4" />
        </>
      ),
    },
  );
};
