import type { Database } from 'better-sqlite3';
import { SqliteDialect, type DatabaseConnection, type Driver } from 'kysely';

/**
 * Kysely's SQLite dialect, except that a rollback is skipped when SQLite has already rolled the
 * transaction back by itself, as it does on a full disk or an I/O error. Otherwise the failing
 * ROLLBACK ("no transaction is active") would hide the error that explains what happened.
 */
export class AppSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: Database) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.rollbackTransaction = async (connection: DatabaseConnection) => {
      if (this.sqlite.inTransaction) await rollback(connection);
    };
    return driver;
  }
}
