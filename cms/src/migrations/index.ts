import * as migration_20261123_170757_initial from './20261123_170757_initial';

export const migrations = [
  {
    up: migration_20261123_170757_initial.up,
    down: migration_20261123_170757_initial.down,
    name: '20261123_170757_initial'
  },
];
