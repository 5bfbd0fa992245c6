#include "TestSupport.h"
#include "Workspace.h"
#include "import/ColumnMapper.h"

#include <QtTest>

using namespace tenure;

namespace {

QStringList split(const char* header)
{
    return QString::fromUtf8(header).split(QLatin1Char('|'));
}

// "canonical=header;canonical=header" -> expected pairs
QList<QPair<QString, QString>> pairs(const char* text)
{
    QList<QPair<QString, QString>> result;
    for (const QString& pair : QString::fromUtf8(text).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        result.append({pair.left(eq), pair.mid(eq + 1)});
    }
    return result;
}

} // namespace

class TestColumnMapper : public QObject
{
    Q_OBJECT
private slots:
    void normalisesHeaders_data();
    void normalisesHeaders();
    void guessesKindAndMapping_data();
    void guessesKindAndMapping();
    void unknownHeaderHasNoKind();
    void kindOverrideMapsWhatItCan();
    void accountExtrasBecomeAttributes();
    void otherKindsIgnoreExtras();
    void centsColumns_data();
    void centsColumns();
    void surveyTypeFromHeader_data();
    void surveyTypeFromHeader();
    void jsonRoundTrip();
    void jsonRejectsUnknownNames();
    void rememberedMappings();
    void signatureIgnoresSpelling();
};

void TestColumnMapper::normalisesHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("spaces-case") << QStringLiteral("Customer ID") << QStringLiteral("customerid");
    QTest::newRow("underscores") << QStringLiteral("customer_id") << QStringLiteral("customerid");
    QTest::newRow("punctuation") << QStringLiteral("Created (UTC)") << QStringLiteral("createdutc");
    QTest::newRow("bom") << QStringLiteral("\uFEFFaccount_id") << QStringLiteral("accountid");
    QTest::newRow("slash") << QStringLiteral("Country/Region") << QStringLiteral("countryregion");
    QTest::newRow("only-punctuation") << QStringLiteral(" # ") << QStringLiteral("#");
    QTest::newRow("accented") << QStringLiteral("Créé le") << QStringLiteral("crééle");
}

void TestColumnMapper::normalisesHeaders()
{
    QFETCH(QString, header);
    QFETCH(QString, normalised);
    QCOMPARE(normaliseHeader(header), normalised);
}

