#include "Schema.h"

namespace tenure::schema {

namespace {

// Version 1. Money is integer cents; dates are ISO 'YYYY-MM-DD' text; revenue months are yyyymm
// integers. Kinds whose natural key is "an id, else all columns" keep it in row_key. batch_id names
// the import that wrote the row, so a batch can be removed.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE import_batches ("
                       " id INTEGER PRIMARY KEY,"
                       " file_name TEXT NOT NULL,"
                       " file_path TEXT,"
                       " file_size INTEGER NOT NULL DEFAULT 0,"
                       " sha256 TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " mapping TEXT,"
                       " imported_at TEXT NOT NULL,"
                       " rows_read INTEGER NOT NULL DEFAULT 0,"
                       " rows_imported INTEGER NOT NULL DEFAULT 0,"
                       " rows_rejected INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX import_batches_sha ON import_batches(sha256)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE column_mappings ("
            " signature TEXT PRIMARY KEY, kind TEXT NOT NULL, mapping TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE accounts ("
                       " id INTEGER PRIMARY KEY,"
                       " account_key TEXT NOT NULL UNIQUE,"
                       " name TEXT, plan TEXT, region TEXT, industry TEXT, size TEXT, owner TEXT,"
                       " created_at TEXT,"
                       " batch_id INTEGER)"),
        QStringLiteral("CREATE TABLE account_attributes ("
                       " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " attribute TEXT NOT NULL, value TEXT,"
                       " batch_id INTEGER,"
                       " PRIMARY KEY (account_id, attribute)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE revenue ("
                       " account_id INTEGER NOT NULL REFERENCES accounts(id),"
                       " month INTEGER NOT NULL,"
                       " mrr INTEGER NOT NULL,"
                       " plan TEXT,"
                       " batch_id INTEGER,"
                       " PRIMARY KEY (account_id, month)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE subscriptions ("
                       " id INTEGER PRIMARY KEY,"
                       " row_key TEXT NOT NULL UNIQUE,"
                       " account_id INTEGER NOT NULL REFERENCES accounts(id),"
                       " start_date TEXT NOT NULL, end_date TEXT,"
                       " amount INTEGER NOT NULL,"
                       " interval TEXT NOT NULL DEFAULT 'month',"
                       " quantity REAL NOT NULL DEFAULT 1,"
                       " subscription_id TEXT,"
                       " batch_id INTEGER)"),
        QStringLiteral("CREATE TABLE orders ("
                       " id INTEGER PRIMARY KEY,"
                       " row_key TEXT NOT NULL UNIQUE,"
                       " order_id TEXT,"
                       " account_id INTEGER NOT NULL REFERENCES accounts(id),"
                       " ordered_at TEXT NOT NULL,"
                       " amount INTEGER NOT NULL,"
                       " type TEXT,"
                       " batch_id INTEGER)"),
        QStringLiteral("CREATE TABLE surveys ("
                       " id INTEGER PRIMARY KEY,"
                       " row_key TEXT NOT NULL UNIQUE,"
                       " response_id TEXT,"
                       " account_id INTEGER REFERENCES accounts(id),"
                       " responded_at TEXT NOT NULL,"
                       " survey TEXT NOT NULL,"
                       " score REAL NOT NULL,"
                       " comment TEXT,"
                       " batch_id INTEGER)"),
        QStringLiteral("CREATE TABLE tickets ("
                       " id INTEGER PRIMARY KEY,"
                       " ticket_id TEXT NOT NULL UNIQUE,"
                       " account_id INTEGER REFERENCES accounts(id),"
                       " created_at TEXT NOT NULL, resolved_at TEXT,"
                       " contacts INTEGER NOT NULL,"
                       " channel TEXT,"
                       " batch_id INTEGER)"),
        QStringLiteral("CREATE TABLE signups ("
                       " id INTEGER PRIMARY KEY,"
                       " signup_id TEXT NOT NULL UNIQUE,"
                       " account_id INTEGER REFERENCES accounts(id),"
                       " signed_up_at TEXT NOT NULL, activated_at TEXT,"
                       " batch_id INTEGER)"),
        QStringLiteral("CREATE TABLE funnel ("
                       " date TEXT NOT NULL, source TEXT NOT NULL DEFAULT '',"
                       " visitors INTEGER NOT NULL, conversions INTEGER NOT NULL,"
                       " batch_id INTEGER,"
                       " PRIMARY KEY (date, source)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE costs ("
                       " id INTEGER PRIMARY KEY,"
                       " row_key TEXT NOT NULL UNIQUE,"
                       " date TEXT NOT NULL, amount INTEGER NOT NULL, category TEXT,"
                       " batch_id INTEGER)"),
        QStringLiteral("CREATE TABLE renewals ("
                       " account_id INTEGER NOT NULL REFERENCES accounts(id),"
                       " due_date TEXT NOT NULL,"
                       " renewed INTEGER NOT NULL,"
                       " arr_before INTEGER, arr_after INTEGER,"
                       " batch_id INTEGER,"
                       " PRIMARY KEY (account_id, due_date)) WITHOUT ROWID"),
        // User edits of benchmark bands; a KPI with no rows here uses the built-in defaults.
        QStringLiteral("CREATE TABLE bands ("
                       " kpi TEXT NOT NULL, position INTEGER NOT NULL,"
                       " label TEXT NOT NULL, lower REAL, upper REAL, colour TEXT, source TEXT,"
                       " PRIMARY KEY (kpi, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE targets ("
                       " kpi TEXT NOT NULL,"
                       " segment_attribute TEXT NOT NULL DEFAULT '',"
                       " segment_value TEXT NOT NULL DEFAULT '',"
                       " value REAL NOT NULL, due_date TEXT,"
                       " PRIMARY KEY (kpi, segment_attribute, segment_value)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX surveys_account ON surveys(account_id)"),
        QStringLiteral("CREATE INDEX tickets_account ON tickets(account_id)"),
        QStringLiteral("CREATE INDEX subscriptions_account ON subscriptions(account_id)"),
    };
}

