#include "Filters.h"

#include "Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHash>
#include <QLabel>
#include <QSettings>
#include <QSqlQuery>

namespace tenure {

DashboardFilter DashboardFilter::load(const QSettings& settings)
{
    DashboardFilter filter;
    filter.grain =
        grainFromName(settings.value(QStringLiteral("filter/grain")).toString()).value_or(Grain::Month);
    filter.from = settings.value(QStringLiteral("filter/from")).toString();
    filter.to = settings.value(QStringLiteral("filter/to")).toString();
    filter.segmentAttribute = settings.value(QStringLiteral("filter/segmentAttribute")).toString();
    filter.segmentValue = settings.value(QStringLiteral("filter/segmentValue")).toString();
    return filter;
}

void DashboardFilter::save(QSettings& settings) const
{
    settings.setValue(QStringLiteral("filter/grain"), grainName(grain));
    settings.setValue(QStringLiteral("filter/from"), from);
    settings.setValue(QStringLiteral("filter/to"), to);
    settings.setValue(QStringLiteral("filter/segmentAttribute"), segmentAttribute);
    settings.setValue(QStringLiteral("filter/segmentValue"), segmentValue);
}

namespace workspaceinfo {

std::optional<std::pair<MonthIndex, MonthIndex>> scanMonthRange(Workspace& workspace);
QStringList scanSegmentAttributes(Workspace& workspace);
QStringList scanSegmentValues(Workspace& workspace, const QString& attribute);

// The filter bar asks these at every filter change, and the scans take a while on a large
// workspace: the answers are kept for one state of the data (the token changes with every import).
struct Answers
{
    QString key;
    bool haveRange = false;
    std::optional<std::pair<MonthIndex, MonthIndex>> range;
    std::optional<QStringList> attributes;
    QHash<QString, QStringList> values;
};

Answers& answersFor(Workspace& workspace)
{
    static Answers answers;
    const QString key = workspace.path() + QLatin1Char('\n') + workspace.dataToken() + QLatin1Char('\n') +
                        QString::number(workspace.dataVersion());
    if (answers.key != key)
        answers = Answers{key, false, std::nullopt, std::nullopt, {}};
    return answers;
}

std::optional<std::pair<MonthIndex, MonthIndex>> monthRange(Workspace& workspace)
{
    Answers& answers = answersFor(workspace);
    if (!answers.haveRange) {
        answers.range = scanMonthRange(workspace);
        answers.haveRange = true;
    }
    return answers.range;
}

QStringList segmentAttributes(Workspace& workspace)
{
    Answers& answers = answersFor(workspace);
    if (!answers.attributes)
        answers.attributes = scanSegmentAttributes(workspace);
    return *answers.attributes;
}

QStringList segmentValues(Workspace& workspace, const QString& attribute)
{
    Answers& answers = answersFor(workspace);
    auto it = answers.values.find(attribute);
    if (it == answers.values.end())
        it = answers.values.insert(attribute, scanSegmentValues(workspace, attribute));
    return *it;
}

Prefetched prefetch(Workspace& workspace)
{
    Prefetched answers;
    answers.dataToken = workspace.dataToken();
    answers.dataVersion = workspace.dataVersion();
    answers.attributes = scanSegmentAttributes(workspace);
    for (const QString& attribute : answers.attributes)
        answers.values.insert(attribute, scanSegmentValues(workspace, attribute));
    return answers;
}

void adopt(Workspace& workspace, const Prefetched& prefetched)
{
    if (prefetched.dataToken != workspace.dataToken() || prefetched.dataVersion != workspace.dataVersion())
        return; // the data changed since: the cache asks again
    Answers& answers = answersFor(workspace);
    answers.haveRange = true;
    answers.range = prefetched.range;
    answers.attributes = prefetched.attributes;
    answers.values = prefetched.values;
}

std::optional<std::pair<MonthIndex, MonthIndex>> monthRange(Workspace& workspace,
                                                            const std::optional<MonthRange>& revenueMonths)
{
    if (revenueMonths)
        return std::make_pair(revenueMonths->first, revenueMonths->last);
    return scanMonthRange(workspace);
}

std::optional<std::pair<MonthIndex, MonthIndex>> scanMonthRange(Workspace& workspace)
{
    QSqlQuery query(workspace.database());
    if (query.exec(QStringLiteral("SELECT min(month), max(month) FROM revenue")) && query.next() &&
        !query.value(0).isNull())
        return std::make_pair(fromYyyymm(query.value(0).toInt()), fromYyyymm(query.value(1).toInt()));
    std::optional<std::pair<MonthIndex, MonthIndex>> range;
    for (const auto& entry : workspace.summary()) {
        // Account creation dates reach far back and are no KPI period.
        if (entry.kind == DataKind::Accounts || !entry.first.isValid() || !entry.last.isValid())
            continue;
        const MonthIndex first = monthIndexOf(entry.first);
        const MonthIndex last = monthIndexOf(entry.last);
        if (!range)
            range = std::make_pair(first, last);
        else
            range = std::make_pair(std::min(range->first, first), std::max(range->second, last));
    }
    return range;
}

QStringList scanSegmentAttributes(Workspace& workspace)
{
    QStringList result;
    QSqlQuery query(workspace.database());
    for (const char* column : {"plan", "region", "industry", "size", "owner"}) {
        const QString name = QString::fromLatin1(column);
        if (query.exec(QStringLiteral("SELECT 1 FROM accounts WHERE %1 IS NOT NULL AND %1 <> '' LIMIT 1")
                           .arg(name)) &&
            query.next())
            result << name;
    }
    if (query.exec(QStringLiteral("SELECT DISTINCT attribute FROM account_attributes ORDER BY attribute"))) {
        while (query.next())
            result << query.value(0).toString();
    }
    return result;
}

QStringList scanSegmentValues(Workspace& workspace, const QString& attribute)
{
    QStringList result;
    if (attribute.isEmpty())
        return result;
    QSqlQuery query(workspace.database());
    static const QStringList builtIn = {QStringLiteral("plan"), QStringLiteral("region"),
                                        QStringLiteral("industry"), QStringLiteral("size"),
                                        QStringLiteral("owner")};
    if (builtIn.contains(attribute)) {
        query.prepare(
            QStringLiteral("SELECT DISTINCT %1 FROM accounts WHERE %1 IS NOT NULL AND %1 <> '' ORDER BY 1")
                .arg(attribute));
    } else {
        query.prepare(QStringLiteral(
            "SELECT DISTINCT value FROM account_attributes WHERE attribute = ? AND value <> '' ORDER BY 1"));
        query.addBindValue(attribute);
    }
    if (query.exec()) {
        while (query.next())
            result << query.value(0).toString();
    }
    return result;
}

namespace {
bool isBuiltIn(const QString& attribute)
{
    static const QStringList builtIn = {QStringLiteral("plan"), QStringLiteral("region"),
                                        QStringLiteral("industry"), QStringLiteral("size"),
                                        QStringLiteral("owner")};
    return builtIn.contains(attribute);
}
} // namespace

QString segmentCondition(const QString& attribute, const QString& value, QVariantList* binds)
{
    if (attribute.isEmpty() || value.isEmpty())
        return QStringLiteral("1");
    if (isBuiltIn(attribute)) {
        if (value == QLatin1String("unknown"))
            return QStringLiteral("(a.%1 IS NULL OR a.%1 = '')").arg(attribute);
        *binds << value;
        return QStringLiteral("a.%1 = ?").arg(attribute);
    }
    *binds << attribute << value;
    return QStringLiteral(
        "EXISTS (SELECT 1 FROM account_attributes x WHERE x.account_id = a.id AND x.attribute = ? AND "
        "x.value = ?)");
}

QSet<QString> accountKeysIn(Workspace& workspace, const QString& attribute, const QString& value)
{
    QSet<QString> result;
    QVariantList binds;
    const QString condition = segmentCondition(attribute, value, &binds);
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT a.account_key FROM accounts a WHERE %1").arg(condition));
    for (const QVariant& bind : binds)
        query.addBindValue(bind);
    if (query.exec()) {
        while (query.next())
            result.insert(query.value(0).toString());
    }
    return result;
}

QList<Period> periods(Grain grain, MonthIndex first, MonthIndex last)
{
    QList<Period> result;
    if (last < first)
        return result;
    Period period = Period::containing(grain, first);
    while (period.firstMonth <= last) {
        result << period;
        period = period.next();
    }
    return result;
}

} // namespace workspaceinfo

FilterBar::FilterBar(QWidget* parent) : QToolBar(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    setMovable(false);
    auto addBox = [this](QComboBox*& box, const char* name) {
        auto* label = new QLabel(this);
        m_labels << addWidget(label);
        box = new QComboBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        label->setBuddy(box);
        addWidget(box);
        addSeparator();
    };
    addBox(m_grain, "grain");
    addBox(m_from, "from");
    addBox(m_to, "to");
    addBox(m_attribute, "segmentAttribute");
    addBox(m_value, "segmentValue");
    m_grain->addItem(QString(), QStringLiteral("month"));
    m_grain->addItem(QString(), QStringLiteral("quarter"));
    m_grain->addItem(QString(), QStringLiteral("year"));
    retranslate();

    for (QComboBox* box : {m_grain, m_from, m_to, m_attribute, m_value}) {
        connect(box, &QComboBox::activated, this, [this, box] {
            if (m_updating)
                return;
            readWidgets();
            // A new grain or attribute changes what the other boxes offer.
            if (box == m_grain || box == m_attribute)
                rebuild();
            emit filterChanged(m_filter);
        });
    }
}

void FilterBar::retranslate()
{
    setWindowTitle(tr("Filters"));
    const char* texts[] = {QT_TR_NOOP("&Grain:"), QT_TR_NOOP("F&rom:"), QT_TR_NOOP("&To:"),
                           QT_TR_NOOP("&Segment:"), QT_TR_NOOP("&Value:")};
    for (int i = 0; i < m_labels.size(); ++i)
        static_cast<QLabel*>(widgetForAction(m_labels.at(i)))->setText(tr(texts[i]));
    m_grain->setItemText(0, tr("Month"));
    m_grain->setItemText(1, tr("Quarter"));
    m_grain->setItemText(2, tr("Year"));
    m_grain->setAccessibleName(tr("Period grain"));
    m_from->setAccessibleName(tr("First period"));
    m_to->setAccessibleName(tr("Last period"));
    m_attribute->setAccessibleName(tr("Segment attribute"));
    m_value->setAccessibleName(tr("Segment value"));
    if (m_attribute->count() > 0)
        m_attribute->setItemText(0, tr("All accounts"));
    if (m_value->count() > 0)
        m_value->setItemText(0, tr("Each value"));
}

void FilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void FilterBar::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    rebuild();
}