void TestColumnMapper::guessesKindAndMapping_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QList<QPair<QString, QString>>>("expected");

    QTest::newRow("canonical-accounts")
        << split("account_id|name|plan|region|industry|size|owner|created_at") << QStringLiteral("accounts")
        << pairs("account_id=account_id;owner=owner;created_at=created_at");
    QTest::newRow("canonical-revenue") << split("account_id|month|mrr") << QStringLiteral("revenue")
                                       << pairs("account_id=account_id;month=month;mrr=mrr");
    QTest::newRow("canonical-tickets")
        << split("ticket_id|account_id|created_at|resolved_at|contacts|channel") << QStringLiteral("tickets")
        << pairs("ticket_id=ticket_id;contacts=contacts");
    QTest::newRow("canonical-renewals")
        << split("account_id|due_date|renewed|arr_before|arr_after") << QStringLiteral("renewals")
        << pairs("due_date=due_date;renewed=renewed");
    QTest::newRow("canonical-costs") << split("date|amount|category") << QStringLiteral("costs")
                                     << pairs("date=date;amount=amount");
    QTest::newRow("canonical-signups")
        << split("signup_id|account_id|signed_up_at|activated_at") << QStringLiteral("signups")
        << pairs("signup_id=signup_id;activated_at=activated_at");
    QTest::newRow("stripe-customers")
        << split("id|Description|Email|Name|Created (UTC)|Delinquent|Plan|Currency")
        << QStringLiteral("accounts") << pairs("account_id=id;name=Name;created_at=Created (UTC);plan=Plan");
    QTest::newRow("stripe-subscriptions")
        << split("id|Customer ID|Customer Email|Plan|Quantity|Interval|Amount|Status|Created (UTC)|Start "
                 "(UTC)|Current Period Start (UTC)|"
                 "Canceled At (UTC)|Ended At (UTC)")
        << QStringLiteral("subscriptions")
        << pairs("subscription_id=id;account_id=Customer "
                 "ID;amount=Amount;interval=Interval;quantity=Quantity;start_date=Start "
                 "(UTC);end_date=Ended At (UTC)");
    QTest::newRow("stripe-subscriptions-plan-amount")
        << split("id|customer|status|Plan Amount|Plan Interval|quantity|Current Period Start|Canceled "
                 "At|created")
        << QStringLiteral("subscriptions")
        << pairs("account_id=customer;amount=Plan Amount;interval=Plan "
                 "Interval;start_date=created;end_date=Canceled At");
    QTest::newRow("chargebee")
        << split("subscription_id|customer_id|plan_id|plan_quantity|plan_amount|"
                 "billing_period_unit|status|started_at|cancelled_at|mrr")
        << QStringLiteral("subscriptions")
        // plan_amount is Chargebee's amount for all units; mrr is a cross-check.
        << pairs("subscription_id=subscription_id;account_id=customer_id;total_amount=plan_"
                 "amount;interval=billing_period_unit;status=status;plan=plan_id;mrr=mrr;"
                 "quantity=plan_quantity;start_date=started_at;end_date=cancelled_at");
    QTest::newRow("baremetrics") << split("customer_oid|customer_email|subscription_oid|plan_oid|plan_amount|"
                                          "plan_interval|quantity|started_at|canceled_at")
                                 << QStringLiteral("subscriptions")
                                 << pairs("subscription_id=subscription_oid;account_id=customer_oid;amount="
                                          "plan_amount;interval=plan_interval;"
                                          "start_date=started_at;end_date=canceled_at");
    QTest::newRow("chartmogul-customers")
        << split("data_source_uuid|external_id|name|email|company|country|lead_created_at")
        << QStringLiteral("accounts")
        << pairs("account_id=external_id;name=name;region=country;created_at=lead_created_at");
    QTest::newRow("chartmogul-invoices")
        << split("invoice_external_id|customer_external_id|date|currency|line_item_type|amount_in_cents|"
                 "quantity")
        << QStringLiteral("orders")
        << pairs("order_id=invoice_external_id;account_id=customer_external_id;ordered_at=date;amount=amount_"
                 "in_cents;type=line_item_type");
    QTest::newRow("hubspot-companies")
        << split(
               "Record ID|Company name|Company owner|Create Date|Industry|Country/Region|Number of Employees")
        << QStringLiteral("accounts")
        << pairs("account_id=Record ID;name=Company name;owner=Company owner;created_at=Create "
                 "Date;industry=Industry;region=Country/Region;size=Number of Employees");
    QTest::newRow("hubspot-deals")
        << split(
               "Record ID|Deal Name|Deal Stage|Amount|Close Date|Deal owner|Associated Company ID|Deal Type")
        << QStringLiteral("orders")
        << pairs("order_id=Record ID;account_id=Associated Company ID;ordered_at=Close "
                 "Date;amount=Amount;type=Deal Type");
    QTest::newRow("salesforce-accounts")
        << split("Account ID|Account Name|Account Owner|Type|Industry|Billing Country|Employees|Created Date")
        << QStringLiteral("accounts")
        << pairs("account_id=Account ID;name=Account Name;owner=Account Owner;region=Billing "
                 "Country;size=Employees;created_at=Created Date");
    QTest::newRow("salesforce-opportunities")
        << split("Opportunity ID|Opportunity Name|Account ID|Account Name|Amount|Close Date|Stage|Type")
        << QStringLiteral("orders")
        << pairs(
               "order_id=Opportunity ID;account_id=Account ID;ordered_at=Close Date;amount=Amount;type=Type");
    QTest::newRow("zendesk")
        << split("Id|Requester|Organization|Subject|Status|Via|Created at|Solved at|Replies")
        << QStringLiteral("tickets")
        << pairs("ticket_id=Id;account_id=Organization;created_at=Created at;resolved_at=Solved "
                 "at;contacts=Replies;channel=Via");
    QTest::newRow("zendesk-agent-replies") << split("Id|Organization|Created at|Solved at|Agent replies")
                                           << QStringLiteral("tickets") << pairs("contacts=Agent replies");
    QTest::newRow("freshdesk")
        << split("Ticket ID|Subject|Status|Source|Type|Created time|Resolved time|Closed time|Agent "
                 "interactions|Company Name")
        << QStringLiteral("tickets")
        << pairs("ticket_id=Ticket ID;created_at=Created time;resolved_at=Resolved time;contacts=Agent "
                 "interactions;channel=Source;account_id=Company Name");
    QTest::newRow("intercom")
        << split(
               "Conversation ID|Created at|First closed at|Teammate replies|Channel|Company ID|Company name")
        << QStringLiteral("tickets")
        << pairs("ticket_id=Conversation ID;resolved_at=First closed at;contacts=Teammate "
                 "replies;account_id=Company ID");
    QTest::newRow("delighted")
        << split("Response ID|Email|Name|Score|Comment|Created At|Updated At|Tags")
        << QStringLiteral("surveys")
        << pairs("response_id=Response ID;score=Score;comment=Comment;responded_at=Created At");
    QTest::newRow("delighted-date") << split("Response ID|Email|Score|Comment|Date")
                                    << QStringLiteral("surveys") << pairs("responded_at=Date");
    QTest::newRow("surveymonkey")
        << split("Respondent ID|Collector ID|Start Date|End Date|Email Address|Custom Data 1|How likely is "
                 "it that you would recommend us to a "
                 "friend?|What is the primary reason for your score?")
        << QStringLiteral("surveys")
        << pairs("response_id=Respondent ID;responded_at=End Date;account_id=Custom Data 1;score=How likely "
                 "is it that you would recommend us "
                 "to a friend?;comment=What is the primary reason for your score?");
    QTest::newRow("typeform") << split("#|How likely are you to recommend Acme to a friend or "
                                       "colleague?|What is the main reason for your score?|Submitted At")
                              << QStringLiteral("surveys")
                              << pairs("response_id=#;score=How likely are you to recommend Acme to a friend "
                                       "or colleague?;comment=What is the "
                                       "main reason for your score?;responded_at=Submitted At");
    QTest::newRow("google-analytics")
        << split("Date|Session source / medium|Users|Sessions|Conversions") << QStringLiteral("funnel")
        << pairs("date=Date;source=Session source / medium;visitors=Users;conversions=Conversions");
    QTest::newRow("google-analytics-ua")
        << split("Date|Source / Medium|Sessions|Transactions") << QStringLiteral("funnel")
        << pairs("visitors=Sessions;conversions=Transactions;source=Source / Medium");
    QTest::newRow("revenue-cents") << split("Customer|Month|MRR (cents)") << QStringLiteral("revenue")
                                   << pairs("account_id=Customer;month=Month;mrr=MRR (cents)");
}

