#!/bin/sh
# Runs once, when the postgres container creates its data folder (docker-entrypoint-initdb.d).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_user="${APP_DB_USER:-directory_app}" -v app_password="$APP_DB_PASSWORD" -v app_db="${APP_DB_NAME:-directory}" \
  -f /docker-entrypoint-initdb.d/app-role.psql
