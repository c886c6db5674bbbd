/**
 * The performance mark the report screen sets once a report's preview and charts are shown, so
 * the benchmark (tests/bench/report.mjs) can time a report from navigation to ready.
 */
export const REPORT_READY_MARK = 'report:ready'
