/** Places people go out to: café, restaurant, bar, party, a hotel ballroom, a church. */
import type {Art, Painter} from './art';
import {across, floor, Glow, layer, pendantLamp, wall, windowView} from './parts';

/** Round tables with white cloths and a candle each, in a row across the room. */
function tables(art: Art, name: string, y: number, count: number, cloth: string) {
  const {u, light} = art;
  const xs = across(art, count, 0.14);
  return {
    base: xs.map((x, i) => (
      <g key={i}>
        <rect x={x - 12 * u} y={y} width={24 * u} height={art.h * 0.1} fill="#3a2a20" />
        <ellipse cx={x} cy={y} rx={130 * u} ry={28 * u} fill={cloth} />
        <path
          d={`M${x - 130 * u},${y} L${x - 120 * u},${y + 70 * u} L${x + 120 * u},${y + 70 * u} L${x + 130 * u},${y} Z`}
          fill={cloth}
          opacity={0.9}
        />
        <rect x={x - 4 * u} y={y - 40 * u} width={8 * u} height={34 * u} fill="#f3ead7" />
      </g>
    )),
    lights: xs.map((x, i) => (
      <Glow
        key={i}
        art={art}
        name={`${name}${i}`}
        cx={x}
        cy={y - 46 * u}
        r={90 * u}
        color="#ffb347"
        strength={0.4 + 0.6 * light.lamps}
      />
    )),
  };
}

/** Café: brick wall, chalk menu, a window to the street, warm pendant lamps over the counter. */
export const cafe: Painter = (art) => {
  const {w, h, u} = art;
  const counter = h * 0.66;
  return layer(
    wall(art, '#a9603e'),
    {
      base: Array.from({length: Math.ceil((h * 0.66) / (34 * u))}, (_, row) => (
        <g key={row} fill="#96523a">
          {Array.from({length: Math.ceil(w / (90 * u)) + 1}, (_, i) => (
            <rect key={i} x={i * 90 * u - (row % 2) * 45 * u} y={row * 34 * u} width={84 * u} height={28 * u} />
          ))}
        </g>
      )),
    },
    windowView(art, 'win', w * 0.55, h * 0.2, w * 0.38, h * 0.3, '#3d2a1e'),
    {
      base: (
        <>
          <rect
            x={w * 0.07}
            y={h * 0.2}
            width={w * 0.36}
            height={h * 0.24}
            rx={8 * u}
            fill="#262a27"
            stroke="#6b4a2f"
            strokeWidth={12 * u}
          />
          {[0.28, 0.32, 0.36, 0.4].map((f, i) => (
            <rect
              key={i}
              x={w * 0.11}
              y={h * (f - 0.05)}
              width={w * (0.2 + (i % 2) * 0.06)}
              height={6 * u}
              fill="#f0efe6"
              opacity={0.75}
            />
          ))}
          <rect x={0} y={counter} width={w} height={h - counter} fill="#5b3a25" />
          <rect x={0} y={counter} width={w} height={22 * u} fill="#8a5a3a" />
          <rect x={w * 0.12} y={counter - 120 * u} width={170 * u} height={120 * u} rx={10 * u} fill="#b8bcc2" />
          {[0.55, 0.63, 0.71].map((f, i) => (
            <path
              key={i}
              d={`M${w * f},${counter - 50 * u} h${50 * u} v${40 * u} a${10 * u},${10 * u} 0 0 1 ${-10 * u},${10 * u} h${-30 * u} a${10 * u},${10 * u} 0 0 1 ${-10 * u},${-10 * u} Z`}
              fill="#f6f1e7"
            />
          ))}
        </>
      ),
    },
    pendantLamp(art, 'lamp1', w * 0.25, h * 0.12, 90 * u, '#ffb85c', '#2b2b2b'),
    pendantLamp(art, 'lamp2', w * 0.5, h * 0.1, 90 * u, '#ffb85c', '#2b2b2b'),
    pendantLamp(art, 'lamp3', w * 0.75, h * 0.12, 90 * u, '#ffb85c', '#2b2b2b'),
  );
};

/** Restaurant: deep red walls, sconces, clothed tables with candles. */
export const restaurant: Painter = (art) => {
  const {w, h, u, light} = art;
  const sconces = across(art, 3, 0.15);
  return layer(
    wall(art, '#6e2026'),
    {base: <rect x={0} y={h * 0.5} width={w} height={h * 0.15} fill="#4a1a1c" />},
    floor(art, 'floor', h * 0.65, '#2b1512', '#5c3222'),
    {
      base: sconces.map((x, i) => (
        <rect key={i} x={x - 20 * u} y={h * 0.3} width={40 * u} height={60 * u} rx={8 * u} fill="#c9a25b" />
      )),
      lights: sconces.map((x, i) => (
        <Glow
          key={i}
          art={art}
          name={`sconce${i}`}
          cx={x}
          cy={h * 0.3}
          r={220 * u}
          color="#ffcf8a"
          strength={0.5 + 0.5 * light.lamps}
        />
      )),
    },
    tables(art, 'candle', h * 0.72, 3, '#f4efe6'),
  );
};

