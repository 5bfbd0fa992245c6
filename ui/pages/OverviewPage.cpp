#include "OverviewPage.h"

#include "Style.h"
#include "kpi/KpiCatalogue.h"
#include "models/KpiModels.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>

#include <algorithm>

namespace tenure {

namespace {
constexpr int TileWidth = 270;

QColor directionColour(int direction, const QPalette& palette)
{
    if (direction == 0)
        return palette.color(QPalette::PlaceholderText);
    const bool dark = style::isDark(palette);
    if (direction > 0)
        return dark ? QColor(0x81, 0xC7, 0x84) : QColor(0x1B, 0x5E, 0x20);
    return dark ? QColor(0xEF, 0x9A, 0x9A) : QColor(0xB7, 0x1C, 0x1C);
}
} // namespace

QString KpiTile::changeText(bool yearBefore) const
{
    const QString& text = yearBefore ? m_yearBefore : m_previous;
    const int sign = yearBefore ? m_yearSign : m_previousSign;
    if (text.isEmpty())
        return {};
    // The arrow says which way the number went (none when it did not, as shown).
    return (sign > 0 ? QStringLiteral("▲ ") : sign < 0 ? QStringLiteral("▼ ") : QString()) + text;
}

QColor KpiTile::changeColour(bool yearBefore) const
{
    return directionColour(yearBefore ? m_yearDirection : m_previousDirection, palette());
}

KpiTile::KpiTile(QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize KpiTile::sizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(TileWidth, line * 7 + 20);
}

QSize KpiTile::minimumSizeHint() const
{
    return QSize(220, sizeHint().height());
}

void KpiTile::setRow(const OverviewModel* model, int row)
{
    auto cell = [&](int column, int role = Qt::DisplayRole) { return model->index(row, column).data(role); };
    m_kpi = cell(OverviewModel::ValueColumn, GridModel::KpiRole).toString();
    m_period = cell(OverviewModel::ValueColumn, GridModel::PeriodRole).toString();
    m_name = cell(OverviewModel::NameColumn).toString();
    m_value = cell(OverviewModel::ValueColumn).toString();
    m_previous = cell(OverviewModel::PreviousChangeColumn).toString();
    m_previousDirection = cell(OverviewModel::PreviousChangeColumn, GridModel::RawValueRole).toInt();
    m_yearBefore = cell(OverviewModel::YearChangeColumn).toString();
    m_yearDirection = cell(OverviewModel::YearChangeColumn, GridModel::RawValueRole).toInt();
    m_previousSign = cell(OverviewModel::PreviousChangeColumn, GridModel::ExtraRole).toInt();
    m_yearSign = cell(OverviewModel::YearChangeColumn, GridModel::ExtraRole).toInt();
    m_band = cell(OverviewModel::BandColumn).toString();
    m_bandColour = cell(OverviewModel::BandColumn, GridModel::BandColourRole).toString();
    m_target = cell(OverviewModel::TargetColumn).toString();
    const QVariant progress = cell(OverviewModel::TargetColumn, GridModel::RawValueRole);
    m_progress = progress.isValid() && !m_target.isEmpty() ? progress.toDouble() : -1;
    m_targetMet = cell(OverviewModel::TargetColumn, GridModel::ExtraRole).toBool();
    m_smallSample = cell(OverviewModel::ValueColumn, GridModel::ExtraRole).toBool();
    m_responses = cell(OverviewModel::ResponsesColumn).toString();
    m_spark = cell(OverviewModel::ValueColumn, GridModel::SparklineRole).toList();
    setToolTip(cell(OverviewModel::ValueColumn, Qt::ToolTipRole).toString());
    setAccessibleName(tr("%1: %2").arg(m_name, m_value));
    QStringList description;
    if (!m_band.isEmpty())
        description << m_band;
    if (!m_previous.isEmpty())
        description << tr("%1 against the previous period").arg(m_previous);
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    update();
}

void KpiTile::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRect area = contentsRect().adjusted(10, 8, -10, -8);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();

    // Band stripe on the left edge: the colour at a glance.
    if (!m_bandColour.isEmpty())
        p.fillRect(QRect(contentsRect().left(), contentsRect().top(), 4, contentsRect().height()),
                   style::bandColour(m_bandColour, pal));

