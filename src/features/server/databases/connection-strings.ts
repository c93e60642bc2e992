import type { Database } from '@/api/databases'

// Connection strings for a database, for pasting into a plugin's config. The password (when the
// person may see it and asked for it) is URL-encoded: the panel's passwords contain `@ + = ^ .`.

const credentials = (db: Database, password: string | null) =>
  password === null
    ? encodeURIComponent(db.username)
    : `${encodeURIComponent(db.username)}:${encodeURIComponent(password)}`

/** The JDBC URL upstream shows: `jdbc:mysql://user:pass@host:port/name`. */
export const jdbcString = (db: Database, password: string | null): string =>
  `jdbc:mysql://${credentials(db, password)}@${db.host}:${db.port}/${db.name}`

/** A `mysql://` URI (mysql CLI ≥ 8 with --uri, most drivers, DATABASE_URL). */
export const mysqlUri = (db: Database, password: string | null): string =>
  `mysql://${credentials(db, password)}@${db.host}:${db.port}/${db.name}`

export const endpoint = (db: Database): string => `${db.host}:${db.port}`
