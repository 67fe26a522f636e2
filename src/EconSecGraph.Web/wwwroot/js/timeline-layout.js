// Positions for the timeline layout: x follows the date (a date known only to the month or year sits
// at the middle of that period), y is one lane per label; undated nodes wait in a block below.

const LANE_HEIGHT = 80;
const MIN_WIDTH = 1200;

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
  const lanes = [...new Set(dated.map((d) => d.data.kind ?? ""))].sort();
  const laneOf = new Map(lanes.map((kind, i) => [kind, i]));
  const positions = new Map();
  const axis = [];
  let width = MIN_WIDTH;
  if (dated.length) {
    const min = Math.min(...dated.map((d) => d.t));
    const max = Math.max(...dated.map((d) => d.t));
    width = Math.max(MIN_WIDTH, dated.length * 70);
    const span = Math.max(max - min, 1);
    const x = (t) => ((t - min) / span) * width;
    // Nodes that share a lane and nearly the same date are stacked so labels do not sit on each other.
    const slots = new Map();
    for (const { data, t } of dated.sort((a, b) => a.t - b.t)) {
      const lane = laneOf.get(data.kind ?? "");
      const px = x(t);
      const slotKey = `${lane}:${Math.round(px / 60)}`;
      const n = slots.get(slotKey) ?? 0;
      slots.set(slotKey, n + 1);
      positions.set(data.id, { x: px, y: lane * LANE_HEIGHT + (n % 4) * 18 });
    }
    const firstYear = new Date(min).getUTCFullYear();
    const lastYear = new Date(max).getUTCFullYear() + 1;
    const months = span < 3 * 365 * 86400000;
    for (let year = firstYear; year <= lastYear; year++) {
      for (let month = 0; month < 12; month += months ? 3 : 12) {
        const t = Date.UTC(year, month, 1);
        if (t < min - span * 0.02 || t > max + span * 0.02) continue;
        axis.push({ label: month ? `${year}-${String(month + 1).padStart(2, "0")}` : String(year), x: x(t), y: -60 });
      }
    }
  }
  // Undated nodes: a compact block under the lanes, out of the way of the time axis.
  const top = Math.max(1, lanes.length) * LANE_HEIGHT + 80;
  const perRow = Math.max(8, Math.floor(width / 110));
  undated.forEach(({ data }, i) => {
    positions.set(data.id, { x: (i % perRow) * 110, y: top + Math.floor(i / perRow) * 60 });
  });
  return { positions, axis, undated: new Set(undated.map((u) => u.data.id)), lanes: lanes.map((kind, i) => ({ kind, y: i * LANE_HEIGHT })) };
}
