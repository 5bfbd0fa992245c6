<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>tenure::AccountMonthsModel</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Plage</translation>
    </message>
</context>
<context>
    <name>tenure::AccountPage</name>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account key</source>
        <translation>Identifiant du compte</translation>
    </message>
    <message>
        <source>account key</source>
        <translation>identifiant du compte</translation>
    </message>
    <message>
        <source>Export PDF...</source>
        <translation>Exporter en PDF...</translation>
    </message>
    <message>
        <source>MRR over time</source>
        <translation>Évolution du MRR</translation>
    </message>
    <message>
        <source>Health score over time</source>
        <translation>Évolution du score de santé</translation>
    </message>
    <message>
        <source>Health now</source>
        <translation>Santé actuelle</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Double-click an account in any list (at-risk accounts, explanations, data) to open it here, or type its key.</source>
        <translation>Double-cliquez sur un compte dans n&apos;importe quelle liste (comptes à risque, explications, données) pour l&apos;ouvrir ici, ou saisissez son identifiant.</translation>
    </message>
    <message>
        <source>No account &lt;b&gt;%1&lt;/b&gt; in this workspace.</source>
        <translation>Aucun compte &lt;b&gt;%1&lt;/b&gt; dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Health &lt;b style=&quot;color:%1&quot;&gt;%2 (%3)&lt;/b&gt;</source>
        <translation>Santé &lt;b style=&quot;color:%1&quot;&gt;%2 (%3)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, pulled down by %1</source>
        <translation>, tirée vers le bas par %1</translation>
    </message>
    <message>
        <source>MRR now %1. %2</source>
        <translation>MRR actuel %1. %2</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>What it is made of</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu le</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renouvelé</translation>
    </message>
    <message>
        <source>ARR before</source>
        <translation>ARR avant</translation>
    </message>
    <message>
        <source>ARR after</source>
        <translation>ARR après</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>Tickets (%1)</translation>
    </message>
    <message>
        <source>Surveys (%1)</source>
        <translation>Enquêtes (%1)</translation>
    </message>
    <message>
        <source>Renewals (%1)</source>
        <translation>Renouvellements (%1)</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Commandes (%1)</translation>
    </message>
    <message>
        <source>MRR (%1) and its movements</source>
        <translation>MRR (%1) et ses mouvements</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>Health score (red below %1, amber below %2)</source>
        <translation>Score de santé (rouge sous %1, orange sous %2)</translation>
    </message>
    <message>
        <source>%1 below</source>
        <translation>%1 en dessous</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
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
        <translation>Mois-comptes</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Red churn</source>
        <translation>Attrition rouge</translation>
    </message>
    <message>
        <source>Green churn</source>
        <translation>Attrition verte</translation>
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
        <translation>Mois-comptes actifs notés, avec 3 mois de données ultérieures</translation>
    </message>
    <message>
        <source>Of them, churned within the next 3 months</source>
        <translation>Dont perdus dans les 3 mois suivants</translation>
    </message>
    <message>
        <source>Share of red account-months that churned within 3 months</source>
        <translation>Part des mois-comptes rouges perdus dans les 3 mois</translation>
    </message>
    <message>
        <source>Share of green account-months that churned within 3 months</source>
        <translation>Part des mois-comptes verts perdus dans les 3 mois</translation>
    </message>
    <message>
        <source>Red churn share / green churn share: how much riskier red is</source>
        <translation>Part d&apos;attrition rouge / part d&apos;attrition verte&#xa0;: combien le rouge est plus risqué</translation>
    </message>
    <message>
        <source>The chance that a churner scored below a non-churner (ties count half): 0.5 is a coin toss, 1 a perfect ordering</source>
        <translation>La probabilité qu&apos;un compte perdu ait eu un score inférieur à celui d&apos;un compte conservé (les égalités comptent pour moitié)&#xa0;: 0,5 équivaut à pile ou face, 1 à un classement parfait</translation>
    </message>
</context>
<context>
    <name>tenure::BacktestModel</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Churned within 3 months</source>
        <translation>Perdus dans les 3 mois</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>tenure::Bands</name>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>too high</source>
        <translation>trop élevé</translation>
    </message>
    <message>
        <source>target range</source>
        <translation>zone cible</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>satisfaisant</translation>
    </message>
    <message>
        <source>outstanding</source>
        <translation>remarquable</translation>
    </message>
    <message>
        <source>net expansion (good)</source>
        <translation>expansion nette (bien)</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>à surveiller</translation>
    </message>
    <message>
        <source>losing revenue</source>
        <translation>perte de revenu</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <source>great</source>
        <translation>très bien</translation>
    </message>
    <message>
        <source>good (ACSI)</source>
        <translation>bon (ACSI)</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excellent</translation>
    </message>
    <message>
        <source>e-commerce benchmark</source>
        <translation>référence e-commerce</translation>
    </message>
    <message>
        <source>below benchmark</source>
        <translation>sous la référence</translation>
    </message>
    <message>
        <source>amazing</source>
        <translation>exceptionnel</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>acceptable</translation>
    </message>
    <message>
        <source>above benchmark</source>
        <translation>au-dessus de la référence</translation>
    </message>
