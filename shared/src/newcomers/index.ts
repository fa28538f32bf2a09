export * from './vocabulary'
export * from './forms'
export * from './choices'