void FilterBar::setFilter(const DashboardFilter& filter)
{
    m_filter = filter;
    rebuild();
}

void FilterBar::readWidgets()
{
    m_filter.grain = grainFromName(m_grain->currentData().toString()).value_or(Grain::Month);
    m_filter.from = m_from->currentData().toString();
    m_filter.to = m_to->currentData().toString();
    m_filter.segmentAttribute = m_attribute->currentData().toString();
    m_filter.segmentValue = m_value->currentData().toString();
}

void FilterBar::rebuild()
{
    m_updating = true;
    m_grain->setCurrentIndex(std::max(0, m_grain->findData(grainName(m_filter.grain))));

    // The range boxes offer the periods of the chosen grain; a period that does not exist at
    // this grain (e.g. after switching month -> quarter) becomes the one containing it.
    QList<Period> periods;
    if (m_workspace) {
        if (const auto range = workspaceinfo::monthRange(*m_workspace))
            periods = workspaceinfo::periods(m_filter.grain, range->first, range->second);
    }
    auto convert = [this](const QString& label) -> QString {
        if (label.isEmpty())
            return {};
        const auto parsed = Period::parse(label);
        if (!parsed)
            return {};
        return Period::containing(m_filter.grain, parsed->firstMonth).label();
    };
    // Without a workspace nothing is known yet: keep the filter as given (read from settings).
    if (!m_workspace) {
        m_updating = false;
        return;
    }
    m_filter.from = convert(m_filter.from);
    m_filter.to = convert(m_filter.to);
    for (QComboBox* box : {m_from, m_to}) {
        box->clear();
        box->addItem(box == m_from ? tr("First") : tr("Last"), QString());
        for (const Period& period : periods)
            box->addItem(period.label(), period.label());
    }
    const int fromIndex = m_from->findData(m_filter.from);
    const int toIndex = m_to->findData(m_filter.to);
    if (fromIndex < 0)
        m_filter.from.clear();
    if (toIndex < 0)
        m_filter.to.clear();
    m_from->setCurrentIndex(std::max(0, fromIndex));
    m_to->setCurrentIndex(std::max(0, toIndex));

    m_attribute->clear();
    m_attribute->addItem(tr("All accounts"), QString());
    if (m_workspace) {
        for (const QString& attribute : workspaceinfo::segmentAttributes(*m_workspace))
            m_attribute->addItem(attribute, attribute);
    }
    int attributeIndex = m_attribute->findData(m_filter.segmentAttribute);
    if (attributeIndex < 0) {
        m_filter.segmentAttribute.clear();
        attributeIndex = 0;
    }
    m_attribute->setCurrentIndex(attributeIndex);

    m_value->clear();
    m_value->addItem(tr("Each value"), QString());
    if (m_workspace && !m_filter.segmentAttribute.isEmpty()) {
        for (const QString& value : workspaceinfo::segmentValues(*m_workspace, m_filter.segmentAttribute))
            m_value->addItem(value, value);
    }
    int valueIndex = m_value->findData(m_filter.segmentValue);
    if (valueIndex < 0) {
        m_filter.segmentValue.clear();
        valueIndex = 0;
    }
    m_value->setCurrentIndex(valueIndex);
    m_value->setEnabled(!m_filter.segmentAttribute.isEmpty());
    m_updating = false;
}

} // namespace tenure