// Version 2: a random id per workspace and a random token per state of its data, so caches kept
// outside the file (the KPI engine's snapshot) know what they belong to.
QStringList version2()
{
    return {QStringLiteral("INSERT OR IGNORE INTO settings(key, value) "
                           "VALUES('workspace_id', lower(hex(randomblob(16))))"),
            QStringLiteral("INSERT OR IGNORE INTO settings(key, value) "
                           "VALUES('data_token', lower(hex(randomblob(16))))")};
}

// Version 3: what real exports mean (issue 10).
// - subscriptions keep each snapshot's version of a subscription: valid_from is the as-of date of the
//   batch that brought it ('' = from the start), so a later export changes a subscription from its
//   own date on and the months before keep what the earlier export said. amount is now the amount
//   per billing interval for all units (quantity already applied), interval_count the number of
//   intervals per bill (Chargebee's billing_period 3 = every 3 months), status, plan and trial_end
//   as the export says.
// - renewals.renewed may be NULL: an upcoming renewal from a pipeline export, no outcome yet.
// - tickets carry a satisfaction rating and its comment (they feed CSAT).
// - import_batches record the batch's as-of date and the rows skipped on purpose (deals not won).
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE subscriptions_v3 ("
                       " id INTEGER PRIMARY KEY,"
                       " row_key TEXT NOT NULL,"
                       " valid_from TEXT NOT NULL DEFAULT '',"
                       " account_id INTEGER NOT NULL REFERENCES accounts(id),"
                       " start_date TEXT NOT NULL, end_date TEXT,"
                       " amount INTEGER NOT NULL,"
                       " interval TEXT NOT NULL DEFAULT 'month',"
                       " interval_count INTEGER NOT NULL DEFAULT 1,"
                       " quantity REAL NOT NULL DEFAULT 1,"
                       " subscription_id TEXT,"
                       " status TEXT, plan TEXT, trial_end TEXT,"
                       " batch_id INTEGER,"
                       " UNIQUE (row_key, valid_from))"),
        QStringLiteral("INSERT INTO subscriptions_v3(id, row_key, account_id, start_date, end_date, amount, "
                       "interval, quantity, subscription_id, batch_id) "
                       "SELECT id, row_key, account_id, start_date, end_date, "
                       "CAST(round(amount * quantity) AS INTEGER), interval, quantity, subscription_id, "
                       "batch_id FROM subscriptions"),
        QStringLiteral("DROP TABLE subscriptions"),
        QStringLiteral("ALTER TABLE subscriptions_v3 RENAME TO subscriptions"),
        QStringLiteral("CREATE INDEX subscriptions_account ON subscriptions(account_id)"),
        QStringLiteral("CREATE TABLE renewals_v3 ("
                       " account_id INTEGER NOT NULL REFERENCES accounts(id),"
                       " due_date TEXT NOT NULL,"
                       " renewed INTEGER,"
                       " arr_before INTEGER, arr_after INTEGER,"
                       " batch_id INTEGER,"
                       " PRIMARY KEY (account_id, due_date)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO renewals_v3 SELECT account_id, due_date, renewed, arr_before, arr_after, "
                       "batch_id FROM renewals"),
        QStringLiteral("DROP TABLE renewals"),
        QStringLiteral("ALTER TABLE renewals_v3 RENAME TO renewals"),
        QStringLiteral("ALTER TABLE tickets ADD COLUMN satisfaction REAL"),
        QStringLiteral("ALTER TABLE tickets ADD COLUMN satisfaction_comment TEXT"),
        QStringLiteral("ALTER TABLE import_batches ADD COLUMN as_of TEXT"),
        QStringLiteral("ALTER TABLE import_batches ADD COLUMN rows_skipped INTEGER NOT NULL DEFAULT 0"),
    };
}

