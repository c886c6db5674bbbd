/**
 * New charts are drawn in a task of their own, after the update that asked for them: that update
 * (a page mounting, or its data arriving) ends first, and IndexedDB answers already waiting are
 * handed to the page's other reads before Chart.js takes this thread; and every chart asked for
 * until that task runs is drawn in it, together. At the default priority, not background: a busy
 * thread (an import's progress) must not starve the charts.
 */
const waiting: (() => void)[] = []
let scheduled = false

/** Runs `draw` in the next chart task; returns the cancel (the chart went away first). */
export function drawSoon(draw: () => void): () => void {
  waiting.push(draw)
  if (!scheduled) {
    scheduled = true
    void scheduler.postTask(drawWaiting)
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
