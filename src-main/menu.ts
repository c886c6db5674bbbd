// The application menu. Built as a plain template so it can be tested without Electron.
import type { MenuItemConstructorOptions } from 'electron'

/** The Microsoft page the app's guidance is based on (Help menu). */
export const REFERENCE_URL =
  'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/manage-mail-flow-for-multiple-locations'

/** What the menu depends on. */
export type MenuOptions = {
  /**
   * True in `electron-vite dev` only (an honoured dev renderer URL): only then may the developer
   * tools be opened. `npm start` and packaged builds get no DevTools menu.
   */
  isDev: boolean
  /** macOS puts an app menu first and Quit inside it. */
  isMac: boolean
  /** shell.openExternal. */
  openExternal: (url: string) => Promise<void> | void
}

/** The menu template: File, Edit, View, Help (plus the app menu on macOS). */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const viewItems: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    ...(options.isDev ? [{ role: 'toggleDevTools' } as const] : []),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' }
  ]
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as const] : []),
    { label: 'File', submenu: [options.isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' }
      ]
    },
    { label: 'View', submenu: viewItems },
    {
      role: 'help',
      submenu: [
        {
          label: 'Microsoft: mail flow with mailboxes in multiple locations',
          click: () => {
            void Promise.resolve(options.openExternal(REFERENCE_URL)).catch(() => undefined)
          }
        }
      ]
    }
  ]
}
