<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>tenure::AccountMonthsModel</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Bereich</translation>
    </message>
</context>
<context>
    <name>tenure::AccountPage</name>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Account key</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>account key</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Export PDF...</source>
        <translation>PDF exportieren...</translation>
    </message>
    <message>
        <source>MRR over time</source>
        <translation>MRR im Zeitverlauf</translation>
    </message>
    <message>
        <source>Health score over time</source>
        <translation>Health-Score im Zeitverlauf</translation>
    </message>
    <message>
        <source>Health now</source>
        <translation>Aktuelle Gesundheit</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Verlängerungen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Double-click an account in any list (at-risk accounts, explanations, data) to open it here, or type its key.</source>
        <translation>Doppelklicken Sie in einer beliebigen Liste (gefährdete Kunden, Erklärungen, Daten) auf einen Kunden, um ihn hier zu öffnen, oder geben Sie seine ID ein.</translation>
    </message>
    <message>
        <source>No account &lt;b&gt;%1&lt;/b&gt; in this workspace.</source>
        <translation>Kein Kunde &lt;b&gt;%1&lt;/b&gt; in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Health &lt;b style=&quot;color:%1&quot;&gt;%2 (%3)&lt;/b&gt;</source>
        <translation>Gesundheit &lt;b style=&quot;color:%1&quot;&gt;%2 (%3)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, pulled down by %1</source>
        <translation>, heruntergezogen von %1</translation>
    </message>
    <message>
        <source>MRR now %1. %2</source>
        <translation>MRR aktuell %1. %2</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>What it is made of</source>
        <translation>Zusammensetzung</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <source>ARR before</source>
        <translation>ARR davor</translation>
    </message>
    <message>
        <source>ARR after</source>
        <translation>ARR danach</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>Tickets (%1)</translation>
    </message>
    <message>
        <source>Surveys (%1)</source>
        <translation>Umfragen (%1)</translation>
    </message>
    <message>
        <source>Renewals (%1)</source>
        <translation>Verlängerungen (%1)</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Bestellungen (%1)</translation>
    </message>
    <message>
        <source>MRR (%1) and its movements</source>
        <translation>MRR (%1) und seine Bewegungen</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Health score (red below %1, amber below %2)</source>
        <translation>Health-Score (rot unter %1, gelb unter %2)</translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation>%1 darunter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>tenure::BacktestGroupModel</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Account-months</source>
        <translation>Kundenmonate</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Red churn</source>
        <translation>Abwanderung rot</translation>
    </message>
    <message>
        <source>Green churn</source>
        <translation>Abwanderung grün</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Scored active account-months with 3 later months of data</source>
        <translation>Bewertete aktive Kundenmonate mit Daten für 3 Folgemonate</translation>
    </message>
    <message>
        <source>Of them, churned within the next 3 months</source>
        <translation>Davon innerhalb der nächsten 3 Monate abgewandert</translation>
    </message>
    <message>
        <source>Share of red account-months that churned within 3 months</source>
        <translation>Anteil der roten Kundenmonate mit Abwanderung innerhalb von 3 Monaten</translation>
    </message>
    <message>
        <source>Share of green account-months that churned within 3 months</source>
        <translation>Anteil der grünen Kundenmonate mit Abwanderung innerhalb von 3 Monaten</translation>
    </message>
    <message>
        <source>Red churn share / green churn share: how much riskier red is</source>
        <translation>Abwanderungsanteil rot / Abwanderungsanteil grün: wie viel riskanter Rot ist</translation>
    </message>
    <message>
        <source>The chance that a churner scored below a non-churner (ties count half): 0.5 is a coin toss, 1 a perfect ordering</source>
        <translation>Die Wahrscheinlichkeit, dass ein abgewanderter Kunde einen niedrigeren Score hatte als ein gebliebener (Gleichstände zählen halb): 0,5 ist ein Münzwurf, 1 eine perfekte Reihenfolge</translation>
    </message>
</context>
<context>
    <name>tenure::BacktestModel</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Churned within 3 months</source>
        <translation>Innerhalb von 3 Monaten abgewandert</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>tenure::Bands</name>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>too high</source>
        <translation>zu hoch</translation>
    </message>
    <message>
        <source>target range</source>
        <translation>Zielbereich</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>zufriedenstellend</translation>
    </message>
    <message>
        <source>outstanding</source>
        <translation>herausragend</translation>
    </message>
    <message>
        <source>net expansion (good)</source>
        <translation>Nettowachstum (gut)</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>losing revenue</source>
        <translation>verliert Umsatz</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>great</source>
        <translation>sehr gut</translation>
    </message>
    <message>
        <source>good (ACSI)</source>
        <translation>gut (ACSI)</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>ausgezeichnet</translation>
    </message>
    <message>
        <source>e-commerce benchmark</source>
        <translation>E-Commerce-Benchmark</translation>
    </message>
    <message>
        <source>below benchmark</source>
        <translation>unter Benchmark</translation>
    </message>
    <message>
        <source>amazing</source>
        <translation>hervorragend</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>akzeptabel</translation>
    </message>
    <message>
        <source>above benchmark</source>
        <translation>über Benchmark</translation>
    </message>