/** Bar: backlit shelves of bottles, a pink neon sign, the counter and its stools. */
export const bar: Painter = (art) => {
  const {w, h, u, light} = art;
  const shelves = [0.3, 0.42, 0.54];
  const colors = ['#2e8b57', '#b8860b', '#8b0000', '#4682b4', '#d2b48c', '#6a5acd'];
  return layer(
    wall(art, '#231820'),
    {
      base: shelves.map((y, r) => (
        <g key={r}>
          <rect x={w * 0.05} y={h * y} width={w * 0.9} height={10 * u} fill="#5a3b2a" />
          {Array.from({length: Math.floor((w * 0.86) / (46 * u))}, (_, i) => {
            const bh = (70 + art.rnd(`b${r}${i}`) * 50) * u;
            return (
              <rect
                key={i}
                x={w * 0.07 + i * 46 * u}
                y={h * y - bh}
                width={30 * u}
                height={bh}
                rx={8 * u}
                fill={colors[Math.floor(art.rnd(`c${r}${i}`) * colors.length)]}
                opacity={0.9}
              />
            );
          })}
        </g>
      )),
      lights: shelves.map((y, r) => (
        <rect
          key={r}
          x={w * 0.05}
          y={h * y + 10 * u}
          width={w * 0.9}
          height={6 * u}
          fill="#ffcf8a"
          opacity={0.4 + 0.5 * light.lamps}
        />
      )),
    },
    {
      base: (
        <>
          <rect x={0} y={h * 0.66} width={w} height={h * 0.34} fill="#3a2418" />
          <rect x={0} y={h * 0.66} width={w} height={24 * u} fill="#7a4a2c" />
          {across(art, 4, 0.12).map((x, i) => (
            <g key={i} fill="#141014">
              <ellipse cx={x} cy={h * 0.8} rx={60 * u} ry={16 * u} />
              <rect x={x - 6 * u} y={h * 0.8} width={12 * u} height={h * 0.15} />
            </g>
          ))}
        </>
      ),
      lights: (
        <>
          <rect
            x={w * 0.22}
            y={h * 0.1}
            width={w * 0.56}
            height={h * 0.1}
            rx={60 * u}
            fill="none"
            stroke="#ff4fa3"
            strokeWidth={12 * u}
          />
          {/* a cocktail glass in neon tube: the sign every bar has */}
          <path
            d={`M${w * 0.5 - 60 * u},${h * 0.12} L${w * 0.5 + 60 * u},${h * 0.12} L${w * 0.5},${h * 0.15} Z M${w * 0.5},${h * 0.15} V${h * 0.178} M${w * 0.5 - 35 * u},${h * 0.18} H${w * 0.5 + 35 * u}`}
            fill="none"
            stroke="#7df9ff"
            strokeWidth={8 * u}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
          <circle cx={w * 0.5 + 25 * u} cy={h * 0.125} r={9 * u} fill="#7dff8a" />
          <Glow art={art} name="neon" cx={w * 0.5} cy={h * 0.15} r={w * 0.45} color="#ff4fa3" strength={0.6} />
        </>
      ),
    },
  );
};

/** Party: dark room, strings of bulbs, coloured bokeh that twinkles, a disco ball. */
export const party: Painter = (art) => {
  const {w, h, u, t} = art;
  const palette = ['#ff4fa3', '#4fc3ff', '#ffd54f', '#9b6bff', '#4dff9a'];
  return layer(wall(art, '#1e1433'), floor(art, 'floor', h * 0.72, '#0e0a18', '#2e2148'), {
    base: (
      <>
        <line x1={w * 0.5} y1={0} x2={w * 0.5} y2={h * 0.12} stroke="#777" strokeWidth={3 * u} />
        <circle cx={w * 0.5} cy={h * 0.15} r={70 * u} fill="#b9c0cc" />
        {Array.from({length: 5}, (_, i) => (
          <line
            key={i}
            x1={w * 0.5 - 70 * u}
            y1={h * 0.15 + (i - 2) * 26 * u}
            x2={w * 0.5 + 70 * u}
            y2={h * 0.15 + (i - 2) * 26 * u}
            stroke="#7d8594"
            strokeWidth={3 * u}
          />
        ))}
      </>
    ),
    lights: (
      <>
        {Array.from({length: 18}, (_, i) => {
          const twinkle = 0.5 + 0.5 * Math.sin(t * 2 + i * 1.7);
          return (
            <circle
              key={i}
              cx={art.rnd(`bx${i}`) * w}
              cy={h * (0.25 + art.rnd(`by${i}`) * 0.45)}
              r={(30 + art.rnd(`br${i}`) * 60) * u}
              fill={palette[i % palette.length]}
              opacity={0.15 + 0.25 * twinkle}
            />
          );
        })}
        {[0.06, 0.22].map((y, row) => (
          <g key={row}>
            <path
              d={`M0,${h * y} Q${w * 0.5},${h * (y + 0.08)} ${w},${h * y}`}
              stroke="#333"
              strokeWidth={3 * u}
              fill="none"
            />
            {Array.from({length: 12}, (_, i) => {
              const f = (i + 0.5) / 12;
              const y2 = h * y + 4 * f * (1 - f) * h * 0.04 * 2;
              return <circle key={i} cx={w * f} cy={y2 + 10 * u} r={9 * u} fill="#ffe3a0" />;
            })}
          </g>
        ))}
      </>
    ),
  });
};

