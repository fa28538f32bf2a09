export * from './vocabulary'
export * from './form'
