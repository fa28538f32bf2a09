import sharp from 'sharp'

import { text, type Text } from './helpers'

export interface ImageSeed {
  key: string
  alt: Text | null
  palette: [string, string, string]
  shape: 'waves' | 'circles' | 'bars' | 'trees' | 'mark'
}

/** Illustrations drawn here from shapes, so the demo needs no network and no stock photos. */
export const images: ImageSeed[] = [
  {
    key: 'lake',
    alt: text(
      'Tegning af en sø med bølger og en gul sol',
      'Drawing of a lake with waves and a yellow sun',
    ),
    palette: ['#7cc6e8', '#1f6f9f', '#f5c542'],
    shape: 'waves',
  },
  {
    key: 'culture',
    alt: text(
      'Farverige cirkler, der minder om scenelys',
      'Colourful circles resembling stage lights',
    ),
    palette: ['#2b2350', '#e0457b', '#f9d65c'],
    shape: 'circles',
  },
  {
    key: 'music',
    alt: text('Lodrette søjler som et lydbillede', 'Vertical bars like a sound wave'),
    palette: ['#101820', '#f2aa4c', '#e94f37'],
    shape: 'bars',
  },
  {
    key: 'library',
    alt: text('Bogrygge i rækker på en hylde', 'Rows of book spines on a shelf'),
    palette: ['#f4efe6', '#8c5e3c', '#2f5d62'],
    shape: 'bars',
  },
  {
    key: 'cinema',
    alt: text(
      'Mørk sal med lyse cirkler som projektorlys',
      'A dark room with bright circles like projector light',
    ),
    palette: ['#0f0f1a', '#fafafa', '#c0392b'],
    shape: 'circles',
  },
  {
    key: 'forest',
    alt: text('Stiliserede grønne træer', 'Stylised green trees'),
    palette: ['#e8f3e8', '#2e7d32', '#795548'],
    shape: 'trees',
  },
  {
    key: 'welcome',
    alt: text(
      'Byens grønne stier set fra oven, tegnet',
      'The town’s green paths seen from above, drawn',
    ),
    palette: ['#dff0e3', '#3a7d44', '#f6ae2d'],
    shape: 'waves',
  },
  { key: 'logo-0', alt: null, palette: ['#ffffff', '#1b4965', '#62b6cb'], shape: 'mark' },
  { key: 'logo-1', alt: null, palette: ['#ffffff', '#9d0208', '#ffba08'], shape: 'mark' },
  { key: 'logo-2', alt: null, palette: ['#ffffff', '#3c6e71', '#d9d9d9'], shape: 'mark' },
]

function svg({ palette: [bg, a, b], shape }: ImageSeed, w: number, h: number): string {
  const parts: string[] = []
  if (shape === 'waves') {
    parts.push(`<circle cx="${w * 0.8}" cy="${h * 0.25}" r="${h * 0.12}" fill="${b}"/>`)
    for (let i = 0; i < 5; i++) {
      const y = h * (0.5 + i * 0.1)
      parts.push(
        `<path d="M0 ${y} Q ${w / 4} ${y - 30} ${w / 2} ${y} T ${w} ${y} V ${h} H 0 Z" fill="${a}" opacity="${0.35 + i * 0.12}"/>`,
      )
    }
  } else if (shape === 'circles') {
    for (let i = 0; i < 7; i++) {
      parts.push(
        `<circle cx="${(w / 7) * (i + 0.5)}" cy="${h * (0.3 + (i % 3) * 0.2)}" r="${h * (0.08 + (i % 4) * 0.04)}" fill="${i % 2 ? a : b}" opacity="0.85"/>`,
      )
    }
  } else if (shape === 'bars') {
    for (let i = 0; i < 24; i++) {
      const bh = h * (0.2 + ((i * 37) % 60) / 100)
      parts.push(
        `<rect x="${(w / 24) * i + 4}" y="${h - bh}" width="${w / 24 - 8}" height="${bh}" fill="${i % 3 ? a : b}"/>`,
      )
    }
  } else if (shape === 'trees') {
    for (let i = 0; i < 9; i++) {
      const x = (w / 9) * (i + 0.5)
      const s = h * (0.25 + (i % 3) * 0.08)
      parts.push(
        `<rect x="${x - 6}" y="${h * 0.85 - 10}" width="12" height="${h * 0.15 + 10}" fill="${b}"/>`,
      )
      parts.push(
        `<polygon points="${x},${h * 0.85 - s * 2} ${x - s / 1.6},${h * 0.85} ${x + s / 1.6},${h * 0.85}" fill="${a}"/>`,
      )
    }
  } else {
    parts.push(`<circle cx="${w / 2}" cy="${h / 2}" r="${h * 0.4}" fill="${a}"/>`)
    parts.push(`<circle cx="${w / 2}" cy="${h / 2}" r="${h * 0.22}" fill="${b}"/>`)
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="100%" height="100%" fill="${bg}"/>${parts.join('')}</svg>`
}

/** The image as a PNG file: 1600x900 illustrations, 400x400 logos. */
export async function renderImage(image: ImageSeed): Promise<Buffer> {
  const [w, h] = image.shape === 'mark' ? [400, 400] : [1600, 900]
  return sharp(Buffer.from(svg(image, w, h)))
    .png({ compressionLevel: 6 })
    .toBuffer()
}
