// Positions for the timeline layout: x follows the date (a date known only to the month or year sits
// at the middle of that period), y is one lane per label; undated nodes wait in a column on the left.

const LANE_HEIGHT = 70;
const MIN_WIDTH = 900;

function midpoint(date) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date ?? "");
  if (!m) return null;
  const year = +m[1];
  if (m[3]) return Date.UTC(year, +m[2] - 1, +m[3]);
  if (m[2]) return Date.UTC(year, +m[2] - 1, 15);
  return Date.UTC(year, 6, 1);
}

export function timelinePositions(nodes) {
  const dated = [];
  const undated = [];
  for (const data of nodes) {
    const t = midpoint(data.date);
    (t === null ? undated : dated).push({ data, t });
  }
  const lanes = [...new Set(nodes.map((d) => d.kind ?? ""))].sort();
  const laneOf = new Map(lanes.map((kind, i) => [kind, i]));
  const positions = new Map();
  const axis = [];
  if (dated.length) {
    const min = Math.min(...dated.map((d) => d.t));
    const max = Math.max(...dated.map((d) => d.t));
    const width = Math.max(MIN_WIDTH, dated.length * 45);
    const span = Math.max(max - min, 1);
    const x = (t) => ((t - min) / span) * width;
    // Spread nodes that share a lane and nearly the same date so labels do not sit on each other.
    const slots = new Map();
    for (const { data, t } of dated.sort((a, b) => a.t - b.t)) {
      const lane = laneOf.get(data.kind ?? "");
      const px = x(t);
      const slotKey = `${lane}:${Math.round(px / 40)}`;
      const n = slots.get(slotKey) ?? 0;
      slots.set(slotKey, n + 1);
      positions.set(data.id, { x: px, y: lane * LANE_HEIGHT + (n % 3) * 18 });
    }
    const firstYear = new Date(min).getUTCFullYear();
    const lastYear = new Date(max).getUTCFullYear() + 1;
    for (let year = firstYear; year <= lastYear; year++) {
      const t = Date.UTC(year, 0, 1);
      if (t < min - span * 0.05 || t > max + span * 0.05) continue;
      axis.push({ label: String(year), x: x(t), y: -50 });
    }
  }
  undated.forEach(({ data }, i) => {
    positions.set(data.id, { x: -220 - Math.floor(i / 12) * 120, y: (i % 12) * 45 });
  });
  return { positions, axis };
}
