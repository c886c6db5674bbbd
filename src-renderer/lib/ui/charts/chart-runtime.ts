/**
 * The Chart.js runtime, loaded only through chart-loader's dynamic import() so it lands in a lazy
 * chunk, with only the parts the app draws with registered (chart-parts.ts).
 */
import { Chart } from 'chart.js'
import * as parts from './chart-parts'

Chart.register(...Object.values(parts))

export { Chart }
