// Seeds mailbox history straight into the app's IndexedDB, for the dashboard's end-to-end test and
// benchmark: mailboxes in every lifecycle spread over the project's domains and batches, one
// activity-log entry per completion over the last `days` days (the format the mailbox import
// writes: entity 'mailbox', before/after { lifecycle }), and daily progress snapshots. Reload the
// page afterwards: live queries do not see writes made outside Dexie.

/**
 * @param {import('@playwright/test').Page} page a page of the app with a project open
 * @param {{ mailboxes: number, days: number, batches: number, domains?: number, snapshotWeekends?: boolean }} options
 * @returns {Promise<{ projectId: string, mailboxes: number, completed: number, events: number, snapshots: number }>}
 */
export async function seedDashboardData(page, options) {
  return page.evaluate(seedInPage, options)
}

/** Runs in the page: plain IndexedDB, no app code. */
async function seedInPage(options) {
  const request = globalThis.indexedDB.open('hybrid-mailflow-tracker')
  const db = await new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  const read = (store) =>
    new Promise((resolve, reject) => {
      const all = db.transaction(store).objectStore(store).getAll()
      all.onsuccess = () => resolve(all.result)
      all.onerror = () => reject(all.error)
    })
  const [project] = await read('projects')
  if (!project) throw new Error('Open a project before seeding.')
  let domains = (await read('domains')).filter((domain) => domain.projectId === project.id)
  const steps = (await read('steps')).filter((step) => step.projectId === project.id)

  const pad = (value) => String(value).padStart(2, '0')
  const localDay = (date) =>
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  const now = new Date()
  const dayDate = (offset) =>
    new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, 12)
  const meta = (at) => ({ createdAt: at, updatedAt: at, rev: 1 })
  const start = dayDate(-options.days).toISOString()

  // More domains when asked (the benchmark's 20), each with a copy of an existing checklist.
  const extra = []
  const extraSteps = []
  for (let index = domains.length; index < (options.domains ?? domains.length); index += 1)
    extra.push({
      id: `seed-domain-${index}`,
      projectId: project.id,
      name: `domain${index}.example`,
      scenario: (index % 4) + 1,
      conditions: {
        sendsAsNonOwnedDomains: false,
        relaysNdrsViaCloud: false,
        autoForwardsExternally: false,
        partnerRequiresTls: false
      },
      ...meta(start)
    })
  for (const [index, domain] of extra.entries()) {
    const model = domains[index % domains.length]
    for (const step of steps.filter((candidate) => candidate.domainId === model?.id))
      extraSteps.push({ ...step, id: `${domain.id}-${step.stepId}`, domainId: domain.id })
  }
  domains = [...domains, ...extra]

  const batches = Array.from({ length: options.batches }, (_, index) => ({
    id: `seed-batch-${index}`,
    projectId: project.id,
    name: index === 0 ? 'Pilot' : `Wave ${index}`,
    plannedStart: localDay(dayDate(-options.days + index * 10)),
    plannedCompletion: localDay(dayDate(-options.days + 20 + index * 25)),
    ...meta(start)
  }))

  // Lifecycles by position: the first batches are further along, as in a real migration.
  const total = options.mailboxes
  const completedCount = Math.round(total * 0.62)
  const lifecycleOf = (index) => {
    if (index < completedCount) return index % 30 === 0 ? 'completed-with-warnings' : 'completed'
    const rest = (index - completedCount) / (total - completedCount)
    if (rest < 0.03) return 'failed'
    if (rest < 0.05) return 'stopped'
    if (rest < 0.12) return 'completing'
    if (rest < 0.25) return 'synced'
    if (rest < 0.45) return 'syncing'
    if (rest < 0.6) return 'queued'
    return 'not-started'
  }
  // Completion day of the k-th completed mailbox: the pace grows over the period, slower at weekends.
  const completionOffset = (k) => {
    const offset = -options.days + Math.floor(options.days * Math.sqrt((k + 0.5) / completedCount))
    const weekday = dayDate(offset).getDay()
    return weekday === 0 || weekday === 6 ? Math.min(0, offset + (weekday === 6 ? 2 : 1)) : offset
  }

  const mailboxes = []
  const events = []
  // The first day with a completion or a snapshot, where the burn-up starts. Not always
  // -days: completions and snapshots skip weekends.
  let firstOffset = 0
  const doneByDay = new Map()
  for (let index = 0; index < total; index += 1) {
    const lifecycle = lifecycleOf(index)
    const domain = domains[index % domains.length]
    const batch =
      batches[Math.min(batches.length - 1, Math.floor((index / total) * batches.length))]
    const id = `seed-mailbox-${index}`
    const address = `user${index}@${domain.name}`
    mailboxes.push({
      id,
      projectId: project.id,
      domainId: domain.id,
      address,
      alias: `user${index}`,
      displayName: `User ${index}`,
      lifecycle,
      rawStatus: lifecycle,
      statusDetail: '',
      batchId: batch ? batch.id : null,
      owner: '',
      location: lifecycle.startsWith('completed') ? 'cloud' : 'onprem',
      sizeBytes: 1_000_000 + index,
      percentComplete: lifecycle.startsWith('completed') ? 100 : 0,
      importId: null,
      ...meta(start)
    })
    if (index < completedCount) {
      const offset = completionOffset(index)
      firstOffset = Math.min(firstOffset, offset)
      const day = localDay(dayDate(offset))
      doneByDay.set(day, (doneByDay.get(day) ?? 0) + 1)
      events.push({
        id: `seed-event-${index}`,
        projectId: project.id,
        domainId: domain.id,
        at: dayDate(offset).toISOString(),
        actor: 'Seed',
        entity: 'mailbox',
        entityId: id,
        action: `lifecycle:${lifecycle}`,
        summary: `${address}: Completing → Completed`,
        before: { lifecycle: 'completing' },
        after: { lifecycle, rawStatus: 'Completed' }
      })
    }
  }

  // Snapshots of every past day (weekdays only unless asked), as the dashboard would have left them.
  const requiredTotal = [...steps, ...extraSteps].filter(
    (step) => step.requirement === 'required' && !step.retired
  ).length
  const snapshots = []
  let done = 0
  for (let offset = -options.days; offset < 0; offset += 1) {
    const date = dayDate(offset)
    const day = localDay(date)
    done += doneByDay.get(day) ?? 0
    const weekend = date.getDay() === 0 || date.getDay() === 6
    if (weekend && !options.snapshotWeekends) continue
    firstOffset = Math.min(firstOffset, offset)
    const warnings = Math.floor(done / 30)
    snapshots.push({
      id: `${project.id}/${day}`,
      projectId: project.id,
      day,
      mailboxesByLifecycle: {
        'not-started': total - done,
        completed: done - warnings,
        'completed-with-warnings': warnings
      },
      requiredStepsDone: Math.round((requiredTotal * (offset + options.days)) / options.days / 4),
      requiredStepsTotal: requiredTotal
    })
  }

  await new Promise((resolve, reject) => {
    const stores = ['domains', 'steps', 'batches', 'mailboxes', 'events', 'snapshots']
    const tx = db.transaction(stores, 'readwrite')
    for (const row of extra) tx.objectStore('domains').put(row)
    for (const row of extraSteps) tx.objectStore('steps').put(row)
    for (const row of batches) tx.objectStore('batches').put(row)
    for (const row of mailboxes) tx.objectStore('mailboxes').put(row)
    for (const row of events) tx.objectStore('events').put(row)
    for (const row of snapshots) tx.objectStore('snapshots').put(row)
    tx.oncomplete = () => resolve(undefined)
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error)
  })
  db.close()
  return {
    projectId: project.id,
    mailboxes: mailboxes.length,
    completed: completedCount,
    events: events.length,
    snapshots: snapshots.length,
    firstDay: localDay(dayDate(firstOffset)),
    historyDays: 1 - firstOffset
  }
}
