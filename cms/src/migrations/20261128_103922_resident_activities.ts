import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`events_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_languages_order_idx\` ON \`events_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_languages_parent_idx\` ON \`events_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_languages_order_idx\` ON \`_events_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_languages_parent_idx\` ON \`_events_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`organized_by_residents\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`resident_organiser\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`resident_contact_email\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`resident_submitter_email\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`resident_submitter_locale\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`resident_confirmed_at\` text;`)
  await db.run(sql`CREATE INDEX \`events_resident_resident_submitter_email_idx\` ON \`events\` (\`resident_submitter_email\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_organized_by_residents\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_resident_organiser\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_resident_contact_email\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_resident_submitter_email\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_resident_submitter_locale\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_resident_confirmed_at\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_resident_version_resident_submitter_em_idx\` ON \`_events_v\` (\`version_resident_submitter_email\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`events_languages\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_languages\`;`)
  await db.run(sql`DROP INDEX \`events_resident_resident_submitter_email_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`organized_by_residents\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`resident_organiser\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`resident_contact_email\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`resident_submitter_email\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`resident_submitter_locale\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`resident_confirmed_at\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_resident_version_resident_submitter_em_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_organized_by_residents\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_resident_organiser\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_resident_contact_email\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_resident_submitter_email\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_resident_submitter_locale\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_resident_confirmed_at\`;`)
}
