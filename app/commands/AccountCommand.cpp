#include "CommandLine.h"
#include "Workspace.h"
#include "commands/Commands.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tenure::cli {

namespace {

QJsonValue jsonNumber(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString fixed(std::optional<double> v, int decimals = 1)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

// The row lists of the story: their column names and rows.
struct Section
{
    const char* name;
    QStringList columns;
    const QList<AccountStory::Row>* rows;
};

QList<Section> sections(const AccountStory& s)
{
    return {
        {"tickets",
         {QStringLiteral("ticket"), QStringLiteral("created"), QStringLiteral("resolved"),
          QStringLiteral("contacts"), QStringLiteral("channel")},
         &s.tickets},
        {"surveys",
         {QStringLiteral("date"), QStringLiteral("survey"), QStringLiteral("score"),
          QStringLiteral("comment")},
         &s.surveys},
        {"renewals",
         {QStringLiteral("due"), QStringLiteral("renewed"), QStringLiteral("arr_before"),
          QStringLiteral("arr_after")},
         &s.renewals},
        {"orders",
         {QStringLiteral("date"), QStringLiteral("order"), QStringLiteral("amount"), QStringLiteral("type")},
         &s.orders}};
}

// Surveys and orders carry their date as a column of their own; tickets and renewals have it in theirs.
QStringList cellsOf(const char* section, const AccountStory::Row& row)
{
    if (qstrcmp(section, "surveys") == 0 || qstrcmp(section, "orders") == 0)
        return QStringList{row.date.toString(Qt::ISODate)} + row.cells;
    return row.cells;
}

} // namespace

int runAccount(const QStringList& args)
{
    CommandParser p(QStringLiteral("account"),
                    QStringLiteral("account --workspace W ID [--format json|table]"));
    p.addOption(QStringLiteral("workspace"), QStringLiteral("The workspace file."), QStringLiteral("W"));
    p.addOption(QStringLiteral("format"), QStringLiteral("table (default) or json."),
                QStringLiteral("FORMAT"));
    if (const int code = p.parse(args); code >= 0)
        return code;
    if (p.positional().size() != 1)
        return fail(p.positional().isEmpty()
                        ? QStringLiteral("account: which account? (tenure account --workspace W ID)")
                        : QStringLiteral("account: unexpected argument %1").arg(p.positional().at(1)),
                    Usage);
    const QString format = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")).toLower()
                                                             : QStringLiteral("table");
    if (format != QLatin1String("json") && format != QLatin1String("table"))
        return fail(
            QStringLiteral("account: bad --format %1 (json or table)").arg(p.value(QStringLiteral("format"))),
            Usage);
    auto workspace = openWorkspace(p, true);
    if (!workspace)
        return Failed;
    KpiEngine engine(*workspace);
    const QString key = p.positional().first();
    const std::optional<AccountStory> story = engine.accountStory(key);
    if (!story)
        return fail(QStringLiteral("account: no account %1 in %2").arg(key, workspace->path()));

    if (format == QLatin1String("json")) {
        QJsonObject attributes;
        for (auto it = story->attributes.begin(); it != story->attributes.end(); ++it)
            attributes.insert(it.key(), it.value());
        QJsonArray months;
        for (const AccountStory::Month& m : story->months) {
            QJsonObject components;
            for (const HealthComponent& c : m.components)
                components.insert(c.id, jsonNumber(c.score));
            months.append(QJsonObject{{QStringLiteral("month"), monthLabel(m.month)},
                                      {QStringLiteral("mrr"), m.mrr},
                                      {QStringLiteral("movement"), m.movement},
                                      {QStringLiteral("change"), m.change},
                                      {QStringLiteral("score"), jsonNumber(m.score)},
                                      {QStringLiteral("band"), m.band},
                                      {QStringLiteral("components"), components}});
        }
        QJsonObject root{{QStringLiteral("account"), story->key},
                         {QStringLiteral("name"), story->name},
                         {QStringLiteral("attributes"), attributes},
                         {QStringLiteral("months"), months}};
        if (story->latest) {
            const AccountHealth& h = *story->latest;
            QJsonArray components;
            for (const HealthComponent& c : h.components)
                components.append(QJsonObject{{QStringLiteral("id"), c.id},
                                              {QStringLiteral("score"), jsonNumber(c.score)},
                                              {QStringLiteral("weight"), c.weight},
                                              {QStringLiteral("detail"), c.detail}});
            root.insert(QStringLiteral("health"),
                        QJsonObject{{QStringLiteral("score"), jsonNumber(h.score)},
                                    {QStringLiteral("band"), h.band},
                                    {QStringLiteral("mrr"), h.mrr},
                                    {QStringLiteral("components"), components},
                                    {QStringLiteral("drags"), QJsonArray::fromStringList(h.drags)}});
        } else {
            root.insert(QStringLiteral("health"), QJsonValue(QJsonValue::Null));
        }
        for (const Section& section : sections(*story)) {
            QJsonArray rows;
            for (const AccountStory::Row& row : *section.rows) {
                const QStringList cells = cellsOf(section.name, row);
                QJsonObject o;
                for (int i = 0; i < section.columns.size(); ++i)
                    o.insert(section.columns.at(i), cells.value(i));
                rows.append(o);
            }
            root.insert(QString::fromLatin1(section.name), rows);
        }
        out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return Ok;
    }

    QString text = QStringLiteral("%1  %2\n").arg(story->key, story->name);
    for (auto it = story->attributes.begin(); it != story->attributes.end(); ++it)
        text += QStringLiteral("  %1: %2\n").arg(it.key(), it.value());
    if (story->latest && story->latest->score) {
        const AccountHealth& h = *story->latest;
        text += QStringLiteral("\nhealth %1 (%2)").arg(fixed(h.score), h.band);
        if (!h.drags.isEmpty())
            text += QStringLiteral(", pulled down by %1").arg(h.drags.join(QStringLiteral(", ")));
        text += QLatin1Char('\n');
        QList<QStringList> rows;
        for (const HealthComponent& c : h.components)
            rows << QStringList{c.id, fixed(c.score),
                                c.weight > 0 ? QString::number(100 * c.weight, 'f', 0) + QLatin1Char('%')
                                             : QString(),
                                c.detail};
        text += output::textTable({QStringLiteral("component"), QStringLiteral("score"),
                                   QStringLiteral("weight"), QStringLiteral("detail")},
                                  rows, {true, false, false, true});
    }
    QStringList header{QStringLiteral("month"),  QStringLiteral("mrr"),   QStringLiteral("movement"),
                       QStringLiteral("change"), QStringLiteral("score"), QStringLiteral("band")};
    QList<bool> isText{true, false, true, false, false, true};
    QList<QStringList> rows;
    for (const AccountStory::Month& m : story->months) {
        if (m.mrr <= 0 && m.movement.isEmpty())
            continue;
        rows << QStringList{monthLabel(m.month), fixed(m.mrr, 2),
                            m.movement,          m.movement.isEmpty() ? QString() : fixed(m.change, 2),
                            fixed(m.score),      m.band};
    }
    text += QStringLiteral("\nMRR and health by month\n") + output::textTable(header, rows, isText);
    for (const Section& section : sections(*story)) {
        text +=
            QStringLiteral("\n%1 (%2)\n").arg(QString::fromLatin1(section.name)).arg(section.rows->size());
        if (section.rows->isEmpty())
            continue;
        QList<QStringList> cells;
        for (const AccountStory::Row& row : *section.rows)
            cells << cellsOf(section.name, row);
        text += output::textTable(section.columns, cells);
    }
    out(text);
    return Ok;
}

} // namespace tenure::cli
