import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate, REFERENCE_URL } from '../../../src-main/menu'

function describeMenu(items: MenuItemConstructorOptions[]): unknown[] {
  return items.map((item) => {
    const name = item.label ?? item.role ?? item.type
    return Array.isArray(item.submenu) ? { [String(name)]: describeMenu(item.submenu) } : name
  })
}

describe('buildMenuTemplate', () => {
  it('builds File, Edit, View and Help on Windows and Linux', () => {
    const template = buildMenuTemplate({
      isDev: false,
      isMac: false,
      openExternal: () => undefined
    })
    expect(describeMenu(template)).toEqual([
      { File: ['quit'] },
      {
        Edit: [
          'undo',
          'redo',
          'separator',
          'cut',
          'copy',
          'paste',
          'delete',
          'separator',
          'selectAll'
        ]
      },
      {
        View: [
          'reload',
          'separator',
          'resetZoom',
          'zoomIn',
          'zoomOut',
          'separator',
          'togglefullscreen'
        ]
      },
      { help: ['Microsoft: mail flow with mailboxes in multiple locations'] }
    ])
  })

  it('offers the developer tools in development only', () => {
    const roles = (isDev: boolean) =>
      JSON.stringify(buildMenuTemplate({ isDev, isMac: false, openExternal: () => undefined }))
    expect(roles(true)).toContain('toggleDevTools')
    expect(roles(false)).not.toContain('toggleDevTools')
  })

  it('puts the app menu first on macOS', () => {
    const template = buildMenuTemplate({ isDev: false, isMac: true, openExternal: () => undefined })
    expect(template[0]).toEqual({ role: 'appMenu' })
  })

  it('opens the Microsoft reference page from Help', () => {
    const opened: string[] = []
    const template = buildMenuTemplate({
      isDev: false,
      isMac: false,
      openExternal: (url) => void opened.push(url)
    })
    const help = template.find((item) => item.role === 'help')
    const entry = Array.isArray(help?.submenu) ? help.submenu[0] : undefined
    // The handler ignores Electron's (menuItem, window, event) arguments.
    const click = entry?.click as (() => void) | undefined
    click?.()
    expect(opened).toEqual([REFERENCE_URL])
    expect(REFERENCE_URL).toBe(
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/manage-mail-flow-for-multiple-locations'
    )
  })
})
