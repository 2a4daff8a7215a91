// A small SVG bar chart of ratios, written by hand so the benchmark needs no chart library. Each panel is a
// list of horizontal bars on a common scale, with a line at 1 (parity with the baseline) and a dashed line
// at the target.

const ROW_HEIGHT = 22;
const LABEL_WIDTH = 300;
const PLOT_WIDTH = 420;
const VALUE_WIDTH = 70;
const PANEL_GAP = 28;
const WIDTH = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH + 20;

function escapeXml(text) {
  return String(text).replace(
    /[<>&"']/g,
    (character) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[character],
  );
}

function meetsTarget(panel, value) {
  if (panel.target === undefined) return undefined;
  return panel.better === 'higher' ? value >= panel.target : value <= panel.target;
}

/**
 * @param {{ title: string, subtitle?: string, panels: { title: string, better: 'higher' | 'lower', target?: number,
 *   rows: { label: string, value: number, checked?: boolean }[] }[] }} chart
 * `checked: false` draws a bar grey: the target does not apply to that row (a peer SDK, a reference row).
 */
export function renderRatioChart(chart) {
  const parts = [];
  let y = 50;
  for (const panel of chart.panels) {
    // Each panel has its own scale, so that a peer far off (3×) does not squash the bars near 1.
    const maximum =
      Math.max(1.2, ...panel.rows.map((row) => row.value).filter(Number.isFinite), panel.target ?? 0) * 1.05;
    const x = (value) => LABEL_WIDTH + (Math.min(Number.isFinite(value) ? value : 0, maximum) / maximum) * PLOT_WIDTH;
    parts.push(`<text x="10" y="${y}" class="panel">${escapeXml(panel.title)}</text>`);
    y += 10;
    const top = y;
    for (const row of panel.rows) {
      const pass = row.checked === false ? undefined : meetsTarget(panel, row.value);
      const fill = pass === undefined ? '#9aa5b1' : pass ? '#2f855a' : '#c53030';
      const barTop = y + 4;
      parts.push(`<text x="${LABEL_WIDTH - 8}" y="${barTop + 12}" class="label">${escapeXml(row.label)}</text>`);
      parts.push(
        `<rect x="${LABEL_WIDTH}" y="${barTop}" width="${Math.max(1, x(row.value) - LABEL_WIDTH).toFixed(1)}" height="${ROW_HEIGHT - 8}" fill="${fill}"/>`,
      );
      parts.push(
        `<text x="${LABEL_WIDTH + PLOT_WIDTH + 8}" y="${barTop + 12}" class="value">${Number.isFinite(row.value) ? `${row.value.toFixed(2)}×` : 'n/a'}</text>`,
      );
      y += ROW_HEIGHT;
    }
    parts.push(`<line x1="${x(1).toFixed(1)}" y1="${top}" x2="${x(1).toFixed(1)}" y2="${y + 4}" class="parity"/>`);
    if (panel.target !== undefined) {
      parts.push(
        `<line x1="${x(panel.target).toFixed(1)}" y1="${top}" x2="${x(panel.target).toFixed(1)}" y2="${y + 4}" class="target"/>`,
      );
      parts.push(
        `<text x="${x(panel.target).toFixed(1)}" y="${y + 16}" class="target-label">target ${panel.target}×</text>`,
      );
    }
    y += PANEL_GAP;
  }

  const height = y + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, sans-serif">`,
    '<style>.title{font-size:16px;font-weight:600}.subtitle{font-size:11px;fill:#4a5568}.panel{font-size:13px;font-weight:600}',
    '.label{font-size:11px;text-anchor:end}.value{font-size:11px}.parity{stroke:#1a202c;stroke-width:1}',
    '.target{stroke:#dd6b20;stroke-width:1.5;stroke-dasharray:4 3}.target-label{font-size:10px;fill:#dd6b20;text-anchor:middle}</style>',
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="22" class="title">${escapeXml(chart.title)}</text>`,
    chart.subtitle === undefined ? '' : `<text x="10" y="38" class="subtitle">${escapeXml(chart.subtitle)}</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
