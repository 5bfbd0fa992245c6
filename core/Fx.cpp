#include "Fx.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace tenure::fx {

namespace {

bool isAsciiCode(QStringView t)
{
    return t.size() == 3 && std::all_of(t.begin(), t.end(), [](QChar c) {
               return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
           });
}

bool isDollar(const QString& code)
{
    static const QStringList dollars = {QStringLiteral("USD"), QStringLiteral("CAD"), QStringLiteral("AUD"),
                                        QStringLiteral("NZD"), QStringLiteral("SGD"), QStringLiteral("HKD"),
                                        QStringLiteral("MXN"), QStringLiteral("TWD")};
    return dollars.contains(code);
}

bool isMarkChar(QChar c)
{
    return !c.isDigit() && !c.isSpace() && c != u'-' && c != u'+' && c != u'(' && c != u')' && c != u'.' &&
           c != u',' && c != u'\'' && c != u'\u2212';
}

QString seriesKey(const QString& currency, const QString& base)
{
    return currency + QLatin1Char('>') + base;
}

} // namespace

int decimals(QStringView code)
{
    static const QStringList zero = {QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"),
                                     QStringLiteral("GNF"), QStringLiteral("ISK"), QStringLiteral("JPY"),
                                     QStringLiteral("KMF"), QStringLiteral("KRW"), QStringLiteral("PYG"),
                                     QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("UYI"),
                                     QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("XAF"),
                                     QStringLiteral("XOF"), QStringLiteral("XPF")};
    static const QStringList three = {QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"),
                                      QStringLiteral("KWD"), QStringLiteral("LYD"), QStringLiteral("OMR"),
                                      QStringLiteral("TND")};
    const QString c = code.toString();
    return zero.contains(c) ? 0 : three.contains(c) ? 3 : 2;
}

qint64 hundredthsPerMinorUnit(QStringView code)
{
    return decimals(code) == 0 ? 100 : 1; // three decimals: kept to the hundredth
}

QString codeOf(QStringView mark, const QString& workspaceCurrency)
{
    const QString t = mark.trimmed().toString();
    if (t.isEmpty())
        return {};
    struct Symbol
    {
        const char16_t* text;
        const char* code;
    };
    static const Symbol symbols[] = {
        {u"US$", "USD"},  {u"U$S", "USD"}, {u"USD$", "USD"}, {u"C$", "CAD"},  {u"CA$", "CAD"},
        {u"CAD$", "CAD"}, {u"A$", "AUD"},  {u"AU$", "AUD"},  {u"NZ$", "NZD"}, {u"S$", "SGD"},
        {u"HK$", "HKD"},  {u"R$", "BRL"},  {u"MX$", "MXN"},  {u"€", "EUR"},   {u"£", "GBP"},
        {u"JP¥", "JPY"},  {u"CN¥", "CNY"}, {u"RMB", "CNY"},  {u"元", "CNY"},  {u"円", "JPY"},
        {u"₹", "INR"},    {u"₩", "KRW"},   {u"₽", "RUB"},  {u"₺", "TRY"},   {u"₪", "ILS"},
        {u"₫", "VND"},    {u"₱", "PHP"},   {u"zł", "PLN"},   {u"Kč", "CZK"},  {u"SFr", "CHF"},
        {u"Fr.", "CHF"},  {u"CHF", "CHF"}, {u"₣", "CHF"},
    };
    // Before the three-letter codes: RMB is a name of the yuan, not an ISO code.
    for (const Symbol& s : symbols)
        if (t == QStringView(s.text))
            return QString::fromLatin1(s.code);
    if (isAsciiCode(t))
        return t.toUpper();
    if (t == QLatin1String("$"))
        return isDollar(workspaceCurrency) ? workspaceCurrency : QStringLiteral("USD");
    if (t == QStringLiteral("\u00a5") || t == QStringLiteral("\uffe5"))
        return workspaceCurrency == QLatin1String("CNY") ? workspaceCurrency : QStringLiteral("JPY");
    if (t.compare(QLatin1String("kr"), Qt::CaseInsensitive) == 0 || t == QLatin1String("kr."))
        return QStringList{QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"),
                           QStringLiteral("ISK")}
                       .contains(workspaceCurrency)
                   ? workspaceCurrency
                   : QString();
    return {};
}

