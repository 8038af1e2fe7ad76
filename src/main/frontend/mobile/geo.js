// Grid boundaries (GeoJSON Polygon/MultiPolygon, WGS84) on the phone: which grid a point lies
// in when the server cannot be asked (offline), and the phone's position.

/** The outer rings of a boundary as arrays of [lon, lat]. */
export function rings(boundary) {
  const geometry = typeof boundary === 'string' ? JSON.parse(boundary) : boundary;
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates[0]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map((polygon) => polygon[0]);
  return [];
}

function inRing(ring, lon, lat) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The grid (of those given, with boundaries) containing the point, or null. */
export function gridAt(grids, lon, lat) {
  return grids.find((grid) => grid.boundary && rings(grid.boundary).some((ring) => inRing(ring, lon, lat))) || null;
}

/** The phone's position: {lon, lat, accuracy}; rejects with a message in Chinese. */
export function position() {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) {
      reject(new Error('此浏览器不支持定位，请在地图上点选位置'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lon: p.coords.longitude, lat: p.coords.latitude, accuracy: p.coords.accuracy }),
      (e) => reject(new Error(e.code === 1 ? '未获得定位权限，请在地图上点选位置' : '暂时无法定位，请在地图上点选位置')),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 30000 },
    );
  });
}
