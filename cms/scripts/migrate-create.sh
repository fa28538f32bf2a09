#!/bin/sh
# `npm run migrate:create -w @velkomst/cms -- <name>`: Payload's migration, named, with the type
# imports our lint rules ask for (Payload writes them as value imports).
set -e
payload migrate:create "$@"
sed -i -E 's/^import \{ MigrateUpArgs, MigrateDownArgs, sql \}/import { sql, type MigrateDownArgs, type MigrateUpArgs }/' src/migrations/*.ts
