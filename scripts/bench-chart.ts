/** The bench's figures as a horizontal bar chart in SVG (ffmpeg's librsvg turns it into the PNG). */

export interface Bar {
  label: string;
  value: number;
  unit: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One bar per figure, scaled to the largest, with its value at the end; notes as lines of text below. */
export function barChartSvg(title: string, bars: Bar[], notes: string[] = []): string {
  const width = 900;
  const left = 230;
  const barHeight = 34;
  const gap = 16;
  const top = 60;
  const max = Math.max(...bars.map((b) => b.value), 1e-9);
  const span = width - left - 120;
  const height = top + bars.length * (barHeight + gap) + 20 + notes.length * 24 + 20;
  const colors = ['#8a8f98', '#ff1f4b', '#f5a623', '#4a90d9'];
  const rows = bars.map((bar, i) => {
    const y = top + i * (barHeight + gap);
    const w = Math.max(2, (bar.value / max) * span);
    return [
      `<text x="${left - 12}" y="${y + barHeight * 0.68}" text-anchor="end" font-size="17" fill="#222">${escape(bar.label)}</text>`,
      `<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" rx="4" fill="${colors[i % colors.length]}"/>`,
      `<text x="${(left + w + 8).toFixed(1)}" y="${y + barHeight * 0.68}" font-size="17" fill="#222">${bar.value.toFixed(1)} ${escape(bar.unit)}</text>`,
    ].join('');
  });
  const noteY = top + bars.length * (barHeight + gap) + 20;
  const lines = notes.map(
    (note, i) => `<text x="24" y="${noteY + i * 24}" font-size="16" fill="#444">${escape(note)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans, sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="24" y="36" font-size="20" font-weight="bold" fill="#111">${escape(title)}</text>`,
    ...rows,
    ...lines,
    '</svg>',
  ].join('\n');
}