</context>
<context>
    <name>tenure::BandsDialog</name>
    <message>
        <source>Benchmark bands and targets</source>
        <translation>Benchmark-Bereiche und Ziele</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>Farbe des Bereichs</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a band</source>
        <translation>Einen Bereich hinzufügen</translation>
    </message>
    <message>
        <source>New band</source>
        <translation>Neuer Bereich</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected band</source>
        <translation>Den ausgewählten Bereich entfernen</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the bands to the defaults</source>
        <translation>Die Bereiche auf die Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>Import a band pack</source>
        <translation>Ein Bereichspaket importieren</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xportieren...</translation>
    </message>
    <message>
        <source>Export a band pack</source>
        <translation>Ein Bereichspaket exportieren</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>Has a target</source>
        <translation>Hat ein Ziel</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>Target has a due date</source>
        <translation>Ziel hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Target due date</source>
        <translation>Fälligkeitsdatum des Ziels</translation>
    </message>
    <message>
        <source>Target segment attribute</source>
        <translation>Segmentattribut des Ziels</translation>
    </message>
    <message>
        <source>segment attribute (optional)</source>
        <translation>Segmentattribut (optional)</translation>
    </message>
    <message>
        <source>Target segment value</source>
        <translation>Segmentwert des Ziels</translation>
    </message>
    <message>
        <source>segment value (optional)</source>
        <translation>Segmentwert (optional)</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a number.</source>
        <translation>Zeile %1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Row %1: a band needs a label.</source>
        <translation>Zeile %1: Ein Bereich braucht eine Bezeichnung.</translation>
    </message>
    <message>
        <source>Row %1 (%2): the lower bound must be below the upper bound.</source>
        <translation>Zeile %1 (%2): Die Untergrenze muss unter der Obergrenze liegen.</translation>
    </message>
    <message>
        <source>Row %1 (%2): &quot;%3&quot; is not a colour such as #2e7d32.</source>
        <translation>Zeile %1 (%2): „%3“ ist keine Farbe wie #2e7d32.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: keep at least one band, or use Reset to defaults.</source>
        <translation>%1: Behalten Sie mindestens einen Bereich oder setzen Sie auf Standard zurück.</translation>
    </message>
    <message>
        <source>Import band pack</source>
        <translation>Bereichspaket importieren</translation>
    </message>
    <message>
        <source>Band packs (*.json);;All files (*)</source>
        <translation>Bereichspakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Export band pack</source>
        <translation>Bereichspaket exportieren</translation>
    </message>
    <message>
        <source>Band packs (*.json)</source>
        <translation>Bereichspakete (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tenure::CohortModel</name>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Cohort %1, month %2 (%3): %4 %</source>
        <translation>Kohorte %1, Monat %2 (%3): %4 %</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>M%1</translation>
    </message>
</context>
<context>
    <name>tenure::CohortsPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Cohort metric</source>
        <translation>Kohortenkennzahl</translation>
    </message>
    <message>
        <source>Customer retention (share of accounts still active)</source>
        <translation>Kundenbindung (Anteil der noch aktiven Kunden)</translation>
    </message>
    <message>
        <source>Revenue retention (MRR against the first month)</source>
        <translation>Umsatzbindung (MRR gegenüber dem ersten Monat)</translation>
    </message>
    <message>
        <source>Cohort heat map</source>
        <translation>Kohorten-Heatmap</translation>
    </message>
    <message>
        <source>No cohorts: cohorts need revenue (MRR) data.</source>
        <translation>Keine Kohorten: Kohorten brauchen Umsatzdaten (MRR).</translation>
    </message>
    <message>
        <source>Rows: month of first MRR. Columns: months since.</source>
        <translation>Zeilen: Monat des ersten MRR. Spalten: Monate danach.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
</context>
<context>
    <name>tenure::CommentsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>tenure::ConnectDialog</name>
    <message>
        <source>Connect to team workspace</source>
        <translation>Mit Team-Arbeitsbereich verbinden</translation>
    </message>
    <message>
        <source>A team workspace lives in a PostgreSQL database shared by your team. The user name and password come from ~/.pgpass, PGPASSWORD or the libpq service file (postgresql:///?service=tenure). A password you type when asked is kept only until Tenure quits.</source>
        <translation>Ein Team-Arbeitsbereich liegt in einer PostgreSQL-Datenbank, die Ihr Team gemeinsam nutzt. Benutzername und Passwort kommen aus ~/.pgpass, PGPASSWORD oder der libpq-Dienstdatei (postgresql:///?service=tenure). Ein Passwort, das Sie auf Nachfrage eingeben, wird nur bis zum Beenden von Tenure aufbewahrt.</translation>
    </message>
    <message>
        <source>Team workspace URL</source>
        <translation>URL des Team-Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>A team workspace URL starts with postgresql://</source>
        <translation>Die URL eines Team-Arbeitsbereichs beginnt mit postgresql://</translation>
    </message>
</context>
<context>
    <name>tenure::DataPage</name>
    <message>
        <source>Data kinds</source>
        <translation>Datenarten</translation>
    </message>
    <message>
        <source>Rows of the selected data kind</source>
        <translation>Zeilen der ausgewählten Datenart</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the workspace holds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was der Arbeitsbereich enthält&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Remove import...</source>
        <translation>Import &amp;entfernen...</translation>
    </message>
    <message>
        <source>Remove the selected import</source>
        <translation>Den ausgewählten Import entfernen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%n row(s))</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%n Zeile)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%n Zeilen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ExplainDialog</name>
    <message>
        <source>all accounts</source>
        <translation>alle Kunden</translation>
    </message>
    <message>
        <source>Explain: %1, %2</source>
        <translation>Erklärung: %1, %2</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 in %2 (%3)</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Numerator:</source>
        <translation>Zähler:</translation>
    </message>
    <message>
        <source>Denominator:</source>
        <translation>Nenner:</translation>
    </message>
    <message>
        <source>Partial period: the data end before the period does.</source>
        <translation>Unvollständiger Zeitraum: Die Daten enden vor dem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>, margin of error ±%1 (95 %)</source>
        <translation>, Fehlermarge ±%1 (95 %)</translation>
    </message>
    <message>
        <source> — small sample (fewer than 30 answers)</source>
        <translation> — kleine Stichprobe (weniger als 30 Antworten)</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Stichprobe:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Behind the number&lt;/b&gt; (%n row(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Hinter der Zahl&lt;/b&gt; (%n Zeile)</numerusform>
            <numerusform>&lt;b&gt;Hinter der Zahl&lt;/b&gt; (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts and rows behind the number</source>
        <translation>Kunden und Zeilen hinter der Zahl</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Computed under the %1 formula profile: %2.</source>
        <translation>Berechnet nach dem Formelprofil %1: %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Under every formula profile&lt;/b&gt; (Settings chooses the one in use)</source>
        <translation>&lt;b&gt;Nach jedem Formelprofil&lt;/b&gt; (das verwendete wird in den Einstellungen gewählt)</translation>
    </message>
    <message>
        <source>The value under every formula profile</source>
        <translation>Der Wert nach jedem Formelprofil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (verwendet)</translation>
    </message>
    <message>
        <source>Every formula profile gives the same value for %1.</source>
        <translation>Alle Formelprofile ergeben für %1 denselben Wert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exchange rates&lt;/b&gt; (MRR at the month&apos;s last rate; orders, costs and renewals at their day&apos;s):</source>
        <translation>&lt;b&gt;Wechselkurse&lt;/b&gt; (MRR zum letzten Kurs des Monats; Bestellungen, Kosten und Verlängerungen zum Kurs ihres Tages):</translation>
    </message>
</context>
<context>
    <name>tenure::FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Grain:</source>
        <translation>&amp;Raster:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Period grain</source>
        <translation>Zeitraster</translation>
    </message>
    <message>
        <source>First period</source>
        <translation>Erster Zeitraum</translation>
    </message>
    <message>
        <source>Last period</source>
        <translation>Letzter Zeitraum</translation>
    </message>
    <message>
        <source>Segment attribute</source>
        <translation>Segmentattribut</translation>
    </message>
    <message>
        <source>Segment value</source>
        <translation>Segmentwert</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Each value</source>
        <translation>Jeder Wert</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
</context>
<context>
    <name>tenure::GridModel</name>
    <message>
        <source>partial period (data ends before the period does)</source>
        <translation>unvollständiger Zeitraum (die Daten enden vor dem Zeitraum)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::HealthConfig</name>
    <message>
        <source>MRR trend</source>
        <translation>MRR-Trend</translation>
    </message>
    <message>
        <source>Latest NPS</source>
        <translation>Letzter NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Ticket load</source>
        <translation>Ticketlast</translation>
    </message>
    <message>
        <source>Product activation</source>
        <translation>Produktaktivierung</translation>
    </message>
    <message>
        <source>Renewal status</source>
        <translation>Verlängerungsstatus</translation>
    </message>
</context>
<context>
    <name>tenure::HealthConfigDialog</name>
    <message>
        <source>Health score</source>
        <translation>Health-Score</translation>
    </message>
    <message>
        <source>Components and weights</source>
        <translation>Komponenten und Gewichte</translation>
    </message>
    <message>
        <source>Custom attribute to add</source>
        <translation>Hinzuzufügendes eigenes Attribut</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>Komponente hinzufügen</translation>
    </message>
    <message>
        <source>Custom attribute:</source>
        <translation>Eigenes Attribut:</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Red below</source>
        <translation>Rot unter</translation>
    </message>
    <message>
        <source>Amber below</source>
        <translation>Gelb unter</translation>
    </message>
    <message>
        <source>Red below:</source>
        <translation>Rot unter:</translation>
    </message>
    <message>
        <source>Amber below (green from):</source>
        <translation>Gelb unter (grün ab):</translation>
    </message>
    <message>
        <source>Lift and AUC by</source>
        <translation>Lift und AUC nach</translation>
    </message>
    <message>
        <source>(all accounts only)</source>
        <translation>(nur alle Kunden)</translation>
    </message>
    <message>
        <source>Does the score predict churn? By:</source>
        <translation>Sagt der Score Abwanderung voraus? Nach:</translation>
    </message>
    <message>
        <source>Lift and AUC</source>
        <translation>Lift und AUC</translation>
    </message>
    <message>
        <source>Each month&apos;s score against churn (MRR 0) within the next 3 months. Lift: red churn share / green churn share. AUC: the chance that a churner scored below a non-churner (0.5 = a coin toss, 1 = perfect).</source>
        <translation>Der Score jedes Monats gegenüber der Abwanderung (MRR 0) in den folgenden 3 Monaten. Lift: Abwanderungsanteil rot / Abwanderungsanteil grün. AUC: die Wahrscheinlichkeit, dass ein abgewanderter Kunde einen niedrigeren Score hatte als ein gebliebener (0,5 = Münzwurf, 1 = perfekt).</translation>
    </message>
    <message>
        <source>Backtest by month and band</source>
        <translation>Backtest nach Monat und Bereich</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Component&lt;/b&gt;</source>
        <translation>&lt;b&gt;Komponente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weight&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gewicht&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Switch the component off: it keeps its weight but counts for nothing</source>
        <translation>Komponente ausschalten: Sie behält ihr Gewicht, zählt aber nicht mit</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <source>Direction of %1</source>
        <translation>Richtung von %1</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>Low end of %1</source>
        <translation>Unteres Ende von %1</translation>
    </message>
    <message>
        <source>High end of %1</source>
        <translation>Oberes Ende von %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>no numeric custom attribute</source>
        <translation>kein numerisches eigenes Attribut</translation>
    </message>
    <message>
        <source>Cannot use this configuration: %1</source>
        <translation>Diese Konfiguration kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>No health scores: they need revenue (MRR) data.</source>
        <translation>Keine Health-Scores: Sie brauchen Umsatzdaten (MRR).</translation>
    </message>
    <message>
        <source>%1 lose their score</source>
        <translation>%1 verlieren ihren Score</translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;In %1 no account changes band&lt;/b&gt; against the saved configuration (%2 active accounts).</source>
        <translation>&lt;b&gt;In %1 wechselt kein Kunde den Bereich&lt;/b&gt; gegenüber der gespeicherten Konfiguration (%2 aktive Kunden).</translation>
    </message>
    <message>
        <source>&lt;b&gt;In %1, %2 of %3 active accounts change band&lt;/b&gt; against the saved configuration: %4.</source>
        <translation>&lt;b&gt;In %1 wechseln %2 von %3 aktiven Kunden den Bereich&lt;/b&gt; gegenüber der gespeicherten Konfiguration: %4.</translation>
    </message>
</context>
<context>
    <name>tenure::HealthModel</name>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Pulling it down</source>
        <translation>Zieht ihn herunter</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation>Nächste Verlängerung</translation>
    </message>
    <message>
        <source>%1, ARR %2</source>
        <translation>%1, ARR %2</translation>
    </message>
</context>
<context>
    <name>tenure::HealthPage</name>
    <message>
        <source>At-risk accounts</source>
        <translation>Gefährdete Kunden</translation>
    </message>
    <message>
        <source>No health scores: they need revenue (MRR) data, and are better with surveys, tickets, signups and renewals.</source>
        <translation>Keine Health-Scores: Sie brauchen Umsatzdaten (MRR) und werden mit Umfragen, Tickets, Anmeldungen und Verlängerungen besser.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Betreuer:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Edit weights...</source>
        <translation>Gewichte bearbeiten...</translation>
    </message>
    <message>
        <source>Health score distribution</source>
        <translation>Verteilung der Health-Scores</translation>
    </message>
    <message>
        <source>Backtest: churn share by band</source>
        <translation>Backtest: Abwanderungsanteil nach Bereich</translation>
    </message>
    <message>
        <source>all owners</source>
        <translation>alle Betreuer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health in %1&lt;/b&gt;: global score %2 (MRR-weighted). Accounts shown: %3 red, %4 amber, %5 green. Below: the &lt;b&gt;%6 at-risk accounts&lt;/b&gt; (red band), highest MRR first, with the components that pull each score down; double-click one to open it.</source>
        <translation>&lt;b&gt;Gesundheit in %1&lt;/b&gt;: Gesamtscore %2 (nach MRR gewichtet). Angezeigte Kunden: %3 rot, %4 gelb, %5 grün. Unten: die &lt;b&gt;%6 gefährdeten Kunden&lt;/b&gt; (roter Bereich), höchster MRR zuerst, mit den Komponenten, die den jeweiligen Score herunterziehen; Doppelklick öffnet den Kunden.</translation>
    </message>
    <message>
        <source>Score distribution (accounts per 10 points)</source>
        <translation>Score-Verteilung (Kunden pro 10 Punkte)</translation>
    </message>
    <message>
        <source>Backtest: share that churned within 3 months, by band (all accounts)</source>
        <translation>Backtest: Anteil mit Abwanderung innerhalb von 3 Monaten, nach Bereich (alle Kunden)</translation>
    </message>
</context>
<context>
    <name>tenure::ImportDialog</name>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>Files to import, in import order</source>
        <translation>Zu importierende Dateien, in Importreihenfolge</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files&lt;/b&gt; (imported in this order: accounts first)</source>
        <translation>&lt;b&gt;Dateien&lt;/b&gt; (in dieser Reihenfolge importiert: Kunden zuerst)</translation>
    </message>
    <message>
        <source>Data kind of the file</source>
        <translation>Datenart der Datei</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Column in file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Rows that would be rejected</source>
        <translation>Zeilen, die abgelehnt würden</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt;: correct the mapping where the guess is wrong</source>
        <translation>&lt;b&gt;Spalten&lt;/b&gt;: Korrigieren Sie die Zuordnung, wo die Vermutung falsch ist</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows that would be rejected&lt;/b&gt; (among the first rows)</source>
        <translation>&lt;b&gt;Zeilen, die abgelehnt würden&lt;/b&gt; (unter den ersten Zeilen)</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Importwarnungen</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot import this file:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Diese Datei kann nicht importiert werden:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · encoding %2 · delimiter %3 · %n data row(s)</source>
        <translation>
            <numerusform>%1 · Kodierung %2 · Trennzeichen %3 · %n Datenzeile</numerusform>
            <numerusform>%1 · Kodierung %2 · Trennzeichen %3 · %n Datenzeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>no kind fits: choose one</source>
        <translation>keine Art passt: bitte wählen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Required columns not mapped:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pflichtspalten nicht zugeordnet:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Target of column %1</source>
        <translation>Ziel der Spalte %1</translation>
    </message>
    <message>
        <source>(custom attribute)</source>
        <translation>(eigenes Attribut)</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignoriert)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflicht)</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importiere...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Breche ab...</translation>
    </message>
    <message>
        <source>%1: %2 rows imported, %3 rejected (%4)</source>
        <translation>%1: %2 Zeilen importiert, %3 abgelehnt (%4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancelled: the file being imported was not written.</source>
        <translation>Abgebrochen: Die gerade importierte Datei wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Worksheet of the workbook</source>
        <translation>Tabellenblatt der Arbeitsmappe</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>Money columns are in &amp;cents (4900 means 49.00)</source>
        <translation>Geldbeträge sind in &amp;Cent (4900 bedeutet 49,00)</translation>
    </message>
    <message>
        <source>Money columns are in cents</source>
        <translation>Geldbeträge sind in Cent</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Einheiten:</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Wie die Datei gelesen wird</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Gelesen als:</translation>
    </message>
    <message numerus="yes">
        <source>%1 · XLSX sheet %2 · %n data row(s)</source>
        <translation>
            <numerusform>%1 · XLSX-Blatt %2 · %n Datenzeile</numerusform>
            <numerusform>%1 · XLSX-Blatt %2 · %n Datenzeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to decide</source>
        <translation>nichts zu entscheiden</translation>
    </message>
    <message>
        <source>Computing the KPIs of the new data...</source>
        <translation>Die KPIs der neuen Daten werden berechnet...</translation>
    </message>
    <message>
        <source>Reading %1 (%2 MB)...</source>
        <translation>%1 wird gelesen (%2 MB)...</translation>
    </message>
    <message numerus="yes">
        <source>%1 · encoding %2 · delimiter %3 · about %n data row(s)</source>
        <translation>
            <numerusform>%1 · Kodierung %2 · Trennzeichen %3 · etwa %n Datenzeile</numerusform>
            <numerusform>%1 · Kodierung %2 · Trennzeichen %3 · etwa %n Datenzeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ImportHistoryModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>tenure::KindRowsModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>tenure::KindSummaryModel</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>tenure::KindText</name>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Verlängerungen</translation>
    </message>
    <message>
        <source>One row per customer account, from your CRM: its id, name, plan, region and any other column you want to filter by.</source>
        <translation>Eine Zeile pro Kundenkonto, aus Ihrem CRM: ID, Name, Tarif, Region und jede weitere Spalte, nach der Sie filtern möchten.</translation>
    </message>
    <message>
        <source>One row per account and month with its monthly recurring revenue, from billing or finance.</source>
        <translation>Eine Zeile pro Kunde und Monat mit dem monatlich wiederkehrenden Umsatz, aus der Abrechnung oder der Buchhaltung.</translation>
    </message>
    <message>
        <source>One row per subscription with its start, end, amount and billing interval, as billing systems export them; Tenure turns them into monthly revenue.</source>
        <translation>Eine Zeile pro Abonnement mit Beginn, Ende, Betrag und Abrechnungsintervall, wie Abrechnungssysteme sie exportieren; Tenure macht daraus monatlichen Umsatz.</translation>
    </message>
    <message>
        <source>One row per purchase outside the subscription, such as add-ons or services.</source>
        <translation>Eine Zeile pro Kauf außerhalb des Abonnements, etwa Add-ons oder Dienstleistungen.</translation>
    </message>
    <message>
        <source>One row per survey answer (NPS, CSAT or CES) with its score and comment.</source>
        <translation>Eine Zeile pro Umfrageantwort (NPS, CSAT oder CES) mit Wert und Kommentar.</translation>
    </message>
    <message>
        <source>One row per support ticket, from your help desk: when it was opened and solved and how many replies it took.</source>
        <translation>Eine Zeile pro Support-Ticket, aus Ihrem Helpdesk: wann es eröffnet und gelöst wurde und wie viele Antworten es brauchte.</translation>
    </message>
    <message>
        <source>One row per new user or trial, from product analytics, with the date it first reached value.</source>
        <translation>Eine Zeile pro neuem Nutzer oder Test, aus der Produktanalyse, mit dem Datum des ersten erreichten Nutzens.</translation>
    </message>
    <message>
        <source>Visitors and conversions per day, week or month, from web analytics.</source>
        <translation>Besucher und Conversions pro Tag, Woche oder Monat, aus der Web-Analyse.</translation>
    </message>
    <message>
        <source>What customer success spends (salaries, tools, programmes), by date and category.</source>
        <translation>Was Customer Success ausgibt (Gehälter, Tools, Programme), nach Datum und Kategorie.</translation>
    </message>
    <message>
        <source>One row per contract up for renewal: its due date, whether it renewed, and its ARR before and after.</source>
        <translation>Eine Zeile pro Vertrag, der zur Verlängerung ansteht: Fälligkeit, ob er verlängert wurde, und ARR davor und danach.</translation>
    </message>
    <message>
        <source>Needed by every other kind; gives the segments.</source>
        <translation>Für alle anderen Arten nötig; liefert die Segmente.</translation>
    </message>
    <message>
        <source>MRR, ARR, churn and retention, MRR movements, cohorts, health.</source>
        <translation>MRR, ARR, Abwanderung und Bindung, MRR-Bewegungen, Kohorten, Gesundheit.</translation>
    </message>
    <message>
        <source>Repeat purchase rate, average order value and purchase frequency.</source>
        <translation>Wiederkaufrate, durchschnittlicher Bestellwert und Kaufhäufigkeit.</translation>
    </message>
    <message>
        <source>NPS, CSAT and CES, the Surveys page.</source>
        <translation>NPS, CSAT und CES, die Seite Umfragen.</translation>
    </message>
    <message>
        <source>First contact resolution and self-service rate.</source>
        <translation>Lösung beim Erstkontakt und Self-Service-Quote.</translation>
    </message>
    <message>
        <source>Product adoption rate and time to value.</source>
        <translation>Produktnutzungsrate und Zeit bis zum Nutzen.</translation>
    </message>
    <message>
        <source>Conversion rate.</source>
        <translation>Conversion-Rate.</translation>
    </message>
    <message>
        <source>Customer retention cost.</source>
        <translation>Kundenbindungskosten.</translation>
    </message>
    <message>
        <source>Renewal rate and net renewal rate.</source>
        <translation>Verlängerungsrate und Netto-Verlängerungsrate.</translation>
    </message>
    <message>
        <source>Revenue (MRR)</source>
        <translation>Umsatz (MRR)</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Support-Tickets</translation>
    </message>
    <message>
        <source>Signups</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Customer-success costs</source>
        <translation>Customer-Success-Kosten</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>Exchange rates by date: date, currency and rate, or the ECB reference-rates file as published.</source>
        <translation>Wechselkurse nach Datum: Datum, Währung und Kurs, oder die Referenzkurs-Datei der EZB, wie veröffentlicht.</translation>
    </message>
    <message>
        <source>Amounts in other currencies, converted into the workspace&apos;s.</source>
        <translation>Beträge in anderen Währungen, umgerechnet in die des Arbeitsbereichs.</translation>
    </message>
</context>
<context>
    <name>tenure::KpiCatalogue</name>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>Monatlich wiederkehrender Umsatz</translation>
    </message>
    <message>
        <source>Annual recurring revenue</source>
        <translation>Jährlich wiederkehrender Umsatz</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neue Kunden</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>Abgewanderte Kunden</translation>
    </message>
    <message>
        <source>Customer churn rate</source>
        <translation>Kundenabwanderungsrate</translation>
    </message>
    <message>
        <source>Customer retention rate</source>
        <translation>Kundenbindungsrate</translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation>Neuer MRR</translation>
    </message>
    <message>
        <source>Expansion MRR</source>
        <translation>Expansions-MRR</translation>
    </message>
    <message>
        <source>Contraction MRR</source>
        <translation>Kontraktions-MRR</translation>
    </message>
    <message>
        <source>Churned MRR</source>
        <translation>Abgewanderter MRR</translation>
    </message>
    <message>
        <source>Reactivation MRR</source>
        <translation>Reaktivierungs-MRR</translation>
    </message>
    <message>
        <source>Net MRR churn</source>
        <translation>Netto-MRR-Churn</translation>
    </message>
    <message>
        <source>Gross MRR churn</source>
        <translation>Brutto-MRR-Churn</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>Netto-Umsatzbindung</translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>Brutto-Umsatzbindung</translation>
    </message>
    <message>
        <source>Average revenue per account</source>
        <translation>Durchschnittsumsatz pro Kunde</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Customer Lifetime Value</translation>
    </message>
    <message>
        <source>Expansion revenue</source>
        <translation>Expansionsumsatz</translation>
    </message>
    <message>
        <source>Upsell and cross-sell rate</source>
        <translation>Upsell- und Cross-Sell-Rate</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>Verlängerungsrate</translation>
    </message>
    <message>
        <source>Net renewal rate</source>
        <translation>Netto-Verlängerungsrate</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Wiederkaufrate</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>Kaufhäufigkeit</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Conversion-Rate</translation>
    </message>
    <message>
        <source>Customer retention cost</source>
        <translation>Kundenbindungskosten</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Kundenzufriedenheit</translation>
    </message>
    <message>
        <source>Customer effort score</source>
        <translation>Customer Effort Score</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>Lösung beim Erstkontakt</translation>
    </message>
    <message>
        <source>Self-service rate</source>
        <translation>Self-Service-Quote</translation>
    </message>
    <message>
        <source>Product adoption rate</source>
        <translation>Produktnutzungsrate</translation>
    </message>
    <message>
        <source>Time to value</source>
        <translation>Zeit bis zum Nutzen</translation>
    </message>
    <message>
        <source>SaaS quick ratio</source>
        <translation>SaaS Quick Ratio</translation>
    </message>
    <message>
        <source>Customer health score</source>
        <translation>Customer-Health-Score</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Sum of account MRR in the period&apos;s last month.</source>
        <translation>Summe des MRR aller Kunden im letzten Monat des Zeitraums.</translation>
    </message>
    <message>
        <source>12 x MRR.</source>
        <translation>12 x MRR.</translation>
    </message>
    <message>
        <source>Accounts with MRR &gt; 0 in the period&apos;s last month (|E|).</source>
        <translation>Kunden mit MRR &gt; 0 im letzten Monat des Zeitraums (|E|).</translation>
    </message>
    <message>
        <source>Accounts active at the end of the period that were not active at its start (|N| = |E \ S|), new and reactivated.</source>
        <translation>Kunden, die am Ende des Zeitraums aktiv waren, zu Beginn aber nicht (|N| = |E \ S|), neue und reaktivierte.</translation>
    </message>
    <message>
        <source>Accounts active at the start of the period (MRR &gt; 0 in the month before it) and not at its end (|S \ E|).</source>
        <translation>Kunden, die zu Beginn des Zeitraums aktiv waren (MRR &gt; 0 im Monat davor) und an seinem Ende nicht mehr (|S \ E|).</translation>
    </message>
    <message>
        <source>|S \ E| / |S|: accounts lost during the period over accounts active at its start.</source>
        <translation>|S \ E| / |S|: im Zeitraum verlorene Kunden durch die zu Beginn aktiven Kunden.</translation>
    </message>
    <message>
        <source>accounts lost (S \ E)</source>
        <translation>verlorene Kunden (S \ E)</translation>
    </message>
    <message>
        <source>accounts active at start (S)</source>
        <translation>zu Beginn aktive Kunden (S)</translation>
    </message>
    <message>
        <source>(|E| - |N|) / |S|: accounts active at the end that were active at the start, over accounts active at the start.</source>
        <translation>(|E| - |N|) / |S|: am Ende aktive Kunden, die schon zu Beginn aktiv waren, durch die zu Beginn aktiven Kunden.</translation>
    </message>
    <message>
        <source>accounts retained (|E| - |N|)</source>
        <translation>gehaltene Kunden (|E| - |N|)</translation>
    </message>
    <message>
        <source>MRR of accounts going 0 -&gt; x that never paid before, summed over the period&apos;s months.</source>
        <translation>MRR der Kunden, die von 0 auf x gehen und nie zuvor gezahlt haben, summiert über die Monate des Zeitraums.</translation>
    </message>
    <message>
        <source>Increase of accounts going x -&gt; y &gt; x (x &gt; 0), summed over the period&apos;s months.</source>
        <translation>Zuwachs der Kunden, die von x auf y &gt; x gehen (x &gt; 0), summiert über die Monate des Zeitraums.</translation>
    </message>
    <message>
        <source>Decrease of accounts going x -&gt; y with 0 &lt; y &lt; x, summed over the period&apos;s months.</source>
        <translation>Rückgang der Kunden, die von x auf y mit 0 &lt; y &lt; x gehen, summiert über die Monate des Zeitraums.</translation>
    </message>
    <message>
        <source>MRR of accounts going x -&gt; 0, summed over the period&apos;s months.</source>
        <translation>MRR der Kunden, die von x auf 0 gehen, summiert über die Monate des Zeitraums.</translation>
    </message>
    <message>
        <source>MRR of accounts going 0 -&gt; x that paid before, summed over the period&apos;s months.</source>
        <translation>MRR der Kunden, die von 0 auf x gehen und früher schon gezahlt haben, summiert über die Monate des Zeitraums.</translation>
    </message>
    <message>
        <source>(churn + contraction - reactivation - expansion) / MRR at the start of the period.</source>
        <translation>(Abwanderung + Kontraktion - Reaktivierung - Expansion) / MRR zu Beginn des Zeitraums.</translation>
    </message>
    <message>
        <source>churn + contraction - reactivation - expansion</source>
        <translation>Abwanderung + Kontraktion - Reaktivierung - Expansion</translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation>MRR zu Beginn</translation>
    </message>
    <message>
        <source>(churn + contraction) / MRR at the start of the period.</source>
        <translation>(Abwanderung + Kontraktion) / MRR zu Beginn des Zeitraums.</translation>
    </message>
    <message>
        <source>churn + contraction</source>
        <translation>Abwanderung + Kontraktion</translation>
    </message>
    <message>
        <source>MRR at the end of the period of the accounts active at its start (S) / their MRR at the start.</source>
        <translation>MRR am Ende des Zeitraums der zu Beginn aktiven Kunden (S) / ihr MRR zu Beginn.</translation>
    </message>
    <message>
        <source>end MRR of S</source>
        <translation>End-MRR von S</translation>
    </message>
    <message>
        <source>start MRR of S</source>
        <translation>Start-MRR von S</translation>
    </message>
    <message>
        <source>Sum over S of min(end, start MRR) / sum over S of start MRR.</source>
        <translation>Summe über S von min(End-, Start-MRR) / Summe über S des Start-MRR.</translation>
    </message>
    <message>
        <source>sum over S of min(end, start)</source>
        <translation>Summe über S von min(Ende, Start)</translation>
    </message>
    <message>
        <source>MRR / active customers.</source>
        <translation>MRR / aktive Kunden.</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>active customers</source>
        <translation>aktive Kunden</translation>
    </message>
    <message>
        <source>ARPA x gross margin / m, m = mean monthly customer churn (fraction) of the up to 12 months ending with the period&apos;s last month that have a churn value.</source>
        <translation>ARPA x Bruttomarge / m, m = mittlere monatliche Kundenabwanderung (Anteil) der bis zu 12 Monate bis zum letzten Monat des Zeitraums, die einen Abwanderungswert haben.</translation>
    </message>
    <message>
        <source>ARPA x gross margin</source>
        <translation>ARPA x Bruttomarge</translation>
    </message>
    <message>
        <source>mean monthly churn (fraction)</source>
        <translation>mittlere monatliche Abwanderung (Anteil)</translation>
    </message>
    <message>
        <source>Expansion MRR + orders of type add-on, upsell or cross-sell in the period.</source>
        <translation>Expansions-MRR + Bestellungen vom Typ Add-on, Upsell oder Cross-Sell im Zeitraum.</translation>
    </message>
    <message>
        <source>Accounts in S with an expansion in the period / |S|.</source>
        <translation>Kunden in S mit einer Expansion im Zeitraum / |S|.</translation>
    </message>
    <message>
        <source>accounts in S with expansion</source>
        <translation>Kunden in S mit Expansion</translation>
    </message>
    <message>
        <source>Renewals due in the period that were renewed / renewals due in the period.</source>
        <translation>Im Zeitraum fällige Verlängerungen, die verlängert wurden / im Zeitraum fällige Verlängerungen.</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>verlängert</translation>
    </message>
    <message>
        <source>renewals due</source>
        <translation>fällige Verlängerungen</translation>
    </message>
    <message>
        <source>Sum of ARR after of the renewals due in the period (0 when not renewed) / sum of their ARR before.</source>
        <translation>Summe des ARR danach der im Zeitraum fälligen Verlängerungen (0, wenn nicht verlängert) / Summe ihres ARR davor.</translation>
    </message>
    <message>
        <source>ARR after</source>
        <translation>ARR danach</translation>
    </message>
    <message>
        <source>ARR before</source>
        <translation>ARR davor</translation>
    </message>
    <message>
        <source>Accounts with 2 or more orders up to the end of the period / accounts with 1 or more.</source>
        <translation>Kunden mit 2 oder mehr Bestellungen bis zum Ende des Zeitraums / Kunden mit 1 oder mehr.</translation>
    </message>
    <message>
        <source>accounts with 2+ orders</source>
        <translation>Kunden mit 2+ Bestellungen</translation>
    </message>
    <message>
        <source>accounts with 1+ orders</source>
        <translation>Kunden mit 1+ Bestellungen</translation>
    </message>
    <message>
        <source>Order revenue in the period / orders in the period.</source>
        <translation>Bestellumsatz im Zeitraum / Bestellungen im Zeitraum.</translation>
    </message>
    <message>
        <source>order revenue</source>
        <translation>Bestellumsatz</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Orders in the period / accounts ordering in the period.</source>
        <translation>Bestellungen im Zeitraum / bestellende Kunden im Zeitraum.</translation>
    </message>
    <message>
        <source>ordering accounts</source>
        <translation>bestellende Kunden</translation>
    </message>
    <message>
        <source>Conversions / visitors in the period.</source>
        <translation>Conversions / Besucher im Zeitraum.</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Customer-success costs in the period / retained accounts (|E| - |N|).</source>
        <translation>Customer-Success-Kosten im Zeitraum / gehaltene Kunden (|E| - |N|).</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>retained accounts</source>
        <translation>gehaltene Kunden</translation>
    </message>
    <message>
        <source>% of NPS answers in the period scoring 9-10 minus % scoring 0-6 (-100 to 100).</source>
        <translation>% der NPS-Antworten im Zeitraum mit 9-10 minus % mit 0-6 (-100 bis 100).</translation>
    </message>
    <message>
        <source>promoters - detractors</source>
        <translation>Promotoren - Kritiker</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS-Antworten</translation>
    </message>
    <message>
        <source>CSAT answers in the period scoring 4-5 on 1-5 / CSAT answers in the period.</source>
        <translation>CSAT-Antworten im Zeitraum mit 4-5 auf der Skala 1-5 / CSAT-Antworten im Zeitraum.</translation>
    </message>
    <message>
        <source>satisfied answers</source>
        <translation>zufriedene Antworten</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>CSAT-Antworten</translation>
    </message>
    <message>
        <source>Mean of the CES answers in the period (1-7, higher = easier).</source>
        <translation>Mittelwert der CES-Antworten im Zeitraum (1-7, höher = leichter).</translation>
    </message>
    <message>
        <source>sum of scores</source>
        <translation>Summe der Werte</translation>
    </message>
    <message>
        <source>CES answers</source>
        <translation>CES-Antworten</translation>
    </message>
    <message>
        <source>Tickets resolved in the period with contacts = 1 / tickets resolved in the period with contacts &gt;= 1.</source>
        <translation>Im Zeitraum gelöste Tickets mit Kontakte = 1 / im Zeitraum gelöste Tickets mit Kontakte &gt;= 1.</translation>
    </message>
    <message>
        <source>resolved on first contact</source>
        <translation>beim Erstkontakt gelöst</translation>
    </message>
    <message>
        <source>resolved by an agent</source>
        <translation>von einem Mitarbeiter gelöst</translation>
    </message>
    <message>
        <source>Issues resolved in the period with contacts = 0 / all issues resolved in the period.</source>
        <translation>Im Zeitraum gelöste Anliegen mit Kontakte = 0 / alle im Zeitraum gelösten Anliegen.</translation>
    </message>
    <message>
        <source>resolved by self-service</source>
        <translation>per Self-Service gelöst</translation>
    </message>
    <message>
        <source>issues resolved</source>
        <translation>gelöste Anliegen</translation>
    </message>
    <message>
        <source>Signups in the period that have activated / signups in the period.</source>
        <translation>Anmeldungen im Zeitraum, die aktiviert wurden / Anmeldungen im Zeitraum.</translation>
    </message>
    <message>
        <source>activated signups</source>
        <translation>aktivierte Anmeldungen</translation>
    </message>
    <message>
        <source>signups</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Median days from signed_up_at to activated_at of the signups in the period that activated.</source>
        <translation>Median der Tage von signed_up_at bis activated_at der im Zeitraum aktivierten Anmeldungen.</translation>
    </message>
    <message>
        <source>(new + reactivation + expansion MRR) / (churn + contraction MRR).</source>
        <translation>(Neu- + Reaktivierungs- + Expansions-MRR) / (Abwanderungs- + Kontraktions-MRR).</translation>
    </message>
    <message>
        <source>new + reactivation + expansion</source>
        <translation>Neu + Reaktivierung + Expansion</translation>
    </message>
    <message>
        <source>Per account, a weighted mean (0-100) of MRR trend, latest NPS, CSAT, ticket load, product activation and renewal status; components without data drop out and the weights renormalise. The global score is the MRR-weighted mean over active accounts.</source>
        <translation>Pro Kunde ein gewichteter Mittelwert (0-100) aus MRR-Trend, letztem NPS, CSAT, Ticketlast, Produktaktivierung und Verlängerungsstatus; Komponenten ohne Daten entfallen, die Gewichte werden neu normiert. Der Gesamtscore ist der nach MRR gewichtete Mittelwert über die aktiven Kunden.</translation>
    </message>
    <message>
        <source>sum of score x MRR</source>
        <translation>Summe von Score x MRR</translation>
    </message>
    <message>
        <source>sum of MRR</source>
        <translation>Summe des MRR</translation>
    </message>
</context>
<context>
    <name>tenure::KpiProfile</name>
    <message>
        <source>LTV = ARPA / mean churn of the six months before the current one, without gross margin.</source>
        <translation>LTV = ARPA / mittlere Abwanderung der sechs Monate vor dem aktuellen, ohne Bruttomarge.</translation>
    </message>
    <message>
        <source>Reactivation does not offset churn in net MRR churn and NRR; LTV = ARPA / the last month&apos;s churn.</source>
        <translation>Reaktivierung gleicht Abwanderung in Netto-MRR-Churn und NRR nicht aus; LTV = ARPA / Abwanderung des letzten Monats.</translation>
    </message>
    <message>
        <source>LTV = ARPA / (1 - the last month&apos;s revenue retention).</source>
        <translation>LTV = ARPA / (1 - Umsatzbindung des letzten Monats).</translation>
    </message>
    <message>
        <source>Tenure&apos;s own definitions (SPEC.md section 4): LTV = ARPA x gross margin / mean churn of up to 12 months.</source>
        <translation>Die Definitionen von Tenure (SPEC.md, Abschnitt 4): LTV = ARPA x Bruttomarge / mittlere Abwanderung von bis zu 12 Monaten.</translation>
    </message>
    <message>
        <source>(churn + contraction - expansion) / MRR at start: reactivation does not offset churn</source>
        <translation>(Abwanderung + Kontraktion - Expansion) / MRR zu Beginn: Reaktivierung gleicht Abwanderung nicht aus</translation>
    </message>
    <message>
        <source>(churn + contraction - reactivation - expansion) / MRR at start</source>
        <translation>(Abwanderung + Kontraktion - Reaktivierung - Expansion) / MRR zu Beginn</translation>
    </message>
    <message>
        <source>100 % - net MRR churn without reactivation; over a quarter it also counts accounts that joined during it</source>
        <translation>100 % - Netto-MRR-Churn ohne Reaktivierung; über ein Quartal zählen auch Kunden, die darin hinzukamen</translation>
    </message>
    <message>
        <source>End MRR of the accounts active at the start / their start MRR</source>
        <translation>End-MRR der zu Beginn aktiven Kunden / ihr MRR zu Beginn</translation>
    </message>
    <message>
        <source>ARPA / mean churn of the 6 months before the last one, no gross margin</source>
        <translation>ARPA / mittlere Abwanderung der 6 Monate vor dem letzten, ohne Bruttomarge</translation>
    </message>
    <message>
        <source>ARPA / churn of the last month, no gross margin</source>
        <translation>ARPA / Abwanderung des letzten Monats, ohne Bruttomarge</translation>
    </message>
    <message>
        <source>ARPA / (1 - revenue retention of the last month)</source>
        <translation>ARPA / (1 - Umsatzbindung des letzten Monats)</translation>
    </message>
    <message>
        <source>ARPA x gross margin / mean churn of the 12 months up to the last one</source>
        <translation>ARPA x Bruttomarge / mittlere Abwanderung der 12 Monate bis zum letzten</translation>
    </message>
    <message>
        <source>churn + contraction - expansion</source>
        <translation>Abwanderung + Kontraktion - Expansion</translation>
    </message>
    <message>
        <source>start MRR - churn - contraction + expansion</source>
        <translation>MRR zu Beginn - Abwanderung - Kontraktion + Expansion</translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation>ARPA</translation>
    </message>
    <message>
        <source>churn of the last month (fraction)</source>
        <translation>Abwanderung des letzten Monats (Anteil)</translation>
    </message>
    <message>
        <source>1 - revenue retention of the last month</source>
        <translation>1 - Umsatzbindung des letzten Monats</translation>
    </message>
    <message>
        <source>mean churn (fraction) of the 6 months before the last</source>
        <translation>mittlere Abwanderung (Anteil) der 6 Monate vor dem letzten</translation>
    </message>
</context>
<context>
    <name>tenure::KpiTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 against the previous period</source>
        <translation>%1 gegenüber dem Vorzeitraum</translation>
    </message>
    <message>
        <source>vs prev.</source>
        <translation>ggü. VP</translation>
    </message>
    <message>
        <source>vs year</source>
        <translation>ggü. VJ</translation>
    </message>
    <message>
        <source>No data in this period</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>small sample (n=%1)</source>
        <translation>kleine Stichprobe (n=%1)</translation>
    </message>
    <message>
        <source>n=%1</source>
        <translation>n=%1</translation>
    </message>
</context>
<context>
    <name>tenure::MainWindow</name>
    <message>
        <source>Dashboard pages</source>
        <translation>Dashboard-Seiten</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Neuer Arbeitsbereich...</translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation>Arbeitsbereich ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>Bericht &amp;exportieren...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Benchmark bands and targets...</source>
        <translation>&amp;Benchmark-Bereiche und Ziele...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tenure</source>
        <translation>Ü&amp;ber Tenure</translation>
    </message>
    <message>
        <source>%1 - Tenure</source>
        <translation>%1 - Tenure</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>Tenure</translation>
    </message>
    <message>
        <source>cannot write screenshot %1</source>
        <translation>Bildschirmfoto %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Tenure workspaces (*.tenure)</source>
        <translation>Tenure-Arbeitsbereiche (*.tenure)</translation>
    </message>
    <message>
        <source>%1 already exists; open it with File &gt; Open workspace.</source>
        <translation>%1 existiert bereits; öffnen Sie ihn mit Datei &gt; Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Tenure workspaces (*.tenure);;All files (*)</source>
        <translation>Tenure-Arbeitsbereiche (*.tenure);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>An import is running; drop the files again when it is done.</source>
        <translation>Ein Import läuft; legen Sie die Dateien erneut ab, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Import entfernen</translation>
    </message>
    <message>
        <source>Remove every row imported from %1? The file itself is not touched.</source>
        <translation>Alle aus %1 importierten Zeilen entfernen? Die Datei selbst bleibt unberührt.</translation>
    </message>
    <message>
        <source>About Tenure</source>
        <translation>Über Tenure</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tenure %1&lt;/h3&gt;&lt;p&gt;Customer-success KPIs on your desktop: churn, retention, MRR movements, NPS, CSAT, support and adoption, against benchmark bands and targets.&lt;/p&gt;&lt;p&gt;Your data stays in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tenure %1&lt;/h3&gt;&lt;p&gt;Customer-Success-Kennzahlen auf Ihrem Desktop: Abwanderung, Kundenbindung, MRR-Bewegungen, NPS, CSAT, Support und Nutzung, gemessen an Benchmark-Bereichen und Zielen.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben in einer Datei auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Save a &amp;copy...</source>
        <translation>&amp;Kopie speichern unter...</translation>
    </message>
    <message>
        <source>&amp;Getting started...</source>
        <translation>&amp;Erste Schritte...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts...</source>
        <translation>&amp;Tastenkürzel...</translation>
    </message>
    <message>
        <source>The language changes when Tenure starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Tenure.</translation>
    </message>
    <message>
        <source>A copy cannot replace the workspace itself.</source>
        <translation>Eine Kopie kann den Arbeitsbereich selbst nicht ersetzen.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: %2</source>
        <translation>Kopie kann nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 copy.tenure</source>
        <translation>%1 Kopie.tenure</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
    <message>
        <source>&amp;Health score...</source>
        <translation>&amp;Health-Score...</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connect to &amp;team workspace...</source>
        <translation>Mit &amp;Team-Arbeitsbereich verbinden...</translation>
    </message>
    <message>
        <source>Another import changed this workspace&apos;s data.</source>
        <translation>Ein anderer Import hat die Daten dieses Arbeitsbereichs geändert.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the pages with the workspace&apos;s new data</source>
        <translation>Die Seiten mit den neuen Daten des Arbeitsbereichs aktualisieren</translation>
    </message>
    <message>
        <source>Role %1 may only read this team workspace</source>
        <translation>Die Rolle %1 darf diesen Team-Arbeitsbereich nur lesen</translation>
    </message>
    <message>
        <source>Team workspace password</source>
        <translation>Passwort des Team-Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Password for %1
(kept only until Tenure quits):</source>
        <translation>Passwort für %1
(nur bis zum Beenden von Tenure aufbewahrt):</translation>
    </message>
    <message>
        <source>A team workspace cannot be saved as a copy; its server keeps the backups.</source>
        <translation>Von einem Team-Arbeitsbereich lässt sich keine Kopie speichern; sein Server bewahrt die Sicherungen auf.</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 wird geladen...</translation>
    </message>
    <message>
        <source>Loading the new data...</source>
        <translation>Die neuen Daten werden geladen...</translation>
    </message>
    <message>
        <source>Loading in the background failed (%1); loading here.</source>
        <translation>Laden im Hintergrund fehlgeschlagen (%1); es wird hier geladen.</translation>
    </message>
</context>
<context>
    <name>tenure::MovementsModel</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Kontraktion</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Nettoveränderung</translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation>MRR am Ende</translation>
    </message>
</context>
<context>
    <name>tenure::MovementsPage</name>
    <message>
        <source>MRR movements chart</source>
        <translation>Diagramm der MRR-Bewegungen</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>MRR-Bewegungen</translation>
    </message>
    <message>
        <source>No MRR data in the chosen range</source>
        <translation>Keine MRR-Daten im gewählten Zeitraum</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Nettoveränderung</translation>
    </message>
</context>
<context>
    <name>tenure::NpsDistributionModel</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotoren</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::OverviewModel</name>
    <message>
        <source>Family</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>ggü. Vorzeitraum</translation>
    </message>
    <message>
        <source>vs a year before</source>
        <translation>ggü. Vorjahr</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> bis %1</translation>
    </message>
</context>
<context>
    <name>tenure::OverviewPage</name>
    <message>
        <source>&lt;h3&gt;No data yet&lt;/h3&gt;&lt;p&gt;Drop CSV exports from your CRM, billing, support or survey tools on this window, or use &lt;b&gt;File &amp;gt; Import...&lt;/b&gt;.&lt;br&gt;Start with accounts and revenue (MRR) or subscriptions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Daten&lt;/h3&gt;&lt;p&gt;Ziehen Sie CSV-Exporte aus Ihrem CRM, Ihrer Abrechnung, Ihrem Support- oder Umfragetool auf dieses Fenster oder nutzen Sie &lt;b&gt;Datei &amp;gt; Importieren...&lt;/b&gt;.&lt;br&gt;Beginnen Sie mit Kunden und Umsatz (MRR) oder Abonnements.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>KPI tiles</source>
        <translation>KPI-Kacheln</translation>
    </message>
    <message>
        <source> · %1 = %2</source>
        <translation> · %1 = %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source> · data as of %1</source>
        <translation> · Datenstand %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2%3 · changes against the previous period and a year before · double-click a tile to explain it</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2%3 · Veränderung gegenüber dem Vorzeitraum und dem Vorjahr · Doppelklick auf eine Kachel erklärt sie</translation>
    </message>
</context>
<context>
    <name>tenure::SegmentModel</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Accounts with this attribute value</source>
        <translation>Kunden mit diesem Attributwert</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Kunden</translation>
    </message>
</context>
<context>
    <name>tenure::SegmentsPage</name>
    <message>
        <source>KPIs by segment</source>
        <translation>KPIs nach Segment</translation>
    </message>
    <message>
        <source>No data: import accounts with a segment attribute (plan, region, ...) and their revenue.</source>
        <translation>Keine Daten: Importieren Sie Kunden mit einem Segmentattribut (Tarif, Region, ...) und ihren Umsatz.</translation>
    </message>
    <message>
        <source>Every KPI in &lt;b&gt;%1&lt;/b&gt; by &lt;b&gt;%2&lt;/b&gt;. Click a column header to sort; double-click a value to explain it. Colours: the KPI&apos;s benchmark band.</source>
        <translation>Alle KPIs in &lt;b&gt;%1&lt;/b&gt; nach &lt;b&gt;%2&lt;/b&gt;. Klick auf einen Spaltenkopf sortiert; Doppelklick auf einen Wert erklärt ihn. Farben: der Benchmark-Bereich des KPI.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
</context>
<context>
    <name>tenure::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Logodatei</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Browse for a logo file</source>
        <translation>Nach einer Logodatei suchen</translation>
    </message>
    <message>
        <source>&amp;Logo file:</source>
        <translation>&amp;Logodatei:</translation>
    </message>
    <message>
        <source>Currency (ISO code)</source>
        <translation>Währung (ISO-Code)</translation>
    </message>
    <message>
        <source>C&amp;urrency (ISO code):</source>
        <translation>&amp;Währung (ISO-Code):</translation>
    </message>
    <message>
        <source>Gross margin in percent</source>
        <translation>Bruttomarge in Prozent</translation>
    </message>
    <message>
        <source>&amp;Gross margin:</source>
        <translation>&amp;Bruttomarge:</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as USD or EUR.</source>
        <translation>Die Währung muss ein dreistelliger ISO-Code wie USD oder EUR sein.</translation>
    </message>
    <message>
        <source>The logo file %1 does not exist.</source>
        <translation>Die Logodatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>from the data (YYYY-MM-DD or YYYY-MM)</source>
        <translation>aus den Daten (JJJJ-MM-TT oder JJJJ-MM)</translation>
    </message>
    <message>
        <source>Active subscriptions count through this month, and no MRR is shown after it. Leave it empty to use the day of the latest billing import.</source>
        <translation>Aktive Abonnements zählen bis einschließlich dieses Monats, danach wird kein MRR angezeigt. Lassen Sie das Feld leer, um den Tag des letzten Abrechnungsimports zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;As-of date:</source>
        <translation>S&amp;tichtag:</translation>
    </message>
    <message>
        <source>The as-of date must be a date (2026-03-31) or a month (2026-03), or empty.</source>
        <translation>Der Stichtag muss ein Datum (2026-03-31), ein Monat (2026-03) oder leer sein.</translation>
    </message>
    <message>
        <source>Formula profile</source>
        <translation>Formelprofil</translation>
    </message>
    <message>
        <source>Tenure (SPEC.md, default)</source>
        <translation>Tenure (SPEC.md, Standard)</translation>
    </message>
    <message>
        <source>&amp;Formula profile:</source>
        <translation>F&amp;ormelprofil:</translation>
    </message>
    <message>
        <source>The workspace currency stays %1: %2</source>
        <translation>Die Währung des Arbeitsbereichs bleibt %1: %2</translation>
    </message>
</context>
<context>
    <name>tenure::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Explain the number of a tile or a table cell</source>
        <translation>Die Zahl einer Kachel oder Tabellenzelle erklären</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Eingabe oder Doppelklick</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Nächstes oder vorheriges Feld</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move within a table or the page list</source>
        <translation>In einer Tabelle oder der Seitenliste bewegen</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Open a filter&apos;s list</source>
        <translation>Die Liste eines Filters öffnen</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>tenure::SurveysPage</name>
    <message>
        <source>NPS answers over time</source>
        <translation>NPS-Antworten im Zeitverlauf</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Comment group</source>
        <translation>Kommentargruppe</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Words in comments or account names</source>
        <translation>Wörter in Kommentaren oder Kundennamen</translation>
    </message>
    <message>
        <source>Search comments</source>
        <translation>Kommentare durchsuchen</translation>
    </message>
    <message>
        <source>Survey comments</source>
        <translation>Umfragekommentare</translation>
    </message>
    <message>
        <source>%1 of %2 comments</source>
        <translation>%1 von %2 Kommentaren</translation>
    </message>
    <message>
        <source>No NPS answers in the chosen range</source>
        <translation>Keine NPS-Antworten im gewählten Zeitraum</translation>
    </message>
    <message>
        <source>NPS answers: promoters (9-10), passives (7-8), detractors (0-6)</source>
        <translation>NPS-Antworten: Promotoren (9-10), Passive (7-8), Kritiker (0-6)</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
</context>
<context>
    <name>tenure::TrendModel</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Other (%1 segments)</source>
        <translation>Andere (%1 Segmente)</translation>
    </message>
</context>
<context>
    <name>tenure::TrendPage</name>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>KPI to show</source>
        <translation>Anzuzeigender KPI</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Trenddiagramm</translation>
    </message>
    <message>
        <source>Trend values</source>
        <translation>Trendwerte</translation>
    </message>
    <message>
        <source>&quot;Other&quot; combines %1 segments: choose one of them under Value to explain it.</source>
        <translation>„Andere“ fasst %1 Segmente zusammen: Wählen Sie eines davon unter Wert, um es zu erklären.</translation>
    </message>
    <message numerus="yes">
        <source>Lines: the %1 largest segments (by the KPI&apos;s denominator or answers in the last period, else by MRR) and the other %n together.</source>
        <translation>
            <numerusform>Linien: die %1 größten Segmente (nach dem Nenner des KPI oder den Antworten im letzten Zeitraum, sonst nach MRR) und das übrige zusammen.</numerusform>
            <numerusform>Linien: die %1 größten Segmente (nach dem Nenner des KPI oder den Antworten im letzten Zeitraum, sonst nach MRR) und die übrigen %n zusammen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data for this KPI in the chosen range</source>
        <translation>Keine Daten für diesen KPI im gewählten Zeitraum</translation>
    </message>
    <message>
        <source>%1: no values in the chosen range</source>
        <translation>%1: keine Werte im gewählten Zeitraum</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>money</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>tenure::WelcomeDialog</name>
    <message>
        <source>Welcome to Tenure</source>
        <translation>Willkommen bei Tenure</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This dashboard shows a demo company&lt;/b&gt;, so every page has something to look at.&lt;/p&gt;&lt;p&gt;To see your own customers, create a workspace and import CSV exports of your tools: one file per kind of data below. Accounts are needed first; everything else is optional and adds its KPIs. Your exports can keep their own column names, the importer maps them; the templates show the columns Tenure reads.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dieses Dashboard zeigt eine Demo-Firma&lt;/b&gt;, damit jede Seite etwas zu zeigen hat.&lt;/p&gt;&lt;p&gt;Um Ihre eigenen Kunden zu sehen, legen Sie einen Arbeitsbereich an und importieren CSV-Exporte Ihrer Tools: eine Datei pro Datenart unten. Kunden braucht es zuerst; alles andere ist optional und ergänzt seine KPIs. Ihre Exporte dürfen ihre eigenen Spaltennamen behalten, der Import ordnet sie zu; die Vorlagen zeigen die Spalten, die Tenure liest.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data kinds and their templates</source>
        <translation>Datenarten und ihre Vorlagen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>One row is</source>
        <translation>Eine Zeile ist</translation>
    </message>
    <message>
        <source>Gives you</source>
        <translation>Ergibt</translation>
    </message>
    <message>
        <source>&amp;Save templates...</source>
        <translation>Vorlagen &amp;speichern...</translation>
    </message>
    <message>
        <source>&amp;New workspace for my data...</source>
        <translation>&amp;Neuer Arbeitsbereich für meine Daten...</translation>
    </message>
    <message>
        <source>&amp;Explore the demo</source>
        <translation>Demo &amp;erkunden</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) saved in %1.</source>
        <translation>
            <numerusform>%n Vorlage in %1 gespeichert.</numerusform>
            <numerusform>%n Vorlagen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already there were kept.</source>
        <translation>
            <numerusform>%n vorhandene Datei wurde behalten.</numerusform>
            <numerusform>%n vorhandene Dateien wurden behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the kinds of data you want a template for.</source>
        <translation>Haken Sie die Datenarten an, für die Sie eine Vorlage möchten.</translation>
    </message>
    <message>
        <source>Save templates in</source>
        <translation>Vorlagen speichern in</translation>
    </message>
</context>
<context>
    <name>tenure::cli</name>
    <message>
        <source>%1: %2 (see tenure %1 --help)</source>
        <translation>%1: %2 (siehe tenure %1 --help)</translation>
    </message>
    <message>
        <source>Usage: tenure %1

%2</source>
        <translation>Aufruf: tenure %1

%2</translation>
    </message>
    <message>
        <source>%1: bad --format %2 (csv, json or table)</source>
        <translation>%1: ungültiges --format %2 (csv, json oder table)</translation>
    </message>
    <message>
        <source>--workspace is required</source>
        <translation>--workspace ist erforderlich</translation>
    </message>
    <message>
        <source>cohorts: unexpected argument %1</source>
        <translation>cohorts: unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>cohorts: bad --metric %1 (customers or mrr)</source>
        <translation>cohorts: ungültige --metric %1 (customers oder mrr)</translation>
    </message>
    <message>
        <source>cohorts: unknown segment attribute %1 (known: %2)</source>
        <translation>cohorts: unbekanntes Segmentattribut %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>import CSV files into a workspace</source>
        <translation>CSV-Dateien in einen Arbeitsbereich importieren</translation>
    </message>
    <message>
        <source>list or remove import batches</source>
        <translation>Importe auflisten oder entfernen</translation>
    </message>
    <message>
        <source>show what the importer sees in a file, without importing</source>
        <translation>zeigen, was der Import in einer Datei sieht, ohne zu importieren</translation>
    </message>
    <message>
        <source>print the canonical CSV header of a data kind</source>
        <translation>die Standard-CSV-Kopfzeile einer Datenart ausgeben</translation>
    </message>
    <message>
        <source>compute KPIs per period and segment</source>
        <translation>KPIs pro Zeitraum und Segment berechnen</translation>
    </message>
    <message>
        <source>customer or revenue retention by cohort</source>
        <translation>Kunden- oder Umsatzbindung nach Kohorte</translation>
    </message>
    <message>
        <source>customer health scores and their backtest</source>
        <translation>Customer-Health-Scores und ihr Backtest</translation>
    </message>
    <message>
        <source>write a QBR report as PDF</source>
        <translation>einen QBR-Bericht als PDF schreiben</translation>
    </message>
    <message>
        <source>generate a demo company</source>
        <translation>eine Demo-Firma erzeugen</translation>
    </message>
    <message>
        <source>demo: unexpected argument &apos;%1&apos;</source>
        <translation>demo: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>demo: --last-month wants a month such as 2026-03, not &apos;%1&apos;</source>
        <translation>demo: --last-month erwartet einen Monat wie 2026-03, nicht „%1“</translation>
    </message>
    <message>
        <source>demo: --workspace (or --csv) is required</source>
        <translation>demo: --workspace (oder --csv) ist erforderlich</translation>
    </message>
    <message>
        <source>health: unexpected argument %1</source>
        <translation>health: unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>health: bad --period %1 (a period such as 2026-03, 2026-Q1 or 2026)</source>
        <translation>health: ungültige --period %1 (ein Zeitraum wie 2026-03, 2026-Q1 oder 2026)</translation>
    </message>
    <message>
        <source>health: the workspace has no revenue or subscription data</source>
        <translation>health: Der Arbeitsbereich hat keine Umsatz- oder Abonnementdaten</translation>
    </message>
    <message>
        <source>health: no MRR data in %1 (data from %2 to %3)</source>
        <translation>health: keine MRR-Daten in %1 (Daten von %2 bis %3)</translation>
    </message>
    <message>
        <source>imports: unexpected argument &apos;%1&apos;</source>
        <translation>imports: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>imports: --remove needs a batch number, not &apos;%1&apos;</source>
        <translation>imports: --remove erwartet eine Importnummer, nicht „%1“</translation>
    </message>
    <message>
        <source>imports: %1</source>
        <translation>imports: %1</translation>
    </message>
    <message>
        <source>kpi: unexpected argument %1</source>
        <translation>kpi: unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>kpi: unknown KPI %1 (known: %2)</source>
        <translation>kpi: unbekannter KPI %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>kpi: --kpi needs at least one KPI id</source>
        <translation>kpi: --kpi braucht mindestens eine KPI-ID</translation>
    </message>
    <message>
        <source>kpi: bad --period %1 (month, quarter or year)</source>
        <translation>kpi: ungültige --period %1 (month, quarter oder year)</translation>
    </message>
    <message>
        <source>kpi: bad --%1 %2 (a period such as 2026-03, 2026-Q1 or 2026)</source>
        <translation>kpi: ungültiges --%1 %2 (ein Zeitraum wie 2026-03, 2026-Q1 oder 2026)</translation>
    </message>
    <message>
        <source>kpi: --from %1 is after --to %2</source>
        <translation>kpi: --from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>kpi: unknown segment attribute %1 (known: %2)</source>
        <translation>kpi: unbekanntes Segmentattribut %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>report: unexpected argument &apos;%1&apos;</source>
        <translation>report: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>report: --out is required</source>
        <translation>report: --out ist erforderlich</translation>
    </message>
    <message>
        <source>report: unknown page size &apos;%1&apos; (use a4 or letter)</source>
        <translation>report: unbekanntes Seitenformat „%1“ (a4 oder letter)</translation>
    </message>
    <message>
        <source>report: --workspace is required</source>
        <translation>report: --workspace ist erforderlich</translation>
    </message>
    <message>
        <source>report: --out %1 is a folder; give a file name</source>
        <translation>report: --out %1 ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report: %1</translation>
    </message>
    <message>
        <source>report: with --account all, --out must be a folder (%1 is a file)</source>
        <translation>report: Mit --account all muss --out ein Ordner sein (%1 ist eine Datei)</translation>
    </message>
    <message>
        <source>report: the workspace has no accounts</source>
        <translation>report: Der Arbeitsbereich hat keine Kunden</translation>
    </message>
    <message>
        <source>report: cannot create folder %1</source>
        <translation>report: Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>report: account %1: %2</source>
        <translation>report: Kunde %1: %2</translation>
    </message>
    <message>
        <source>template: give exactly one KIND</source>
        <translation>template: geben Sie genau eine KIND an</translation>
    </message>
    <message>
        <source>template: unknown kind &apos;%1&apos; (one of %2)</source>
        <translation>template: unbekannte Art „%1“ (eine von %2)</translation>
    </message>
    <message>
        <source>give at most one workspace</source>
        <translation>geben Sie höchstens einen Arbeitsbereich an</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos;</source>
        <translation>unbekannte Ansicht „%1“</translation>
    </message>
    <message>
        <source>--size wants WxH, e.g. 1280x800</source>
        <translation>--size erwartet BxH, z. B. 1280x800</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see tenure --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe tenure --help)</translation>
    </message>
    <message>
        <source>Usage: tenure [WORKSPACE]                 open the dashboard
       tenure --screenshot FILE.png [--size WxH] [--view VIEW] [WORKSPACE]
       tenure COMMAND [OPTIONS]           run a job without a window

Commands:
</source>
        <translation>Aufruf: tenure [ARBEITSBEREICH]            das Dashboard öffnen
        tenure --screenshot DATEI.png [--size BxH] [--view ANSICHT] [ARBEITSBEREICH]
        tenure BEFEHL [OPTIONEN]              eine Aufgabe ohne Fenster ausführen

Befehle:
</translation>
    </message>
    <message>
        <source>one account&apos;s MRR, health, tickets, surveys, renewals and orders</source>
        <translation>MRR, Gesundheit, Tickets, Umfragen, Verlängerungen und Bestellungen eines Kunden</translation>
    </message>
    <message>
        <source>kpi: unknown --profile %1 (known: %2)</source>
        <translation>kpi: unbekanntes --profile %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>report: unknown --profile %1 (known: %2)</source>
        <translation>report: unbekanntes --profile %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>show or change the workspace currency (amounts converted at imported rates)</source>
        <translation>die Währung des Arbeitsbereichs zeigen oder ändern (Beträge zu importierten Kursen umgerechnet)</translation>
    </message>
    <message>
        <source>currency: give at most one CODE</source>
        <translation>currency: höchstens einen CODE angeben</translation>
    </message>
    <message>
        <source>currency: %1</source>
        <translation>currency: %1</translation>
    </message>
    <message>
        <source>The team workspace %1 could not be opened: %2
The default workspace is open instead.</source>
        <translation>Der Team-Arbeitsbereich %1 konnte nicht geöffnet werden: %2
Stattdessen ist der Standard-Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>Team-Arbeitsbereich</translation>
    </message>
    <message>
        <source>
A WORKSPACE (and --workspace W) is a .tenure file or a team workspace on PostgreSQL,
postgresql://user@host:5432/dbname (docs/team-workspace.md).
Run &apos;tenure COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Ein WORKSPACE (und --workspace W) ist eine .tenure-Datei oder ein Team-Arbeitsbereich auf PostgreSQL,
postgresql://user@host:5432/dbname (docs/team-workspace.md).
Mit &apos;tenure BEFEHL --help&apos; sehen Sie die Optionen eines Befehls.
</translation>
    </message>
</context>
<context>
    <name>tenure::kpiformat</name>
    <message>
        <source>= %1 pts</source>
        <translation>= %1 PP</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 PP</translation>
    </message>
</context>
<context>
    <name>tenure::report::ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>A quarter (2026-Q1), a month (2026-03) or a year (2026)</source>
        <translation>Ein Quartal (2026-Q1), ein Monat (2026-03) oder ein Jahr (2026)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Segments by:</source>
        <translation>&amp;Segmente nach:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Seiten&amp;format:</translation>
    </message>
    <message>
        <source>Sections of a portfolio report</source>
        <translation>Abschnitte eines Portfolio-Berichts</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>MRR-Bewegungen</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>At-risk accounts</source>
        <translation>Gefährdete Kunden</translation>
    </message>
    <message>
        <source>Survey comments</source>
        <translation>Umfragekommentare</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Pre&amp;view...</source>
        <translation>&amp;Vorschau...</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>PDF &amp;speichern...</translation>
    </message>
    <message>
        <source>Whole portfolio</source>
        <translation>Gesamtes Portfolio</translation>
    </message>
    <message>
        <source>Choose the options, then preview or save.</source>
        <translation>Wählen Sie die Optionen, dann Vorschau oder Speichern.</translation>
    </message>
    <message>
        <source>Building the report: %1...</source>
        <translation>Bericht wird erstellt: %1...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Breche ab...</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 gespeichert (%n Seite).</numerusform>
            <numerusform>%1 gespeichert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>Vorschau bereit.</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Building the report...</source>
        <translation>Bericht wird erstellt...</translation>
    </message>
    <message>
        <source>Building the preview...</source>
        <translation>Vorschau wird erstellt...</translation>
    </message>
</context>
<context>
    <name>tenure::report::Report</name>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Monthly business review</source>
        <translation>Monatlicher Business Review</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>Quartals-Business-Review</translation>
    </message>
    <message>
        <source>Annual business review</source>
        <translation>Jährlicher Business Review</translation>
    </message>
    <message>
        <source>The only ticket up to %1.</source>
        <translation>Das einzige Ticket bis %1.</translation>
    </message>
    <message>
        <source>The %1 most recent tickets up to %2.</source>
        <translation>Die %1 neuesten Tickets bis %2.</translation>
    </message>
    <message>
        <source>The only answer up to %1.</source>
        <translation>Die einzige Antwort bis %1.</translation>
    </message>
    <message>
        <source>The %1 most recent answers up to %2.</source>
        <translation>Die %1 neuesten Antworten bis %2.</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> PP</translation>
    </message>
    <message>
        <source>%1 was %2 in %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message>
        <source>%1 held at %2</source>
        <translation>%1: unverändert bei %2</translation>
    </message>
    <message>
        <source>%1 rose from %2 to %3</source>
        <translation>%1: von %2 auf %3 gestiegen</translation>
    </message>
    <message>
        <source>%1 fell from %2 to %3</source>
        <translation>%1: von %2 auf %3 gesunken</translation>
    </message>
    <message>
        <source>, on the %1 target</source>
        <translation>, genau auf dem Ziel von %1</translation>
    </message>
    <message>
        <source>, above the %1 target</source>
        <translation>, über dem Ziel von %1</translation>
    </message>
    <message>
        <source>, below the %1 target</source>
        <translation>, unter dem Ziel von %1</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>small sample: 1 answer</source>
        <translation>kleine Stichprobe: 1 Antwort</translation>
    </message>
    <message>
        <source>small sample: %1 answers</source>
        <translation>kleine Stichprobe: %1 Antworten</translation>
    </message>
    <message>
        <source>%1: no value</source>
        <translation>%1: kein Wert</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No KPI has a value in %1.</source>
        <translation>Kein KPI hat einen Wert in %1.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>ggü. %1</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source> by </source>
        <translation> bis </translation>
    </message>
    <message>
        <source>%1 from %2 answer (± %3)%4</source>
        <translation>%1 aus %2 Antwort (± %3)%4</translation>
    </message>
    <message>
        <source>%1 from %2 answers (± %3)%4</source>
        <translation>%1 aus %2 Antworten (± %3)%4</translation>
    </message>
    <message>
        <source>, small sample</source>
        <translation>, kleine Stichprobe</translation>
    </message>
    <message>
        <source>Survey scores: %1; margins of error at 95 %.</source>
        <translation>Umfragewerte: %1; Fehlermargen bei 95 %.</translation>
    </message>
    <message>
        <source>%1 is partial: MRR data ends in %2, so MRR-based KPIs cover %3 to %2.</source>
        <translation>%1 ist unvollständig: Die MRR-Daten enden %2, MRR-basierte KPIs umfassen daher %3 bis %2.</translation>
    </message>
    <message>
        <source>Changes of rates are in percentage points (pts); of amounts and counts, in per cent.</source>
        <translation>Veränderungen von Quoten in Prozentpunkten (PP), von Beträgen und Anzahlen in Prozent.</translation>
    </message>
    <message>
        <source>No data for: %1.</source>
        <translation>Keine Daten für: %1.</translation>
    </message>
    <message>
        <source>%1 trends</source>
        <translation>Trends: %1</translation>
    </message>
    <message>
        <source>No %1 KPI has a value in %2.</source>
        <translation>Kein KPI aus %1 hat einen Wert in %2.</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>MRR-Bewegungen</translation>
    </message>
    <message>
        <source>In %1, new customers added %2 of MRR, expansion %3 and reactivation %4; contraction removed %5 and churn %6, a net change of %7.</source>
        <translation>In %1 brachten neue Kunden %2 MRR, Expansion %3 und Reaktivierung %4; Kontraktion kostete %5 und Abwanderung %6, eine Nettoveränderung von %7.</translation>
    </message>
    <message>
        <source> The quick ratio was %1.</source>
        <translation> Die Quick Ratio lag bei %1.</translation>
    </message>
    <message>
        <source>Monthly MRR movements, %1 to %2</source>
        <translation>Monatliche MRR-Bewegungen, %1 bis %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Kontraktion</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Nettoveränderung</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation>MRR zu Beginn</translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation>MRR am Ende</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Start MRR</source>
        <translation>Start-MRR</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Of the one account that started paying in %1, %2 % was still active six months later</source>
        <translation>Von dem einen Kunden, der %1 zu zahlen begann, waren sechs Monate später noch %2 % aktiv</translation>
    </message>
    <message>
        <source>, and the cohort&apos;s MRR was %1 % of its first month</source>
        <translation>, und der MRR der Kohorte lag bei %1 % des ersten Monats</translation>
    </message>
    <message>
        <source>No cohort has six months of history yet.</source>
        <translation>Noch keine Kohorte hat sechs Monate Verlauf.</translation>
    </message>
    <message>
        <source> Each cell is the share of a cohort (accounts grouped by the month of their first MRR) still active k months later (M0 = first month).</source>
        <translation> Jede Zelle ist der Anteil einer Kohorte (Kunden nach dem Monat ihres ersten MRR gruppiert), der k Monate später noch aktiv ist (M0 = erster Monat).</translation>
    </message>
    <message>
        <source>Customer retention by cohort (%)</source>
        <translation>Kundenbindung nach Kohorte (%)</translation>
    </message>
    <message>
        <source>Revenue retention by cohort (% of first-month MRR)</source>
        <translation>Umsatzbindung nach Kohorte (% des MRR im ersten Monat)</translation>
    </message>
    <message>
        <source>Segments by %1</source>
        <translation>Segmente nach %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation>ARPA</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>Abwanderungsrate</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>No account has a value for %1 in %2.</source>
        <translation>Kein Kunde hat einen Wert für %1 in %2.</translation>
    </message>
    <message>
        <source>One segment by %1.</source>
        <translation>Ein Segment nach %1.</translation>
    </message>
    <message>
        <source>%1 segments by %2.</source>
        <translation>%1 Segmente nach %2.</translation>
    </message>
    <message>
        <source> %1 has the most MRR: %2, %3 % of the total.</source>
        <translation> %1 hat den meisten MRR: %2, %3 % der Summe.</translation>
    </message>
    <message>
        <source> No segment lost customers.</source>
        <translation> Kein Segment hat Kunden verloren.</translation>
    </message>
    <message>
        <source> Customer churn was highest in %1 (%2).</source>
        <translation> Die Kundenabwanderung war in %1 am höchsten (%2).</translation>
    </message>
    <message>
        <source>At-risk accounts</source>
        <translation>Gefährdete Kunden</translation>
    </message>
    <message>
        <source>Health as of %1: </source>
        <translation>Gesundheit Stand %1: </translation>
    </message>
    <message>
        <source>the MRR-weighted health score is %1; </source>
        <translation>Der nach MRR gewichtete Health-Score liegt bei %1; </translation>
    </message>
    <message>
        <source>%1 of %2 active accounts are red, %3 amber and %4 green.</source>
        <translation>%1 von %2 aktiven Kunden sind rot, %3 gelb und %4 grün.</translation>
    </message>
    <message>
        <source> The red accounts hold %1 of MRR (%2 %).</source>
        <translation> Die roten Kunden stehen für %1 MRR (%2 %).</translation>
    </message>
    <message>
        <source> No account is red; the table lists the ten lowest scores.</source>
        <translation> Kein Kunde ist rot; die Tabelle zeigt die zehn niedrigsten Scores.</translation>
    </message>
    <message>
        <source> The table lists the %1 red accounts with the most MRR.</source>
        <translation> Die Tabelle zeigt die %1 roten Kunden mit dem meisten MRR.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Pulling the score down</source>
        <translation>Zieht den Score herunter</translation>
    </message>
    <message>
        <source>What customers said</source>
        <translation>Was Kunden sagten</translation>
    </message>
    <message>
        <source>NPS in %1 was %2 from %3 answer. </source>
        <translation>Der NPS lag in %1 bei %2 aus %3 Antwort. </translation>
    </message>
    <message>
        <source>NPS in %1 was %2 from %3 answers. </source>
        <translation>Der NPS lag in %1 bei %2 aus %3 Antworten. </translation>
    </message>
    <message>
        <source>%1 answer came with a comment; below are the most recent detractors (0-6) and promoters (9-10).</source>
        <translation>%1 Antwort kam mit Kommentar; unten die neuesten Kritiker (0-6) und Promotoren (9-10).</translation>
    </message>
    <message>
        <source>%1 answers came with a comment; below are the most recent detractors (0-6) and promoters (9-10).</source>
        <translation>%1 Antworten kamen mit Kommentar; unten die neuesten Kritiker (0-6) und Promotoren (9-10).</translation>
    </message>
    <message>
        <source>None in %1.</source>
        <translation>Keine in %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotoren</translation>
    </message>
    <message>
        <source>Appendix: definitions</source>
        <translation>Anhang: Definitionen</translation>
    </message>
    <message>
        <source>S = accounts active at the start of the period (MRR &gt; 0 in the month before it); E = accounts active at its end; N = E \ S (new and reactivated). A ratio with a zero denominator has no value.</source>
        <translation>S = zu Beginn des Zeitraums aktive Kunden (MRR &gt; 0 im Monat davor); E = an seinem Ende aktive Kunden; N = E \ S (neu und reaktiviert). Eine Quote mit dem Nenner null hat keinen Wert.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>Appendix: imported files</source>
        <translation>Anhang: importierte Dateien</translation>
    </message>
    <message>
        <source>The numbers in this report come from these imports; the SHA-256 content hash identifies each file, so the report can be reproduced from the same files.</source>
        <translation>Die Zahlen dieses Berichts stammen aus diesen Importen; der SHA-256-Hash identifiziert jede Datei, sodass sich der Bericht aus denselben Dateien wieder erzeugen lässt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No import batches: the data was generated or written directly.</source>
        <translation>Keine Importe: Die Daten wurden erzeugt oder direkt geschrieben.</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the workspace has no data to report on</source>
        <translation>Der Arbeitsbereich hat keine Daten für einen Bericht</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos; (use 2026-03, 2026-Q1 or 2026)</source>
        <translation>unbekannter Zeitraum „%1“ (2026-03, 2026-Q1 oder 2026)</translation>
    </message>
    <message>
        <source>no data in period %1 (data runs from %2 to %3)</source>
        <translation>keine Daten im Zeitraum %1 (Daten von %2 bis %3)</translation>
    </message>
    <message>
        <source>unknown account &apos;%1&apos;</source>
        <translation>unbekannter Kunde „%1“</translation>
    </message>
    <message>
        <source>unknown segment attribute &apos;%1&apos; (known: %2)</source>
        <translation>unbekanntes Segmentattribut „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>computing KPIs</source>
        <translation>KPIs werden berechnet</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1, %4 (%2 to %3)</source>
        <translation>%1, %4 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>MRR data ends in %1</source>
        <translation>MRR-Daten enden %1</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Account review · %1 · %2</source>
        <translation>Kunden-Review · %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · Tenure</source>
        <translation>%1 · %2 · %3 · Tenure</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Account review
%1 of %2</source>
        <translation>Kunden-Review
%1 von %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 paid %2 of MRR in %3</source>
        <translation>%1 zahlte %3 einen MRR von %2</translation>
    </message>
    <message>
        <source>%1 has paid no MRR since %2 (its last paying month)</source>
        <translation>%1 zahlt seit %2 (dem letzten zahlenden Monat) keinen MRR mehr</translation>
    </message>
    <message>
        <source>%1 has no MRR up to %2</source>
        <translation>%1 hat bis %2 keinen MRR</translation>
    </message>
    <message>
        <source>, up from %1 at the start of %2</source>
        <translation>, mehr als %1 zu Beginn von %2</translation>
    </message>
    <message>
        <source>, down from %1 at the start of %2</source>
        <translation>, weniger als %1 zu Beginn von %2</translation>
    </message>
    <message>
        <source>, unchanged over %1</source>
        <translation>, unverändert über %1</translation>
    </message>
    <message>
        <source>; the portfolio median is %1</source>
        <translation>; der Median des Portfolios liegt bei %1</translation>
    </message>
    <message>
        <source> Its health score is %1 (%2)%3.</source>
        <translation> Der Health-Score liegt bei %1 (%2)%3.</translation>
    </message>
    <message>
        <source>, pulled down by </source>
        <translation>, heruntergezogen durch </translation>
    </message>
    <message>
        <source> It has no health score for %1 (not active).</source>
        <translation> Für %1 gibt es keinen Health-Score (nicht aktiv).</translation>
    </message>
    <message>
        <source> It opened no support ticket in %1.</source>
        <translation> In %1 wurde kein Support-Ticket eröffnet.</translation>
    </message>
    <message>
        <source> It opened one support ticket in %1.</source>
        <translation> In %1 wurde ein Support-Ticket eröffnet.</translation>
    </message>
    <message>
        <source> It opened %1 support tickets in %2.</source>
        <translation> In %2 wurden %1 Support-Tickets eröffnet.</translation>
    </message>
    <message>
        <source> Next renewal: %1.</source>
        <translation> Nächste Verlängerung: %1.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Dieser Kunde</translation>
    </message>
    <message>
        <source>Portfolio median</source>
        <translation>Median des Portfolios</translation>
    </message>
    <message>
        <source>MRR, %1</source>
        <translation>MRR, %1</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Health-Score</translation>
    </message>
    <message>
        <source>Tickets opened in %1</source>
        <translation>Eröffnete Tickets in %1</translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation>Nächste Verlängerung</translation>
    </message>
    <message>
        <source>none due</source>
        <translation>keine fällig</translation>
    </message>
    <message>
        <source>MRR history</source>
        <translation>MRR-Verlauf</translation>
    </message>
    <message>
        <source>Monthly MRR, %1 to %2</source>
        <translation>Monatlicher MRR, %1 bis %2</translation>
    </message>
    <message>
        <source>portfolio median</source>
        <translation>Median des Portfolios</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>reactivation</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>Abwanderung</translation>
    </message>
    <message>
        <source>expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>contraction</source>
        <translation>Kontraktion</translation>
    </message>
    <message>
        <source>No MRR movement from %1 to %2.</source>
        <translation>Keine MRR-Bewegung von %1 bis %2.</translation>
    </message>
    <message>
        <source>The account is not active in %1, so it has no health score.</source>
        <translation>Der Kunde ist in %1 nicht aktiv und hat daher keinen Health-Score.</translation>
    </message>
    <message>
        <source>Health as of %1: %2 (%3). A component without data drops out and the other weights are renormalised.</source>
        <translation>Gesundheit Stand %1: %2 (%3). Eine Komponente ohne Daten entfällt, die übrigen Gewichte werden neu normiert.</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>kein Score</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>tickets and surveys</source>
        <translation>Tickets und Umfragen</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Support-Tickets</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>No tickets up to %1.</source>
        <translation>Keine Tickets bis %1.</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>No survey answers up to %1.</source>
        <translation>Keine Umfrageantworten bis %1.</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Verlängerungen</translation>
    </message>
    <message>
        <source>No renewals recorded.</source>
        <translation>Keine Verlängerungen erfasst.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <source>ARR before</source>
        <translation>ARR davor</translation>
    </message>
    <message>
        <source>ARR after</source>
        <translation>ARR danach</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Of the %1 accounts that started paying in %2, %3 % were still active six months later</source>
        <translation>Von den %1 Kunden, die %2 zu zahlen begannen, waren sechs Monate später noch %3 % aktiv</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <source>cannot start painting the report</source>
        <translation>Der Bericht kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>set in the workspace</source>
        <translation>im Arbeitsbereich festgelegt</translation>
    </message>
    <message>
        <source>chosen for this report</source>
        <translation>für diesen Bericht gewählt</translation>
    </message>
    <message>
        <source>the latest billing export</source>
        <translation>der letzte Abrechnungsexport</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Datenstand</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formula profile</source>
        <translation>Formelprofil</translation>
    </message>
    <message>
        <source>Appendix: exchange rates</source>
        <translation>Anhang: Wechselkurse</translation>
    </message>
    <message>
        <source>Amounts in other currencies are converted into %1: MRR at the rate of the month&apos;s last day (the latest rate on or before it), orders, costs and renewals at the rate of their day. Month-end rates of this period:</source>
        <translation>Beträge in anderen Währungen werden in %1 umgerechnet: MRR zum Kurs des letzten Monatstags (dem letzten Kurs an oder vor diesem Tag), Bestellungen, Kosten und Verlängerungen zum Kurs ihres Tages. Monatsendkurse dieses Zeitraums:</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>Monatsende</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
</context>
</TS>
