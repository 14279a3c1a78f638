// @ts-check
/**
 * The growth chart of docs/performance.md: each core figure against the tenant's size, as a small
 * SVG written by hand (no charting dependency). One panel per figure, its floor dashed beside it
 * where it has one, so a reader sees at a glance whether a cost is flat, linear or worse.
 */

/**
 * @typedef {ReturnType<typeof import('./report.mjs').growthPointReport>} GrowthPoint
 * @typedef {{ title: string; unit: string; value: (p: GrowthPoint) => number | null | undefined; floor?: (p: GrowthPoint) => number | null | undefined }} Panel
 */

/** @type {Panel[]} */
const PANELS = [
  {
    title: 'Open the master list (first rows)',
    unit: 'ms',
    value: (p) => p.open_master_list_ms,
    floor: (p) => p.raw_read_ms,
  },
  { title: 'Search keystroke, p95', unit: 'ms', value: (p) => p.search_keystroke_p95_ms },
  {
    title: 'First sync, sign-in → all stored',
    unit: 's',
    value: (p) => seconds(p.initial_sync_ms),
    floor: (p) => seconds(p.raw_bulkput_ms),
  },
  { title: 'JS heap, master list open', unit: 'MB', value: (p) => p.js_heap_mb },
];

const WIDTH = 340;
const HEIGHT = 210;
const MARGIN = { left: 48, right: 16, top: 30, bottom: 34 };

/** @param {number | null | undefined} ms */
function seconds(ms) {
  return ms == null ? ms : Math.round(ms / 100) / 10;
}

/** @param {number} n */
function thousands(n) {
  return n >= 1000 ? `${Math.round(n / 1000)}k` : String(n);
}

/** @param {string} text */
function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * @param {GrowthPoint[]} points one per tenant size
 * @param {string} caption what was measured, where, when
 */
export function growthChart(points, caption) {
  const sorted = [...points].sort((a, b) => a.contacts - b.contacts);
  const panels = PANELS.map((panel, index) => {
    const x0 = (index % 2) * WIDTH;
    const y0 = Math.floor(index / 2) * HEIGHT + 24;
    return `<g transform="translate(${x0},${y0})">${drawPanel(panel, sorted)}</g>`;
  });
  const height = Math.ceil(PANELS.length / 2) * HEIGHT + 44;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * WIDTH}" height="${height}" viewBox="0 0 ${2 * WIDTH} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="8" y="16" font-size="13" font-weight="bold">Cost against tenant size (contacts); dashed: the floor in the same run</text>`,
    ...panels,
    `<text x="8" y="${height - 8}" fill="#555">${escape(caption)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}

/**
 * @param {Panel} panel
 * @param {GrowthPoint[]} points
 */
function drawPanel(panel, points) {
  const innerW = WIDTH - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const maxX = Math.max(...points.map((p) => p.contacts));
  const series = [panel.value, panel.floor].flatMap((pick) => (pick ? [points.map((p) => [p.contacts, pick(p)])] : []));
  const values = series.flat().flatMap(([, y]) => (typeof y === 'number' ? [y] : []));
  const maxY = niceMax(Math.max(1, ...values));
  const sx = (/** @type {number} */ x) => pixel(MARGIN.left + (x / maxX) * innerW);
  const sy = (/** @type {number} */ y) => pixel(MARGIN.top + innerH - (y / maxY) * innerH);
  const parts = [
    `<text x="${MARGIN.left}" y="16" font-weight="bold">${escape(panel.title)} (${panel.unit})</text>`,
    `<line x1="${MARGIN.left}" y1="${sy(0)}" x2="${MARGIN.left + innerW}" y2="${sy(0)}" stroke="#999"/>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${sy(0)}" stroke="#999"/>`,
  ];
  for (const tick of [0, maxY / 2, maxY]) {
    parts.push(`<text x="${MARGIN.left - 4}" y="${sy(tick) + 4}" text-anchor="end" fill="#555">${round(tick)}</text>`);
  }
  for (const p of points) {
    parts.push(
      `<text x="${sx(p.contacts)}" y="${sy(0) + 16}" text-anchor="middle" fill="#555">${thousands(p.contacts)}</text>`,
    );
  }
  series.forEach((line, index) => {
    const measured = line.filter(([, y]) => typeof y === 'number');
    const path = measured.map(([x, y]) => `${sx(Number(x))},${sy(Number(y))}`).join(' ');
    const color = index === 0 ? '#0b3d91' : '#999';
    parts.push(
      `<polyline points="${path}" fill="none" stroke="${color}" stroke-width="2"${index ? ' stroke-dasharray="5 4"' : ''}/>`,
    );
    for (const [x, y] of measured) {
      parts.push(`<circle cx="${sx(Number(x))}" cy="${sy(Number(y))}" r="3" fill="${color}"/>`);
      if (index === 0)
        parts.push(
          `<text x="${sx(Number(x)) - 4}" y="${sy(Number(y)) - 7}" text-anchor="end">${round(Number(y))}</text>`,
        );
    }
  });
  return parts.join('');
}

/** @param {number} value */
function niceMax(value) {
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

/** @param {number} value */
function pixel(value) {
  return Math.round(value * 10) / 10;
}

/** @param {number} value */
function round(value) {
  return value >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}
