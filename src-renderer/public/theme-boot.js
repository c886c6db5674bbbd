// Puts the theme setting on <html> before the first paint, so a user who chose a theme other
// than the system's never sees the wrong palette while the settings are read from IndexedDB.
// A classic script in <head> runs before the page is parsed further (a module would run after);
// the CSP allows it as a file of the app ('self'). lib/state/session.svelte.ts keeps the copy of
// the setting in localStorage (key THEME_STORAGE_KEY there) up to date.
try {
  const theme = localStorage.getItem('tracker.theme')
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme
} catch {
  // No storage (a locked-down profile): the theme follows once the settings are read.
}
