import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`site_settings\` ADD \`municipality_logo_id\` integer REFERENCES media(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`site_settings_municipality_logo_idx\` ON \`site_settings\` (\`municipality_logo_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
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
  await db.run(
    sql`INSERT INTO \`__new_site_settings\`("id", "municipality_name", "contact_phone", "contact_email", "accessibility_statement_url", "show_demo_notice", "updated_at", "created_at") SELECT "id", "municipality_name", "contact_phone", "contact_email", "accessibility_statement_url", "show_demo_notice", "updated_at", "created_at" FROM \`site_settings\`;`,
  )
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
