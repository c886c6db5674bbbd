// Reading a PDF as its reader gets it, with Debian's poppler-utils: pdftotext for the text (and
// where each word sits), pdfinfo for the pages, pdftoppm for how a page looks. `.ci/run` installs
// the package where it is missing.
import { execFile } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export type PopplerTool = 'pdftotext' | 'pdfinfo' | 'pdftoppm'

/** A page of a PDF: its size in points and the words on it, each with its box in points. */
export type PdfPage = { width: number; height: number; words: PdfWord[] }
export type PdfWord = { text: string; xMin: number; yMin: number; xMax: number; yMax: number }

/** A page rendered in grey: one byte per pixel, row by row, 0 black to 255 white. */
export type GreyImage = { width: number; height: number; pixels: Uint8Array }

const found = new Map<PopplerTool, string | null>()

/** The tool's path, or null. Looks in PATH once per tool and remembers the answer. */
export function findPopplerTool(tool: PopplerTool): string | null {
  const known = found.get(tool)
  if (known !== undefined) return known
  let path: string | null = null
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (folder === '') continue
    const candidate = join(folder, tool)
    try {
      accessSync(candidate, constants.X_OK)
      path = candidate
      break
    } catch {
      // not here
    }
  }
  found.set(tool, path)
  return path
}

function requireTool(tool: PopplerTool): string {
  const path = findPopplerTool(tool)
  if (path === null) {
    throw new Error(
      `${tool} is not installed: the report tests need Debian's poppler-utils ` +
        '(apt-get install -y poppler-utils; .ci/run installs it)'
    )
  }
  return path
}

/** Fails at once, with the message above, unless every poppler tool these helpers use is here. */
export function requirePoppler(): void {
  for (const tool of ['pdftotext', 'pdfinfo', 'pdftoppm'] as const) requireTool(tool)
}

async function runTool(tool: PopplerTool, args: string[]): Promise<string> {
  const { stdout } = await run(requireTool(tool), args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  return stdout
}

/**
 * The PDF's text, as UTF-8. With `layout` (pdftotext -layout) the cells of a table row stay side
 * by side on one line; without it, the text comes in reading order, a wrapped cell's lines
 * together.
 */
export async function pdfText(file: string, options: { layout?: boolean } = {}): Promise<string> {
  const args = options.layout === true ? ['-layout'] : []
  return runTool('pdftotext', [...args, '-enc', 'UTF-8', file, '-'])
}

/** The number of pages pdfinfo reports. */
export async function pdfPageCount(file: string): Promise<number> {
  const info = await runTool('pdfinfo', [file])
  const match = /^Pages:\s+(\d+)$/m.exec(info)
  if (match?.[1] === undefined) throw new Error(`pdfinfo printed no page count:\n${info}`)
  return Number(match[1])
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/** Every page with its words and their boxes (pdftotext -bbox), to check what sits where. */
export async function pdfWords(file: string): Promise<PdfPage[]> {
  const xhtml = await runTool('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'])
  const pages: PdfPage[] = []
  const pagePattern = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g
  const wordPattern =
    /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g
  for (const page of xhtml.matchAll(pagePattern)) {
    const words = [...(page[3] ?? '').matchAll(wordPattern)].map((word) => ({
      xMin: Number(word[1]),
      yMin: Number(word[2]),
      xMax: Number(word[3]),
      yMax: Number(word[4]),
      text: decodeEntities(word[5] ?? '')
    }))
    pages.push({ width: Number(page[1]), height: Number(page[2]), words })
  }
  return pages
}

/**
 * Pairs of words on `page` whose boxes overlap by more than `tolerance` points each way: text
 * printed over other text, as when a long value runs out of its column into the next.
 */
export function overlappingWords(page: PdfPage, tolerance = 1): [PdfWord, PdfWord][] {
  const pairs: [PdfWord, PdfWord][] = []
  const { words } = page
  for (let i = 0; i < words.length; i++) {
    const a = words[i]
    if (a === undefined) continue
    for (let j = i + 1; j < words.length; j++) {
      const b = words[j]
      if (b === undefined) continue
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin)
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin)
      if (across > tolerance && down > tolerance) pairs.push([a, b])
    }
  }
  return pairs
}

/** Renders page `page` (from 1) as a PNG at `dpi` to `<prefix>.png` and returns that path. */
export async function pdfPagePng(
  file: string,
  page: number,
  dpi: number,
  prefix: string
): Promise<string> {
  const range = ['-f', String(page), '-l', String(page)]
  await runTool('pdftoppm', [...range, '-r', String(dpi), '-png', '-singlefile', file, prefix])
  return `${prefix}.png`
}

/** Renders page `page` (from 1) in grey at `dpi` (pdftoppm -gray, a binary PGM) and reads it. */
export async function pdfPageGrey(
  file: string,
  page: number,
  dpi: number,
  prefix: string
): Promise<GreyImage> {
  const range = ['-f', String(page), '-l', String(page)]
  await runTool('pdftoppm', [...range, '-r', String(dpi), '-gray', '-singlefile', file, prefix])
  const data = await readFile(`${prefix}.pgm`)
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'))
  if (header?.[0] === undefined || header[3] !== '255') {
    throw new Error(`pdftoppm wrote no 8-bit PGM for page ${page} of ${file}`)
  }
  const width = Number(header[1])
  const height = Number(header[2])
  const pixels = new Uint8Array(data.subarray(header[0].length, header[0].length + width * height))
  if (pixels.length !== width * height) throw new Error(`the PGM of ${file} is truncated`)
  return { width, height, pixels }
}

/** The share of pixels darker than `threshold` (0 to 1): 0 for a blank page. */
export function inkShare(image: GreyImage, threshold = 160): number {
  let dark = 0
  for (const value of image.pixels) if (value < threshold) dark++
  return dark / image.pixels.length
}

/** The mean grey level (0 black to 255 white). */
export function meanGrey(image: GreyImage): number {
  let sum = 0
  for (const value of image.pixels) sum += value
  return sum / image.pixels.length
}
