#include "DemoCsvSink.h"

#include "DataKinds.h"

#include <QDir>

#include <cstring>

namespace tenure::demo {

namespace {

constexpr size_t FlushSize = 1 << 20;

void put(std::string& out, const Cell& cell)
{
    out.append(cell.text, size_t(cell.size));
}

void put(std::string& out, char c)
{
    out.push_back(c);
}

// RFC 4180: quote a field that holds a separator, a quote or a line break.
void putText(std::string& out, std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(text);
        return;
    }
    out.push_back('"');
    for (char c : text) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void putInt(std::string& out, long long value)
{
    char buffer[24];
    out.append(buffer, size_t(writeInt(buffer, value)));
}

void putMoney(std::string& out, long long cents)
{
    char buffer[32];
    out.append(buffer, size_t(writeMoney(buffer, cents)));
}

void putDate(std::string& out, Day day)
{
    if (day == NoDay)
        return;
    char buffer[16];
    out.append(buffer, size_t(writeDate(buffer, day)));
}

} // namespace

DemoCsvSink::DemoCsvSink() = default;

DemoCsvSink::~DemoCsvSink() = default;

bool DemoCsvSink::open(const QString& dir, QString* error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create folder %1").arg(dir);
        return false;
    }
    for (const KindInfo& info : allKinds()) {
        if (info.kind == DataKind::FxRates) // the demo company bills in one currency
            continue;
        Output& output = m_outputs[size_t(info.kind)];
        output.file = std::make_unique<QFile>(QDir(dir).filePath(info.name + QStringLiteral(".csv")));
        if (!output.file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QStringLiteral("cannot write %1: %2")
                         .arg(output.file->fileName(), output.file->errorString());
            return false;
        }
        output.buffer.reserve(FlushSize + 4096);
        output.buffer += templateHeader(info.kind).toStdString();
        if (info.kind == DataKind::Accounts) {
            output.buffer += ',';
            output.buffer += CustomAttribute;
        }
        output.buffer += '\n';
    }
    return true;
}

bool DemoCsvSink::close(QString* error)
{
    for (Output& output : m_outputs) {
        if (!output.file)
            continue;
        flush(output);
        output.file->close();
    }
    if (!m_ok)
        *error = m_error;
    return m_ok;
}

void DemoCsvSink::flush(Output& output)
{
    if (output.buffer.empty() || !m_ok)
        return;
    const qint64 written = output.file->write(output.buffer.data(), qint64(output.buffer.size()));
    if (written != qint64(output.buffer.size())) {
        m_ok = false;
        m_error =
            QStringLiteral("cannot write %1: %2").arg(output.file->fileName(), output.file->errorString());
    }
    m_bytes += qint64(output.buffer.size());
    output.buffer.clear();
}

void DemoCsvSink::endLine(DataKind kind)
{
    Output& output = m_outputs[size_t(kind)];
    output.buffer += '\n';
    if (output.buffer.size() >= FlushSize)
        flush(output);
}

void DemoCsvSink::account(const AccountRow& row)
{
    std::string& out = line(DataKind::Accounts);
    put(out, accountKey(row.id));
    put(out, ',');
    putText(out, row.name);
    put(out, ',');
    putText(out, row.plan);
    put(out, ',');
    putText(out, row.region);
    put(out, ',');
    putText(out, row.industry);
    put(out, ',');
    putText(out, row.size);
    put(out, ',');
    putText(out, row.owner);
    put(out, ',');
    putDate(out, row.createdAt);
    put(out, ',');
    putText(out, row.leadSource);
    endLine(DataKind::Accounts);
}

void DemoCsvSink::revenue(const RevenueRow& row)
{
    std::string& out = line(DataKind::Revenue);
    put(out, accountKey(row.account));
    put(out, ',');
    char month[8];
    out.append(month, size_t(writeMonth(month, row.month)));
    put(out, ',');
    putMoney(out, row.mrr);
    put(out, ',');
    putText(out, row.plan);
    endLine(DataKind::Revenue);
}

void DemoCsvSink::subscription(const SubscriptionRow& row)
{
    std::string& out = line(DataKind::Subscriptions);
    put(out, accountKey(row.account));
    put(out, ',');
    putDate(out, row.start);
    put(out, ',');
    putDate(out, row.end);
    put(out, ',');
    putMoney(out, row.amount);
    put(out, ',');
    putText(out, row.interval);
    put(out, ',');
    putInt(out, row.quantity);
    put(out, ',');
    put(out, subscriptionKey(row.id));
    endLine(DataKind::Subscriptions);
}

void DemoCsvSink::order(const OrderRow& row)
{
    std::string& out = line(DataKind::Orders);
    put(out, orderKey(row.id));
    put(out, ',');
    put(out, accountKey(row.account));
    put(out, ',');
    putDate(out, row.orderedAt);
    put(out, ',');
    putMoney(out, row.amount);
    put(out, ',');
    putText(out, row.type);
    endLine(DataKind::Orders);
}

void DemoCsvSink::survey(const SurveyRow& row)
{
    std::string& out = line(DataKind::Surveys);
    put(out, responseKey(row.id));
    put(out, ',');
    if (row.account)
        put(out, accountKey(row.account));
    put(out, ',');
    putDate(out, row.respondedAt);
    put(out, ',');
    putText(out, row.survey);
    put(out, ',');
    putInt(out, row.score);
    put(out, ',');
    putText(out, row.comment);
    endLine(DataKind::Surveys);
}

void DemoCsvSink::ticket(const TicketRow& row)
{
    std::string& out = line(DataKind::Tickets);
    put(out, ticketKey(row.id));
    put(out, ',');
    put(out, accountKey(row.account));
    put(out, ',');
    putDate(out, row.createdAt);
    put(out, ',');
    putDate(out, row.resolvedAt);
    put(out, ',');
    putInt(out, row.contacts);
    put(out, ',');
    putText(out, row.channel);
    endLine(DataKind::Tickets);
}

void DemoCsvSink::signup(const SignupRow& row)
{
    std::string& out = line(DataKind::Signups);
    put(out, signupKey(row.id));
    put(out, ',');
    put(out, accountKey(row.account));
    put(out, ',');
    putDate(out, row.signedUpAt);
    put(out, ',');
    putDate(out, row.activatedAt);
    endLine(DataKind::Signups);
}

void DemoCsvSink::funnel(const FunnelRow& row)
{
    std::string& out = line(DataKind::Funnel);
    putDate(out, row.date);
    put(out, ',');
    putInt(out, row.visitors);
    put(out, ',');
    putInt(out, row.conversions);
    put(out, ',');
    putText(out, row.source);
    endLine(DataKind::Funnel);
}

void DemoCsvSink::cost(const CostRow& row)
{
    std::string& out = line(DataKind::Costs);
    putDate(out, row.date);
    put(out, ',');
    putMoney(out, row.amount);
    put(out, ',');
    putText(out, row.category);
    endLine(DataKind::Costs);
}

void DemoCsvSink::renewal(const RenewalRow& row)
{
    std::string& out = line(DataKind::Renewals);
    put(out, accountKey(row.account));
    put(out, ',');
    putDate(out, row.dueDate);
    put(out, ',');
    out += row.renewed ? "yes" : "no";
    put(out, ',');
    putMoney(out, row.arrBefore);
    put(out, ',');
    putMoney(out, row.arrAfter);
    endLine(DataKind::Renewals);
}

} // namespace tenure::demo
