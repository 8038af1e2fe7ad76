// A small map of grids drawn from their boundaries as SVG (no tile server): the grids of a
// community, their names, a pin the worker can move by tapping, and optionally a track.
import { rings } from './geo.js';

const SVG = 'http://www.w3.org/2000/svg';

function el(name, attributes = {}, parent) {
  const node = document.createElementNS(SVG, name);
  Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
  if (parent) parent.appendChild(node);
  return node;
}

export class GridMap {
  /** @param onPick called with {lon, lat} when the worker taps the map (null: the pin is fixed) */
  constructor(container, onPick) {
    this.container = container;
    this.onPick = onPick;
    this.grids = [];
    this.pin = null;
    this.track = [];
    this.current = null;
    this.svg = el('svg', { class: 'gridmap', viewBox: '0 0 320 240', role: 'img', 'aria-label': '网格地图' });
    container.appendChild(this.svg);
    if (onPick) {
      this.svg.addEventListener('click', (event) => {
        const point = this.svg.createSVGPoint();
        point.x = event.clientX;
        point.y = event.clientY;
        const local = point.matrixTransform(this.svg.getScreenCTM().inverse());
        this.onPick(this.unproject(local.x, local.y));
      });
    }
  }

  show({ grids, pin, track, current }) {
    if (grids) this.grids = grids.filter((g) => g.boundary);
    if (pin !== undefined) this.pin = pin;
    if (track !== undefined) this.track = track;
    if (current !== undefined) this.current = current;
    this.draw();
  }

  fit() {
    let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
    const extend = ([lon, lat]) => {
      minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
    };
    this.grids.forEach((g) => rings(g.boundary).forEach((ring) => ring.forEach(extend)));
    if (this.pin) extend([this.pin.lon, this.pin.lat]);
    this.track.forEach(extend);
    if (!isFinite(minLon)) return false;
    const kx = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180);
    const width = Math.max((maxLon - minLon) * kx, 1e-5);
    const height = Math.max(maxLat - minLat, 1e-5);
    const scale = Math.min(300 / width, 220 / height);
    this.project = (lon, lat) => [10 + ((lon - minLon) * kx * scale) + (300 - width * scale) / 2,
      10 + (maxLat - lat) * scale + (220 - height * scale) / 2];
    this.unproject = (x, y) => ({
      lon: minLon + (x - 10 - (300 - width * scale) / 2) / (kx * scale),
      lat: maxLat - (y - 10 - (220 - height * scale) / 2) / scale,
    });
    return true;
  }

  draw() {
    this.svg.replaceChildren();
    if (!this.fit()) {
      el('text', { x: 160, y: 120, 'text-anchor': 'middle', class: 'gm-empty' }, this.svg).textContent = '暂无网格边界';
      return;
    }
    for (const grid of this.grids) {
      const selected = this.current && grid.code === this.current;
      for (const ring of rings(grid.boundary)) {
        el('polygon', {
          points: ring.map(([lon, lat]) => this.project(lon, lat).map((v) => v.toFixed(1)).join(',')).join(' '),
          class: selected ? 'gm-grid gm-current' : 'gm-grid',
        }, this.svg);
      }
      if (grid.lon != null) {
        const [x, y] = this.project(grid.lon, grid.lat);
        el('text', { x: x.toFixed(1), y: y.toFixed(1), 'text-anchor': 'middle', class: 'gm-label' }, this.svg)
          .textContent = shortName(grid.name);
      }
    }
    if (this.track.length > 1) {
      el('polyline', {
        points: this.track.map(([lon, lat]) => this.project(lon, lat).map((v) => v.toFixed(1)).join(',')).join(' '),
        class: 'gm-track',
      }, this.svg);
    }
    if (this.pin) {
      const [x, y] = this.project(this.pin.lon, this.pin.lat);
      el('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 9, class: 'gm-pin-halo' }, this.svg);
      el('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 5, class: 'gm-pin' }, this.svg);
    }
  }
}

/** "顺河社区第1网格" → "第1网格": the community is the map's whole area. */
function shortName(name) {
  const at = name.lastIndexOf('社区');
  return at >= 0 && at + 2 < name.length ? name.slice(at + 2) : name;
}