    QFont nameFont = font();
    nameFont.setBold(true);
    p.setFont(nameFont);
    p.setPen(pal.color(QPalette::WindowText));
    const QString name = QFontMetrics(nameFont).elidedText(m_name, Qt::ElideRight, area.width());
    p.drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter, name);

    // Value, large.
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.9);
    big.setBold(true);
    const QFontMetrics bigFm(big);
    // The value takes what it needs; the sparkline gets the rest (or nothing when too narrow).
    const int valueWidth =
        std::min(area.width(), std::max(area.width() * 3 / 5, bigFm.horizontalAdvance(m_value) + 8));
    const QRect valueRect(area.left(), area.top() + line + 2, valueWidth, bigFm.height());
    p.setFont(big);
    p.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter,
               bigFm.elidedText(m_value, Qt::ElideRight, valueRect.width()));

    // Sparkline to the right of the value.
    // Right of the value as drawn, so a long value ("2.669.883 $") never runs under it.
    const int sparkLeft = std::max(area.width() * 3 / 5, bigFm.horizontalAdvance(m_value) + 8) + 6;
    const QRect sparkRect(area.left() + sparkLeft, valueRect.top() + 2, area.width() - sparkLeft,
                          valueRect.height() - 4);
    double lo = 0, hi = 0;
    bool any = false;
    for (const QVariant& v : m_spark) {
        if (!v.isValid())
            continue;
        const double d = v.toDouble();
        lo = any ? std::min(lo, d) : d;
        hi = any ? std::max(hi, d) : d;
        any = true;
    }
    if (any && m_spark.size() > 1 && sparkRect.width() >= 40) {
        QPainterPath path;
        bool started = false;
        const double span = hi - lo > 1e-12 ? hi - lo : 1;
        QPointF last;
        for (int i = 0; i < m_spark.size(); ++i) {
            const QVariant& v = m_spark.at(i);
            if (!v.isValid()) {
                started = false;
                continue;
            }
            const QPointF point(sparkRect.left() + sparkRect.width() * i / double(m_spark.size() - 1),
                                sparkRect.bottom() - (v.toDouble() - lo) / span * sparkRect.height());
            if (started)
                path.lineTo(point);
            else
                path.moveTo(point);
            started = true;
            last = point;
        }
        p.setPen(QPen(pal.color(QPalette::Highlight), 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(pal.color(QPalette::Highlight));
        p.drawEllipse(last, 2.5, 2.5);
    }

    p.setFont(font());
    int y = valueRect.bottom() + 4;
    // Changes against the previous period and the year before. The arrow says which way the
    // number went; the colour says whether that is good.
    auto drawChange = [&](bool yearBefore, const QString& suffix, int x, int width) {
        const QString text = changeText(yearBefore);
        if (text.isEmpty())
            return;
        p.setPen(changeColour(yearBefore));
        const QString full = fm.elidedText(text + QLatin1Char(' ') + suffix, Qt::ElideRight, width);
        p.drawText(QRect(x, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, full);
    };
    // Two columns at the half; a longer first change (German, French) pushes the second right as far
    // as the second still fits, before either is elided.
    const QString previousSuffix = tr("vs prev."), yearSuffix = tr("vs year");
    const int half = area.width() / 2;
    const int firstWidth = fm.horizontalAdvance(changeText(false) + QLatin1Char(' ') + previousSuffix) + 8;
    const int secondWidth = fm.horizontalAdvance(changeText(true) + QLatin1Char(' ') + yearSuffix);
    const int split = std::clamp(firstWidth, half, std::max(half, area.width() - secondWidth));
    drawChange(false, previousSuffix, area.left(), split - 4);
    drawChange(true, yearSuffix, area.left() + split, area.width() - split);
    y += line + 4;

    // Band chip.
    if (!m_band.isEmpty()) {
        const QColor chip = style::bandColour(m_bandColour, pal);
        const int width = std::min(area.width(), fm.horizontalAdvance(m_band) + 14);
        const QRect chipRect(area.left(), y, width, line + 2);
        p.setPen(Qt::NoPen);
        p.setBrush(chip);
        p.drawRoundedRect(chipRect, 4, 4);
        p.setPen(style::textOn(chip));
        p.drawText(chipRect, Qt::AlignCenter, fm.elidedText(m_band, Qt::ElideRight, chipRect.width() - 8));
    } else if (m_value == QStringLiteral("–")) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(area.left(), y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("No data in this period"));
    }
    if (m_smallSample || !m_responses.isEmpty()) {
        const QString sample =
            m_smallSample ? tr("small sample (n=%1)").arg(m_responses) : tr("n=%1").arg(m_responses);
        p.setPen(m_smallSample ? directionColour(-1, pal) : pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(area.left(), y, area.width(), line + 2), Qt::AlignRight | Qt::AlignVCenter, sample);
    }
    y += line + 8;

    // Progress to target.
    if (!m_target.isEmpty()) {
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(area.left(), y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_target, Qt::ElideRight, area.width()));
        y += line + 2;
        if (m_progress >= 0) {
            const QRect bar(area.left(), y, area.width(), 5);
            p.setPen(Qt::NoPen);
            QColor track = pal.color(QPalette::Mid);
            track.setAlpha(90);
            p.setBrush(track);
            p.drawRoundedRect(bar, 2, 2);
            p.setBrush(m_targetMet ? directionColour(1, pal) : pal.color(QPalette::Highlight));
            p.drawRoundedRect(QRect(bar.left(), bar.top(),
                                    int(bar.width() * std::clamp(m_progress, 0.0, 100.0) / 100),
                                    bar.height()),
                              2, 2);
        }
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = contentsRect().adjusted(2, 2, -2, -2);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

void KpiTile::mouseDoubleClickEvent(QMouseEvent* event)
{
    QFrame::mouseDoubleClickEvent(event);
    if (!m_period.isEmpty())
        emit activated(m_kpi, m_period);
}

void KpiTile::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) &&
        !m_period.isEmpty()) {
        emit activated(m_kpi, m_period);
        return;
    }
    QFrame::keyPressEvent(event);
}

