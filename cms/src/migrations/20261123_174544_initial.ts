import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`associations_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`associations_audiences_order_idx\` ON \`associations_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`associations_audiences_parent_idx\` ON \`associations_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`associations_ways_to_take_part\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`associations_ways_to_take_part_order_idx\` ON \`associations_ways_to_take_part\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`associations_ways_to_take_part_parent_idx\` ON \`associations_ways_to_take_part\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`associations_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`associations_languages_order_idx\` ON \`associations_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`associations_languages_parent_idx\` ON \`associations_languages\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`associations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`age_range_min\` numeric,
  	\`age_range_max\` numeric,
  	\`social_offer\` integer DEFAULT false,
  	\`contact_phone\` text,
  	\`contact_phone_international\` integer DEFAULT false,
  	\`contact_email\` text,
  	\`contact_website\` text,
  	\`membership_fee_amount\` numeric,
  	\`logo_id\` integer,
  	\`cvr\` text,
  	\`status\` text DEFAULT 'active',
  	\`last_confirmed\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`associations_slug_idx\` ON \`associations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`associations_logo_idx\` ON \`associations\` (\`logo_id\`);`)
  await db.run(
    sql`CREATE INDEX \`associations_updated_at_idx\` ON \`associations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`associations_created_at_idx\` ON \`associations\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`associations__status_idx\` ON \`associations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`associations_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`membership_fee_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`associations_locales_locale_parent_id_unique\` ON \`associations_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`associations_locales_parent_idx\` ON \`associations_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`associations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`categories_id\` integer,
  	\`communities_id\` integer,
  	\`venues_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communities_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`venues_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`associations_rels_order_idx\` ON \`associations_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`associations_rels_parent_idx\` ON \`associations_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`associations_rels_path_idx\` ON \`associations_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`associations_rels_categories_id_idx\` ON \`associations_rels\` (\`categories_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`associations_rels_communities_id_idx\` ON \`associations_rels\` (\`communities_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`associations_rels_venues_id_idx\` ON \`associations_rels\` (\`venues_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_associations_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_associations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_associations_v_version_audiences_order_idx\` ON \`_associations_v_version_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_version_audiences_parent_idx\` ON \`_associations_v_version_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_associations_v_version_ways_to_take_part\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_associations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_associations_v_version_ways_to_take_part_order_idx\` ON \`_associations_v_version_ways_to_take_part\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_version_ways_to_take_part_parent_idx\` ON \`_associations_v_version_ways_to_take_part\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_associations_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_associations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_associations_v_version_languages_order_idx\` ON \`_associations_v_version_languages\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_version_languages_parent_idx\` ON \`_associations_v_version_languages\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_associations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_age_range_min\` numeric,
  	\`version_age_range_max\` numeric,
  	\`version_social_offer\` integer DEFAULT false,
  	\`version_contact_phone\` text,
  	\`version_contact_phone_international\` integer DEFAULT false,
  	\`version_contact_email\` text,
  	\`version_contact_website\` text,
  	\`version_membership_fee_amount\` numeric,
  	\`version_logo_id\` integer,
  	\`version_cvr\` text,
  	\`version_status\` text DEFAULT 'active',
  	\`version_last_confirmed\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_associations_v_parent_idx\` ON \`_associations_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_version_version_slug_idx\` ON \`_associations_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_version_version_logo_idx\` ON \`_associations_v\` (\`version_logo_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_version_version_updated_at_idx\` ON \`_associations_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_version_version_created_at_idx\` ON \`_associations_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_version_version__status_idx\` ON \`_associations_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_created_at_idx\` ON \`_associations_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_updated_at_idx\` ON \`_associations_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_snapshot_idx\` ON \`_associations_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_published_locale_idx\` ON \`_associations_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_latest_idx\` ON \`_associations_v\` (\`latest\`);`,
  )
  await db.run(sql`CREATE TABLE \`_associations_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_membership_fee_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_associations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_associations_v_locales_locale_parent_id_unique\` ON \`_associations_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_locales_parent_idx\` ON \`_associations_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_associations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`categories_id\` integer,
  	\`communities_id\` integer,
  	\`venues_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_associations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communities_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`venues_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_associations_v_rels_order_idx\` ON \`_associations_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_rels_parent_idx\` ON \`_associations_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_rels_path_idx\` ON \`_associations_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_rels_categories_id_idx\` ON \`_associations_v_rels\` (\`categories_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_rels_communities_id_idx\` ON \`_associations_v_rels\` (\`communities_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_rels_venues_id_idx\` ON \`_associations_v_rels\` (\`venues_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_recurrence_by_weekday\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`events_recurrence_by_weekday_order_idx\` ON \`events_recurrence_by_weekday\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_recurrence_by_weekday_parent_idx\` ON \`events_recurrence_by_weekday\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_recurrence_excluded_dates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`events_recurrence_excluded_dates_order_idx\` ON \`events_recurrence_excluded_dates\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_recurrence_excluded_dates_parent_id_idx\` ON \`events_recurrence_excluded_dates\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`events_audiences_order_idx\` ON \`events_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_audiences_parent_idx\` ON \`events_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`start\` text,
  	\`start_tz\` text DEFAULT 'Europe/Copenhagen',
  	\`end\` text,
  	\`end_tz\` text DEFAULT 'Europe/Copenhagen',
  	\`all_day\` integer DEFAULT false,
  	\`recurrence_frequency\` text DEFAULT 'none',
  	\`recurrence_interval\` numeric DEFAULT 1,
  	\`recurrence_until\` text,
  	\`recurrence_count\` numeric,
  	\`recurrence_monthly_mode\` text DEFAULT 'day-of-month',
  	\`venue_id\` integer,
  	\`online_url\` text,
  	\`organized_by_municipality\` integer DEFAULT false,
  	\`price_free\` integer DEFAULT true,
  	\`price_amount\` numeric,
  	\`registration_url\` text,
  	\`volunteers_wanted_wanted\` integer DEFAULT false,
  	\`image_id\` integer,
  	\`status\` text DEFAULT 'scheduled',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`venue_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_start_idx\` ON \`events\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`events_venue_idx\` ON \`events\` (\`venue_id\`);`)
  await db.run(sql`CREATE INDEX \`events_image_idx\` ON \`events\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_start_idx\` ON \`events\` (\`_status\`,\`start\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`place_text\` text,
  	\`volunteers_wanted_help\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_locales_parent_idx\` ON \`events_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`associations_id\` integer,
  	\`categories_id\` integer,
  	\`communities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`associations_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communities_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`events_rels_associations_id_idx\` ON \`events_rels\` (\`associations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_rels_categories_id_idx\` ON \`events_rels\` (\`categories_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_rels_communities_id_idx\` ON \`events_rels\` (\`communities_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_recurrence_by_weekday\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_recurrence_by_weekday_order_idx\` ON \`_events_v_version_recurrence_by_weekday\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_recurrence_by_weekday_parent_idx\` ON \`_events_v_version_recurrence_by_weekday\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_recurrence_excluded_dates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_recurrence_excluded_dates_order_idx\` ON \`_events_v_version_recurrence_excluded_dates\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_recurrence_excluded_dates_parent_id_idx\` ON \`_events_v_version_recurrence_excluded_dates\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_audiences_order_idx\` ON \`_events_v_version_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_audiences_parent_idx\` ON \`_events_v_version_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_start\` text,
  	\`version_start_tz\` text DEFAULT 'Europe/Copenhagen',
  	\`version_end\` text,
  	\`version_end_tz\` text DEFAULT 'Europe/Copenhagen',
  	\`version_all_day\` integer DEFAULT false,
  	\`version_recurrence_frequency\` text DEFAULT 'none',
  	\`version_recurrence_interval\` numeric DEFAULT 1,
  	\`version_recurrence_until\` text,
  	\`version_recurrence_count\` numeric,
  	\`version_recurrence_monthly_mode\` text DEFAULT 'day-of-month',
  	\`version_venue_id\` integer,
  	\`version_online_url\` text,
  	\`version_organized_by_municipality\` integer DEFAULT false,
  	\`version_price_free\` integer DEFAULT true,
  	\`version_price_amount\` numeric,
  	\`version_registration_url\` text,
  	\`version_volunteers_wanted_wanted\` integer DEFAULT false,
  	\`version_image_id\` integer,
  	\`version_status\` text DEFAULT 'scheduled',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_venue_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_start_idx\` ON \`_events_v\` (\`version_start\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_venue_idx\` ON \`_events_v\` (\`version_venue_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_image_idx\` ON \`_events_v\` (\`version_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_start_idx\` ON \`_events_v\` (\`version__status\`,\`version_start\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_place_text\` text,
  	\`version_volunteers_wanted_help\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_locales_parent_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`associations_id\` integer,
  	\`categories_id\` integer,
  	\`communities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`associations_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communities_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_associations_id_idx\` ON \`_events_v_rels\` (\`associations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_categories_id_idx\` ON \`_events_v_rels\` (\`categories_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_rels_communities_id_idx\` ON \`_events_v_rels\` (\`communities_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`venues_opening_hours_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`weekday\` text,
  	\`opens\` text,
  	\`closes\` text,
  	\`valid_from\` text,
  	\`valid_to\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`venues_opening_hours_rules_order_idx\` ON \`venues_opening_hours_rules\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`venues_opening_hours_rules_parent_id_idx\` ON \`venues_opening_hours_rules\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`venues\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`address_street\` text,
  	\`address_postcode\` text DEFAULT '2620',
  	\`address_city\` text DEFAULT 'Albertslund',
  	\`coordinates_lat\` numeric,
  	\`coordinates_lng\` numeric,
  	\`community_id\` integer,
  	\`accessibility_step_free\` integer DEFAULT false,
  	\`accessibility_accessible_toilet\` integer DEFAULT false,
  	\`accessibility_hearing_loop\` integer DEFAULT false,
  	\`accessibility_accessible_parking\` integer DEFAULT false,
  	\`contact_phone\` text,
  	\`contact_phone_international\` integer DEFAULT false,
  	\`contact_email\` text,
  	\`contact_website\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`community_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`venues_slug_idx\` ON \`venues\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`venues_community_idx\` ON \`venues\` (\`community_id\`);`)
  await db.run(sql`CREATE INDEX \`venues_updated_at_idx\` ON \`venues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`venues_created_at_idx\` ON \`venues\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`venues__status_idx\` ON \`venues\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`venues_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`opening_hours_note\` text,
  	\`accessibility_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`venues_locales_locale_parent_id_unique\` ON \`venues_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`venues_locales_parent_idx\` ON \`venues_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`venues_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`venues_rels_order_idx\` ON \`venues_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`venues_rels_parent_idx\` ON \`venues_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`venues_rels_path_idx\` ON \`venues_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`venues_rels_media_id_idx\` ON \`venues_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_venues_v_version_opening_hours_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`weekday\` text,
  	\`opens\` text,
  	\`closes\` text,
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_venues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_venues_v_version_opening_hours_rules_order_idx\` ON \`_venues_v_version_opening_hours_rules\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_venues_v_version_opening_hours_rules_parent_id_idx\` ON \`_venues_v_version_opening_hours_rules\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_venues_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_address_street\` text,
  	\`version_address_postcode\` text DEFAULT '2620',
  	\`version_address_city\` text DEFAULT 'Albertslund',
  	\`version_coordinates_lat\` numeric,
  	\`version_coordinates_lng\` numeric,
  	\`version_community_id\` integer,
  	\`version_accessibility_step_free\` integer DEFAULT false,
  	\`version_accessibility_accessible_toilet\` integer DEFAULT false,
  	\`version_accessibility_hearing_loop\` integer DEFAULT false,
  	\`version_accessibility_accessible_parking\` integer DEFAULT false,
  	\`version_contact_phone\` text,
  	\`version_contact_phone_international\` integer DEFAULT false,
  	\`version_contact_email\` text,
  	\`version_contact_website\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_community_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_venues_v_parent_idx\` ON \`_venues_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_venues_v_version_version_slug_idx\` ON \`_venues_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_venues_v_version_version_community_idx\` ON \`_venues_v\` (\`version_community_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_venues_v_version_version_updated_at_idx\` ON \`_venues_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_venues_v_version_version_created_at_idx\` ON \`_venues_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_venues_v_version_version__status_idx\` ON \`_venues_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_venues_v_created_at_idx\` ON \`_venues_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_updated_at_idx\` ON \`_venues_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_snapshot_idx\` ON \`_venues_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_venues_v_published_locale_idx\` ON \`_venues_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_venues_v_latest_idx\` ON \`_venues_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_venues_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`version_opening_hours_note\` text,
  	\`version_accessibility_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_venues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_venues_v_locales_locale_parent_id_unique\` ON \`_venues_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_venues_v_locales_parent_idx\` ON \`_venues_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_venues_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_venues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_venues_v_rels_order_idx\` ON \`_venues_v_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`_venues_v_rels_parent_idx\` ON \`_venues_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_venues_v_rels_path_idx\` ON \`_venues_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_venues_v_rels_media_id_idx\` ON \`_venues_v_rels\` (\`media_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`communities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'neighbourhood' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`communities_slug_idx\` ON \`communities\` (\`slug\`);`)
  await db.run(
    sql`CREATE INDEX \`communities_updated_at_idx\` ON \`communities\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`communities_created_at_idx\` ON \`communities\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`communities_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`communities_locales_locale_parent_id_unique\` ON \`communities_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`communities_locales_parent_idx\` ON \`communities_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`group\` text DEFAULT 'activity' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_slug_idx\` ON \`categories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`categories_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`categories_locales_locale_parent_id_unique\` ON \`categories_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`categories_locales_parent_idx\` ON \`categories_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`ticket_offers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`quarter\` text,
  	\`tickets_per_household\` numeric DEFAULT 2,
  	\`total_available\` numeric,
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`status\` text DEFAULT 'available',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`ticket_offers_quarter_idx\` ON \`ticket_offers\` (\`quarter\`);`)
  await db.run(
    sql`CREATE INDEX \`ticket_offers_updated_at_idx\` ON \`ticket_offers\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ticket_offers_created_at_idx\` ON \`ticket_offers\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`ticket_offers__status_idx\` ON \`ticket_offers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`ticket_offers_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`how_to_redeem\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ticket_offers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`ticket_offers_locales_locale_parent_id_unique\` ON \`ticket_offers_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ticket_offers_locales_parent_idx\` ON \`ticket_offers_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`ticket_offers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`venues_id\` integer,
  	\`events_id\` integer,
  	\`associations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ticket_offers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`venues_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`associations_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`ticket_offers_rels_order_idx\` ON \`ticket_offers_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ticket_offers_rels_parent_idx\` ON \`ticket_offers_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ticket_offers_rels_path_idx\` ON \`ticket_offers_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ticket_offers_rels_venues_id_idx\` ON \`ticket_offers_rels\` (\`venues_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ticket_offers_rels_events_id_idx\` ON \`ticket_offers_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`ticket_offers_rels_associations_id_idx\` ON \`ticket_offers_rels\` (\`associations_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ticket_offers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_quarter\` text,
  	\`version_tickets_per_household\` numeric DEFAULT 2,
  	\`version_total_available\` numeric,
  	\`version_valid_from\` text,
  	\`version_valid_to\` text,
  	\`version_status\` text DEFAULT 'available',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ticket_offers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_parent_idx\` ON \`_ticket_offers_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_version_version_quarter_idx\` ON \`_ticket_offers_v\` (\`version_quarter\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_version_version_updated_at_idx\` ON \`_ticket_offers_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_version_version_created_at_idx\` ON \`_ticket_offers_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_version_version__status_idx\` ON \`_ticket_offers_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_created_at_idx\` ON \`_ticket_offers_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_updated_at_idx\` ON \`_ticket_offers_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_snapshot_idx\` ON \`_ticket_offers_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_published_locale_idx\` ON \`_ticket_offers_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_latest_idx\` ON \`_ticket_offers_v\` (\`latest\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ticket_offers_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_how_to_redeem\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ticket_offers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_ticket_offers_v_locales_locale_parent_id_unique\` ON \`_ticket_offers_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_locales_parent_idx\` ON \`_ticket_offers_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_ticket_offers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`venues_id\` integer,
  	\`events_id\` integer,
  	\`associations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_ticket_offers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`venues_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`associations_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_rels_order_idx\` ON \`_ticket_offers_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_rels_parent_idx\` ON \`_ticket_offers_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_rels_path_idx\` ON \`_ticket_offers_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_rels_venues_id_idx\` ON \`_ticket_offers_v_rels\` (\`venues_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_rels_events_id_idx\` ON \`_ticket_offers_v_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_ticket_offers_v_rels_associations_id_idx\` ON \`_ticket_offers_v_rels\` (\`associations_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`pages_map_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'place',
  	\`geometry\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`pages_map_features_order_idx\` ON \`pages_map_features\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`pages_map_features_parent_id_idx\` ON \`pages_map_features\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`pages_map_features_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_map_features\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`pages_map_features_locales_locale_parent_id_unique\` ON \`pages_map_features_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`pages_map_features_locales_parent_idx\` ON \`pages_map_features_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'guide',
  	\`audience\` text,
  	\`image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_image_idx\` ON \`pages\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pages_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`pages_locales_locale_parent_id_unique\` ON \`pages_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`pages_locales_parent_idx\` ON \`pages_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_pages_v_version_map_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'place',
  	\`geometry\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_map_features_order_idx\` ON \`_pages_v_version_map_features\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_map_features_parent_id_idx\` ON \`_pages_v_version_map_features\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_pages_v_version_map_features_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_version_map_features\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_pages_v_version_map_features_locales_locale_parent_id_uniqu\` ON \`_pages_v_version_map_features_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_map_features_locales_parent_idx\` ON \`_pages_v_version_map_features_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'guide',
  	\`version_audience\` text,
  	\`version_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version_image_idx\` ON \`_pages_v\` (\`version_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_pages_v_locales_locale_parent_id_unique\` ON \`_pages_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_pages_v_locales_parent_idx\` ON \`_pages_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`decorative\` integer DEFAULT false,
  	\`credit\` text,
  	\`uploaded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_page_url\` text,
  	\`sizes_page_width\` numeric,
  	\`sizes_page_height\` numeric,
  	\`sizes_page_mime_type\` text,
  	\`sizes_page_filesize\` numeric,
  	\`sizes_page_filename\` text,
  	\`sizes_social_url\` text,
  	\`sizes_social_width\` numeric,
  	\`sizes_social_height\` numeric,
  	\`sizes_social_mime_type\` text,
  	\`sizes_social_filesize\` numeric,
  	\`sizes_social_filename\` text,
  	FOREIGN KEY (\`uploaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_page_sizes_page_filename_idx\` ON \`media\` (\`sizes_page_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_social_sizes_social_filename_idx\` ON \`media\` (\`sizes_social_filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`display_name\` text,
  	\`role\` text DEFAULT 'association-editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`associations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`associations_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`users_rels_associations_id_idx\` ON \`users_rels\` (\`associations_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`associations_id\` integer,
  	\`events_id\` integer,
  	\`venues_id\` integer,
  	\`communities_id\` integer,
  	\`categories_id\` integer,
  	\`ticket_offers_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`associations_id\`) REFERENCES \`associations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`venues_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communities_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ticket_offers_id\`) REFERENCES \`ticket_offers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_associations_id_idx\` ON \`payload_locked_documents_rels\` (\`associations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_venues_id_idx\` ON \`payload_locked_documents_rels\` (\`venues_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_communities_id_idx\` ON \`payload_locked_documents_rels\` (\`communities_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_ticket_offers_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_offers_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`municipality_name\` text DEFAULT 'Albertslund Kommune' NOT NULL,
  	\`contact_phone\` text DEFAULT '43 68 68 68' NOT NULL,
  	\`contact_email\` text DEFAULT 'albertslund@albertslund.dk' NOT NULL,
  	\`accessibility_statement_url\` text DEFAULT 'https://www.was.digst.dk/albertslund-dk' NOT NULL,
  	\`show_demo_notice\` integer DEFAULT false,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`site_name\` text DEFAULT 'Vild med Albertslund',
  	\`tagline\` text DEFAULT 'En genvej til dit nye liv',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_locales_parent_idx\` ON \`site_settings_locales\` (\`_parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`associations_audiences\`;`)
  await db.run(sql`DROP TABLE \`associations_ways_to_take_part\`;`)
  await db.run(sql`DROP TABLE \`associations_languages\`;`)
  await db.run(sql`DROP TABLE \`associations\`;`)
  await db.run(sql`DROP TABLE \`associations_locales\`;`)
  await db.run(sql`DROP TABLE \`associations_rels\`;`)
  await db.run(sql`DROP TABLE \`_associations_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_associations_v_version_ways_to_take_part\`;`)
  await db.run(sql`DROP TABLE \`_associations_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_associations_v\`;`)
  await db.run(sql`DROP TABLE \`_associations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_associations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`events_recurrence_by_weekday\`;`)
  await db.run(sql`DROP TABLE \`events_recurrence_excluded_dates\`;`)
  await db.run(sql`DROP TABLE \`events_audiences\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_recurrence_by_weekday\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_recurrence_excluded_dates\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`venues_opening_hours_rules\`;`)
  await db.run(sql`DROP TABLE \`venues\`;`)
  await db.run(sql`DROP TABLE \`venues_locales\`;`)
  await db.run(sql`DROP TABLE \`venues_rels\`;`)
  await db.run(sql`DROP TABLE \`_venues_v_version_opening_hours_rules\`;`)
  await db.run(sql`DROP TABLE \`_venues_v\`;`)
  await db.run(sql`DROP TABLE \`_venues_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_venues_v_rels\`;`)
  await db.run(sql`DROP TABLE \`communities\`;`)
  await db.run(sql`DROP TABLE \`communities_locales\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`DROP TABLE \`categories_locales\`;`)
  await db.run(sql`DROP TABLE \`ticket_offers\`;`)
  await db.run(sql`DROP TABLE \`ticket_offers_locales\`;`)
  await db.run(sql`DROP TABLE \`ticket_offers_rels\`;`)
  await db.run(sql`DROP TABLE \`_ticket_offers_v\`;`)
  await db.run(sql`DROP TABLE \`_ticket_offers_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_ticket_offers_v_rels\`;`)
  await db.run(sql`DROP TABLE \`pages_map_features\`;`)
  await db.run(sql`DROP TABLE \`pages_map_features_locales\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_map_features\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_map_features_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
}
