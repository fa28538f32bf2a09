import * as migration_20261123_160641_initial from './20261123_160641_initial';

export const migrations = [
  {
    up: migration_20261123_160641_initial.up,
    down: migration_20261123_160641_initial.down,
    name: '20261123_160641_initial'
  },
];
