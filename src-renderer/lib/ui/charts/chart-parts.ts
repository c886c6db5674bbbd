/**
 * The parts of Chart.js the app draws with, listed once: chart-runtime registers every export of
 * this module, and the rest of Chart.js is tree-shaken away.
 */
export {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip
} from 'chart.js'
