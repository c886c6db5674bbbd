/**
 * The performance mark the dashboard sets once every chart on it has drawn, so the benchmark
 * (tests/bench/dashboard.mjs) can measure navigation to a complete dashboard.
 */
export const DASHBOARD_DRAWN_MARK = 'dashboard:charts-drawn'