void TestColumnMapper::guessesKindAndMapping()
{
    QFETCH(QStringList, headers);
    QFETCH(QString, kind);
    using Pairs = QList<QPair<QString, QString>>;
    QFETCH(Pairs, expected);
    const ColumnMapper& mapper = ColumnMapper::instance();
    const auto guess = mapper.guessKind(headers);
    QVERIFY2(guess, qPrintable(headers.join(QLatin1Char(','))));
    QCOMPARE(kindName(*guess), kind);
    const ColumnMapping mapping = mapper.map(headers, *guess);
    QVERIFY(mapping.isComplete());
    for (const auto& [canonical, header] : expected) {
        const int column = mapping.columnFor(canonical);
        QVERIFY2(column >= 0, qPrintable(canonical));
        QCOMPARE(mapping.columns.at(column).header, header);
    }
}

void TestColumnMapper::unknownHeaderHasNoKind()
{
    const ColumnMapper& mapper = ColumnMapper::instance();
    QVERIFY(!mapper.guessKind(split("foo|bar|baz")));
    QVERIFY(!mapper.guessKind(split("name|email")));
    // An export that holds no data kind, although its id and name would make an accounts file.
    const QStringList plans = split("data_source_uuid|name|interval_count|interval_unit|external_id");
    QVERIFY(!mapper.guessKind(plans));
    QCOMPARE(mapper.unsupportedExport(plans), QStringLiteral("ChartMogul plans"));
    QVERIFY(mapper.map(plans, DataKind::Accounts).isComplete());
    const QList<KindScore> ranked = mapper.rank(split("foo|bar"));
    QCOMPARE(ranked.size(), qsizetype(allKinds().size()));
    QVERIFY(!ranked.first().complete);
}

void TestColumnMapper::kindOverrideMapsWhatItCan()
{
    const ColumnMapping mapping = ColumnMapper::instance().map(split("account_id|month"), DataKind::Revenue);
    QCOMPARE(mapping.kind, DataKind::Revenue);
    QCOMPARE(mapping.missingRequired(), QStringList{QStringLiteral("mrr")});
    QVERIFY(!mapping.isComplete());
}

