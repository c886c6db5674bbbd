/**
 * What a chart shows, described without Chart.js, and its translation into a Chart.js
 * configuration: no animation (charts are redrawn live), fixed tick rotation, theme colours.
 * The data is already aggregated by lib/domain/dashboard (hundreds of points at most), so
 * decimation and parsing shortcuts would only add code.
 */
import type { ChartConfiguration, Plugin } from 'chart.js'
import { resolveColor, type ChartColor, type Palette } from './palette'

export type SpecSeries = {
  label: string
  values: number[]
  color: ChartColor
  /** Dashed line without fill: a total or a target. */
  dashed?: boolean
  /** Shade the area under the line. */
  fill?: boolean
}

export type ChartSpec =
  | {
      kind: 'bar'
      labels: string[]
      series: SpecSeries[]
      stacked?: boolean
      /** Categories down the side, bars across: long domain names stay readable. */
      horizontal?: boolean
    }
  | { kind: 'line'; labels: string[]; series: SpecSeries[] }
  | { kind: 'doughnut'; labels: string[]; values: number[]; colors: ChartColor[] }

export type ChartSetup =
  | ChartConfiguration<'bar', number[], string>
  | ChartConfiguration<'line', number[], string>
  | ChartConfiguration<'doughnut', number[], string>

function fontOf(palette: Palette, size = 12): { family: string; size: number } {
  return { family: palette.font, size }
}

function legend(palette: Palette, show: boolean, position: 'bottom' | 'right' = 'bottom') {
  return {
    display: show,
    position,
    labels: {
      color: palette.fgMuted,
      boxWidth: 12,
      boxHeight: 12,
      padding: 14,
      font: fontOf(palette)
    }
  }
}

function tooltip(palette: Palette) {
  return {
    titleFont: fontOf(palette, 12),
    bodyFont: fontOf(palette, 12),
    padding: 10,
    boxPadding: 4
  }
}

function categoryAxis(palette: Palette, stacked: boolean, maxTicks?: number) {
  return {
    stacked,
    grid: { display: false },
    border: { color: palette.borderStrong },
    ticks: {
      color: palette.fgMuted,
      font: fontOf(palette),
      autoSkip: true,
      maxRotation: 0,
      minRotation: 0,
      ...(maxTicks === undefined ? {} : { maxTicksLimit: maxTicks })
    }
  }
}

function valueAxis(palette: Palette, stacked: boolean) {
  return {
    stacked,
    beginAtZero: true,
    grid: { color: palette.border },
    border: { display: false },
    ticks: { color: palette.fgMuted, font: fontOf(palette), precision: 0, maxTicksLimit: 6 }
  }
}

/** The Chart.js configuration of `spec` in the colours of `palette`. */
export function chartSetup(spec: ChartSpec, palette: Palette, plugins: Plugin[] = []): ChartSetup {
  const common = { responsive: true, maintainAspectRatio: false, animation: false as const }
  if (spec.kind === 'doughnut')
    return {
      type: 'doughnut',
      data: {
        labels: spec.labels,
        datasets: [
          {
            data: spec.values,
            backgroundColor: spec.colors.map((color) => resolveColor(color, palette)),
            borderColor: palette.surface,
            borderWidth: 2,
            hoverOffset: 4
          }
        ]
      },
      options: {
        ...common,
        cutout: '62%',
        plugins: { legend: legend(palette, true, 'right'), tooltip: tooltip(palette) }
      },
      plugins: plugins as Plugin<'doughnut'>[]
    }
  if (spec.kind === 'line') {
    const points = spec.labels.length
    return {
      type: 'line',
      data: {
        labels: spec.labels,
        datasets: spec.series.map((series) => ({
          label: series.label,
          data: series.values,
          borderColor: resolveColor(series.color, palette),
          backgroundColor: resolveColor({ ...series.color, alpha: 0.14 }, palette),
          borderWidth: 2,
          borderDash: series.dashed ? [6, 4] : [],
          fill: series.fill ? 'origin' : false,
          pointRadius: points <= 1 ? 4 : points <= 14 ? 2.5 : 0,
          pointHoverRadius: 4,
          tension: 0
        }))
      },
      options: {
        ...common,
        interaction: { mode: 'index', intersect: false },
        scales: { x: categoryAxis(palette, false, 8), y: valueAxis(palette, false) },
        plugins: { legend: legend(palette, true), tooltip: tooltip(palette) }
      },
      plugins: plugins as Plugin<'line'>[]
    }
  }
  const stacked = spec.stacked === true
  const category = categoryAxis(palette, stacked)
  const value = valueAxis(palette, stacked)
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series) => ({
        label: series.label,
        data: series.values,
        backgroundColor: resolveColor(series.color, palette),
        borderRadius: 3,
        maxBarThickness: 28
      }))
    },
    options: {
      ...common,
      indexAxis: spec.horizontal ? 'y' : 'x',
      scales: spec.horizontal ? { x: value, y: category } : { x: category, y: value },
      plugins: { legend: legend(palette, spec.series.length > 1), tooltip: tooltip(palette) }
    },
    plugins: plugins as Plugin<'bar'>[]
  }
}
