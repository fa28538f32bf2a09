import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pages_checklist_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_checklist\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_checklist_links_order_idx\` ON \`pages_checklist_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_checklist_links_parent_id_idx\` ON \`pages_checklist_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_checklist_links_locales\` (
  	\`label\` text,
  	\`url\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_checklist_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_checklist_links_locales_locale_parent_id_unique\` ON \`pages_checklist_links_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_checklist_links_locales_parent_idx\` ON \`pages_checklist_links_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_checklist\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`group\` text DEFAULT 'everyone',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_checklist_order_idx\` ON \`pages_checklist\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_checklist_parent_id_idx\` ON \`pages_checklist\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_checklist_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_checklist\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_checklist_locales_locale_parent_id_unique\` ON \`pages_checklist_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_checklist_locales_parent_idx\` ON \`pages_checklist_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_waste_fractions_examples\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_waste_fractions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_waste_fractions_examples_order_idx\` ON \`pages_waste_fractions_examples\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_waste_fractions_examples_parent_id_idx\` ON \`pages_waste_fractions_examples\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_waste_fractions_examples_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_waste_fractions_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_waste_fractions_examples_locales_locale_parent_id_uniq\` ON \`pages_waste_fractions_examples_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_waste_fractions_examples_locales_parent_idx\` ON \`pages_waste_fractions_examples_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_waste_fractions_not_accepted\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_waste_fractions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_waste_fractions_not_accepted_order_idx\` ON \`pages_waste_fractions_not_accepted\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_waste_fractions_not_accepted_parent_id_idx\` ON \`pages_waste_fractions_not_accepted\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_waste_fractions_not_accepted_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_waste_fractions_not_accepted\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_waste_fractions_not_accepted_locales_locale_parent_id_\` ON \`pages_waste_fractions_not_accepted_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_waste_fractions_not_accepted_locales_parent_idx\` ON \`pages_waste_fractions_not_accepted_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_waste_fractions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`fraction\` text,
  	\`disposal\` text DEFAULT 'home-bin',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_waste_fractions_order_idx\` ON \`pages_waste_fractions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_waste_fractions_parent_id_idx\` ON \`pages_waste_fractions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_waste_fractions_locales\` (
  	\`where\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_waste_fractions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_waste_fractions_locales_locale_parent_id_unique\` ON \`pages_waste_fractions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_waste_fractions_locales_parent_idx\` ON \`pages_waste_fractions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_checklist_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_version_checklist\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_checklist_links_order_idx\` ON \`_pages_v_version_checklist_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_checklist_links_parent_id_idx\` ON \`_pages_v_version_checklist_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_checklist_links_locales\` (
  	\`label\` text,
  	\`url\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_version_checklist_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_version_checklist_links_locales_locale_parent_id_un\` ON \`_pages_v_version_checklist_links_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_checklist_links_locales_parent_idx\` ON \`_pages_v_version_checklist_links_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_checklist\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`group\` text DEFAULT 'everyone',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_checklist_order_idx\` ON \`_pages_v_version_checklist\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_checklist_parent_id_idx\` ON \`_pages_v_version_checklist\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_checklist_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_version_checklist\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_version_checklist_locales_locale_parent_id_unique\` ON \`_pages_v_version_checklist_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_checklist_locales_parent_idx\` ON \`_pages_v_version_checklist_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_waste_fractions_examples\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_version_waste_fractions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_waste_fractions_examples_order_idx\` ON \`_pages_v_version_waste_fractions_examples\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_waste_fractions_examples_parent_id_idx\` ON \`_pages_v_version_waste_fractions_examples\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_waste_fractions_examples_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_version_waste_fractions_examples\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_version_waste_fractions_examples_locales_locale_par\` ON \`_pages_v_version_waste_fractions_examples_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_waste_fractions_examples_locales_parent_idx\` ON \`_pages_v_version_waste_fractions_examples_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_waste_fractions_not_accepted\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_version_waste_fractions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_waste_fractions_not_accepted_order_idx\` ON \`_pages_v_version_waste_fractions_not_accepted\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_waste_fractions_not_accepted_parent_id_idx\` ON \`_pages_v_version_waste_fractions_not_accepted\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_waste_fractions_not_accepted_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_version_waste_fractions_not_accepted\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_version_waste_fractions_not_accepted_locales_locale\` ON \`_pages_v_version_waste_fractions_not_accepted_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_waste_fractions_not_accepted_locales_parent_idx\` ON \`_pages_v_version_waste_fractions_not_accepted_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_waste_fractions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`fraction\` text,
  	\`disposal\` text DEFAULT 'home-bin',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_waste_fractions_order_idx\` ON \`_pages_v_version_waste_fractions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_waste_fractions_parent_id_idx\` ON \`_pages_v_version_waste_fractions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_waste_fractions_locales\` (
  	\`where\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_version_waste_fractions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pages_v_version_waste_fractions_locales_locale_parent_id_un\` ON \`_pages_v_version_waste_fractions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_waste_fractions_locales_parent_idx\` ON \`_pages_v_version_waste_fractions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ticket_redemptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`offer_id\` integer NOT NULL,
  	\`count\` numeric DEFAULT 1 NOT NULL,
  	\`handed_out_on\` text NOT NULL,
  	\`source\` text DEFAULT 'staff' NOT NULL,
  	\`quarter\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`offer_id\`) REFERENCES \`ticket_offers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ticket_redemptions_offer_idx\` ON \`ticket_redemptions\` (\`offer_id\`);`)
  await db.run(sql`CREATE INDEX \`ticket_redemptions_handed_out_on_idx\` ON \`ticket_redemptions\` (\`handed_out_on\`);`)
  await db.run(sql`CREATE INDEX \`ticket_redemptions_quarter_idx\` ON \`ticket_redemptions\` (\`quarter\`);`)
  await db.run(sql`CREATE INDEX \`ticket_redemptions_updated_at_idx\` ON \`ticket_redemptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ticket_redemptions_created_at_idx\` ON \`ticket_redemptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`ticket_desks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`offer_id\` integer NOT NULL,
  	\`code\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`offer_id\`) REFERENCES \`ticket_offers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ticket_desks_offer_idx\` ON \`ticket_desks\` (\`offer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ticket_desks_code_idx\` ON \`ticket_desks\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`ticket_desks_updated_at_idx\` ON \`ticket_desks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ticket_desks_created_at_idx\` ON \`ticket_desks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`ambassadors_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ambassadors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ambassadors_languages_order_idx\` ON \`ambassadors_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`ambassadors_languages_parent_idx\` ON \`ambassadors_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ambassadors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`show_publicly\` integer DEFAULT false,
  	\`period_from\` text,
  	\`period_to\` text,
  	\`temporary\` integer DEFAULT false,
  	\`photo_id\` integer,
  	\`photo_consent\` integer DEFAULT false,
  	\`email\` text,
  	\`phone\` text,
  	\`contact_preference\` text DEFAULT 'email',
  	\`account_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`account_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ambassadors_slug_idx\` ON \`ambassadors\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`ambassadors_photo_idx\` ON \`ambassadors\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`ambassadors_account_idx\` ON \`ambassadors\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`ambassadors_updated_at_idx\` ON \`ambassadors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ambassadors_created_at_idx\` ON \`ambassadors\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`ambassadors_locales\` (
  	\`helps_with\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ambassadors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`ambassadors_locales_locale_parent_id_unique\` ON \`ambassadors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ambassadors_locales_parent_idx\` ON \`ambassadors_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ambassadors_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`communities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ambassadors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communities_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ambassadors_rels_order_idx\` ON \`ambassadors_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`ambassadors_rels_parent_idx\` ON \`ambassadors_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`ambassadors_rels_path_idx\` ON \`ambassadors_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`ambassadors_rels_communities_id_idx\` ON \`ambassadors_rels\` (\`communities_id\`);`)
  await db.run(sql`CREATE TABLE \`visit_requests_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`author_id\` integer,
  	\`at\` text,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`visit_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`visit_requests_notes_order_idx\` ON \`visit_requests_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`visit_requests_notes_parent_id_idx\` ON \`visit_requests_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`visit_requests_notes_author_idx\` ON \`visit_requests_notes\` (\`author_id\`);`)
  await db.run(sql`CREATE TABLE \`visit_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`assigned_to_id\` integer,
  	\`name\` text NOT NULL,
  	\`email\` text,
  	\`phone\` text,
  	\`language\` text,
  	\`neighbourhood_id\` integer,
  	\`household\` text,
  	\`ambassador_id\` integer,
  	\`message\` text,
  	\`consent\` integer DEFAULT false,
  	\`locale\` text DEFAULT 'da',
  	\`assigned_at\` text,
  	\`closed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`ambassadors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`neighbourhood_id\`) REFERENCES \`communities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`ambassador_id\`) REFERENCES \`ambassadors\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`visit_requests_status_idx\` ON \`visit_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`visit_requests_assigned_to_idx\` ON \`visit_requests\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`visit_requests_email_idx\` ON \`visit_requests\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`visit_requests_neighbourhood_idx\` ON \`visit_requests\` (\`neighbourhood_id\`);`)
  await db.run(sql`CREATE INDEX \`visit_requests_ambassador_idx\` ON \`visit_requests\` (\`ambassador_id\`);`)
  await db.run(sql`CREATE INDEX \`visit_requests_closed_at_idx\` ON \`visit_requests\` (\`closed_at\`);`)
  await db.run(sql`CREATE INDEX \`visit_requests_updated_at_idx\` ON \`visit_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`visit_requests_created_at_idx\` ON \`visit_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`survey_answers_reasons\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`survey_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_answers_reasons_order_idx\` ON \`survey_answers_reasons\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`survey_answers_reasons_parent_idx\` ON \`survey_answers_reasons\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_answers_activities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`survey_answers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_answers_activities_order_idx\` ON \`survey_answers_activities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`survey_answers_activities_parent_idx\` ON \`survey_answers_activities\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`survey_answers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reasons_other\` text,
  	\`heard_from\` text,
  	\`expectations\` text,
  	\`hard\` text,
  	\`tickets\` text,
  	\`contact\` integer DEFAULT false,
  	\`email\` text,
  	\`quarter\` text,
  	\`in_person\` integer DEFAULT false,
  	\`collected_by_id\` integer,
  	\`locale\` text DEFAULT 'da',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`collected_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`survey_answers_email_idx\` ON \`survey_answers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`survey_answers_quarter_idx\` ON \`survey_answers\` (\`quarter\`);`)
  await db.run(sql`CREATE INDEX \`survey_answers_collected_by_idx\` ON \`survey_answers\` (\`collected_by_id\`);`)
  await db.run(sql`CREATE INDEX \`survey_answers_updated_at_idx\` ON \`survey_answers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`survey_answers_created_at_idx\` ON \`survey_answers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`form_attempts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`form\` text NOT NULL,
  	\`key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`form_attempts_form_idx\` ON \`form_attempts\` (\`form\`);`)
  await db.run(sql`CREATE INDEX \`form_attempts_key_idx\` ON \`form_attempts\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`form_attempts_updated_at_idx\` ON \`form_attempts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`form_attempts_created_at_idx\` ON \`form_attempts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`welcome_letters\` ADD \`letters_sent\` numeric;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ticket_redemptions_id\` integer REFERENCES ticket_redemptions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ticket_desks_id\` integer REFERENCES ticket_desks(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`ambassadors_id\` integer REFERENCES ambassadors(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`visit_requests_id\` integer REFERENCES visit_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`survey_answers_id\` integer REFERENCES survey_answers(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`form_attempts_id\` integer REFERENCES form_attempts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ticket_redemptions_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_redemptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ticket_desks_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_desks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ambassadors_id_idx\` ON \`payload_locked_documents_rels\` (\`ambassadors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visit_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`visit_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_answers_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_answers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_attempts_id_idx\` ON \`payload_locked_documents_rels\` (\`form_attempts_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`retention_days\` numeric DEFAULT 180 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`links_municipality_welcome\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`links_waste_calendar\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`links_bulky_waste\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pages_checklist_links\`;`)
  await db.run(sql`DROP TABLE \`pages_checklist_links_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_checklist\`;`)
  await db.run(sql`DROP TABLE \`pages_checklist_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_waste_fractions_examples\`;`)
  await db.run(sql`DROP TABLE \`pages_waste_fractions_examples_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_waste_fractions_not_accepted\`;`)
  await db.run(sql`DROP TABLE \`pages_waste_fractions_not_accepted_locales\`;`)
  await db.run(sql`DROP TABLE \`pages_waste_fractions\`;`)
  await db.run(sql`DROP TABLE \`pages_waste_fractions_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_checklist_links\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_checklist_links_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_checklist\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_checklist_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_waste_fractions_examples\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_waste_fractions_examples_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_waste_fractions_not_accepted\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_waste_fractions_not_accepted_locales\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_waste_fractions\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_waste_fractions_locales\`;`)
  await db.run(sql`DROP TABLE \`ticket_redemptions\`;`)
  await db.run(sql`DROP TABLE \`ticket_desks\`;`)
  await db.run(sql`DROP TABLE \`ambassadors_languages\`;`)
  await db.run(sql`DROP TABLE \`ambassadors\`;`)
  await db.run(sql`DROP TABLE \`ambassadors_locales\`;`)
  await db.run(sql`DROP TABLE \`ambassadors_rels\`;`)
  await db.run(sql`DROP TABLE \`visit_requests_notes\`;`)
  await db.run(sql`DROP TABLE \`visit_requests\`;`)
  await db.run(sql`DROP TABLE \`survey_answers_reasons\`;`)
  await db.run(sql`DROP TABLE \`survey_answers_activities\`;`)
  await db.run(sql`DROP TABLE \`survey_answers\`;`)
  await db.run(sql`DROP TABLE \`form_attempts\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`welcome_letters_id\` integer,
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
  	FOREIGN KEY (\`welcome_letters_id\`) REFERENCES \`welcome_letters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "associations_id", "events_id", "venues_id", "communities_id", "categories_id", "ticket_offers_id", "pages_id", "media_id", "welcome_letters_id", "users_id") SELECT "id", "order", "parent_id", "path", "associations_id", "events_id", "venues_id", "communities_id", "categories_id", "ticket_offers_id", "pages_id", "media_id", "welcome_letters_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_associations_id_idx\` ON \`payload_locked_documents_rels\` (\`associations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_venues_id_idx\` ON \`payload_locked_documents_rels\` (\`venues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_communities_id_idx\` ON \`payload_locked_documents_rels\` (\`communities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ticket_offers_id_idx\` ON \`payload_locked_documents_rels\` (\`ticket_offers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_welcome_letters_id_idx\` ON \`payload_locked_documents_rels\` (\`welcome_letters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`welcome_letters\` DROP COLUMN \`letters_sent\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`retention_days\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`links_municipality_welcome\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`links_waste_calendar\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`links_bulky_waste\`;`)
}