QStringView markIn(QStringView value)
{
    const QStringView v = value.trimmed();
    qsizetype i = 0;
    while (i < v.size() &&
           (v[i] == u'(' || v[i] == u'-' || v[i] == u'+' || v[i] == u'\u2212' || v[i].isSpace()))
        ++i;
    qsizetype start = i;
    while (i < v.size() && isMarkChar(v[i]))
        ++i;
    if (i > start)
        return v.mid(start, i - start);
    qsizetype j = v.size();
    while (j > 0 && (v[j - 1] == u')' || v[j - 1] == u'-' || v[j - 1].isSpace()))
        --j;
    const qsizetype end = j;
    while (j > 0 && isMarkChar(v[j - 1]))
        --j;
    return end > j ? v.mid(j, end - j) : QStringView();
}

FxRates FxRates::load(const QSqlDatabase& db)
{
    FxRates rates;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT date, currency, base, rate, per_base FROM fx_rates")))
        return rates;
    while (q.next()) {
        const QDate date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (!date.isValid())
            continue;
        rates.add({int(date.toJulianDay()), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toDouble(), q.value(4).toInt() != 0});
    }
    return rates;
}

void FxRates::add(const RateRow& row)
{
    if (!(row.rate > 0) || !std::isfinite(row.rate) || row.currency == row.base)
        return;
    std::vector<Point>& points = m_series[seriesKey(row.currency, row.base)];
    const Point p{row.day, row.rate, row.perBase};
    const auto at = std::lower_bound(points.begin(), points.end(), row.day,
                                     [](const Point& a, int d) { return a.day < d; });
    if (at != points.end() && at->day == row.day)
        *at = p;
    else
        points.insert(at, p);
    if (!m_bases.contains(row.base)) {
        m_bases << row.base;
        m_bases.sort();
    }
}

QStringList FxRates::currencies() const
{
    QStringList all = m_bases;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        const QString currency = it.key().section(QLatin1Char('>'), 0, 0);
        if (!all.contains(currency))
            all << currency;
    }
    all.sort();
    return all;
}

bool FxRates::valueIn(const QString& currency, const QString& base, int day, double* num, double* den,
                      int* rateDay, double* rate) const
{
    if (currency == base) {
        *num = *den = 1;
        *rateDay = -1;
        *rate = 1;
        return true;
    }
    const auto it = m_series.constFind(seriesKey(currency, base));
    if (it == m_series.cend())
        return false;
    const std::vector<Point>& points = *it;
    // The latest point on or before day.
    const auto after =
        std::upper_bound(points.begin(), points.end(), day, [](int d, const Point& p) { return d < p.day; });
    if (after == points.begin())
        return false;
    const Point& p = *(after - 1);
    *rateDay = p.day;
    *rate = p.rate;
    if (p.perBase)
        *num = 1, *den = p.rate;
    else
        *num = p.rate, *den = 1;
    return true;
}

std::optional<Conversion> FxRates::convert(const QString& from, const QString& to, int julianDay) const
{
    if (from == to)
        return Conversion{};
    // Direct quotes first (to or from is the base), then a common base, alphabetically.
    QStringList bases{to, from};
    for (const QString& b : m_bases)
        if (b != to && b != from)
            bases << b;
    for (const QString& base : bases) {
        double fn = 0, fd = 0, tn = 0, td = 0;
        Conversion c;
        if (!valueIn(from, base, julianDay, &fn, &fd, &c.fromDay, &c.fromRate) ||
            !valueIn(to, base, julianDay, &tn, &td, &c.toDay, &c.toRate))
            continue;
        c.base = base;
        c.factor = (fn * td) / (fd * tn);
        return c;
    }
    return std::nullopt;
}

qint64 FxRates::apply(qint64 hundredths, double factor, QStringView to)
{
    const qint64 step = hundredthsPerMinorUnit(to);
    const long double units = static_cast<long double>(hundredths) * static_cast<long double>(factor) / step;
    return qint64(std::llround(units)) * step;
}

