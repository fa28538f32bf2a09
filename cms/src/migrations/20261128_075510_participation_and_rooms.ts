import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`events_ways_to_take_part\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_ways_to_take_part_order_idx\` ON \`events_ways_to_take_part\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_ways_to_take_part_parent_idx\` ON \`events_ways_to_take_part\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_ways_to_take_part\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_ways_to_take_part_order_idx\` ON \`_events_v_version_ways_to_take_part\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_ways_to_take_part_parent_idx\` ON \`_events_v_version_ways_to_take_part\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`venues_rooms_borrowers\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`venues_rooms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`venues_rooms_borrowers_order_idx\` ON \`venues_rooms_borrowers\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`venues_rooms_borrowers_parent_idx\` ON \`venues_rooms_borrowers\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`venues_rooms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`capacity\` numeric,
  	\`step_free\` integer DEFAULT false,
  	\`price_free\` integer DEFAULT false,
  	\`booking_url\` text,
  	\`booking_email\` text,
  	\`booking_phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`venues_rooms_order_idx\` ON \`venues_rooms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`venues_rooms_parent_id_idx\` ON \`venues_rooms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`venues_rooms_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`accessibility_note\` text,
  	\`price_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`venues_rooms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`venues_rooms_locales_locale_parent_id_unique\` ON \`venues_rooms_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`venues_rooms_locales_parent_idx\` ON \`venues_rooms_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_venues_v_version_rooms_borrowers\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_venues_v_version_rooms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_venues_v_version_rooms_borrowers_order_idx\` ON \`_venues_v_version_rooms_borrowers\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_rooms_borrowers_parent_idx\` ON \`_venues_v_version_rooms_borrowers\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_venues_v_version_rooms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`capacity\` numeric,
  	\`step_free\` integer DEFAULT false,
  	\`price_free\` integer DEFAULT false,
  	\`booking_url\` text,
  	\`booking_email\` text,
  	\`booking_phone\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_venues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_venues_v_version_rooms_order_idx\` ON \`_venues_v_version_rooms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_rooms_parent_id_idx\` ON \`_venues_v_version_rooms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_venues_v_version_rooms_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`accessibility_note\` text,
  	\`price_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_venues_v_version_rooms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_venues_v_version_rooms_locales_locale_parent_id_unique\` ON \`_venues_v_version_rooms_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_rooms_locales_parent_idx\` ON \`_venues_v_version_rooms_locales\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`associations_locales\` ADD \`help_needed\` text;`)
  await db.run(sql`ALTER TABLE \`_associations_v_locales\` ADD \`version_help_needed\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`events_ways_to_take_part\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_ways_to_take_part\`;`)
  await db.run(sql`DROP TABLE \`venues_rooms_borrowers\`;`)
  await db.run(sql`DROP TABLE \`venues_rooms\`;`)
  await db.run(sql`DROP TABLE \`venues_rooms_locales\`;`)
  await db.run(sql`DROP TABLE \`_venues_v_version_rooms_borrowers\`;`)
  await db.run(sql`DROP TABLE \`_venues_v_version_rooms\`;`)
  await db.run(sql`DROP TABLE \`_venues_v_version_rooms_locales\`;`)
  await db.run(sql`ALTER TABLE \`associations_locales\` DROP COLUMN \`help_needed\`;`)
  await db.run(sql`ALTER TABLE \`_associations_v_locales\` DROP COLUMN \`version_help_needed\`;`)
}