// Version 4: several currencies (issue 15).
// - Money columns stay integer hundredths of a unit, now of the row's own currency: currency is its
//   ISO code, NULL for the workspace's home currency (the one its money was first imported in,
//   setting home_currency), so single-currency workspaces store and read nothing more.
// - fx_rates: 1 currency = rate base on date (per_base = 1: rate currency = 1 base, the ECB's way).
QStringList version4()
{
    QStringList statements;
    for (const char* table : {"revenue", "subscriptions", "orders", "costs", "renewals"})
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN currency TEXT").arg(QLatin1String(table));
    statements << QStringLiteral("CREATE TABLE fx_rates ("
                                 " date TEXT NOT NULL,"
                                 " currency TEXT NOT NULL,"
                                 " base TEXT NOT NULL,"
                                 " rate REAL NOT NULL,"
                                 " per_base INTEGER NOT NULL DEFAULT 0,"
                                 " batch_id INTEGER,"
                                 " PRIMARY KEY (date, currency, base)) WITHOUT ROWID")
               << QStringLiteral("INSERT OR IGNORE INTO settings(key, value) "
                                 "SELECT 'home_currency', value FROM settings WHERE key = 'currency'");
    return statements;
}

// A team workspace (PostgreSQL) starts at version 4, the schema above as it stands after its
// migrations, in PostgreSQL's types: 64-bit integers like SQLite's, double precision for SQLite's
// REAL (8 bytes), and text compared byte by byte (COLLATE "C") so keys, ORDER BY and uniqueness
// behave exactly as in a .tenure file whatever the server's locale.
QStringList postgresVersion4()
{
    const QString id = QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    QStringList statements = {
        QStringLiteral("CREATE TABLE tenure_workspace (application TEXT NOT NULL, version INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE import_batches (id %1, file_name TEXT NOT NULL, file_path TEXT, "
                       "file_size BIGINT NOT NULL DEFAULT 0, sha256 TEXT NOT NULL, kind TEXT NOT NULL, "
                       "mapping TEXT, imported_at TEXT NOT NULL, rows_read BIGINT NOT NULL DEFAULT 0, "
                       "rows_imported BIGINT NOT NULL DEFAULT 0, rows_rejected BIGINT NOT NULL DEFAULT 0, "
                       "as_of TEXT, rows_skipped BIGINT NOT NULL DEFAULT 0)")
            .arg(id),
        QStringLiteral("CREATE INDEX import_batches_sha ON import_batches(sha256)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE column_mappings (signature TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                       "mapping TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE accounts (id %1, account_key TEXT NOT NULL UNIQUE, name TEXT, plan TEXT, "
            "region TEXT, industry TEXT, size TEXT, owner TEXT, created_at TEXT, batch_id BIGINT)")
            .arg(id),
        QStringLiteral("CREATE TABLE account_attributes (account_id BIGINT NOT NULL REFERENCES accounts(id) "
                       "ON DELETE CASCADE, attribute TEXT NOT NULL, value TEXT, batch_id BIGINT, "
                       "PRIMARY KEY (account_id, attribute))"),
        QStringLiteral(
            "CREATE TABLE revenue (account_id BIGINT NOT NULL REFERENCES accounts(id), "
            "month BIGINT NOT NULL, mrr BIGINT NOT NULL, plan TEXT, batch_id BIGINT, currency TEXT, "
            "PRIMARY KEY (account_id, month))"),
        QStringLiteral("CREATE TABLE subscriptions (id %1, row_key TEXT NOT NULL, valid_from TEXT NOT NULL "
                       "DEFAULT '', account_id BIGINT NOT NULL REFERENCES accounts(id), start_date TEXT NOT "
                       "NULL, end_date TEXT, amount BIGINT NOT NULL, interval TEXT NOT NULL DEFAULT 'month', "
                       "interval_count BIGINT NOT NULL DEFAULT 1, quantity DOUBLE PRECISION NOT NULL DEFAULT "
                       "1, subscription_id TEXT, status TEXT, plan TEXT, trial_end TEXT, batch_id BIGINT, "
                       "currency TEXT, UNIQUE (row_key, valid_from))")
            .arg(id),
        QStringLiteral("CREATE INDEX subscriptions_account ON subscriptions(account_id)"),
        QStringLiteral("CREATE TABLE orders (id %1, row_key TEXT NOT NULL UNIQUE, order_id TEXT, account_id "
                       "BIGINT NOT NULL REFERENCES accounts(id), ordered_at TEXT NOT NULL, amount BIGINT NOT "
                       "NULL, type TEXT, batch_id BIGINT, currency TEXT)")
            .arg(id),
        QStringLiteral("CREATE TABLE surveys (id %1, row_key TEXT NOT NULL UNIQUE, response_id TEXT, "
                       "account_id BIGINT REFERENCES accounts(id), responded_at TEXT NOT NULL, survey TEXT "
                       "NOT NULL, score DOUBLE PRECISION NOT NULL, comment TEXT, batch_id BIGINT)")
            .arg(id),
        QStringLiteral("CREATE TABLE tickets (id %1, ticket_id TEXT NOT NULL UNIQUE, account_id BIGINT "
                       "REFERENCES accounts(id), created_at TEXT NOT NULL, resolved_at TEXT, contacts BIGINT "
                       "NOT NULL, channel TEXT, batch_id BIGINT, satisfaction DOUBLE PRECISION, "
                       "satisfaction_comment TEXT)")
            .arg(id),
        QStringLiteral("CREATE TABLE signups (id %1, signup_id TEXT NOT NULL UNIQUE, account_id BIGINT "
                       "REFERENCES accounts(id), signed_up_at TEXT NOT NULL, activated_at TEXT, batch_id "
                       "BIGINT)")
            .arg(id),
        QStringLiteral("CREATE TABLE funnel (date TEXT NOT NULL, source TEXT NOT NULL DEFAULT '', visitors "
                       "BIGINT NOT NULL, conversions BIGINT NOT NULL, batch_id BIGINT, PRIMARY KEY (date, "
                       "source))"),
        QStringLiteral("CREATE TABLE costs (id %1, row_key TEXT NOT NULL UNIQUE, date TEXT NOT NULL, amount "
                       "BIGINT NOT NULL, category TEXT, batch_id BIGINT, currency TEXT)")
            .arg(id),
        QStringLiteral("CREATE TABLE renewals (account_id BIGINT NOT NULL REFERENCES accounts(id), due_date "
                       "TEXT NOT NULL, renewed BIGINT, arr_before BIGINT, arr_after BIGINT, batch_id BIGINT, "
                       "currency TEXT, PRIMARY KEY (account_id, due_date))"),
        QStringLiteral(
            "CREATE TABLE bands (kpi TEXT NOT NULL, position BIGINT NOT NULL, label TEXT NOT NULL, "
            "lower DOUBLE PRECISION, upper DOUBLE PRECISION, colour TEXT, source TEXT, PRIMARY KEY "
            "(kpi, position))"),
        QStringLiteral("CREATE TABLE targets (kpi TEXT NOT NULL, segment_attribute TEXT NOT NULL DEFAULT '', "
                       "segment_value TEXT NOT NULL DEFAULT '', value DOUBLE PRECISION NOT NULL, due_date "
                       "TEXT, PRIMARY KEY (kpi, segment_attribute, segment_value))"),
        QStringLiteral(
            "CREATE TABLE fx_rates (date TEXT NOT NULL, currency TEXT NOT NULL, base TEXT NOT NULL, "
            "rate DOUBLE PRECISION NOT NULL, per_base BIGINT NOT NULL DEFAULT 0, batch_id BIGINT, "
            "PRIMARY KEY (date, currency, base))"),
        QStringLiteral("CREATE INDEX surveys_account ON surveys(account_id)"),
        QStringLiteral("CREATE INDEX tickets_account ON tickets(account_id)"),
        QStringLiteral("INSERT INTO settings(key, value) VALUES ('workspace_id', md5(random()::text || "
                       "clock_timestamp()::text)), ('data_token', md5(random()::text || "
                       "clock_timestamp()::text)), ('data_version', '0')"),
    };
    for (QString& statement : statements) {
        statement.replace(QStringLiteral(" TEXT"), QStringLiteral(" TEXT COLLATE \"C\""));
        // The importer is the only writer of the data tables and resolves every account id itself
        // (a .tenure file turns its foreign-key checks off while importing for the same reason): a
        // per-row check would cost a million lookups on a large export. Attributes keep theirs, for
        // the cascade.
        if (!statement.startsWith(QLatin1String("CREATE TABLE account_attributes")))
            statement.replace(QStringLiteral(" REFERENCES accounts(id)"), QString());
    }
    return statements;
}

} // namespace

const QList<QStringList>& postgresMigrations()
{
    // Index 3 holds version 4 whole: a team workspace never existed in an older format. Later
    // versions append their steps here, as for SQLite.
    static const QList<QStringList> all = {{}, {}, {}, postgresVersion4()};
    return all;
}

const QList<QStringList>& migrations()
{
    static const QList<QStringList> all = {version1(), version2(), version3(), version4()};
    return all;
}

} // namespace tenure::schema
