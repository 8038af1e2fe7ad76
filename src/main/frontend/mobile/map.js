// A small map of grids drawn from their boundaries as SVG (no tile server): the grids of a
// community, their names, a pin the worker can move by tapping, and optionally a track.
import { rings } from './geo.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 320;
const HEIGHT = 240;

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
    this.svg = el('svg', { class: 'gridmap', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': '网格地图' });
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

  /**
   * The area shown: the current grid with a margin showing its neighbours (or everything when no
   * grid is current), with the pin and the track, widened to the map's 4:3 shape.
   */
  fit() {
    let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
    const extend = ([lon, lat]) => {
      minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
    };
    const focus = this.grids.filter((g) => g.code === this.current);
    (focus.length ? focus : this.grids).forEach((g) => rings(g.boundary).forEach((ring) => ring.forEach(extend)));
    if (this.pin) extend([this.pin.lon, this.pin.lat]);
    this.track.forEach(extend);
    if (!isFinite(minLon)) return false;
    const kx = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180);
    const margin = focus.length ? 0.35 : 0.05;
    let width = Math.max((maxLon - minLon) * kx, 1e-4) * (1 + 2 * margin);
    let height = Math.max(maxLat - minLat, 1e-4) * (1 + 2 * margin);
    if (width / height < WIDTH / HEIGHT) width = height * WIDTH / HEIGHT;
    else height = width * HEIGHT / WIDTH;
    const centreLon = (minLon + maxLon) / 2;
    const centreLat = (minLat + maxLat) / 2;
    const scale = WIDTH / width;
    this.project = (lon, lat) => [WIDTH / 2 + (lon - centreLon) * kx * scale, HEIGHT / 2 - (lat - centreLat) * scale];
    this.unproject = (x, y) => ({
      lon: centreLon + (x - WIDTH / 2) / (kx * scale),
      lat: centreLat - (y - HEIGHT / 2) / scale,
    });
    return true;
  }

  draw() {
    this.svg.replaceChildren();
    if (!this.fit()) {
      el('text', { x: WIDTH / 2, y: HEIGHT / 2, 'text-anchor': 'middle', class: 'gm-empty' }, this.svg).textContent = '暂无网格边界';
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
          .textContent = this.current && grid.code.slice(0, 12) === this.current.slice(0, 12) ? shortName(grid.name) : grid.name.replace('社区第', '·').replace(/网格$/, '');
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