OverviewPage::OverviewPage(const DashboardContext* context, QWidget* parent)
    : DashboardPage(context, parent), m_model(new OverviewModel(this))
{
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::RichText);
    layout->addWidget(m_heading);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(
        tr("<h3>No data yet</h3><p>Drop CSV exports from your CRM, billing, support or survey tools on this "
           "window, or use <b>File &gt; Import...</b>.<br>Start with accounts and revenue (MRR) or "
           "subscriptions.</p>"));
    layout->addWidget(m_empty, 1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("KPI tiles"));
    m_content = new QWidget(m_scroll);
    m_layout = new QVBoxLayout(m_content);
    m_scroll->setWidget(m_content);
    layout->addWidget(m_scroll, 1);

    // One tile per KPI, created once; a refresh only changes what they show.
    for (KpiFamily family : allFamilies()) {
        auto* label =
            new QLabel(QStringLiteral("<b>%1</b>").arg(familyName(family).toHtmlEscaped()), m_content);
        m_familyLabels << label;
        m_layout->addWidget(label);
        auto* grid = new QGridLayout;
        grid->setSpacing(8);
        m_grids << grid;
        m_layout->addLayout(grid);
    }
    m_layout->addStretch(1);
    for (size_t i = 0; i < kpiCatalogue().size(); ++i) {
        auto* tile = new KpiTile(m_content);
        connect(tile, &KpiTile::activated, this, [this](const QString& kpi, const QString& period) {
            emit explainRequested(kpi, period, this->context().filter.segmentAttribute,
                                  this->context().filter.segmentValue);
        });
        m_tiles << tile;
    }
    // Tab follows the tiles as drawn: family by family, row by row (not catalogue order).
    QList<KpiTile*> visual;
    for (KpiFamily family : allFamilies())
        for (size_t i = 0; i < kpiCatalogue().size(); ++i)
            if (kpiCatalogue().at(i).family == family)
                visual << m_tiles.at(int(i));
    for (int i = 1; i < visual.size(); ++i)
        setTabOrder(visual.at(i - 1), visual.at(i));
    relayout();
}

void OverviewPage::refresh()
{
    m_model->load(context());
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_scroll->setVisible(!empty);
    for (int row = 0; row < m_model->rowCount() && row < m_tiles.size(); ++row)
        m_tiles.at(row)->setRow(m_model, row);
    QString segment;
    if (!context().filter.segmentAttribute.isEmpty() && !context().filter.segmentValue.isEmpty())
        segment = tr(" · %1 = %2")
                      .arg(context().filter.segmentAttribute.toHtmlEscaped(),
                           context().filter.segmentValue.toHtmlEscaped());
    QString asOf;
    if (context().engine)
        if (const auto month = context().engine->asOf())
            asOf = tr(" · data as of %1").arg(monthLabel(*month));
    m_heading->setText(
        empty ? QString()
              : tr("<b>%1</b>%2%3 · changes against the previous period and a year before · double-click a "
                   "tile to explain it")
                    .arg(m_model->periodLabel().toHtmlEscaped(), segment, asOf));
}

void OverviewPage::resizeEvent(QResizeEvent* event)
{
    DashboardPage::resizeEvent(event);
    relayout();
}

void OverviewPage::relayout()
{
    // The page's own width: the scroll area's viewport is not resized yet when this runs.
    const int available = width() - 2 * style()->pixelMetric(QStyle::PM_ScrollBarExtent) - 24;
    const int columns = std::clamp(available / TileWidth, 1, 6);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QGridLayout* grid : m_grids) {
        for (KpiTile* tile : m_tiles)
            grid->removeWidget(tile);
    }
    QList<int> counts(m_grids.size(), 0);
    const QList<KpiFamily> families = allFamilies();
    for (size_t i = 0; i < kpiCatalogue().size(); ++i) {
        const int family = int(families.indexOf(kpiCatalogue().at(i).family));
        QGridLayout* grid = m_grids.value(family);
        if (!grid)
            continue;
        const int n = counts[family]++;
        grid->addWidget(m_tiles.at(int(i)), n / columns, n % columns);
    }
    for (QGridLayout* grid : m_grids) {
        for (int c = 0; c < 6; ++c)
            grid->setColumnStretch(c, c < columns ? 1 : 0);
    }
}

} // namespace tenure
