#pragma once

#include <QString>
#include <QtTest>

// The throwaway PostgreSQL server that CTest's pg_server_start fixture runs for the team workspace
// suites (tests/pg/pg_server.sh). Without one the suites skip with a message, unless
// TENURE_REQUIRE_PG=1 (make test, CI): then they fail, so CI never passes without the server.
namespace tenure::test {

class PgTestServer
{
public:
    // True when the server is up; otherwise *reason says why not.
    static bool available(QString* reason);
    static bool required();
    // postgresql://tenure@127.0.0.1:PORT/database (the superuser, trust authentication).
    static QString url(const QString& database, const QString& user = QStringLiteral("tenure"));
    // A new empty database with a unique name; empty with *error on failure.
    static QString createDatabase(QString* error);
    // Runs statements on database as the superuser.
    static bool exec(const QString& database, const QStringList& statements, QString* error);
};

} // namespace tenure::test

// In a test function: skips (or, where the server is required, fails) without the server.
#define TENURE_NEED_SERVER()                                                                                 \
    do {                                                                                                     \
        QString tenureServerReason;                                                                          \
        if (!tenure::test::PgTestServer::available(&tenureServerReason)) {                                   \
            if (tenure::test::PgTestServer::required())                                                      \
                QFAIL(qPrintable(QStringLiteral("TENURE_REQUIRE_PG=1 but ") + tenureServerReason));          \
            QSKIP(qPrintable(tenureServerReason));                                                           \
        }                                                                                                    \
    } while (false)
