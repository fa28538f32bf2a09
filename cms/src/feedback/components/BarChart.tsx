import type { Chart } from '../results'

const WIDTH = 480
const ROW = 44
const LABEL = 16
const BAR = 18

/**
 * One question's answers as horizontal bars, drawn on the server. Hidden from screen readers:
 * the table beside it holds the same numbers and is the chart's text alternative.
 */
export function BarChart({ chart }: { chart: Chart }) {
  const max = Math.max(1, ...chart.rows.map((r) => r.count))
  const height = chart.rows.length * ROW + 4
  const barSpace = WIDTH - 48
  return (
    <svg
      aria-hidden="true"
      className="velkomst-chart__svg"
      focusable="false"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
    >
      {chart.rows.map((row, i) => {
        const y = i * ROW
        const width = Math.round((row.count / max) * barSpace)
        return (
          <g key={row.value}>
            <text className="velkomst-chart__label" x={0} y={y + LABEL - 3}>
              {row.label}
            </text>
            <rect
              className="velkomst-chart__bar"
              height={BAR}
              width={Math.max(width, row.count > 0 ? 2 : 0)}
              x={0}
              y={y + LABEL + 2}
            />
            <text className="velkomst-chart__count" x={width + 6} y={y + LABEL + BAR - 2}>
              {row.count}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