void TestColumnMapper::accountExtrasBecomeAttributes()
{
    const ColumnMapping mapping =
        ColumnMapper::instance().map(split("account_id|name|Lead Source|Tier Code| "), DataKind::Accounts);
    QCOMPARE(mapping.columns.at(2).attribute, QStringLiteral("Lead Source"));
    QCOMPARE(mapping.columns.at(3).attribute, QStringLiteral("Tier Code"));
    QVERIFY(mapping.columns.at(4).attribute.isEmpty()); // an empty header keeps nothing
    QVERIFY(mapping.columns.at(1).attribute.isEmpty());
    QCOMPARE(mapping.ignoredHeaders(), QStringList{QStringLiteral(" ")});
}

void TestColumnMapper::otherKindsIgnoreExtras()
{
    const ColumnMapping mapping =
        ColumnMapper::instance().map(split("account_id|month|mrr|Notes"), DataKind::Revenue);
    QCOMPARE(mapping.ignoredHeaders(), QStringList{QStringLiteral("Notes")});
    QVERIFY(mapping.columns.at(3).attribute.isEmpty());
}

void TestColumnMapper::centsColumns_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("cents");
    QTest::newRow("amount_in_cents") << split("order_id|account_id|ordered_at|amount_in_cents")
                                     << QStringLiteral("orders") << QStringLiteral("amount_in_cents")
                                     << int(MappedColumn::Cents::Always);
    QTest::newRow("mrr-cents") << split("account_id|month|MRR (cents)") << QStringLiteral("revenue")
                               << QStringLiteral("MRR (cents)") << int(MappedColumn::Cents::Always);
    // Whole values never make a column cents: Stripe's Amount is in currency units.
    QTest::newRow("stripe-amount") << split("id|Customer ID|Amount|Start (UTC)")
                                   << QStringLiteral("subscriptions") << QStringLiteral("Amount")
                                   << int(MappedColumn::Cents::No);
    QTest::newRow("amount_cents") << split("account_id|start_date|amount_cents")
                                  << QStringLiteral("subscriptions") << QStringLiteral("amount_cents")
                                  << int(MappedColumn::Cents::Always);
    QTest::newRow("plain-mrr") << split("account_id|month|mrr") << QStringLiteral("revenue")
                               << QStringLiteral("mrr") << int(MappedColumn::Cents::No);
    QTest::newRow("order-amount") << split("order_id|account_id|ordered_at|amount")
                                  << QStringLiteral("orders") << QStringLiteral("amount")
                                  << int(MappedColumn::Cents::No);
}

void TestColumnMapper::centsColumns()
{
    QFETCH(QStringList, headers);
    QFETCH(QString, kind);
    QFETCH(QString, header);
    QFETCH(int, cents);
    const ColumnMapping mapping = ColumnMapper::instance().map(headers, *kindFromName(kind));
    const qsizetype index = headers.indexOf(header);
    QCOMPARE(int(mapping.columns.at(index).cents), cents);
}

void TestColumnMapper::surveyTypeFromHeader_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("survey");
    QTest::newRow("nps-question") << split("#|How likely are you to recommend us?|Submitted At")
                                  << QStringLiteral("nps");
    QTest::newRow("csat-question") << split("#|How satisfied were you with our support?|Submitted At")
                                   << QStringLiteral("csat");
    QTest::newRow("ces-question") << split("#|How easy was it to solve your problem?|Submitted At")
                                  << QStringLiteral("ces");
    QTest::newRow("bare-score-defaults-to-nps")
        << split("Response ID|Score|Created At") << QStringLiteral("nps");
    QTest::newRow("survey-column-wins") << split("response_id|responded_at|survey|score") << QString();
}

void TestColumnMapper::surveyTypeFromHeader()
{
    QFETCH(QStringList, headers);
    QFETCH(QString, survey);
    const ColumnMapping mapping = ColumnMapper::instance().map(headers, DataKind::Surveys);
    QVERIFY(mapping.isComplete());
    QCOMPARE(mapping.defaults.value(QStringLiteral("survey")), survey);
}

