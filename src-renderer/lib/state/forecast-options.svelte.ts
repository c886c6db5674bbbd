/** The user's forecast choices, remembered on this computer. */
const KEY = 'tracker.forecast.workingDaysOnly'

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === '1'
  } catch {
    return false
  }
}

class ForecastOptions {
  /** Count Monday to Friday only: teams that move mailboxes on weekdays get honest dates. */
  workingDaysOnly = $state(stored())

  setWorkingDaysOnly(value: boolean): void {
    this.workingDaysOnly = value
    try {
      localStorage.setItem(KEY, value ? '1' : '0')
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for this session.
    }
  }
}

export const forecastOptions = new ForecastOptions()