/** Hotel ballroom: cream and gold walls, columns, chandeliers, round tables set for a banquet. */
export const hotel: Painter = (art) => {
  const {h, u, light} = art;
  const chandeliers = across(art, 2, 0.27);
  return layer(
    wall(art, '#b89a68'),
    {
      base: across(art, 4, 0.04).map((x, i) => (
        <g key={i}>
          <rect x={x - 40 * u} y={h * 0.08} width={80 * u} height={h * 0.58} fill="#efe4c8" />
          <rect x={x + 18 * u} y={h * 0.08} width={22 * u} height={h * 0.58} fill="#d2c09a" />
          <rect x={x - 52 * u} y={h * 0.08} width={104 * u} height={24 * u} fill="#b9975b" />
        </g>
      )),
    },
    floor(art, 'carpet', h * 0.66, '#4a0f1a', '#8c2a35'),
    {
      base: chandeliers.map((x, i) => (
        <g key={i}>
          <line x1={x} y1={0} x2={x} y2={h * 0.12} stroke="#8a6d3b" strokeWidth={4 * u} />
          <path
            d={`M${x - 130 * u},${h * 0.15} Q${x},${h * 0.21} ${x + 130 * u},${h * 0.15}`}
            stroke="#c9a44c"
            strokeWidth={8 * u}
            fill="none"
          />
        </g>
      )),
      lights: chandeliers.map((x, i) => (
        <g key={i}>
          <Glow
            art={art}
            name={`chandelier${i}`}
            cx={x}
            cy={h * 0.16}
            r={240 * u}
            color="#ffd88a"
            strength={0.3 + 0.4 * light.lamps}
          />
          {Array.from({length: 7}, (_, k) => (
            <circle
              key={k}
              cx={x - 120 * u + k * 40 * u}
              cy={h * 0.155 + Math.sin((k / 6) * Math.PI) * 38 * u}
              r={9 * u}
              fill="#fffbe6"
            />
          ))}
        </g>
      )),
    },
    tables(art, 'table', h * 0.74, 3, '#fbf8f2'),
  );
};

/** Church: stone, three arched stained-glass windows, pews either side of a red aisle. */
export const church: Painter = (art) => {
  const {w, h, u, light} = art;
  const arches = across(art, 3, 0.2);
  const glass = ['#d63031', '#0984e3', '#fdcb6e', '#00b894', '#6c5ce7'];
  const archPath = (x: number) => {
    const aw = 120 * u;
    const top = h * 0.14;
    const bottom = h * 0.46;
    return `M${x - aw / 2},${bottom} V${top + aw / 2} A${aw / 2},${aw / 2} 0 0 1 ${x + aw / 2},${top + aw / 2} V${bottom} Z`;
  };
  return layer(wall(art, '#9b9385'), floor(art, 'floor', h * 0.64, '#4d463d', '#8a8174'), {
    base: (
      <>
        <path
          d={`M${w * 0.42},${h} L${w * 0.47},${h * 0.64} L${w * 0.53},${h * 0.64} L${w * 0.58},${h} Z`}
          fill="#8e1b24"
        />
        {[0.7, 0.78, 0.88].map((y, r) => (
          <g key={r} fill="#5b3a22">
            <rect x={w * 0.02} y={h * y} width={w * 0.38 - r * 10 * u} height={36 * u} />
            <rect x={w * 0.6 + r * 10 * u} y={h * y} width={w * 0.38} height={36 * u} />
          </g>
        ))}
        {arches.map((x, i) => (
          <path key={i} d={archPath(x)} fill="#3b3f55" stroke="#6d665a" strokeWidth={14 * u} />
        ))}
      </>
    ),
    lights: arches.map((x, i) => (
      // Stained glass glows whatever the hour: daylight through it, or candles behind it at night.
      <g key={i} opacity={0.55 + 0.35 * light.ambient}>
        <clipPath id={art.id(`arch${i}`)}>
          <path d={archPath(x)} />
        </clipPath>
        <g clipPath={`url(#${art.id(`arch${i}`)})`}>
          {Array.from({length: 12}, (_, k) => (
            <rect
              key={k}
              x={x - 60 * u + (k % 3) * 40 * u}
              y={h * 0.14 + Math.floor(k / 3) * h * 0.08}
              width={40 * u}
              height={h * 0.08}
              fill={glass[(k + i) % glass.length]}
              stroke="#222"
              strokeWidth={3 * u}
            />
          ))}
        </g>
      </g>
    )),
  });
};
