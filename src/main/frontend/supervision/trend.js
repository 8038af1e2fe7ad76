// Trends over time: the rates as lines on a percentage axis, the case counts on a second axis.
import { chartIn } from './charts.js';
import { BY_NAME } from './figures.js';
import { pointLabel } from './period.js';

const RATES = ['closureRate', 'onTimeClosureRate', 'solvedInGridShare', 'satisfactionRate'];
const COUNTS = ['registered', 'closed', 'overdue'];

export function drawTrend(element, answer) {
  const chart = chartIn(element);
  const labels = answer.points.map((p) => pointLabel(answer.interval, p));
  const series = [
    ...RATES.map((name) => {
      const figure = BY_NAME.get(name);
      return {
        name: figure.label, type: 'line', yAxisIndex: 0, smooth: false, connectNulls: false, symbolSize: 5,
        data: answer.points.map((p) => {
          const v = figure.value(p.figures);
          return v === null || v === undefined ? null : Math.round(v * 1000) / 10;
        }),
      };
    }),
    ...COUNTS.map((name) => {
      const figure = BY_NAME.get(name);
      return {
        name: figure.label, type: 'line', yAxisIndex: 1, lineStyle: { type: 'dashed' }, symbolSize: 4,
        data: answer.points.map((p) => figure.value(p.figures)),
      };
    }),
  ];
  chart.setOption({
    color: ['#0b5cad', '#2e9d4f', '#8e44ad', '#e0a000', '#5b8ff9', '#13a8a8', '#d6333a'],
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 44, right: 44, top: 40, bottom: 28 },
    xAxis: { type: 'category', data: labels, boundaryGap: false },
    yAxis: [
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      { type: 'value', min: 0, minInterval: 1, splitLine: { show: false }, name: '件', nameGap: 8 },
    ],
    series,
  }, true);
  return chart;
}
