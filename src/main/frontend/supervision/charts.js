// ECharts with only what the page draws (a map of grids, line charts), rendered on canvas.
import * as echarts from 'echarts/core';
import { MapChart, LineChart } from 'echarts/charts';
import {
  GeoComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, TitleComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([MapChart, LineChart, GeoComponent, GridComponent, LegendComponent, TooltipComponent,
  VisualMapComponent, TitleComponent, CanvasRenderer]);

const charts = new Map();

/**
 * The chart living in the element (made once, kept across redraws, resized with the window);
 * charts whose element left the page are disposed.
 */
export function chartIn(element) {
  charts.forEach((chart, host) => {
    if (!host.isConnected) {
      chart.dispose();
      charts.delete(host);
    }
  });
  let chart = charts.get(element);
  if (!chart) {
    chart = echarts.init(element, null, { renderer: 'canvas' });
    charts.set(element, chart);
  }
  return chart;
}

window.addEventListener('resize', () => charts.forEach((chart) => chart.resize()));

export { echarts };
