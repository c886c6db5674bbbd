/** The repositories of the transition advisor and its cut-over runs, bound to the app's database (see ./index). */
import { bound } from './bind'
import * as advisorPlans from '../repositories/advisor-plans'
import * as cutoverRuns from '../repositories/cutover-runs'

export const choosePlanTarget = bound(advisorPlans.choosePlanTarget)
export const setPlanActionDone = bound(advisorPlans.setPlanActionDone)
export const applyTransition = bound(advisorPlans.applyTransition)
export const scheduleRun = bound(cutoverRuns.scheduleRun)
export const decideGate = bound(cutoverRuns.decideGate)
export const tickRunAction = bound(cutoverRuns.tickRunAction)
export const endRun = bound(cutoverRuns.endRun)
