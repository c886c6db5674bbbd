/**
 * New charts are drawn in a task of their own at background priority, after the update that asked
 * for them: IndexedDB's answers and the page's frames go first, so the charts a page can draw
 * early do not hold up the reads the others wait for; and every chart asked for until that task
 * runs is drawn in it, together.
 */
const waiting: (() => void)[] = []
let scheduled = false

/** Runs `draw` in the next chart task; returns the cancel (the chart went away first). */
export function drawSoon(draw: () => void): () => void {
  waiting.push(draw)
  if (!scheduled) {
    scheduled = true
    void scheduler.postTask(drawWaiting, { priority: 'background' })
  }
  return () => {
    const index = waiting.indexOf(draw)
    if (index >= 0) waiting.splice(index, 1)
  }
}

function drawWaiting(): void {
  scheduled = false
  for (const draw of waiting.splice(0)) draw()
}
