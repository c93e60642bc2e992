// Types for report-md.mjs, so its unit test (TypeScript) can import it. The report is the object
// scripts/bench.mjs writes to reports/bench.json; its shape is set there, phase by phase.

export interface BenchMarkdownSettings {
  /** The Lighthouse package run through npx, e.g. `lighthouse@12.8.2`. */
  lighthouse: string
  lighthouseRuns: number
  dashboardSeconds: number
  loadSeconds: number
  loadConnections: number
}

export function renderBenchMarkdown(
  report: Record<string, unknown>,
  settings: BenchMarkdownSettings,
): string

export function benchSummary(report: Record<string, unknown>): string
