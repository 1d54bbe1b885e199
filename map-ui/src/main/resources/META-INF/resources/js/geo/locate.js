// Where was the search centred? The search answer gives each result's location and its
// distance from the searched postcode but not the postcode's own point, so estimate that point
// from the distances (least-squares trilateration, Gauss-Newton on a local flat projection;
// over 1.5 km the flat-earth error is well under a metre).
// Returns null when the answer cannot pin it down: fewer than 4 results, results all in a line,
// distances that do not agree, or two different points that fit equally well.
// Replace with the service's own point once the API returns it.

const METRES_PER_DEGREE = 6371008.8 * Math.PI / 180;
const MAX_ITERATIONS = 50;
const MAX_RMS_METRES = 25;
const MIN_SAMPLES = 4;
const AMBIGUOUS_METRES = 30;

/** estimatePlace([{ distanceMetres, location: { latitude, longitude } }]) -> { latitude, longitude } | null */
export function estimatePlace(samples) {
  if (samples.length < MIN_SAMPLES) return null;
  const lat0 = mean(samples.map((s) => s.location.latitude));
  const lon0 = mean(samples.map((s) => s.location.longitude));
  const kx = METRES_PER_DEGREE * Math.cos(lat0 * Math.PI / 180);
  const ky = METRES_PER_DEGREE;
  const points = samples.map((s) => ({
    x: (s.location.longitude - lon0) * kx,
    y: (s.location.latitude - lat0) * ky,
    d: s.distanceMetres,
  }));

  // Least squares over circles has local minima: start from several points and keep the fits.
  const fits = startingPoints(points)
    .map((start) => solveFrom(points, start))
    .filter((p) => p && wellDetermined(points, p));
  if (fits.length === 0) return null;
  const best = fits.reduce((a, b) => (rmsAt(points, a) <= rmsAt(points, b) ? a : b));
  if (fits.some((p) => Math.hypot(p.x - best.x, p.y - best.y) > AMBIGUOUS_METRES)) return null;
  return { latitude: lat0 + best.y / ky, longitude: lon0 + best.x / kx };
}

function solveFrom(points, start) {
  let p = start;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const step = gaussNewtonStep(points, p);
    if (!step) return null;
    p = { x: p.x + step.x, y: p.y + step.y };
    if (Math.hypot(step.x, step.y) < 0.01) return p;
  }
  return p;
}

// The weighted centroid (nearer results count more), and points on the circles of the nearest three.
function startingPoints(points) {
  const weights = points.map((pt) => 1 / (pt.d + 50));
  const total = weights.reduce((a, b) => a + b, 0);
  const starts = [{
    x: points.reduce((sum, pt, i) => sum + pt.x * weights[i], 0) / total + 0.5,
    y: points.reduce((sum, pt, i) => sum + pt.y * weights[i], 0) / total + 0.5,
  }];
  const nearest = [...points].sort((a, b) => a.d - b.d).slice(0, 3);
  for (const pt of nearest) {
    for (let k = 0; k < 8; k++) {
      const angle = (k * Math.PI) / 4 + 0.1;
      const r = Math.max(pt.d, 1);
      starts.push({ x: pt.x + r * Math.cos(angle), y: pt.y + r * Math.sin(angle) });
    }
  }
  return starts;
}

function normalEquations(points, p) {
  let a = 0, b = 0, c = 0, gx = 0, gy = 0, squares = 0;
  for (const pt of points) {
    const dx = p.x - pt.x, dy = p.y - pt.y;
    const r = Math.max(Math.hypot(dx, dy), 1e-6);
    const jx = dx / r, jy = dy / r, residual = r - pt.d;
    a += jx * jx; b += jx * jy; c += jy * jy;
    gx += jx * residual; gy += jy * residual;
    squares += residual * residual;
  }
  return { a, b, c, gx, gy, squares };
}

function gaussNewtonStep(points, p) {
  const { a, b, c, gx, gy } = normalEquations(points, p);
  const det = a * c - b * b;
  if (!(det > 1e-9)) return null;
  return { x: -(c * gx - b * gy) / det, y: -(a * gy - b * gx) / det };
}

function wellDetermined(points, p) {
  const { a, b, c } = normalEquations(points, p);
  const trace = a + c;
  const conditioned = (a * c - b * b) / ((trace * trace) / 4) > 0.02; // directions not all parallel
  const rms = rmsAt(points, p);
  return Number.isFinite(rms) && rms <= MAX_RMS_METRES && conditioned;
}

const rmsAt = (points, p) => Math.sqrt(normalEquations(points, p).squares / points.length);

const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
