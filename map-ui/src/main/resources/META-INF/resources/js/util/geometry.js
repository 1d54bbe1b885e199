// GeoJSON geometries as the service sends them.

/**
 * The GeoJSON scalar should arrive as an object; accept a JSON string too. Anything else that is not a string comes
 * back as it is (missing: null); a string that is not JSON gives null.
 */
export function parseGeometry(value) {
  if (typeof value !== 'string') return value ?? null;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}
