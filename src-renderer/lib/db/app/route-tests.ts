/** The repositories of route tests, bound to the app's database (see ./index). */
import { bound } from './bind'
import * as routeTests from '../repositories/route-tests'

export const saveRouteTest = bound(routeTests.saveRouteTest)
