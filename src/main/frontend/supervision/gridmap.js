// The grid map: the places' boundaries (GeoJSON from the grid directory, WGS84) registered as an
// ECharts map and coloured by a figure; no tile server. A click on a place drills down.
import { chartIn, echarts } from './charts.js';

function geometryOf(boundary) {
  const geometry = typeof boundary === 'string' ? JSON.parse(boundary) : boundary;
  return geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') ? geometry : null;
}

/** A FeatureCollection of the places that have a boundary, each feature named by the place's code. */
function featuresOf(places) {
  return {
    type: 'FeatureCollection',
    features: places
      .map((place) => ({ place, geometry: geometryOf(place.boundary) }))
      .filter(({ geometry }) => geometry)
      .map(({ place, geometry }) => ({ type: 'Feature', properties: { name: place.code, label: place.name }, geometry })),
  };
}

function middleLatitude(geo) {
  const latitudes = geo.features.map((f) => {
    const ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.coordinates[0][0];
    return ring[0][1];
  });
  return latitudes.reduce((a, b) => a + b, 0) / latitudes.length;
}

let registered = 0;

/**
 * Draws the places coloured by their values.
 * @param figure {name, format(value), higherIsBetter}
 * @param values Map code → number (null: no figure)
 * @param parentName the place shown, left out of its grids' labels (顺河社区第1网格 reads 第1网格)
 */
export function drawMap(element, places, values, figure, parentName, onPick) {
  const geo = featuresOf(places);
  const chart = chartIn(element);
  if (!geo.features.length) {
    chart.clear();
    chart.setOption({ title: { text: '所选区域没有边界数据', left: 'center', top: 'middle', textStyle: { color: '#66717e', fontSize: 14 } } });
    return chart;
  }
  const mapName = `gridcase-${++registered}`;
  echarts.registerMap(mapName, geo);
  const names = new Map(places.map((p) => [p.code, p.name]));
  const numbers = [...values.values()].filter((v) => typeof v === 'number' && isFinite(v));
  const min = numbers.length ? Math.min(...numbers) : 0;
  const max = numbers.length ? Math.max(...numbers) : 1;
  const good = ['#d6333a', '#f0b400', '#2e9d4f'];
  chart.clear();
  chart.setOption({
    tooltip: {
      trigger: 'item',
      formatter: (p) => `${names.get(p.name) || p.name}<br>${figure.name}：${figure.format(p.value)}`,
    },
    visualMap: {
      type: 'continuous',
      min,
      max: max > min ? max : min + 1,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 4,
      itemWidth: 12,
      itemHeight: 160,
      text: ['高', '低'],
      inRange: { color: figure.higherIsBetter === false ? [...good].reverse() : good },
      outOfRange: { color: '#e4e8ec' },
      formatter: (v) => figure.format(v),
    },
    series: [{
      type: 'map',
      map: mapName,
      roam: true,
      selectedMode: false,
      // degrees of longitude are shorter than degrees of latitude away from the equator
      aspectScale: Math.cos((middleLatitude(geo) * Math.PI) / 180),
      top: 8,
      bottom: 48,
      left: 8,
      right: 8,
      label: {
        show: geo.features.length <= 12,
        formatter: (p) => {
          const name = names.get(p.name) || p.name;
          return name.length > parentName.length && name.startsWith(parentName) ? name.slice(parentName.length) : name;
        },
        fontSize: 11,
        color: '#1f2933',
      },
      emphasis: { label: { show: true }, itemStyle: { areaColor: '#7db3e8' } },
      itemStyle: { borderColor: '#fff', borderWidth: 1, areaColor: '#e4e8ec' },
      data: geo.features.map((f) => ({ name: f.properties.name, value: values.has(f.properties.name) ? values.get(f.properties.name) : NaN })),
    }],
  });
  chart.off('click');
  chart.on('click', (p) => p.name && onPick && onPick(p.name));
  return chart;
}
