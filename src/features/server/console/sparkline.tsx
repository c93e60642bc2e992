/** A tiny SVG line of recent values (no chart library): decorative, the figure is the text. */
export function Sparkline({
  values,
  max,
  className,
}: {
  values: readonly number[]
  /** Top of the scale; the largest value when omitted. */
  max?: number
  className?: string
}) {
  const width = 120
  const height = 28
  if (values.length < 2) {
    return <svg aria-hidden="true" viewBox={`0 0 ${width} ${height}`} className={className} />
  }
  const top = Math.max(max ?? 0, ...values, 1e-9)
  const step = width / (values.length - 1)
  const points = values
    .map(
      (v, i) =>
        `${(i * step).toFixed(1)},${(height - 2 - (Math.max(0, v) / top) * (height - 4)).toFixed(1)}`,
    )
    .join(' ')
  return (
    <svg
      aria-hidden="true"
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      className={className}
    >
      <polyline
        points={`0,${height} ${points} ${width},${height}`}
        className="fill-accent/10 stroke-none"
      />
      <polyline
        points={points}
        fill="none"
        vectorEffect="non-scaling-stroke"
        strokeWidth="1.5"
        className="stroke-accent"
      />
    </svg>
  )
}
