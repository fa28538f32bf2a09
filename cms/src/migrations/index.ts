import * as migration_20261123_163405_initial from './20261123_163405_initial'

export const migrations = [
  {
    up: migration_20261123_163405_initial.up,
    down: migration_20261123_163405_initial.down,
    name: '20261123_163405_initial',
  },
]