</context>
<context>
    <name>tenure::BandsDialog</name>
    <message>
        <source>Benchmark bands and targets</source>
        <translation>Plages de référence et objectifs</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Plages</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Borne inférieure</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>Borne supérieure</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Band colour</source>
        <translation>Couleur de la plage</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a band</source>
        <translation>Ajouter une plage</translation>
    </message>
    <message>
        <source>New band</source>
        <translation>Nouvelle plage</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected band</source>
        <translation>Supprimer la plage sélectionnée</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Reset the bands to the defaults</source>
        <translation>Rétablir les plages par défaut</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>Import a band pack</source>
        <translation>Importer un jeu de plages</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xporter...</translation>
    </message>
    <message>
        <source>Export a band pack</source>
        <translation>Exporter un jeu de plages</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>Has a target</source>
        <translation>A un objectif</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Valeur cible</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>Target has a due date</source>
        <translation>L&apos;objectif a une échéance</translation>
    </message>
    <message>
        <source>Target due date</source>
        <translation>Échéance de l&apos;objectif</translation>
    </message>
    <message>
        <source>Target segment attribute</source>
        <translation>Attribut de segment de l&apos;objectif</translation>
    </message>
    <message>
        <source>segment attribute (optional)</source>
        <translation>attribut de segment (facultatif)</translation>
    </message>
    <message>
        <source>Target segment value</source>
        <translation>Valeur de segment de l&apos;objectif</translation>
    </message>
    <message>
        <source>segment value (optional)</source>
        <translation>valeur de segment (facultative)</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI&#xa0;:</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a number.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Row %1: a band needs a label.</source>
        <translation>Ligne %1&#xa0;: une plage doit avoir un libellé.</translation>
    </message>
    <message>
        <source>Row %1 (%2): the lower bound must be below the upper bound.</source>
        <translation>Ligne %1 (%2)&#xa0;: la borne inférieure doit être en dessous de la borne supérieure.</translation>
    </message>
    <message>
        <source>Row %1 (%2): &quot;%3&quot; is not a colour such as #2e7d32.</source>
        <translation>Ligne %1 (%2)&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas une couleur comme #2e7d32.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: keep at least one band, or use Reset to defaults.</source>
        <translation>%1&#xa0;: gardez au moins une plage, ou rétablissez les valeurs par défaut.</translation>
    </message>
    <message>
        <source>Import band pack</source>
        <translation>Importer un jeu de plages</translation>
    </message>
    <message>
        <source>Band packs (*.json);;All files (*)</source>
        <translation>Jeux de plages (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export band pack</source>
        <translation>Exporter un jeu de plages</translation>
    </message>
    <message>
        <source>Band packs (*.json)</source>
        <translation>Jeux de plages (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tenure::CohortModel</name>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Cohort %1, month %2 (%3): %4 %</source>
        <translation>Cohorte %1, mois %2 (%3)&#xa0;: %4 %</translation>
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
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Cohort metric</source>
        <translation>Indicateur de cohorte</translation>
    </message>
    <message>
        <source>Customer retention (share of accounts still active)</source>
        <translation>Rétention clients (part des comptes encore actifs)</translation>
    </message>
    <message>
        <source>Revenue retention (MRR against the first month)</source>
        <translation>Rétention du revenu (MRR par rapport au premier mois)</translation>
    </message>
    <message>
        <source>Cohort heat map</source>
        <translation>Carte de chaleur des cohortes</translation>
    </message>
    <message>
        <source>No cohorts: cohorts need revenue (MRR) data.</source>
        <translation>Aucune cohorte&#xa0;: les cohortes ont besoin de données de revenu (MRR).</translation>
    </message>
    <message>
        <source>Rows: month of first MRR. Columns: months since.</source>
        <translation>Lignes&#xa0;: mois du premier MRR. Colonnes&#xa0;: mois écoulés depuis.</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
</context>
<context>
    <name>tenure::CommentsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>tenure::ConnectDialog</name>
    <message>
        <source>Connect to team workspace</source>
        <translation>Se connecter à un espace d&apos;équipe</translation>
    </message>
    <message>
        <source>A team workspace lives in a PostgreSQL database shared by your team. The user name and password come from ~/.pgpass, PGPASSWORD or the libpq service file (postgresql:///?service=tenure). A password you type when asked is kept only until Tenure quits.</source>
        <translation>Un espace d&apos;équipe se trouve dans une base de données PostgreSQL partagée par votre équipe. Le nom d&apos;utilisateur et le mot de passe proviennent de ~/.pgpass, de PGPASSWORD ou du fichier de services libpq (postgresql:///?service=tenure). Un mot de passe saisi à la demande n&apos;est conservé que jusqu&apos;à la fermeture de Tenure.</translation>
    </message>
    <message>
        <source>Team workspace URL</source>
        <translation>URL de l&apos;espace d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>A team workspace URL starts with postgresql://</source>
        <translation>L&apos;URL d&apos;un espace d&apos;équipe commence par postgresql://</translation>
    </message>
</context>
<context>
    <name>tenure::DataPage</name>
    <message>
        <source>Data kinds</source>
        <translation>Types de données</translation>
    </message>
    <message>
        <source>Rows of the selected data kind</source>
        <translation>Lignes du type de données sélectionné</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the workspace holds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce que contient l&apos;espace de travail&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Imports&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Remove import...</source>
        <translation>&amp;Supprimer l&apos;import...</translation>
    </message>
    <message>
        <source>Remove the selected import</source>
        <translation>Supprimer l&apos;import sélectionné</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%n row(s))</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%n ligne)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%n lignes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ExplainDialog</name>
    <message>
        <source>all accounts</source>
        <translation>tous les comptes</translation>
    </message>
    <message>
        <source>Explain: %1, %2</source>
        <translation>Explication&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 en %2 (%3)</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Numerator:</source>
        <translation>Numérateur&#xa0;:</translation>
    </message>
    <message>
        <source>Denominator:</source>
        <translation>Dénominateur&#xa0;:</translation>
    </message>
    <message>
        <source>Partial period: the data end before the period does.</source>
        <translation>Période incomplète&#xa0;: les données s&apos;arrêtent avant la fin de la période.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>, margin of error ±%1 (95 %)</source>
        <translation>, marge d&apos;erreur ±%1 (95 %)</translation>
    </message>
    <message>
        <source> — small sample (fewer than 30 answers)</source>
        <translation> — petit échantillon (moins de 30 réponses)</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Échantillon&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Behind the number&lt;/b&gt; (%n row(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Derrière le chiffre&lt;/b&gt; (%n ligne)</numerusform>
            <numerusform>&lt;b&gt;Derrière le chiffre&lt;/b&gt; (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts and rows behind the number</source>
        <translation>Comptes et lignes derrière le chiffre</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>E&amp;xporter en CSV...</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Computed under the %1 formula profile: %2.</source>
        <translation>Calculé selon le profil de formules %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Under every formula profile&lt;/b&gt; (Settings chooses the one in use)</source>
        <translation>&lt;b&gt;Selon chaque profil de formules&lt;/b&gt; (les paramètres choisissent celui utilisé)</translation>
    </message>
    <message>
        <source>The value under every formula profile</source>
        <translation>La valeur selon chaque profil de formules</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (utilisé)</translation>
    </message>
    <message>
        <source>Every formula profile gives the same value for %1.</source>
        <translation>Tous les profils de formules donnent la même valeur pour %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exchange rates&lt;/b&gt; (MRR at the month&apos;s last rate; orders, costs and renewals at their day&apos;s):</source>
        <translation>&lt;b&gt;Taux de change&lt;/b&gt; (MRR au dernier taux du mois ; commandes, coûts et renouvellements au taux de leur jour) :</translation>
    </message>
</context>
<context>
    <name>tenure::FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>&amp;Grain:</source>
        <translation>&amp;Granularité&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Period grain</source>
        <translation>Granularité des périodes</translation>
    </message>
    <message>
        <source>First period</source>
        <translation>Première période</translation>
    </message>
    <message>
        <source>Last period</source>
        <translation>Dernière période</translation>
    </message>
    <message>
        <source>Segment attribute</source>
        <translation>Attribut de segment</translation>
    </message>
    <message>
        <source>Segment value</source>
        <translation>Valeur de segment</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Each value</source>
        <translation>Chaque valeur</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
</context>
<context>
    <name>tenure::GridModel</name>
    <message>
        <source>partial period (data ends before the period does)</source>
        <translation>période incomplète (les données s&apos;arrêtent avant la fin de la période)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::HealthConfig</name>
    <message>
        <source>MRR trend</source>
        <translation>Tendance du MRR</translation>
    </message>
    <message>
        <source>Latest NPS</source>
        <translation>Dernier NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Ticket load</source>
        <translation>Charge de tickets</translation>
    </message>
    <message>
        <source>Product activation</source>
        <translation>Activation produit</translation>
    </message>
    <message>
        <source>Renewal status</source>
        <translation>Statut de renouvellement</translation>
    </message>
</context>
<context>
    <name>tenure::HealthConfigDialog</name>
    <message>
        <source>Health score</source>
        <translation>Score de santé</translation>
    </message>
    <message>
        <source>Components and weights</source>
        <translation>Composantes et poids</translation>
    </message>
    <message>
        <source>Custom attribute to add</source>
        <translation>Attribut personnalisé à ajouter</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>Ajouter une composante</translation>
    </message>
    <message>
        <source>Custom attribute:</source>
        <translation>Attribut personnalisé&#xa0;:</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Plages</translation>
    </message>
    <message>
        <source>Red below</source>
        <translation>Rouge sous</translation>
    </message>
    <message>
        <source>Amber below</source>
        <translation>Orange sous</translation>
    </message>
    <message>
        <source>Red below:</source>
        <translation>Rouge sous&#xa0;:</translation>
    </message>
    <message>
        <source>Amber below (green from):</source>
        <translation>Orange sous (vert à partir de)&#xa0;:</translation>
    </message>
    <message>
        <source>Lift and AUC by</source>
        <translation>Lift et AUC par</translation>
    </message>
    <message>
        <source>(all accounts only)</source>
        <translation>(tous les comptes uniquement)</translation>
    </message>
    <message>
        <source>Does the score predict churn? By:</source>
        <translation>Le score prédit-il l&apos;attrition&#xa0;? Par&#xa0;:</translation>
    </message>
    <message>
        <source>Lift and AUC</source>
        <translation>Lift et AUC</translation>
    </message>
    <message>
        <source>Each month&apos;s score against churn (MRR 0) within the next 3 months. Lift: red churn share / green churn share. AUC: the chance that a churner scored below a non-churner (0.5 = a coin toss, 1 = perfect).</source>
        <translation>Le score de chaque mois face à l&apos;attrition (MRR 0) dans les 3 mois suivants. Lift&#xa0;: part d&apos;attrition rouge / part d&apos;attrition verte. AUC&#xa0;: la probabilité qu&apos;un compte perdu ait eu un score inférieur à celui d&apos;un compte conservé (0,5 = pile ou face, 1 = parfait).</translation>
    </message>
    <message>
        <source>Backtest by month and band</source>
        <translation>Backtest par mois et par plage</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>&lt;b&gt;Component&lt;/b&gt;</source>
        <translation>&lt;b&gt;Composante&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weight&lt;/b&gt;</source>
        <translation>&lt;b&gt;Poids&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Switch the component off: it keeps its weight but counts for nothing</source>
        <translation>Désactiver la composante&#xa0;: elle garde son poids mais ne compte plus</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message>
        <source>Direction of %1</source>
        <translation>Sens de %1</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus c&apos;est haut, mieux c&apos;est</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus c&apos;est bas, mieux c&apos;est</translation>
    </message>
    <message>
        <source>Low end of %1</source>
        <translation>Borne basse de %1</translation>
    </message>
    <message>
        <source>High end of %1</source>
        <translation>Borne haute de %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>no numeric custom attribute</source>
        <translation>aucun attribut personnalisé numérique</translation>
    </message>
    <message>
        <source>Cannot use this configuration: %1</source>
        <translation>Impossible d&apos;utiliser cette configuration&#xa0;: %1</translation>
    </message>
    <message>
        <source>No health scores: they need revenue (MRR) data.</source>
        <translation>Aucun score de santé&#xa0;: il faut des données de revenu (MRR).</translation>
    </message>
    <message>
        <source>%1 lose their score</source>
        <translation>%1 perdent leur score</translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;In %1 no account changes band&lt;/b&gt; against the saved configuration (%2 active accounts).</source>
        <translation>&lt;b&gt;En %1, aucun compte ne change de plage&lt;/b&gt; par rapport à la configuration enregistrée (%2 comptes actifs).</translation>
    </message>
    <message>
        <source>&lt;b&gt;In %1, %2 of %3 active accounts change band&lt;/b&gt; against the saved configuration: %4.</source>
        <translation>&lt;b&gt;En %1, %2 comptes actifs sur %3 changent de plage&lt;/b&gt; par rapport à la configuration enregistrée&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>tenure::HealthModel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Plage</translation>
    </message>
    <message>
        <source>Pulling it down</source>
        <translation>Ce qui le tire vers le bas</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation>Prochain renouvellement</translation>
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
        <translation>Comptes à risque</translation>
    </message>
    <message>
        <source>No health scores: they need revenue (MRR) data, and are better with surveys, tickets, signups and renewals.</source>
        <translation>Aucun score de santé&#xa0;: il faut des données de revenu (MRR), et les enquêtes, tickets, inscriptions et renouvellements les affinent.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Edit weights...</source>
        <translation>Modifier les poids...</translation>
    </message>
    <message>
        <source>Health score distribution</source>
        <translation>Distribution des scores de santé</translation>
    </message>
    <message>
        <source>Backtest: churn share by band</source>
        <translation>Backtest&#xa0;: part d&apos;attrition par plage</translation>
    </message>
    <message>
        <source>all owners</source>
        <translation>tous les responsables</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health in %1&lt;/b&gt;: global score %2 (MRR-weighted). Accounts shown: %3 red, %4 amber, %5 green. Below: the &lt;b&gt;%6 at-risk accounts&lt;/b&gt; (red band), highest MRR first, with the components that pull each score down; double-click one to open it.</source>
        <translation>&lt;b&gt;Santé en %1&lt;/b&gt;&#xa0;: score global %2 (pondéré par le MRR). Comptes affichés&#xa0;: %3 rouges, %4 orange, %5 verts. Ci-dessous&#xa0;: les &lt;b&gt;%6 comptes à risque&lt;/b&gt; (plage rouge), par MRR décroissant, avec les composantes qui tirent chaque score vers le bas&#xa0;; double-cliquez sur un compte pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Score distribution (accounts per 10 points)</source>
        <translation>Distribution des scores (comptes par tranche de 10 points)</translation>
    </message>
    <message>
        <source>Backtest: share that churned within 3 months, by band (all accounts)</source>
        <translation>Backtest&#xa0;: part perdue dans les 3 mois, par plage (tous les comptes)</translation>
    </message>
</context>
<context>
    <name>tenure::ImportDialog</name>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>Files to import, in import order</source>
        <translation>Fichiers à importer, dans l&apos;ordre d&apos;import</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files&lt;/b&gt; (imported in this order: accounts first)</source>
        <translation>&lt;b&gt;Fichiers&lt;/b&gt; (importés dans cet ordre&#xa0;: les comptes d&apos;abord)</translation>
    </message>
    <message>
        <source>Data kind of the file</source>
        <translation>Type de données du fichier</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Détecté&#xa0;:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Column in file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation>Correspond à</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lu comme</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Rows that would be rejected</source>
        <translation>Lignes qui seraient rejetées</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt;: correct the mapping where the guess is wrong</source>
        <translation>&lt;b&gt;Colonnes&lt;/b&gt;&#xa0;: corrigez la correspondance là où l&apos;estimation est fausse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows that would be rejected&lt;/b&gt; (among the first rows)</source>
        <translation>&lt;b&gt;Lignes qui seraient rejetées&lt;/b&gt; (parmi les premières lignes)</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Avertissements d&apos;import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot import this file:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Impossible d&apos;importer ce fichier&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · encoding %2 · delimiter %3 · %n data row(s)</source>
        <translation>
            <numerusform>%1 · encodage %2 · séparateur %3 · %n ligne de données</numerusform>
            <numerusform>%1 · encodage %2 · séparateur %3 · %n lignes de données</numerusform>
        </translation>
    </message>
    <message>
        <source>no kind fits: choose one</source>
        <translation>aucun type ne correspond&#xa0;: choisissez-en un</translation>
    </message>
    <message>
        <source>&lt;b&gt;Required columns not mapped:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Colonnes obligatoires sans correspondance&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Target of column %1</source>
        <translation>Destination de la colonne %1</translation>
    </message>
    <message>
        <source>(custom attribute)</source>
        <translation>(attribut personnalisé)</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Import en cours...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message>
        <source>%1: %2 rows imported, %3 rejected (%4)</source>
        <translation>%1&#xa0;: %2 lignes importées, %3 rejetées (%4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Cancelled: the file being imported was not written.</source>
        <translation>Annulé&#xa0;: le fichier en cours d&apos;import n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Worksheet of the workbook</source>
        <translation>Feuille du classeur</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>F&amp;euille&#xa0;:</translation>
    </message>
    <message>
        <source>Money columns are in &amp;cents (4900 means 49.00)</source>
        <translation>Les montants sont en &amp;centimes (4900 signifie 49,00)</translation>
    </message>
    <message>
        <source>Money columns are in cents</source>
        <translation>Les montants sont en centimes</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unités&#xa0;:</translation>
    </message>
    <message>
        <source>How the file is read</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Lu comme&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 · XLSX sheet %2 · %n data row(s)</source>
        <translation>
            <numerusform>%1 · feuille XLSX %2 · %n ligne de données</numerusform>
            <numerusform>%1 · feuille XLSX %2 · %n lignes de données</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to decide</source>
        <translation>rien à décider</translation>
    </message>
    <message>
        <source>Computing the KPIs of the new data...</source>
        <translation>Calcul des KPI des nouvelles données...</translation>
    </message>
    <message>
        <source>Reading %1 (%2 MB)...</source>
        <translation>Lecture de %1 (%2 Mo)...</translation>
    </message>
    <message numerus="yes">
        <source>%1 · encoding %2 · delimiter %3 · about %n data row(s)</source>
        <translation>
            <numerusform>%1 · encodage %2 · séparateur %3 · environ %n ligne de données</numerusform>
            <numerusform>%1 · encodage %2 · séparateur %3 · environ %n lignes de données</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::ImportHistoryModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>tenure::KindSummaryModel</name>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>tenure::KindText</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>One row per customer account, from your CRM: its id, name, plan, region and any other column you want to filter by.</source>
        <translation>Une ligne par compte client, issue de votre CRM&#xa0;: identifiant, nom, offre, région et toute autre colonne selon laquelle vous voulez filtrer.</translation>
    </message>
    <message>
        <source>One row per account and month with its monthly recurring revenue, from billing or finance.</source>
        <translation>Une ligne par compte et par mois avec son revenu récurrent mensuel, issue de la facturation ou de la finance.</translation>
    </message>
    <message>
        <source>One row per subscription with its start, end, amount and billing interval, as billing systems export them; Tenure turns them into monthly revenue.</source>
        <translation>Une ligne par abonnement avec son début, sa fin, son montant et sa période de facturation, tels que les exportent les outils de facturation&#xa0;; Tenure en tire le revenu mensuel.</translation>
    </message>
    <message>
        <source>One row per purchase outside the subscription, such as add-ons or services.</source>
        <translation>Une ligne par achat hors abonnement, comme des options ou des services.</translation>
    </message>
    <message>
        <source>One row per survey answer (NPS, CSAT or CES) with its score and comment.</source>
        <translation>Une ligne par réponse d&apos;enquête (NPS, CSAT ou CES) avec sa note et son commentaire.</translation>
    </message>
    <message>
        <source>One row per support ticket, from your help desk: when it was opened and solved and how many replies it took.</source>
        <translation>Une ligne par ticket de support, issue de votre outil d&apos;assistance&#xa0;: quand il a été ouvert et résolu, et combien de réponses il a fallu.</translation>
    </message>
    <message>
        <source>One row per new user or trial, from product analytics, with the date it first reached value.</source>
        <translation>Une ligne par nouvel utilisateur ou essai, issue de l&apos;analytique produit, avec la date où il a tiré une première valeur.</translation>
    </message>
    <message>
        <source>Visitors and conversions per day, week or month, from web analytics.</source>
        <translation>Visiteurs et conversions par jour, semaine ou mois, issus de l&apos;analytique web.</translation>
    </message>
    <message>
        <source>What customer success spends (salaries, tools, programmes), by date and category.</source>
        <translation>Ce que dépense le customer success (salaires, outils, programmes), par date et catégorie.</translation>
    </message>
    <message>
        <source>One row per contract up for renewal: its due date, whether it renewed, and its ARR before and after.</source>
        <translation>Une ligne par contrat à renouveler&#xa0;: son échéance, s&apos;il a été renouvelé, et son ARR avant et après.</translation>
    </message>
    <message>
        <source>Needed by every other kind; gives the segments.</source>
        <translation>Nécessaire à tous les autres types&#xa0;; fournit les segments.</translation>
    </message>
    <message>
        <source>MRR, ARR, churn and retention, MRR movements, cohorts, health.</source>
        <translation>MRR, ARR, attrition et rétention, mouvements de MRR, cohortes, santé.</translation>
    </message>
    <message>
        <source>Repeat purchase rate, average order value and purchase frequency.</source>
        <translation>Taux de réachat, panier moyen et fréquence d&apos;achat.</translation>
    </message>
    <message>
        <source>NPS, CSAT and CES, the Surveys page.</source>
        <translation>NPS, CSAT et CES, la page Enquêtes.</translation>
    </message>
    <message>
        <source>First contact resolution and self-service rate.</source>
        <translation>Résolution au premier contact et taux de libre-service.</translation>
    </message>
    <message>
        <source>Product adoption rate and time to value.</source>
        <translation>Taux d&apos;adoption du produit et délai de création de valeur.</translation>
    </message>
    <message>
        <source>Conversion rate.</source>
        <translation>Taux de conversion.</translation>
    </message>
    <message>
        <source>Customer retention cost.</source>
        <translation>Coût de rétention client.</translation>
    </message>
    <message>
        <source>Renewal rate and net renewal rate.</source>
        <translation>Taux de renouvellement et taux de renouvellement net.</translation>
    </message>
    <message>
        <source>Revenue (MRR)</source>
        <translation>Revenu (MRR)</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Réponses aux enquêtes</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Tickets de support</translation>
    </message>
    <message>
        <source>Signups</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Customer-success costs</source>
        <translation>Coûts du customer success</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Exchange rates by date: date, currency and rate, or the ECB reference-rates file as published.</source>
        <translation>Taux de change par date : date, devise et taux, ou le fichier des taux de référence de la BCE tel que publié.</translation>
    </message>
    <message>
        <source>Amounts in other currencies, converted into the workspace&apos;s.</source>
        <translation>Montants dans d&apos;autres devises, convertis dans celle de l&apos;espace de travail.</translation>
    </message>
</context>
<context>
    <name>tenure::KpiCatalogue</name>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>Revenu récurrent mensuel</translation>
    </message>
    <message>
        <source>Annual recurring revenue</source>
        <translation>Revenu récurrent annuel</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clients actifs</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <source>Customer churn rate</source>
        <translation>Taux d&apos;attrition clients</translation>
    </message>
    <message>
        <source>Customer retention rate</source>
        <translation>Taux de rétention clients</translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation>Nouveau MRR</translation>
    </message>
    <message>
        <source>Expansion MRR</source>
        <translation>MRR d&apos;expansion</translation>
    </message>
    <message>
        <source>Contraction MRR</source>
        <translation>MRR de contraction</translation>
    </message>
    <message>
        <source>Churned MRR</source>
        <translation>MRR perdu</translation>
    </message>
    <message>
        <source>Reactivation MRR</source>
        <translation>MRR de réactivation</translation>
    </message>
    <message>
        <source>Net MRR churn</source>
        <translation>Attrition nette du MRR</translation>
    </message>
    <message>
        <source>Gross MRR churn</source>
        <translation>Attrition brute du MRR</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>Rétention nette du revenu</translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>Rétention brute du revenu</translation>
    </message>
    <message>
        <source>Average revenue per account</source>
        <translation>Revenu moyen par compte</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Valeur vie client</translation>
    </message>
    <message>
        <source>Expansion revenue</source>
        <translation>Revenu d&apos;expansion</translation>
    </message>
    <message>
        <source>Upsell and cross-sell rate</source>
        <translation>Taux de vente additionnelle et croisée</translation>
    </message>
    <message>
        <source>Renewal rate</source>
        <translation>Taux de renouvellement</translation>
    </message>
    <message>
        <source>Net renewal rate</source>
        <translation>Taux de renouvellement net</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Taux de réachat</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>Fréquence d&apos;achat</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Customer retention cost</source>
        <translation>Coût de rétention client</translation>
    </message>
    <message>
        <source>Net promoter score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Satisfaction client</translation>
    </message>
    <message>
        <source>Customer effort score</source>
        <translation>Score d&apos;effort client</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>Résolution au premier contact</translation>
    </message>
    <message>
        <source>Self-service rate</source>
        <translation>Taux de libre-service</translation>
    </message>
    <message>
        <source>Product adoption rate</source>
        <translation>Taux d&apos;adoption du produit</translation>
    </message>
    <message>
        <source>Time to value</source>
        <translation>Délai de création de valeur</translation>
    </message>
    <message>
        <source>SaaS quick ratio</source>
        <translation>Quick ratio SaaS</translation>
    </message>
    <message>
        <source>Customer health score</source>
        <translation>Score de santé client</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Sum of account MRR in the period&apos;s last month.</source>
        <translation>Somme du MRR des comptes le dernier mois de la période.</translation>
    </message>
    <message>
        <source>12 x MRR.</source>
        <translation>12 x MRR.</translation>
    </message>
    <message>
        <source>Accounts with MRR &gt; 0 in the period&apos;s last month (|E|).</source>
        <translation>Comptes dont le MRR est &gt; 0 le dernier mois de la période (|E|).</translation>
    </message>
    <message>
        <source>Accounts active at the end of the period that were not active at its start (|N| = |E \ S|), new and reactivated.</source>
        <translation>Comptes actifs à la fin de la période qui ne l&apos;étaient pas au début (|N| = |E \ S|), nouveaux et réactivés.</translation>
    </message>
    <message>
        <source>Accounts active at the start of the period (MRR &gt; 0 in the month before it) and not at its end (|S \ E|).</source>
        <translation>Comptes actifs au début de la période (MRR &gt; 0 le mois précédent) et plus à sa fin (|S \ E|).</translation>
    </message>
    <message>
        <source>|S \ E| / |S|: accounts lost during the period over accounts active at its start.</source>
        <translation>|S \ E| / |S|&#xa0;: comptes perdus pendant la période rapportés aux comptes actifs à son début.</translation>
    </message>
    <message>
        <source>accounts lost (S \ E)</source>
        <translation>comptes perdus (S \ E)</translation>
    </message>
    <message>
        <source>accounts active at start (S)</source>
        <translation>comptes actifs au début (S)</translation>
    </message>
    <message>
        <source>(|E| - |N|) / |S|: accounts active at the end that were active at the start, over accounts active at the start.</source>
        <translation>(|E| - |N|) / |S|&#xa0;: comptes actifs à la fin qui l&apos;étaient déjà au début, rapportés aux comptes actifs au début.</translation>
    </message>
    <message>
        <source>accounts retained (|E| - |N|)</source>
        <translation>comptes conservés (|E| - |N|)</translation>
    </message>
    <message>
        <source>MRR of accounts going 0 -&gt; x that never paid before, summed over the period&apos;s months.</source>
        <translation>MRR des comptes passant de 0 à x qui n&apos;avaient jamais payé, additionné sur les mois de la période.</translation>
    </message>
    <message>
        <source>Increase of accounts going x -&gt; y &gt; x (x &gt; 0), summed over the period&apos;s months.</source>
        <translation>Hausse des comptes passant de x à y &gt; x (x &gt; 0), additionnée sur les mois de la période.</translation>
    </message>
    <message>
        <source>Decrease of accounts going x -&gt; y with 0 &lt; y &lt; x, summed over the period&apos;s months.</source>
        <translation>Baisse des comptes passant de x à y avec 0 &lt; y &lt; x, additionnée sur les mois de la période.</translation>
    </message>
    <message>
        <source>MRR of accounts going x -&gt; 0, summed over the period&apos;s months.</source>
        <translation>MRR des comptes passant de x à 0, additionné sur les mois de la période.</translation>
    </message>
    <message>
        <source>MRR of accounts going 0 -&gt; x that paid before, summed over the period&apos;s months.</source>
        <translation>MRR des comptes passant de 0 à x qui avaient déjà payé, additionné sur les mois de la période.</translation>
    </message>
    <message>
        <source>(churn + contraction - reactivation - expansion) / MRR at the start of the period.</source>
        <translation>(attrition + contraction - réactivation - expansion) / MRR au début de la période.</translation>
    </message>
    <message>
        <source>churn + contraction - reactivation - expansion</source>
        <translation>attrition + contraction - réactivation - expansion</translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation>MRR au début</translation>
    </message>
    <message>
        <source>(churn + contraction) / MRR at the start of the period.</source>
        <translation>(attrition + contraction) / MRR au début de la période.</translation>
    </message>
    <message>
        <source>churn + contraction</source>
        <translation>attrition + contraction</translation>
    </message>
    <message>
        <source>MRR at the end of the period of the accounts active at its start (S) / their MRR at the start.</source>
        <translation>MRR en fin de période des comptes actifs à son début (S) / leur MRR au début.</translation>
    </message>
    <message>
        <source>end MRR of S</source>
        <translation>MRR final de S</translation>
    </message>
    <message>
        <source>start MRR of S</source>
        <translation>MRR initial de S</translation>
    </message>
    <message>
        <source>Sum over S of min(end, start MRR) / sum over S of start MRR.</source>
        <translation>Somme sur S de min(MRR final, MRR initial) / somme sur S du MRR initial.</translation>
    </message>
    <message>
        <source>sum over S of min(end, start)</source>
        <translation>somme sur S de min(fin, début)</translation>
    </message>
    <message>
        <source>MRR / active customers.</source>
        <translation>MRR / clients actifs.</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>active customers</source>
        <translation>clients actifs</translation>
    </message>
    <message>
        <source>ARPA x gross margin / m, m = mean monthly customer churn (fraction) of the up to 12 months ending with the period&apos;s last month that have a churn value.</source>
        <translation>ARPA x marge brute / m, m = attrition clients mensuelle moyenne (fraction) sur les 12 mois au plus se terminant le dernier mois de la période qui ont une valeur d&apos;attrition.</translation>
    </message>
    <message>
        <source>ARPA x gross margin</source>
        <translation>ARPA x marge brute</translation>
    </message>
    <message>
        <source>mean monthly churn (fraction)</source>
        <translation>attrition mensuelle moyenne (fraction)</translation>
    </message>
    <message>
        <source>Expansion MRR + orders of type add-on, upsell or cross-sell in the period.</source>
        <translation>MRR d&apos;expansion + commandes de type option, vente additionnelle ou croisée sur la période.</translation>
    </message>
    <message>
        <source>Accounts in S with an expansion in the period / |S|.</source>
        <translation>Comptes de S ayant une expansion sur la période / |S|.</translation>
    </message>
    <message>
        <source>accounts in S with expansion</source>
        <translation>comptes de S avec expansion</translation>
    </message>
    <message>
        <source>Renewals due in the period that were renewed / renewals due in the period.</source>
        <translation>Renouvellements arrivant à échéance sur la période et renouvelés / renouvellements arrivant à échéance sur la période.</translation>
    </message>
    <message>
        <source>renewed</source>
        <translation>renouvelés</translation>
    </message>
    <message>
        <source>renewals due</source>
        <translation>renouvellements à échéance</translation>
    </message>
    <message>
        <source>Sum of ARR after of the renewals due in the period (0 when not renewed) / sum of their ARR before.</source>
        <translation>Somme de l&apos;ARR après des renouvellements à échéance sur la période (0 si non renouvelé) / somme de leur ARR avant.</translation>
    </message>
    <message>
        <source>ARR after</source>
        <translation>ARR après</translation>
    </message>
    <message>
        <source>ARR before</source>
        <translation>ARR avant</translation>
    </message>
    <message>
        <source>Accounts with 2 or more orders up to the end of the period / accounts with 1 or more.</source>
        <translation>Comptes ayant 2 commandes ou plus jusqu&apos;à la fin de la période / comptes en ayant 1 ou plus.</translation>
    </message>
    <message>
        <source>accounts with 2+ orders</source>
        <translation>comptes avec 2+ commandes</translation>
    </message>
    <message>
        <source>accounts with 1+ orders</source>
        <translation>comptes avec 1+ commande</translation>
    </message>
    <message>
        <source>Order revenue in the period / orders in the period.</source>
        <translation>Chiffre d&apos;affaires des commandes sur la période / commandes sur la période.</translation>
    </message>
    <message>
        <source>order revenue</source>
        <translation>chiffre d&apos;affaires des commandes</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>Orders in the period / accounts ordering in the period.</source>
        <translation>Commandes sur la période / comptes ayant commandé sur la période.</translation>
    </message>
    <message>
        <source>ordering accounts</source>
        <translation>comptes ayant commandé</translation>
    </message>
    <message>
        <source>Conversions / visitors in the period.</source>
        <translation>Conversions / visiteurs sur la période.</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>conversions</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>visiteurs</translation>
    </message>
    <message>
        <source>Customer-success costs in the period / retained accounts (|E| - |N|).</source>
        <translation>Coûts du customer success sur la période / comptes conservés (|E| - |N|).</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>coûts</translation>
    </message>
    <message>
        <source>retained accounts</source>
        <translation>comptes conservés</translation>
    </message>
    <message>
        <source>% of NPS answers in the period scoring 9-10 minus % scoring 0-6 (-100 to 100).</source>
        <translation>% des réponses NPS de la période notées 9-10 moins % notées 0-6 (de -100 à 100).</translation>
    </message>
    <message>
        <source>promoters - detractors</source>
        <translation>promoteurs - détracteurs</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>réponses NPS</translation>
    </message>
    <message>
        <source>CSAT answers in the period scoring 4-5 on 1-5 / CSAT answers in the period.</source>
        <translation>Réponses CSAT de la période notées 4-5 sur 1-5 / réponses CSAT de la période.</translation>
    </message>
    <message>
        <source>satisfied answers</source>
        <translation>réponses satisfaites</translation>
    </message>
    <message>
        <source>CSAT answers</source>
        <translation>réponses CSAT</translation>
    </message>
    <message>
        <source>Mean of the CES answers in the period (1-7, higher = easier).</source>
        <translation>Moyenne des réponses CES de la période (1-7, plus haut = plus facile).</translation>
    </message>
    <message>
        <source>sum of scores</source>
        <translation>somme des notes</translation>
    </message>
    <message>
        <source>CES answers</source>
        <translation>réponses CES</translation>
    </message>
    <message>
        <source>Tickets resolved in the period with contacts = 1 / tickets resolved in the period with contacts &gt;= 1.</source>
        <translation>Tickets résolus sur la période avec contacts = 1 / tickets résolus sur la période avec contacts &gt;= 1.</translation>
    </message>
    <message>
        <source>resolved on first contact</source>
        <translation>résolus au premier contact</translation>
    </message>
    <message>
        <source>resolved by an agent</source>
        <translation>résolus par un agent</translation>
    </message>
    <message>
        <source>Issues resolved in the period with contacts = 0 / all issues resolved in the period.</source>
        <translation>Demandes résolues sur la période avec contacts = 0 / toutes les demandes résolues sur la période.</translation>
    </message>
    <message>
        <source>resolved by self-service</source>
        <translation>résolues en libre-service</translation>
    </message>
    <message>
        <source>issues resolved</source>
        <translation>demandes résolues</translation>
    </message>
    <message>
        <source>Signups in the period that have activated / signups in the period.</source>
        <translation>Inscriptions de la période activées / inscriptions de la période.</translation>
    </message>
    <message>
        <source>activated signups</source>
        <translation>inscriptions activées</translation>
    </message>
    <message>
        <source>signups</source>
        <translation>inscriptions</translation>
    </message>
    <message>
        <source>Median days from signed_up_at to activated_at of the signups in the period that activated.</source>
        <translation>Médiane des jours entre signed_up_at et activated_at des inscriptions de la période qui ont été activées.</translation>
    </message>
    <message>
        <source>(new + reactivation + expansion MRR) / (churn + contraction MRR).</source>
        <translation>(MRR nouveau + réactivation + expansion) / (MRR d&apos;attrition + contraction).</translation>
    </message>
    <message>
        <source>new + reactivation + expansion</source>
        <translation>nouveau + réactivation + expansion</translation>
    </message>
    <message>
        <source>Per account, a weighted mean (0-100) of MRR trend, latest NPS, CSAT, ticket load, product activation and renewal status; components without data drop out and the weights renormalise. The global score is the MRR-weighted mean over active accounts.</source>
        <translation>Par compte, une moyenne pondérée (0-100) de la tendance du MRR, du dernier NPS, du CSAT, de la charge de tickets, de l&apos;activation produit et du statut de renouvellement&#xa0;; les composantes sans données sont écartées et les poids renormalisés. Le score global est la moyenne pondérée par le MRR sur les comptes actifs.</translation>
    </message>
    <message>
        <source>sum of score x MRR</source>
        <translation>somme de score x MRR</translation>
    </message>
    <message>
        <source>sum of MRR</source>
        <translation>somme du MRR</translation>
    </message>
</context>
<context>
    <name>tenure::KpiProfile</name>
    <message>
        <source>LTV = ARPA / mean churn of the six months before the current one, without gross margin.</source>
        <translation>LTV = ARPA / attrition moyenne des six mois précédant le mois en cours, sans marge brute.</translation>
    </message>
    <message>
        <source>Reactivation does not offset churn in net MRR churn and NRR; LTV = ARPA / the last month&apos;s churn.</source>
        <translation>La réactivation ne compense pas l&apos;attrition dans l&apos;attrition nette du MRR et la NRR&#xa0;; LTV = ARPA / attrition du dernier mois.</translation>
    </message>
    <message>
        <source>LTV = ARPA / (1 - the last month&apos;s revenue retention).</source>
        <translation>LTV = ARPA / (1 - rétention du revenu du dernier mois).</translation>
    </message>
    <message>
        <source>Tenure&apos;s own definitions (SPEC.md section 4): LTV = ARPA x gross margin / mean churn of up to 12 months.</source>
        <translation>Les définitions de Tenure (SPEC.md, section 4)&#xa0;: LTV = ARPA x marge brute / attrition moyenne sur 12 mois au plus.</translation>
    </message>
    <message>
        <source>(churn + contraction - expansion) / MRR at start: reactivation does not offset churn</source>
        <translation>(attrition + contraction - expansion) / MRR au début&#xa0;: la réactivation ne compense pas l&apos;attrition</translation>
    </message>
    <message>
        <source>(churn + contraction - reactivation - expansion) / MRR at start</source>
        <translation>(attrition + contraction - réactivation - expansion) / MRR au début</translation>
    </message>
    <message>
        <source>100 % - net MRR churn without reactivation; over a quarter it also counts accounts that joined during it</source>
        <translation>100&#xa0;% - attrition nette du MRR sans réactivation&#xa0;; sur un trimestre, compte aussi les comptes arrivés pendant celui-ci</translation>
    </message>
    <message>
        <source>End MRR of the accounts active at the start / their start MRR</source>
        <translation>MRR final des comptes actifs au début / leur MRR au début</translation>
    </message>
    <message>
        <source>ARPA / mean churn of the 6 months before the last one, no gross margin</source>
        <translation>ARPA / attrition moyenne des 6 mois précédant le dernier, sans marge brute</translation>
    </message>
    <message>
        <source>ARPA / churn of the last month, no gross margin</source>
        <translation>ARPA / attrition du dernier mois, sans marge brute</translation>
    </message>
    <message>
        <source>ARPA / (1 - revenue retention of the last month)</source>
        <translation>ARPA / (1 - rétention du revenu du dernier mois)</translation>
    </message>
    <message>
        <source>ARPA x gross margin / mean churn of the 12 months up to the last one</source>
        <translation>ARPA x marge brute / attrition moyenne des 12 mois jusqu&apos;au dernier</translation>
    </message>
    <message>
        <source>churn + contraction - expansion</source>
        <translation>attrition + contraction - expansion</translation>
    </message>
    <message>
        <source>start MRR - churn - contraction + expansion</source>
        <translation>MRR au début - attrition - contraction + expansion</translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation>ARPA</translation>
    </message>
    <message>
        <source>churn of the last month (fraction)</source>
        <translation>attrition du dernier mois (fraction)</translation>
    </message>
    <message>
        <source>1 - revenue retention of the last month</source>
        <translation>1 - rétention du revenu du dernier mois</translation>
    </message>
    <message>
        <source>mean churn (fraction) of the 6 months before the last</source>
        <translation>attrition moyenne (fraction) des 6 mois précédant le dernier</translation>
    </message>
</context>
<context>
    <name>tenure::KpiTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 against the previous period</source>
        <translation>%1 par rapport à la période précédente</translation>
    </message>
    <message>
        <source>vs prev.</source>
        <translation>vs préc.</translation>
    </message>
    <message>
        <source>vs year</source>
        <translation>vs an</translation>
    </message>
    <message>
        <source>No data in this period</source>
        <translation>Aucune donnée sur cette période</translation>
    </message>
    <message>
        <source>small sample (n=%1)</source>
        <translation>petit échantillon (n=%1)</translation>
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
        <translation>Pages du tableau de bord</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Fichier de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Nouvel espace de travail...</translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation>&amp;Ouvrir un espace de travail...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>&amp;Exporter un rapport...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Benchmark bands and targets...</source>
        <translation>&amp;Plages de référence et objectifs...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>Pa&amp;ramètres...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Tenure</source>
        <translation>À pr&amp;opos de Tenure</translation>
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
        <translation>impossible d&apos;écrire la capture d&apos;écran %1</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Tenure workspaces (*.tenure)</source>
        <translation>Espaces de travail Tenure (*.tenure)</translation>
    </message>
    <message>
        <source>%1 already exists; open it with File &gt; Open workspace.</source>
        <translation>%1 existe déjà&#xa0;; ouvrez-le avec Fichier &gt; Ouvrir un espace de travail.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Tenure workspaces (*.tenure);;All files (*)</source>
        <translation>Espaces de travail Tenure (*.tenure);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>An import is running; drop the files again when it is done.</source>
        <translation>Un import est en cours&#xa0;; déposez à nouveau les fichiers une fois qu&apos;il est terminé.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Supprimer l&apos;import</translation>
    </message>
    <message>
        <source>Remove every row imported from %1? The file itself is not touched.</source>
        <translation>Supprimer toutes les lignes importées depuis %1&#xa0;? Le fichier lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>About Tenure</source>
        <translation>À propos de Tenure</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tenure %1&lt;/h3&gt;&lt;p&gt;Customer-success KPIs on your desktop: churn, retention, MRR movements, NPS, CSAT, support and adoption, against benchmark bands and targets.&lt;/p&gt;&lt;p&gt;Your data stays in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tenure %1&lt;/h3&gt;&lt;p&gt;Les indicateurs customer success sur votre bureau&#xa0;: attrition, rétention, mouvements de MRR, NPS, CSAT, support et adoption, face à des plages de référence et des objectifs.&lt;/p&gt;&lt;p&gt;Vos données restent dans un seul fichier sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Save a &amp;copy...</source>
        <translation>Enregistrer une &amp;copie...</translation>
    </message>
    <message>
        <source>&amp;Getting started...</source>
        <translation>&amp;Premiers pas...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts...</source>
        <translation>&amp;Raccourcis clavier...</translation>
    </message>
    <message>
        <source>The language changes when Tenure starts again.</source>
        <translation>La langue changera au prochain démarrage de Tenure.</translation>
    </message>
    <message>
        <source>A copy cannot replace the workspace itself.</source>
        <translation>Une copie ne peut pas remplacer l&apos;espace de travail lui-même.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: %2</source>
        <translation>Impossible d&apos;enregistrer une copie sous %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 copy.tenure</source>
        <translation>%1 copie.tenure</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>&amp;Health score...</source>
        <translation>&amp;Score de santé...</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Tableaux (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Connect to &amp;team workspace...</source>
        <translation>Se connec&amp;ter à un espace d&apos;équipe...</translation>
    </message>
    <message>
        <source>Another import changed this workspace&apos;s data.</source>
        <translation>Une autre importation a modifié les données de cet espace de travail.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the pages with the workspace&apos;s new data</source>
        <translation>Actualiser les pages avec les nouvelles données de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Role %1 may only read this team workspace</source>
        <translation>Le rôle %1 peut seulement lire cet espace d&apos;équipe</translation>
    </message>
    <message>
        <source>Team workspace password</source>
        <translation>Mot de passe de l&apos;espace d&apos;équipe</translation>
    </message>
    <message>
        <source>Password for %1
(kept only until Tenure quits):</source>
        <translation>Mot de passe pour %1
(conservé jusqu&apos;à la fermeture de Tenure) :</translation>
    </message>
    <message>
        <source>A team workspace cannot be saved as a copy; its server keeps the backups.</source>
        <translation>Un espace d&apos;équipe ne peut pas être enregistré en copie ; son serveur conserve les sauvegardes.</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Chargement de %1...</translation>
    </message>
    <message>
        <source>Loading the new data...</source>
        <translation>Chargement des nouvelles données...</translation>
    </message>
    <message>
        <source>Loading in the background failed (%1); loading here.</source>
        <translation>Le chargement en arrière-plan a échoué (%1) ; chargement ici.</translation>
    </message>
</context>
<context>
    <name>tenure::MovementsModel</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Réactivation</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contraction</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Attrition</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Variation nette</translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation>MRR en fin de période</translation>
    </message>
</context>
<context>
    <name>tenure::MovementsPage</name>
    <message>
        <source>MRR movements chart</source>
        <translation>Graphique des mouvements de MRR</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>Mouvements de MRR</translation>
    </message>
    <message>
        <source>No MRR data in the chosen range</source>
        <translation>Aucune donnée de MRR sur la période choisie</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Variation nette</translation>
    </message>
</context>
<context>
    <name>tenure::NpsDistributionModel</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoteurs</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passifs</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Détracteurs</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenure::OverviewModel</name>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>vs période précédente</translation>
    </message>
    <message>
        <source>vs a year before</source>
        <translation>vs un an avant</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objectif %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> d&apos;ici le %1</translation>
    </message>
</context>
<context>
    <name>tenure::OverviewPage</name>
    <message>
        <source>&lt;h3&gt;No data yet&lt;/h3&gt;&lt;p&gt;Drop CSV exports from your CRM, billing, support or survey tools on this window, or use &lt;b&gt;File &amp;gt; Import...&lt;/b&gt;.&lt;br&gt;Start with accounts and revenue (MRR) or subscriptions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pas encore de données&lt;/h3&gt;&lt;p&gt;Déposez sur cette fenêtre des exports CSV de votre CRM, de votre facturation, de votre support ou de vos enquêtes, ou utilisez &lt;b&gt;Fichier &amp;gt; Importer...&lt;/b&gt;.&lt;br&gt;Commencez par les comptes et le revenu (MRR) ou les abonnements.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>KPI tiles</source>
        <translation>Tuiles des KPI</translation>
    </message>
    <message>
        <source> · %1 = %2</source>
        <translation> · %1 = %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source> · data as of %1</source>
        <translation> · données au %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2%3 · changes against the previous period and a year before · double-click a tile to explain it</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2%3 · variations par rapport à la période précédente et à l&apos;année précédente · double-cliquez sur une tuile pour l&apos;expliquer</translation>
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
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Accounts with this attribute value</source>
        <translation>Comptes ayant cette valeur d&apos;attribut</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
</context>
<context>
    <name>tenure::SegmentsPage</name>
    <message>
        <source>KPIs by segment</source>
        <translation>KPI par segment</translation>
    </message>
    <message>
        <source>No data: import accounts with a segment attribute (plan, region, ...) and their revenue.</source>
        <translation>Aucune donnée&#xa0;: importez des comptes avec un attribut de segment (offre, région, ...) et leur revenu.</translation>
    </message>
    <message>
        <source>Every KPI in &lt;b&gt;%1&lt;/b&gt; by &lt;b&gt;%2&lt;/b&gt;. Click a column header to sort; double-click a value to explain it. Colours: the KPI&apos;s benchmark band.</source>
        <translation>Tous les KPI de &lt;b&gt;%1&lt;/b&gt; par &lt;b&gt;%2&lt;/b&gt;. Cliquez sur un en-tête de colonne pour trier&#xa0;; double-cliquez sur une valeur pour l&apos;expliquer. Couleurs&#xa0;: la plage de référence du KPI.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
</context>
<context>
    <name>tenure::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>Nom de l&apos;&amp;entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Browse for a logo file</source>
        <translation>Rechercher un fichier de logo</translation>
    </message>
    <message>
        <source>&amp;Logo file:</source>
        <translation>Fichier du &amp;logo&#xa0;:</translation>
    </message>
    <message>
        <source>Currency (ISO code)</source>
        <translation>Devise (code ISO)</translation>
    </message>
    <message>
        <source>C&amp;urrency (ISO code):</source>
        <translation>&amp;Devise (code ISO)&#xa0;:</translation>
    </message>
    <message>
        <source>Gross margin in percent</source>
        <translation>Marge brute en pourcentage</translation>
    </message>
    <message>
        <source>&amp;Gross margin:</source>
        <translation>&amp;Marge brute&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as USD or EUR.</source>
        <translation>La devise doit être un code ISO de trois lettres comme USD ou EUR.</translation>
    </message>
    <message>
        <source>The logo file %1 does not exist.</source>
        <translation>Le fichier de logo %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Date d&apos;arrêté</translation>
    </message>
    <message>
        <source>from the data (YYYY-MM-DD or YYYY-MM)</source>
        <translation>d&apos;après les données (AAAA-MM-JJ ou AAAA-MM)</translation>
    </message>
    <message>
        <source>Active subscriptions count through this month, and no MRR is shown after it. Leave it empty to use the day of the latest billing import.</source>
        <translation>Les abonnements actifs comptent jusqu&apos;à ce mois inclus, et aucun MRR n&apos;est affiché au-delà. Laissez vide pour utiliser le jour du dernier import de facturation.</translation>
    </message>
    <message>
        <source>&amp;As-of date:</source>
        <translation>Date d&apos;&amp;arrêté&#xa0;:</translation>
    </message>
    <message>
        <source>The as-of date must be a date (2026-03-31) or a month (2026-03), or empty.</source>
        <translation>La date d&apos;arrêté doit être une date (2026-03-31), un mois (2026-03) ou vide.</translation>
    </message>
    <message>
        <source>Formula profile</source>
        <translation>Profil de formules</translation>
    </message>
    <message>
        <source>Tenure (SPEC.md, default)</source>
        <translation>Tenure (SPEC.md, par défaut)</translation>
    </message>
    <message>
        <source>&amp;Formula profile:</source>
        <translation>Profil de &amp;formules&#xa0;:</translation>
    </message>
    <message>
        <source>The workspace currency stays %1: %2</source>
        <translation>La devise de l&apos;espace de travail reste %1 : %2</translation>
    </message>
</context>
<context>
    <name>tenure::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Explain the number of a tile or a table cell</source>
        <translation>Expliquer le chiffre d&apos;une tuile ou d&apos;une cellule</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Entrée ou double-clic</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Champ suivant ou précédent</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Move within a table or the page list</source>
        <translation>Se déplacer dans un tableau ou la liste des pages</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>Open a filter&apos;s list</source>
        <translation>Ouvrir la liste d&apos;un filtre</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>tenure::SurveysPage</name>
    <message>
        <source>NPS answers over time</source>
        <translation>Réponses NPS dans le temps</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Comment group</source>
        <translation>Groupe de commentaires</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Words in comments or account names</source>
        <translation>Mots dans les commentaires ou les noms de comptes</translation>
    </message>
    <message>
        <source>Search comments</source>
        <translation>Rechercher dans les commentaires</translation>
    </message>
    <message>
        <source>Survey comments</source>
        <translation>Commentaires d&apos;enquête</translation>
    </message>
    <message>
        <source>%1 of %2 comments</source>
        <translation>%1 commentaires sur %2</translation>
    </message>
    <message>
        <source>No NPS answers in the chosen range</source>
        <translation>Aucune réponse NPS sur la période choisie</translation>
    </message>
    <message>
        <source>NPS answers: promoters (9-10), passives (7-8), detractors (0-6)</source>
        <translation>Réponses NPS&#xa0;: promoteurs (9-10), passifs (7-8), détracteurs (0-6)</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
</context>
<context>
    <name>tenure::TrendModel</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Other (%1 segments)</source>
        <translation>Autres (%1 segments)</translation>
    </message>
</context>
<context>
    <name>tenure::TrendPage</name>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI&#xa0;:</translation>
    </message>
    <message>
        <source>KPI to show</source>
        <translation>KPI à afficher</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Graphique de tendance</translation>
    </message>
    <message>
        <source>Trend values</source>
        <translation>Valeurs de tendance</translation>
    </message>
    <message>
        <source>&quot;Other&quot; combines %1 segments: choose one of them under Value to explain it.</source>
        <translation>«&#xa0;Autres&#xa0;» regroupe %1 segments&#xa0;: choisissez-en un sous Valeur pour l&apos;expliquer.</translation>
    </message>
    <message numerus="yes">
        <source>Lines: the %1 largest segments (by the KPI&apos;s denominator or answers in the last period, else by MRR) and the other %n together.</source>
        <translation>
            <numerusform>Courbes&#xa0;: les %1 segments les plus grands (selon le dénominateur du KPI ou les réponses de la dernière période, sinon selon le MRR) et l&apos;autre regroupé.</numerusform>
            <numerusform>Courbes&#xa0;: les %1 segments les plus grands (selon le dénominateur du KPI ou les réponses de la dernière période, sinon selon le MRR) et les %n autres regroupés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data for this KPI in the chosen range</source>
        <translation>Aucune donnée pour ce KPI sur la période choisie</translation>
    </message>
    <message>
        <source>%1: no values in the chosen range</source>
        <translation>%1&#xa0;: aucune valeur sur la période choisie</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>money</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
</context>
<context>
    <name>tenure::WelcomeDialog</name>
    <message>
        <source>Welcome to Tenure</source>
        <translation>Bienvenue dans Tenure</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This dashboard shows a demo company&lt;/b&gt;, so every page has something to look at.&lt;/p&gt;&lt;p&gt;To see your own customers, create a workspace and import CSV exports of your tools: one file per kind of data below. Accounts are needed first; everything else is optional and adds its KPIs. Your exports can keep their own column names, the importer maps them; the templates show the columns Tenure reads.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce tableau de bord montre une entreprise de démonstration&lt;/b&gt;, pour que chaque page ait quelque chose à afficher.&lt;/p&gt;&lt;p&gt;Pour voir vos propres clients, créez un espace de travail et importez les exports CSV de vos outils&#xa0;: un fichier par type de données ci-dessous. Les comptes viennent en premier&#xa0;; tout le reste est facultatif et ajoute ses KPI. Vos exports peuvent garder leurs propres noms de colonnes, l&apos;import fait la correspondance&#xa0;; les modèles montrent les colonnes que lit Tenure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data kinds and their templates</source>
        <translation>Types de données et leurs modèles</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>One row is</source>
        <translation>Une ligne, c&apos;est</translation>
    </message>
    <message>
        <source>Gives you</source>
        <translation>Ce que vous obtenez</translation>
    </message>
    <message>
        <source>&amp;Save templates...</source>
        <translation>Enregistrer les &amp;modèles...</translation>
    </message>
    <message>
        <source>&amp;New workspace for my data...</source>
        <translation>&amp;Nouvel espace de travail pour mes données...</translation>
    </message>
    <message>
        <source>&amp;Explore the demo</source>
        <translation>&amp;Explorer la démo</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) saved in %1.</source>
        <translation>
            <numerusform>%n modèle enregistré dans %1.</numerusform>
            <numerusform>%n modèles enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already there were kept.</source>
        <translation>
            <numerusform>%n fichier déjà présent a été conservé.</numerusform>
            <numerusform>%n fichiers déjà présents ont été conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the kinds of data you want a template for.</source>
        <translation>Cochez les types de données dont vous voulez un modèle.</translation>
    </message>
    <message>
        <source>Save templates in</source>
        <translation>Enregistrer les modèles dans</translation>
    </message>
</context>
<context>
    <name>tenure::cli</name>
    <message>
        <source>%1: %2 (see tenure %1 --help)</source>
        <translation>%1&#xa0;: %2 (voir tenure %1 --help)</translation>
    </message>
    <message>
        <source>Usage: tenure %1

%2</source>
        <translation>Utilisation&#xa0;: tenure %1

%2</translation>
    </message>
    <message>
        <source>%1: bad --format %2 (csv, json or table)</source>
        <translation>%1&#xa0;: --format %2 invalide (csv, json ou table)</translation>
    </message>
    <message>
        <source>--workspace is required</source>
        <translation>--workspace est obligatoire</translation>
    </message>
    <message>
        <source>cohorts: unexpected argument %1</source>
        <translation>cohorts&#xa0;: argument inattendu %1</translation>
    </message>
    <message>
        <source>cohorts: bad --metric %1 (customers or mrr)</source>
        <translation>cohorts&#xa0;: --metric %1 invalide (customers ou mrr)</translation>
    </message>
    <message>
        <source>cohorts: unknown segment attribute %1 (known: %2)</source>
        <translation>cohorts&#xa0;: attribut de segment inconnu %1 (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>import CSV files into a workspace</source>
        <translation>importer des fichiers CSV dans un espace de travail</translation>
    </message>
    <message>
        <source>list or remove import batches</source>
        <translation>lister ou supprimer des imports</translation>
    </message>
    <message>
        <source>show what the importer sees in a file, without importing</source>
        <translation>montrer ce que l&apos;import voit dans un fichier, sans importer</translation>
    </message>
    <message>
        <source>print the canonical CSV header of a data kind</source>
        <translation>afficher l&apos;en-tête CSV canonique d&apos;un type de données</translation>
    </message>
    <message>
        <source>compute KPIs per period and segment</source>
        <translation>calculer les KPI par période et par segment</translation>
    </message>
    <message>
        <source>customer or revenue retention by cohort</source>
        <translation>rétention clients ou du revenu par cohorte</translation>
    </message>
    <message>
        <source>customer health scores and their backtest</source>
        <translation>scores de santé client et leur backtest</translation>
    </message>
    <message>
        <source>write a QBR report as PDF</source>
        <translation>écrire un rapport QBR en PDF</translation>
    </message>
    <message>
        <source>generate a demo company</source>
        <translation>générer une entreprise de démonstration</translation>
    </message>
    <message>
        <source>demo: unexpected argument &apos;%1&apos;</source>
        <translation>demo&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>demo: --last-month wants a month such as 2026-03, not &apos;%1&apos;</source>
        <translation>demo&#xa0;: --last-month attend un mois comme 2026-03, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>demo: --workspace (or --csv) is required</source>
        <translation>demo&#xa0;: --workspace (ou --csv) est obligatoire</translation>
    </message>
    <message>
        <source>health: unexpected argument %1</source>
        <translation>health&#xa0;: argument inattendu %1</translation>
    </message>
    <message>
        <source>health: bad --period %1 (a period such as 2026-03, 2026-Q1 or 2026)</source>
        <translation>health&#xa0;: --period %1 invalide (une période comme 2026-03, 2026-Q1 ou 2026)</translation>
    </message>
    <message>
        <source>health: the workspace has no revenue or subscription data</source>
        <translation>health&#xa0;: l&apos;espace de travail n&apos;a aucune donnée de revenu ou d&apos;abonnement</translation>
    </message>
    <message>
        <source>health: no MRR data in %1 (data from %2 to %3)</source>
        <translation>health&#xa0;: aucune donnée de MRR en %1 (données de %2 à %3)</translation>
    </message>
    <message>
        <source>imports: unexpected argument &apos;%1&apos;</source>
        <translation>imports&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>imports: --remove needs a batch number, not &apos;%1&apos;</source>
        <translation>imports&#xa0;: --remove attend un numéro d&apos;import, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>imports: %1</source>
        <translation>imports&#xa0;: %1</translation>
    </message>
    <message>
        <source>kpi: unexpected argument %1</source>
        <translation>kpi&#xa0;: argument inattendu %1</translation>
    </message>
    <message>
        <source>kpi: unknown KPI %1 (known: %2)</source>
        <translation>kpi&#xa0;: KPI inconnu %1 (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>kpi: --kpi needs at least one KPI id</source>
        <translation>kpi&#xa0;: --kpi attend au moins un identifiant de KPI</translation>
    </message>
    <message>
        <source>kpi: bad --period %1 (month, quarter or year)</source>
        <translation>kpi&#xa0;: --period %1 invalide (month, quarter ou year)</translation>
    </message>
    <message>
        <source>kpi: bad --%1 %2 (a period such as 2026-03, 2026-Q1 or 2026)</source>
        <translation>kpi&#xa0;: --%1 %2 invalide (une période comme 2026-03, 2026-Q1 ou 2026)</translation>
    </message>
    <message>
        <source>kpi: --from %1 is after --to %2</source>
        <translation>kpi&#xa0;: --from %1 est après --to %2</translation>
    </message>
    <message>
        <source>kpi: unknown segment attribute %1 (known: %2)</source>
        <translation>kpi&#xa0;: attribut de segment inconnu %1 (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>report: unexpected argument &apos;%1&apos;</source>
        <translation>report&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>report: --out is required</source>
        <translation>report&#xa0;: --out est obligatoire</translation>
    </message>
    <message>
        <source>report: unknown page size &apos;%1&apos; (use a4 or letter)</source>
        <translation>report&#xa0;: format de page inconnu «&#xa0;%1&#xa0;» (a4 ou letter)</translation>
    </message>
    <message>
        <source>report: --workspace is required</source>
        <translation>report&#xa0;: --workspace est obligatoire</translation>
    </message>
    <message>
        <source>report: --out %1 is a folder; give a file name</source>
        <translation>report&#xa0;: --out %1 est un dossier&#xa0;; indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report&#xa0;: %1</translation>
    </message>
    <message>
        <source>report: with --account all, --out must be a folder (%1 is a file)</source>
        <translation>report&#xa0;: avec --account all, --out doit être un dossier (%1 est un fichier)</translation>
    </message>
    <message>
        <source>report: the workspace has no accounts</source>
        <translation>report&#xa0;: l&apos;espace de travail n&apos;a aucun compte</translation>
    </message>
    <message>
        <source>report: cannot create folder %1</source>
        <translation>report&#xa0;: impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>report: account %1: %2</source>
        <translation>report&#xa0;: compte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>template: give exactly one KIND</source>
        <translation>template&#xa0;: indiquez exactement un KIND</translation>
    </message>
    <message>
        <source>template: unknown kind &apos;%1&apos; (one of %2)</source>
        <translation>template&#xa0;: type inconnu «&#xa0;%1&#xa0;» (parmi %2)</translation>
    </message>
    <message>
        <source>give at most one workspace</source>
        <translation>indiquez au plus un espace de travail</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos;</source>
        <translation>vue inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--size wants WxH, e.g. 1280x800</source>
        <translation>--size attend LxH, par exemple 1280x800</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see tenure --help)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» (voir tenure --help)</translation>
    </message>
    <message>
        <source>Usage: tenure [WORKSPACE]                 open the dashboard
       tenure --screenshot FILE.png [--size WxH] [--view VIEW] [WORKSPACE]
       tenure COMMAND [OPTIONS]           run a job without a window

Commands:
</source>
        <translation>Utilisation&#xa0;: tenure [ESPACE]                   ouvrir le tableau de bord
              tenure --screenshot FICHIER.png [--size LxH] [--view VUE] [ESPACE]
              tenure COMMANDE [OPTIONS]         lancer une tâche sans fenêtre

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>one account&apos;s MRR, health, tickets, surveys, renewals and orders</source>
        <translation>MRR, santé, tickets, enquêtes, renouvellements et commandes d&apos;un compte</translation>
    </message>
    <message>
        <source>kpi: unknown --profile %1 (known: %2)</source>
        <translation>kpi&#xa0;: --profile %1 inconnu (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>report: unknown --profile %1 (known: %2)</source>
        <translation>report&#xa0;: --profile %1 inconnu (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>show or change the workspace currency (amounts converted at imported rates)</source>
        <translation>afficher ou changer la devise de l&apos;espace de travail (montants convertis aux taux importés)</translation>
    </message>
    <message>
        <source>currency: give at most one CODE</source>
        <translation>currency : indiquez au plus un CODE</translation>
    </message>
    <message>
        <source>currency: %1</source>
        <translation>currency : %1</translation>
    </message>
    <message>
        <source>The team workspace %1 could not be opened: %2
The default workspace is open instead.</source>
        <translation>L&apos;espace d&apos;équipe %1 n&apos;a pas pu être ouvert : %2
L&apos;espace de travail par défaut est ouvert à la place.</translation>
    </message>
    <message>
        <source>Team workspace</source>
        <translation>Espace d&apos;équipe</translation>
    </message>
    <message>
        <source>
A WORKSPACE (and --workspace W) is a .tenure file or a team workspace on PostgreSQL,
postgresql://user@host:5432/dbname (docs/team-workspace.md).
Run &apos;tenure COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Un WORKSPACE (et --workspace W) est un fichier .tenure ou un espace d&apos;équipe sur PostgreSQL,
postgresql://user@host:5432/dbname (docs/team-workspace.md).
Lancez &apos;tenure COMMANDE --help&apos; pour les options d&apos;une commande.
</translation>
    </message>
</context>
<context>
    <name>tenure::kpiformat</name>
    <message>
        <source>= %1 pts</source>
        <translation>= %1 pts</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 pts</translation>
    </message>
</context>
<context>
    <name>tenure::report::ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>A quarter (2026-Q1), a month (2026-03) or a year (2026)</source>
        <translation>Un trimestre (2026-Q1), un mois (2026-03) ou une année (2026)</translation>
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
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Segments by:</source>
        <translation>&amp;Segments par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Format de page&#xa0;:</translation>
    </message>
    <message>
        <source>Sections of a portfolio report</source>
        <translation>Sections d&apos;un rapport de portefeuille</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>Mouvements de MRR</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>At-risk accounts</source>
        <translation>Comptes à risque</translation>
    </message>
    <message>
        <source>Survey comments</source>
        <translation>Commentaires d&apos;enquête</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>Pre&amp;view...</source>
        <translation>A&amp;perçu...</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>&amp;Enregistrer le PDF...</translation>
    </message>
    <message>
        <source>Whole portfolio</source>
        <translation>Tout le portefeuille</translation>
    </message>
    <message>
        <source>Choose the options, then preview or save.</source>
        <translation>Choisissez les options, puis prévisualisez ou enregistrez.</translation>
    </message>
    <message>
        <source>Building the report: %1...</source>
        <translation>Création du rapport&#xa0;: %1...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>Le rapport n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 enregistré (%n page).</numerusform>
            <numerusform>%1 enregistré (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>Aperçu prêt.</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Building the report...</source>
        <translation>Création du rapport...</translation>
    </message>
    <message>
        <source>Building the preview...</source>
        <translation>Création de l&apos;aperçu...</translation>
    </message>
</context>
<context>
    <name>tenure::report::Report</name>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>Monthly business review</source>
        <translation>Revue d&apos;activité mensuelle</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>Revue d&apos;activité trimestrielle</translation>
    </message>
    <message>
        <source>Annual business review</source>
        <translation>Revue d&apos;activité annuelle</translation>
    </message>
    <message>
        <source>The only ticket up to %1.</source>
        <translation>Le seul ticket jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>The %1 most recent tickets up to %2.</source>
        <translation>Les %1 tickets les plus récents jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>The only answer up to %1.</source>
        <translation>La seule réponse jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>The %1 most recent answers up to %2.</source>
        <translation>Les %1 réponses les plus récentes jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>%1 was %2 in %3</source>
        <translation>%1&#xa0;: %2 en %3</translation>
    </message>
    <message>
        <source>%1 held at %2</source>
        <translation>%1&#xa0;: stable à %2</translation>
    </message>
    <message>
        <source>%1 rose from %2 to %3</source>
        <translation>%1&#xa0;: en hausse de %2 à %3</translation>
    </message>
    <message>
        <source>%1 fell from %2 to %3</source>
        <translation>%1&#xa0;: en baisse de %2 à %3</translation>
    </message>
    <message>
        <source>, on the %1 target</source>
        <translation>, pile sur l&apos;objectif de %1</translation>
    </message>
    <message>
        <source>, above the %1 target</source>
        <translation>, au-dessus de l&apos;objectif de %1</translation>
    </message>
    <message>
        <source>, below the %1 target</source>
        <translation>, en dessous de l&apos;objectif de %1</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>small sample: 1 answer</source>
        <translation>petit échantillon&#xa0;: 1 réponse</translation>
    </message>
    <message>
        <source>small sample: %1 answers</source>
        <translation>petit échantillon&#xa0;: %1 réponses</translation>
    </message>
    <message>
        <source>%1: no value</source>
        <translation>%1&#xa0;: aucune valeur</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>No KPI has a value in %1.</source>
        <translation>Aucun KPI n&apos;a de valeur en %1.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>vs %1</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source> by </source>
        <translation> d&apos;ici le </translation>
    </message>
    <message>
        <source>%1 from %2 answer (± %3)%4</source>
        <translation>%1 sur %2 réponse (± %3)%4</translation>
    </message>
    <message>
        <source>%1 from %2 answers (± %3)%4</source>
        <translation>%1 sur %2 réponses (± %3)%4</translation>
    </message>
    <message>
        <source>, small sample</source>
        <translation>, petit échantillon</translation>
    </message>
    <message>
        <source>Survey scores: %1; margins of error at 95 %.</source>
        <translation>Scores d&apos;enquête&#xa0;: %1&#xa0;; marges d&apos;erreur à 95 %.</translation>
    </message>
    <message>
        <source>%1 is partial: MRR data ends in %2, so MRR-based KPIs cover %3 to %2.</source>
        <translation>%1 est incomplet&#xa0;: les données de MRR s&apos;arrêtent en %2, les KPI fondés sur le MRR couvrent donc %3 à %2.</translation>
    </message>
    <message>
        <source>Changes of rates are in percentage points (pts); of amounts and counts, in per cent.</source>
        <translation>Les variations des taux sont en points de pourcentage (pts)&#xa0;; celles des montants et des effectifs, en pour cent.</translation>
    </message>
    <message>
        <source>No data for: %1.</source>
        <translation>Aucune donnée pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 trends</source>
        <translation>Tendances&#xa0;: %1</translation>
    </message>
    <message>
        <source>No %1 KPI has a value in %2.</source>
        <translation>Aucun KPI de la famille %1 n&apos;a de valeur en %2.</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>Mouvements de MRR</translation>
    </message>
    <message>
        <source>In %1, new customers added %2 of MRR, expansion %3 and reactivation %4; contraction removed %5 and churn %6, a net change of %7.</source>
        <translation>En %1, les nouveaux clients ont apporté %2 de MRR, l&apos;expansion %3 et la réactivation %4&#xa0;; la contraction a retiré %5 et l&apos;attrition %6, soit une variation nette de %7.</translation>
    </message>
    <message>
        <source> The quick ratio was %1.</source>
        <translation> Le quick ratio était de %1.</translation>
    </message>
    <message>
        <source>Monthly MRR movements, %1 to %2</source>
        <translation>Mouvements mensuels du MRR, de %1 à %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Réactivation</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>Contraction</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Attrition</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Variation nette</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation>MRR en début de période</translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation>MRR en fin de période</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Start MRR</source>
        <translation>MRR de départ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Of the one account that started paying in %1, %2 % was still active six months later</source>
        <translation>Du seul compte qui a commencé à payer en %1, %2 % était encore actif six mois plus tard</translation>
    </message>
    <message>
        <source>, and the cohort&apos;s MRR was %1 % of its first month</source>
        <translation>, et le MRR de la cohorte représentait %1 % de celui de son premier mois</translation>
    </message>
    <message>
        <source>No cohort has six months of history yet.</source>
        <translation>Aucune cohorte n&apos;a encore six mois d&apos;historique.</translation>
    </message>
    <message>
        <source> Each cell is the share of a cohort (accounts grouped by the month of their first MRR) still active k months later (M0 = first month).</source>
        <translation> Chaque cellule est la part d&apos;une cohorte (comptes regroupés par mois de leur premier MRR) encore active k mois plus tard (M0 = premier mois).</translation>
    </message>
    <message>
        <source>Customer retention by cohort (%)</source>
        <translation>Rétention clients par cohorte (%)</translation>
    </message>
    <message>
        <source>Revenue retention by cohort (% of first-month MRR)</source>
        <translation>Rétention du revenu par cohorte (% du MRR du premier mois)</translation>
    </message>
    <message>
        <source>Segments by %1</source>
        <translation>Segments par %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
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
        <translation>Taux d&apos;attrition</translation>
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
        <translation>Aucun compte n&apos;a de valeur pour %1 en %2.</translation>
    </message>
    <message>
        <source>One segment by %1.</source>
        <translation>Un segment par %1.</translation>
    </message>
    <message>
        <source>%1 segments by %2.</source>
        <translation>%1 segments par %2.</translation>
    </message>
    <message>
        <source> %1 has the most MRR: %2, %3 % of the total.</source>
        <translation> %1 a le plus de MRR&#xa0;: %2, soit %3 % du total.</translation>
    </message>
    <message>
        <source> No segment lost customers.</source>
        <translation> Aucun segment n&apos;a perdu de clients.</translation>
    </message>
    <message>
        <source> Customer churn was highest in %1 (%2).</source>
        <translation> L&apos;attrition clients a été la plus forte dans %1 (%2).</translation>
    </message>
    <message>
        <source>At-risk accounts</source>
        <translation>Comptes à risque</translation>
    </message>
    <message>
        <source>Health as of %1: </source>
        <translation>Santé au %1&#xa0;: </translation>
    </message>
    <message>
        <source>the MRR-weighted health score is %1; </source>
        <translation>le score de santé pondéré par le MRR est de %1&#xa0;; </translation>
    </message>
    <message>
        <source>%1 of %2 active accounts are red, %3 amber and %4 green.</source>
        <translation>%1 comptes actifs sur %2 sont rouges, %3 orange et %4 verts.</translation>
    </message>
    <message>
        <source> The red accounts hold %1 of MRR (%2 %).</source>
        <translation> Les comptes rouges représentent %1 de MRR (%2 %).</translation>
    </message>
    <message>
        <source> No account is red; the table lists the ten lowest scores.</source>
        <translation> Aucun compte n&apos;est rouge&#xa0;; le tableau montre les dix scores les plus bas.</translation>
    </message>
    <message>
        <source> The table lists the %1 red accounts with the most MRR.</source>
        <translation> Le tableau montre les %1 comptes rouges au MRR le plus élevé.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Pulling the score down</source>
        <translation>Ce qui tire le score vers le bas</translation>
    </message>
    <message>
        <source>What customers said</source>
        <translation>Ce que disent les clients</translation>
    </message>
    <message>
        <source>NPS in %1 was %2 from %3 answer. </source>
        <translation>Le NPS en %1 était de %2 sur %3 réponse. </translation>
    </message>
    <message>
        <source>NPS in %1 was %2 from %3 answers. </source>
        <translation>Le NPS en %1 était de %2 sur %3 réponses. </translation>
    </message>
    <message>
        <source>%1 answer came with a comment; below are the most recent detractors (0-6) and promoters (9-10).</source>
        <translation>%1 réponse comportait un commentaire&#xa0;; ci-dessous, les détracteurs (0-6) et promoteurs (9-10) les plus récents.</translation>
    </message>
    <message>
        <source>%1 answers came with a comment; below are the most recent detractors (0-6) and promoters (9-10).</source>
        <translation>%1 réponses comportaient un commentaire&#xa0;; ci-dessous, les détracteurs (0-6) et promoteurs (9-10) les plus récents.</translation>
    </message>
    <message>
        <source>None in %1.</source>
        <translation>Aucun en %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Détracteurs</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoteurs</translation>
    </message>
    <message>
        <source>Appendix: definitions</source>
        <translation>Annexe&#xa0;: définitions</translation>
    </message>
    <message>
        <source>S = accounts active at the start of the period (MRR &gt; 0 in the month before it); E = accounts active at its end; N = E \ S (new and reactivated). A ratio with a zero denominator has no value.</source>
        <translation>S = comptes actifs au début de la période (MRR &gt; 0 le mois précédent)&#xa0;; E = comptes actifs à sa fin&#xa0;; N = E \ S (nouveaux et réactivés). Un ratio de dénominateur nul n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Plages</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 et plus</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>Appendix: imported files</source>
        <translation>Annexe&#xa0;: fichiers importés</translation>
    </message>
    <message>
        <source>The numbers in this report come from these imports; the SHA-256 content hash identifies each file, so the report can be reproduced from the same files.</source>
        <translation>Les chiffres de ce rapport proviennent de ces imports&#xa0;; l&apos;empreinte SHA-256 identifie chaque fichier, si bien que le rapport peut être reproduit à partir des mêmes fichiers.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No import batches: the data was generated or written directly.</source>
        <translation>Aucun import&#xa0;: les données ont été générées ou écrites directement.</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the workspace has no data to report on</source>
        <translation>l&apos;espace de travail n&apos;a aucune donnée pour un rapport</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos; (use 2026-03, 2026-Q1 or 2026)</source>
        <translation>période inconnue «&#xa0;%1&#xa0;» (utilisez 2026-03, 2026-Q1 ou 2026)</translation>
    </message>
    <message>
        <source>no data in period %1 (data runs from %2 to %3)</source>
        <translation>aucune donnée sur la période %1 (données de %2 à %3)</translation>
    </message>
    <message>
        <source>unknown account &apos;%1&apos;</source>
        <translation>compte inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown segment attribute &apos;%1&apos; (known: %2)</source>
        <translation>attribut de segment inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>computing KPIs</source>
        <translation>calcul des KPI</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1, %4 (%2 to %3)</source>
        <translation>%1, %4 (du %2 au %3)</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>MRR data ends in %1</source>
        <translation>les données de MRR s&apos;arrêtent en %1</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparé à</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>synthèse</translation>
    </message>
    <message>
        <source>trends</source>
        <translation>tendances</translation>
    </message>
    <message>
        <source>cohorts</source>
        <translation>cohortes</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segments</translation>
    </message>
    <message>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>compte %1</translation>
    </message>
    <message>
        <source>Account review · %1 · %2</source>
        <translation>Revue de compte · %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · Tenure</source>
        <translation>%1 · %2 · %3 · Tenure</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (du %2 au %3)</translation>
    </message>
    <message>
        <source>Account review
%1 of %2</source>
        <translation>Revue de compte
%1 de %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>%1 paid %2 of MRR in %3</source>
        <translation>%1 a payé %2 de MRR en %3</translation>
    </message>
    <message>
        <source>%1 has paid no MRR since %2 (its last paying month)</source>
        <translation>%1 ne paie plus de MRR depuis %2 (son dernier mois payant)</translation>
    </message>
    <message>
        <source>%1 has no MRR up to %2</source>
        <translation>%1 n&apos;a aucun MRR jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>, up from %1 at the start of %2</source>
        <translation>, en hausse par rapport à %1 au début de %2</translation>
    </message>
    <message>
        <source>, down from %1 at the start of %2</source>
        <translation>, en baisse par rapport à %1 au début de %2</translation>
    </message>
    <message>
        <source>, unchanged over %1</source>
        <translation>, sans changement sur %1</translation>
    </message>
    <message>
        <source>; the portfolio median is %1</source>
        <translation>&#xa0;; la médiane du portefeuille est de %1</translation>
    </message>
    <message>
        <source> Its health score is %1 (%2)%3.</source>
        <translation> Son score de santé est de %1 (%2)%3.</translation>
    </message>
    <message>
        <source>, pulled down by </source>
        <translation>, tiré vers le bas par </translation>
    </message>
    <message>
        <source> It has no health score for %1 (not active).</source>
        <translation> Il n&apos;a pas de score de santé pour %1 (inactif).</translation>
    </message>
    <message>
        <source> It opened no support ticket in %1.</source>
        <translation> Aucun ticket de support ouvert en %1.</translation>
    </message>
    <message>
        <source> It opened one support ticket in %1.</source>
        <translation> Un ticket de support ouvert en %1.</translation>
    </message>
    <message>
        <source> It opened %1 support tickets in %2.</source>
        <translation> %1 tickets de support ouverts en %2.</translation>
    </message>
    <message>
        <source> Next renewal: %1.</source>
        <translation> Prochain renouvellement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Ce compte</translation>
    </message>
    <message>
        <source>Portfolio median</source>
        <translation>Médiane du portefeuille</translation>
    </message>
    <message>
        <source>MRR, %1</source>
        <translation>MRR, %1</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Score de santé</translation>
    </message>
    <message>
        <source>Tickets opened in %1</source>
        <translation>Tickets ouverts en %1</translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation>Prochain renouvellement</translation>
    </message>
    <message>
        <source>none due</source>
        <translation>aucun prévu</translation>
    </message>
    <message>
        <source>MRR history</source>
        <translation>Historique du MRR</translation>
    </message>
    <message>
        <source>Monthly MRR, %1 to %2</source>
        <translation>MRR mensuel, de %1 à %2</translation>
    </message>
    <message>
        <source>portfolio median</source>
        <translation>médiane du portefeuille</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>reactivation</source>
        <translation>réactivation</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>churn</source>
        <translation>attrition</translation>
    </message>
    <message>
        <source>expansion</source>
        <translation>expansion</translation>
    </message>
    <message>
        <source>contraction</source>
        <translation>contraction</translation>
    </message>
    <message>
        <source>No MRR movement from %1 to %2.</source>
        <translation>Aucun mouvement de MRR de %1 à %2.</translation>
    </message>
    <message>
        <source>The account is not active in %1, so it has no health score.</source>
        <translation>Le compte n&apos;est pas actif en %1 et n&apos;a donc pas de score de santé.</translation>
    </message>
    <message>
        <source>Health as of %1: %2 (%3). A component without data drops out and the other weights are renormalised.</source>
        <translation>Santé au %1&#xa0;: %2 (%3). Une composante sans données est écartée et les autres poids sont renormalisés.</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>aucun score</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>tickets and surveys</source>
        <translation>tickets et enquêtes</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Tickets de support</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu le</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>No tickets up to %1.</source>
        <translation>Aucun ticket jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Réponses aux enquêtes</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>No survey answers up to %1.</source>
        <translation>Aucune réponse d&apos;enquête jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renouvellements</translation>
    </message>
    <message>
        <source>No renewals recorded.</source>
        <translation>Aucun renouvellement enregistré.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renouvelé</translation>
    </message>
    <message>
        <source>ARR before</source>
        <translation>ARR avant</translation>
    </message>
    <message>
        <source>ARR after</source>
        <translation>ARR après</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Of the %1 accounts that started paying in %2, %3 % were still active six months later</source>
        <translation>Des %1 comptes qui ont commencé à payer en %2, %3 % étaient encore actifs six mois plus tard</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>objectif %1</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Aucune donnée pour cette période</translation>
    </message>
    <message>
        <source>cannot start painting the report</source>
        <translation>impossible de commencer à dessiner le rapport</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>set in the workspace</source>
        <translation>définie dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>chosen for this report</source>
        <translation>choisie pour ce rapport</translation>
    </message>
    <message>
        <source>the latest billing export</source>
        <translation>le dernier export de facturation</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Données arrêtées au</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Formula profile</source>
        <translation>Profil de formules</translation>
    </message>
    <message>
        <source>Appendix: exchange rates</source>
        <translation>Annexe : taux de change</translation>
    </message>
    <message>
        <source>Amounts in other currencies are converted into %1: MRR at the rate of the month&apos;s last day (the latest rate on or before it), orders, costs and renewals at the rate of their day. Month-end rates of this period:</source>
        <translation>Les montants dans d&apos;autres devises sont convertis en %1 : le MRR au taux du dernier jour du mois (le dernier taux à cette date ou avant), les commandes, coûts et renouvellements au taux de leur jour. Taux de fin de mois de cette période :</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>Fin de mois</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
</context>
</TS>
