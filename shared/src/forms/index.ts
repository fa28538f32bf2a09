export * from './types'
export * from './read'
export * from './render'
export { attributes, escapeHtml } from './html'