void TestColumnMapper::jsonRoundTrip()
{
    const QStringList headers = split("id|Customer ID|Amount|Start (UTC)|Interval|Notes");
    ColumnMapping mapping = ColumnMapper::instance().map(headers, DataKind::Subscriptions);
    mapping.defaults.insert(QStringLiteral("interval"), QStringLiteral("year"));
    const auto back = ColumnMapping::fromJson(mapping.toJson(), headers, nullptr);
    QVERIFY(back);
    QCOMPARE(back->kind, DataKind::Subscriptions);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        QCOMPARE(back->columns.at(i).header, headers.at(i));
        QCOMPARE(back->columns.at(i).canonical, mapping.columns.at(i).canonical);
        QCOMPARE(back->columns.at(i).cents, mapping.columns.at(i).cents);
    }
    QCOMPARE(back->defaults, mapping.defaults);
}

void TestColumnMapper::jsonRejectsUnknownNames()
{
    const QStringList headers = split("a|b");
    QString error;
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("nonsense")}};
    QVERIFY(!ColumnMapping::fromJson(json, headers, &error));
    QVERIFY(error.contains(QLatin1String("nonsense")));
    json = QJsonObject{{QStringLiteral("kind"), QStringLiteral("revenue")},
                       {QStringLiteral("columns"),
                        QJsonArray{QJsonObject{{QStringLiteral("header"), QStringLiteral("a")},
                                               {QStringLiteral("canonical"), QStringLiteral("bogus")}}}}};
    QVERIFY(!ColumnMapping::fromJson(json, headers, &error));
    QVERIFY(error.contains(QLatin1String("bogus")));
    json.insert(QStringLiteral("columns"),
                QJsonArray{QJsonObject{{QStringLiteral("header"), QStringLiteral("zzz")},
                                       {QStringLiteral("canonical"), QStringLiteral("mrr")}}});
    QVERIFY(!ColumnMapping::fromJson(json, headers, &error));
    QVERIFY(error.contains(QLatin1String("zzz")));
}

void TestColumnMapper::rememberedMappings()
{
    test::TempWorkspace temp;
    const QStringList headers = split("Kunde|Monat|Umsatz");
    QVERIFY(!ColumnMapper::loadMapping(temp.workspace(), headers));

    ColumnMapping confirmed;
    confirmed.kind = DataKind::Revenue;
    for (const QString& header : headers)
        confirmed.columns.append(MappedColumn{header, {}, {}, 0, MappedColumn::Cents::No});
    confirmed.columns[0].canonical = QStringLiteral("account_id");
    confirmed.columns[1].canonical = QStringLiteral("month");
    confirmed.columns[2].canonical = QStringLiteral("mrr");
    confirmed.columns[2].cents = MappedColumn::Cents::Always;
    QString error;
    QVERIFY2(ColumnMapper::saveMapping(temp.workspace(), headers, confirmed, &error), qPrintable(error));

    auto loaded = ColumnMapper::loadMapping(temp.workspace(), headers);
    QVERIFY(loaded);
    QVERIFY(loaded->remembered);
    QCOMPARE(loaded->kind, DataKind::Revenue);
    QCOMPARE(loaded->columnFor(QStringLiteral("mrr")), 2);
    QCOMPARE(loaded->columns.at(2).cents, MappedColumn::Cents::Always);

    // Saving again replaces; another header is not affected.
    confirmed.columns[2].cents = MappedColumn::Cents::No;
    QVERIFY(ColumnMapper::saveMapping(temp.workspace(), headers, confirmed));
    QCOMPARE(ColumnMapper::loadMapping(temp.workspace(), headers)->columns.at(2).cents,
             MappedColumn::Cents::No);
    QVERIFY(!ColumnMapper::loadMapping(temp.workspace(), split("Kunde|Monat")));
    QVERIFY(ColumnMapper::forgetMapping(temp.workspace(), headers));
    QVERIFY(!ColumnMapper::loadMapping(temp.workspace(), headers));
}

void TestColumnMapper::signatureIgnoresSpelling()
{
    QCOMPARE(ColumnMapper::headerSignature(split("Account ID|Month|MRR")),
             ColumnMapper::headerSignature(split("account_id|month|mrr")));
    QVERIFY(ColumnMapper::headerSignature(split("account_id|month|mrr")) !=
            ColumnMapper::headerSignature(split("month|account_id|mrr")));
}

QTEST_GUILESS_MAIN(TestColumnMapper)
#include "tst_columnmapper.moc"
