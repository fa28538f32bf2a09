import * as migration_20261123_174544_initial from './20261123_174544_initial';
import * as migration_20261123_215137_review_workflow from './20261123_215137_review_workflow';
import * as migration_20261123_222726_welcome_letters from './20261123_222726_welcome_letters';
import * as migration_20261128_050055_site_settings_logo from './20261128_050055_site_settings_logo';
import * as migration_20261128_073257_newcomers_and_practical_welcome from './20261128_073257_newcomers_and_practical_welcome';
import * as migration_20261128_075510_participation_and_rooms from './20261128_075510_participation_and_rooms';
import * as migration_20261128_103922_resident_activities from './20261128_103922_resident_activities';
import * as migration_20261128_111620_good_stories from './20261128_111620_good_stories';

export const migrations = [
  {
    up: migration_20261123_174544_initial.up,
    down: migration_20261123_174544_initial.down,
    name: '20261123_174544_initial',
  },
  {
    up: migration_20261123_215137_review_workflow.up,
    down: migration_20261123_215137_review_workflow.down,
    name: '20261123_215137_review_workflow',
  },
  {
    up: migration_20261123_222726_welcome_letters.up,
    down: migration_20261123_222726_welcome_letters.down,
    name: '20261123_222726_welcome_letters',
  },
  {
    up: migration_20261128_050055_site_settings_logo.up,
    down: migration_20261128_050055_site_settings_logo.down,
    name: '20261128_050055_site_settings_logo',
  },
  {
    up: migration_20261128_073257_newcomers_and_practical_welcome.up,
    down: migration_20261128_073257_newcomers_and_practical_welcome.down,
    name: '20261128_073257_newcomers_and_practical_welcome',
  },
  {
    up: migration_20261128_075510_participation_and_rooms.up,
    down: migration_20261128_075510_participation_and_rooms.down,
    name: '20261128_075510_participation_and_rooms',
  },
  {
    up: migration_20261128_103922_resident_activities.up,
    down: migration_20261128_103922_resident_activities.down,
    name: '20261128_103922_resident_activities',
  },
  {
    up: migration_20261128_111620_good_stories.up,
    down: migration_20261128_111620_good_stories.down,
    name: '20261128_111620_good_stories'
  },
];
