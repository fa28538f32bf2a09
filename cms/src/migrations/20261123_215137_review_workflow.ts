import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`associations\` ADD \`trusted\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`associations\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`associations\` ADD \`review_comment\` text;`)
  await db.run(
    sql`ALTER TABLE \`associations\` ADD \`submitted_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(sql`ALTER TABLE \`associations\` ADD \`submitted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`associations_review_state_idx\` ON \`associations\` (\`review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`associations_submitted_by_idx\` ON \`associations\` (\`submitted_by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`_associations_v\` ADD \`version_trusted\` integer DEFAULT false;`)
  await db.run(
    sql`ALTER TABLE \`_associations_v\` ADD \`version_review_state\` text DEFAULT 'none';`,
  )
  await db.run(sql`ALTER TABLE \`_associations_v\` ADD \`version_review_comment\` text;`)
  await db.run(
    sql`ALTER TABLE \`_associations_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(sql`ALTER TABLE \`_associations_v\` ADD \`version_submitted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_associations_v_version_version_review_state_idx\` ON \`_associations_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_associations_v_version_version_submitted_by_idx\` ON \`_associations_v\` (\`version_submitted_by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`events\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`events_review_state_idx\` ON \`events\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`events_submitted_by_idx\` ON \`events\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_review_comment\` text;`)
  await db.run(
    sql`ALTER TABLE \`_events_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_submitted_at\` text;`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_review_state_idx\` ON \`_events_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_submitted_by_idx\` ON \`_events_v\` (\`version_submitted_by_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_associations\` (
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
  await db.run(
    sql`INSERT INTO \`__new_associations\`("id", "slug", "age_range_min", "age_range_max", "social_offer", "contact_phone", "contact_phone_international", "contact_email", "contact_website", "membership_fee_amount", "logo_id", "cvr", "status", "last_confirmed", "updated_at", "created_at", "_status") SELECT "id", "slug", "age_range_min", "age_range_max", "social_offer", "contact_phone", "contact_phone_international", "contact_email", "contact_website", "membership_fee_amount", "logo_id", "cvr", "status", "last_confirmed", "updated_at", "created_at", "_status" FROM \`associations\`;`,
  )
  await db.run(sql`DROP TABLE \`associations\`;`)
  await db.run(sql`ALTER TABLE \`__new_associations\` RENAME TO \`associations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`associations_slug_idx\` ON \`associations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`associations_logo_idx\` ON \`associations\` (\`logo_id\`);`)
  await db.run(
    sql`CREATE INDEX \`associations_updated_at_idx\` ON \`associations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`associations_created_at_idx\` ON \`associations\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`associations__status_idx\` ON \`associations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__associations_v\` (
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
    sql`INSERT INTO \`__new__associations_v\`("id", "parent_id", "version_slug", "version_age_range_min", "version_age_range_max", "version_social_offer", "version_contact_phone", "version_contact_phone_international", "version_contact_email", "version_contact_website", "version_membership_fee_amount", "version_logo_id", "version_cvr", "version_status", "version_last_confirmed", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_age_range_min", "version_age_range_max", "version_social_offer", "version_contact_phone", "version_contact_phone_international", "version_contact_email", "version_contact_website", "version_membership_fee_amount", "version_logo_id", "version_cvr", "version_status", "version_last_confirmed", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_associations_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_associations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__associations_v\` RENAME TO \`_associations_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_events\` (
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
  await db.run(
    sql`INSERT INTO \`__new_events\`("id", "slug", "start", "start_tz", "end", "end_tz", "all_day", "recurrence_frequency", "recurrence_interval", "recurrence_until", "recurrence_count", "recurrence_monthly_mode", "venue_id", "online_url", "organized_by_municipality", "price_free", "price_amount", "registration_url", "volunteers_wanted_wanted", "image_id", "status", "updated_at", "created_at", "_status") SELECT "id", "slug", "start", "start_tz", "end", "end_tz", "all_day", "recurrence_frequency", "recurrence_interval", "recurrence_until", "recurrence_count", "recurrence_monthly_mode", "venue_id", "online_url", "organized_by_municipality", "price_free", "price_amount", "registration_url", "volunteers_wanted_wanted", "image_id", "status", "updated_at", "created_at", "_status" FROM \`events\`;`,
  )
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_start_idx\` ON \`events\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`events_venue_idx\` ON \`events\` (\`venue_id\`);`)
  await db.run(sql`CREATE INDEX \`events_image_idx\` ON \`events\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_start_idx\` ON \`events\` (\`_status\`,\`start\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
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
  await db.run(
    sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_slug", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_all_day", "version_recurrence_frequency", "version_recurrence_interval", "version_recurrence_until", "version_recurrence_count", "version_recurrence_monthly_mode", "version_venue_id", "version_online_url", "version_organized_by_municipality", "version_price_free", "version_price_amount", "version_registration_url", "version_volunteers_wanted_wanted", "version_image_id", "version_status", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_start", "version_start_tz", "version_end", "version_end_tz", "version_all_day", "version_recurrence_frequency", "version_recurrence_interval", "version_recurrence_until", "version_recurrence_count", "version_recurrence_monthly_mode", "version_venue_id", "version_online_url", "version_organized_by_municipality", "version_price_free", "version_price_amount", "version_registration_url", "version_volunteers_wanted_wanted", "version_image_id", "version_status", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_events_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
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
}
