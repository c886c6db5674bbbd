export declare const INITIAL_JS_BUDGET_KB: number
export declare function initialScripts(html: string): string[]
export declare function measureBundle(options: {
  rendererDir: string
  log?: (line: string) => void
}): Promise<{ initial_js_gzip_kb: number }>