QString FxRates::describe(const QString& from, const QString& to, const Conversion& c)
{
    auto date = [](int day) { return QDate::fromJulianDay(day).toString(Qt::ISODate); };
    const QString head = QStringLiteral("1 %1 = %2 %3").arg(from, QString::number(c.factor, 'g', 6), to);
    if (from == to)
        return head;
    if (c.fromDay >= 0 && c.toDay >= 0)
        return QStringLiteral("%1 (through %2: rates of %3 and %4)")
            .arg(head, c.base, date(c.fromDay), date(c.toDay));
    return QStringLiteral("%1 (rate of %2)").arg(head, date(c.fromDay >= 0 ? c.fromDay : c.toDay));
}

QStringList missingRates(const QSqlDatabase& db, const QString& home, const QString& to, const FxRates& rates)
{
    struct Source
    {
        const char* table;
        const char* column;
        bool monthEnd; // MRR: the rate of the month's last day
    };
    static const Source sources[] = {{"revenue", "month", true},
                                     {"subscriptions", "start_date", true},
                                     {"orders", "ordered_at", false},
                                     {"costs", "date", false},
                                     {"renewals", "due_date", false}};
    QStringList missing;
    QSqlQuery q(db);
    for (const Source& source : sources) {
        if (!q.exec(QStringLiteral("SELECT coalesce(currency, '%1'), min(%2) FROM %3 GROUP BY 1")
                        .arg(home, QLatin1String(source.column), QLatin1String(source.table))))
            continue;
        while (q.next()) {
            const QString currency = q.value(0).toString();
            if (currency == to)
                continue;
            QDate date;
            if (q.value(1).typeId() == QMetaType::LongLong || q.value(1).typeId() == QMetaType::Int) {
                const int yyyymm = q.value(1).toInt();
                date = QDate(yyyymm / 100, yyyymm % 100, 1);
            } else {
                date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            }
            if (!date.isValid())
                continue;
            if (source.monthEnd)
                date = date.addDays(date.daysInMonth() - date.day());
            if (!rates.convert(currency, to, int(date.toJulianDay())))
                missing << QStringLiteral("no rate from %1 to %2 on or before %3 (%4)")
                               .arg(currency, to, date.toString(Qt::ISODate), QLatin1String(source.table));
        }
    }
    return missing;
}

const QStringList& moneyTables()
{
    static const QStringList tables = {QStringLiteral("revenue"), QStringLiteral("subscriptions"),
                                       QStringLiteral("orders"), QStringLiteral("costs"),
                                       QStringLiteral("renewals")};
    return tables;
}

QStringList currenciesInUse(const QSqlDatabase& db, const QString& home)
{
    QStringList parts;
    for (const QString& table : moneyTables())
        parts << QStringLiteral("SELECT DISTINCT coalesce(currency, '%1') FROM %2").arg(home, table);
    QSqlQuery q(db);
    QStringList codes;
    if (q.exec(parts.join(QStringLiteral(" UNION "))))
        while (q.next())
            if (!codes.contains(q.value(0).toString()))
                codes << q.value(0).toString();
    codes.sort();
    return codes;
}

bool hasMoney(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    for (const QString& table : moneyTables())
        if (q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)) && q.next())
            return true;
    return false;
}

AmountConverter::AmountConverter(const QSqlDatabase& db, QString home, QString to)
    : m_rates(FxRates::load(db)), m_home(std::move(home)), m_to(std::move(to))
{}

std::optional<double> AmountConverter::convert(const QVariant& hundredths, const QVariant& currency,
                                               const QDate& day)
{
    if (hundredths.isNull())
        return std::nullopt;
    const QString from = currency.isNull() || currency.toString().isEmpty() ? m_home : currency.toString();
    const qint64 amount = hundredths.toLongLong();
    if (from == m_to)
        return double(amount);
    const auto c = m_rates.convert(from, m_to, int(day.toJulianDay()));
    if (!c)
        return std::nullopt;
    return double(FxRates::apply(amount, c->factor, m_to));
}

} // namespace tenure::fx
