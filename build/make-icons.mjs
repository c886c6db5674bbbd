// Derives every icon the installers need from the one source, build/icon.svg:
//   icon.png (1024 px: macOS builds and the window icon), icons/<n>x<n>.png (Linux desktop
//   entries), icon.ico (Windows, 16-256 px) and icon.icns (macOS, 16-1024 px).
// Needs ImageMagick's `convert`; the outputs are committed, so packaging never runs this.
//   node build/make-icons.mjs
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = import.meta.dirname
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512]
const ICO_SIZES = [16, 32, 48, 64, 128, 256]
// ICNS entry types holding PNG data, and their pixel sizes.
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024]
]

function png(size, path) {
  const source = join(dir, 'icon.png')
  execFileSync('convert', ['-background', 'none', source, '-resize', `${size}x${size}`, path])
  return path
}

execFileSync('convert', [
  ...['-background', 'none', '-density', '300', join(dir, 'icon.svg')],
  ...['-resize', '1024x1024', join(dir, 'icon.png')]
])
mkdirSync(join(dir, 'icons'), { recursive: true })
for (const size of LINUX_SIZES) png(size, join(dir, 'icons', `${size}x${size}.png`))
execFileSync('convert', [
  ...ICO_SIZES.map((size) => join(dir, 'icons', `${size}x${size}.png`)),
  join(dir, 'icon.ico')
])

// ICNS: 'icns', the total length, then per entry its type, its length and a PNG.
const entries = ICNS_TYPES.map(([type, size]) => {
  const file = png(size, join(dir, `.icns-${size}.png`))
  const data = readFileSync(file)
  rmSync(file)
  const header = Buffer.alloc(8)
  header.write(type, 0, 'latin1')
  header.writeUInt32BE(data.length + 8, 4)
  return Buffer.concat([header, data])
})
const body = Buffer.concat(entries)
const head = Buffer.alloc(8)
head.write('icns', 0, 'latin1')
head.writeUInt32BE(body.length + 8, 4)
writeFileSync(join(dir, 'icon.icns'), Buffer.concat([head, body]))
process.stdout.write('icons: written from build/icon.svg\n')
