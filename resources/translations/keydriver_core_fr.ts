<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>kdd::CharterDocument</name>
    <message>
        <source>en</source>
        <comment>BCP 47 tag of the language of this translation</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>kdd::CharterReport</name>
    <message>
        <source>Not written yet.</source>
        <translation>Pas encore rédigé.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>The diagram has no aim yet.</source>
        <translation>Le diagramme n&apos;a pas encore d&apos;objectif.</translation>
    </message>
    <message>
        <source>Key driver diagram</source>
        <translation>Diagramme des moteurs clés</translation>
    </message>
    <message>
        <source>%1 primary drivers, %2 secondary drivers, %3 tertiary drivers and %4 change ideas.</source>
        <translation>%1 moteurs primaires, %2 moteurs secondaires, %3 moteurs tertiaires et %4 idées de changement.</translation>
    </message>
    <message>
        <source>Numerator: %1</source>
        <translation>Numérateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation>Dénominateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data source: %1</source>
        <translation>Source des données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Measurement plan</source>
        <translation>Plan de mesure</translation>
    </message>
    <message>
        <source>No measure is defined yet.</source>
        <translation>Aucune mesure n&apos;est encore définie.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Stratified by</source>
        <translation>Stratifiée par</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Change ideas</source>
        <translation>Idées de changement</translation>
    </message>
    <message>
        <source>No change idea yet.</source>
        <translation>Aucune idée de changement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Idée de changement</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Moteurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Team and roles</source>
        <translation>Équipe et rôles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Not stated.</source>
        <translation>Non précisé.</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Dans la portée</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Hors de la portée</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Équité</translation>
    </message>
    <message>
        <source>No equity statement yet.</source>
        <translation>Aucun énoncé d&apos;équité pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>The seven practices</source>
        <translation>Les sept pratiques</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Boxes that carry it</source>
        <translation>Boîtes qui la portent</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Historique des révisions</translation>
    </message>
    <message>
        <source>This revision</source>
        <translation>Cette révision</translation>
    </message>
    <message>
        <source>No revision has been kept yet.</source>
        <translation>Aucune révision n&apos;a encore été conservée.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Project charter</source>
        <translation>Charte de projet</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Énoncé du problème</translation>
    </message>
    <message>
        <source>Resources and constraints</source>
        <translation>Ressources et contraintes</translation>
    </message>
    <message>
        <source>The latest signal is an improvement.</source>
        <translation>Le dernier signal est une amélioration.</translation>
    </message>
    <message>
        <source>The latest signal is a deterioration.</source>
        <translation>Le dernier signal est une détérioration.</translation>
    </message>
    <message>
        <source>The latest points show a special cause.</source>
        <translation>Les derniers points montrent une cause spéciale.</translation>
    </message>
    <message>
        <source>No special cause in the latest points.</source>
        <translation>Aucune cause spéciale dans les derniers points.</translation>
    </message>
    <message>
        <source>Widening gap: %1.</source>
        <translation>Écart qui se creuse&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Stratified by %1, but no data point names a stratum.</source>
        <translation>Stratifiée par %1, mais aucun point de données ne nomme de strate.</translation>
    </message>
    <message>
        <source>Data for %1 only.</source>
        <translation>Données pour %1 seulement.</translation>
    </message>
    <message>
        <source>Data from %1 to %2 (%3 periods).</source>
        <translation>Données de %1 à %2 (%3&#xa0;périodes).</translation>
    </message>
    <message>
        <source>No data by %1 yet.</source>
        <translation>Pas encore de données par %1.</translation>
    </message>
</context>
<context>
    <name>kdd::Charts</name>
    <message>
        <source>%1: no period has data for both %2 and %3</source>
        <translation>%1&#xa0;: aucune période n&apos;a de données à la fois pour %2 et pour %3</translation>
    </message>
    <message>
        <source>a %1 chart needs numerators and denominators, and these data are single values: drawn as an I chart</source>
        <translation>une carte %1 demande des numérateurs et des dénominateurs, et ces données sont des valeurs simples&#xa0;: tracée comme une carte I</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>pas encore de données</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>the data are by stratum only and values cannot be added up: one line per stratum is shown</source>
        <translation>les données ne sont que par strate et des valeurs ne s&apos;additionnent pas&#xa0;: une ligne par strate est montrée</translation>
    </message>
    <message>
        <source>no point has a stratum</source>
        <translation>aucun point n&apos;a de strate</translation>
    </message>
    <message>
        <source>a gap needs at least two strata</source>
        <translation>un écart demande au moins deux strates</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage on a chart&apos;s axis or in a tooltip: %1 is the number (&quot;42&quot;, &quot;4.5&quot;).</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Run chart</source>
        <translation>Graphique de séquence</translation>
    </message>
    <message>
        <source>I chart</source>
        <translation>Carte I</translation>
    </message>
    <message>
        <source>P chart</source>
        <translation>Carte P</translation>
    </message>
    <message>
        <source>U chart</source>
        <translation>Carte U</translation>
    </message>
    <message>
        <source>By stratum: one line per group</source>
        <translation>Par strate&#xa0;: une ligne par groupe</translation>
    </message>
    <message>
        <source>Gaps: each stratum minus its reference stratum (I charts)</source>
        <translation>Écarts&#xa0;: chaque strate moins sa strate de référence (cartes I)</translation>
    </message>
    <message>
        <source>adopt</source>
        <translation>adopter</translation>
    </message>
    <message>
        <source>adapt</source>
        <translation>adapter</translation>
    </message>
    <message>
        <source>abandon</source>
        <translation>abandonner</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>poursuivre</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Centre line</source>
        <translation>Ligne centrale</translation>
    </message>
    <message>
        <source>Control limits (3 sigma)</source>
        <translation>Limites de contrôle (3 sigma)</translation>
    </message>
    <message>
        <source>Special cause: improvement</source>
        <translation>Cause spéciale&#xa0;: amélioration</translation>
    </message>
    <message>
        <source>Special cause: deterioration</source>
        <translation>Cause spéciale&#xa0;: détérioration</translation>
    </message>
    <message>
        <source>Special cause</source>
        <translation>Cause spéciale</translation>
    </message>
    <message>
        <source>No gap (zero)</source>
        <translation>Pas d&apos;écart (zéro)</translation>
    </message>
    <message>
        <source>PDSA cycle (idea·cycle)</source>
        <translation>Cycle PDSA (idée·cycle)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>special cause: %1</source>
        <translation>cause spéciale&#xa0;: %1</translation>
    </message>
    <message>
        <source>PDSA cycle %1 of %2, from %3</source>
        <translation>Cycle PDSA %1 de %2, à partir du %3</translation>
    </message>
    <message>
        <source>… and %1 more lines</source>
        <translation>… et %1 lignes de plus</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A chart&apos;s title: %1 the measure&apos;s name, %2 the chart type (&quot;P chart&quot;).</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: no data yet.</source>
        <translation>%1&#xa0;: pas encore de données.</translation>
    </message>
    <message>
        <source>%1. Points: %2, from %3 to %4. Lines: %5. Special causes: %6.</source>
        <translation>%1. Points&#xa0;: %2, de %3 à %4. Lignes&#xa0;: %5. Causes spéciales&#xa0;: %6.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>No point has a value</source>
        <translation>Aucun point n&apos;a de valeur</translation>
    </message>
    <message>
        <source>Legend shows %L1 of %L2 lines</source>
        <extracomment>%1 and %2 are counts of lines (strata) on a chart.</extracomment>
        <translation>La légende montre %L1 des %L2 courbes</translation>
    </message>
    <message>
        <source>the chart shows the first %L1 of %L2 gaps; its CSV has them all</source>
        <extracomment>%1 and %2 are counts of strata; the CSV export of the chart lists every gap.</extracomment>
        <translation>le graphique montre les %L1 premiers des %L2 écarts&#xa0;; son CSV les contient tous</translation>
    </message>
</context>
<context>
    <name>kdd::Checks</name>
    <message>
        <source>No aim</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source>Aim does not say how much</source>
        <translation>L&apos;objectif ne dit pas de combien</translation>
    </message>
    <message>
        <source>Aim does not say by when</source>
        <translation>L&apos;objectif ne dit pas pour quand</translation>
    </message>
    <message>
        <source>No SMART aim</source>
        <translation>Aucun objectif SMART</translation>
    </message>
    <message>
        <source>Too few or too many primary drivers</source>
        <translation>Trop peu ou trop de moteurs primaires</translation>
    </message>
    <message>
        <source>Driver not connected to the aim</source>
        <translation>Moteur non relié à l&apos;objectif</translation>
    </message>
    <message>
        <source>Change idea not connected to the aim</source>
        <translation>Idée de changement non reliée à l&apos;objectif</translation>
    </message>
    <message>
        <source>Change idea linked to nothing</source>
        <translation>Idée de changement liée à rien</translation>
    </message>
    <message>
        <source>Driver has no change idea</source>
        <translation>Moteur sans idée de changement</translation>
    </message>
    <message>
        <source>Primary driver has no measure</source>
        <translation>Moteur primaire sans mesure</translation>
    </message>
    <message>
        <source>Secondary or tertiary driver has no measure</source>
        <translation>Moteur secondaire ou tertiaire sans mesure</translation>
    </message>
    <message>
        <source>Aim has no outcome measure</source>
        <translation>Objectif sans mesure de résultat</translation>
    </message>
    <message>
        <source>No balancing measure</source>
        <translation>Aucune mesure d&apos;équilibre</translation>
    </message>
    <message>
        <source>Measure not stratified in an equity project</source>
        <translation>Mesure non stratifiée dans un projet d&apos;équité</translation>
    </message>
    <message>
        <source>Measure attached to nothing</source>
        <translation>Mesure rattachée à rien</translation>
    </message>
    <message>
        <source>Box has no text</source>
        <translation>Boîte sans texte</translation>
    </message>
    <message>
        <source>Diagram has no revision or date</source>
        <translation>Diagramme sans révision ni date</translation>
    </message>
    <message>
        <source>Driver worded as an action</source>
        <translation>Moteur formulé comme une action</translation>
    </message>
    <message>
        <source>Revision date is not a date</source>
        <translation>La date de révision n&apos;est pas une date</translation>
    </message>
    <message>
        <source>Practice committed to but carried by no box</source>
        <translation>Pratique promise mais portée par aucune boîte</translation>
    </message>
    <message>
        <source>Engaging beyond healthcare without a partner</source>
        <translation>Engagement hors du système de santé sans partenaire</translation>
    </message>
    <message>
        <source>Too large to lay out</source>
        <translation>Trop grand pour être disposé</translation>
    </message>
    <message>
        <source>Ideas still in the parking lot</source>
        <translation>Idées encore au stationnement d&apos;idées</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message>
        <source>The diagram has no aim. Add an aim box that says what will improve, by how much, for whom and by when.</source>
        <translation>Le diagramme n&apos;a pas d&apos;objectif. Ajoutez une boîte d&apos;objectif qui dit ce qui va s&apos;améliorer, de combien, pour qui et pour quand.</translation>
    </message>
    <message>
        <source>Aim %1 does not say how much. A measurable aim names a number: “from 60 to 45 minutes”, “to 85%”.</source>
        <translation>L&apos;objectif %1 ne dit pas de combien. Un objectif mesurable donne un chiffre&#xa0;: «&#xa0;de 60 à 45 minutes&#xa0;», «&#xa0;à 85 %&#xa0;».</translation>
    </message>
    <message>
        <source>Aim %1 does not say by when. Add a date or time frame: “by 30 June 2027”, “within 6 months”.</source>
        <translation>L&apos;objectif %1 ne dit pas pour quand. Ajoutez une date ou un délai&#xa0;: «&#xa0;d&apos;ici le 30 juin 2027&#xa0;», «&#xa0;en 6 mois&#xa0;».</translation>
    </message>
    <message>
        <source>There is a global aim but no SMART aim. Add a specific, measurable, time-bound aim under the global aim.</source>
        <translation>Il y a un objectif global mais aucun objectif SMART. Ajoutez sous l&apos;objectif global un objectif précis, mesurable et limité dans le temps.</translation>
    </message>
    <message>
        <source>The diagram has 1 primary driver; a useful theory names %1 to %2 of the most important influences on the aim.</source>
        <translation>Le diagramme a 1 moteur primaire&#xa0;; une théorie utile nomme de %1 à %2 des influences les plus importantes sur l&apos;objectif.</translation>
    </message>
    <message numerus="yes">
        <source>The diagram has %n primary drivers; a useful theory names %1 to %2 of the most important influences on the aim.</source>
        <translation>
            <numerusform>Le diagramme a %n moteur primaire&#xa0;; une théorie utile nomme de %1 à %2 des influences les plus importantes sur l&apos;objectif.</numerusform>
            <numerusform>Le diagramme a %n moteurs primaires&#xa0;; une théorie utile nomme de %1 à %2 des influences les plus importantes sur l&apos;objectif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The diagram has %n primary drivers; keep the %1 to %2 that matter most and make the others secondary drivers.</source>
        <translation>
            <numerusform>Le diagramme a %n moteur primaire&#xa0;; gardez les %1 à %2 qui comptent le plus et faites des autres des moteurs secondaires.</numerusform>
            <numerusform>Le diagramme a %n moteurs primaires&#xa0;; gardez les %1 à %2 qui comptent le plus et faites des autres des moteurs secondaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 is not connected to the aim. Link it to the aim or to the driver it influences, or remove it.</source>
        <translation>%1 %2 n&apos;est pas relié à l&apos;objectif. Reliez-le à l&apos;objectif ou au moteur qu&apos;il influence, ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1 %2 has no change idea under it. Add at least one change the team could test.</source>
        <translation>%1 %2 n&apos;a aucune idée de changement en dessous. Ajoutez au moins un changement que l&apos;équipe pourrait tester.</translation>
    </message>
    <message>
        <source>Change idea %1 is not linked to any driver. Link it to the driver it is meant to move.</source>
        <translation>L&apos;idée de changement %1 n&apos;est liée à aucun moteur. Liez-la au moteur qu&apos;elle doit faire bouger.</translation>
    </message>
    <message>
        <source>Change idea %1 is linked, but no chain of links leads from it back to the aim.</source>
        <translation>L&apos;idée de changement %1 est liée, mais aucune chaîne de liens ne la ramène à l&apos;objectif.</translation>
    </message>
    <message>
        <source>Primary driver %1 has no measure. Give it a process measure so the team can tell whether it is changing.</source>
        <translation>Le moteur primaire %1 n&apos;a aucune mesure. Donnez-lui une mesure de processus pour que l&apos;équipe voie s&apos;il change.</translation>
    </message>
    <message>
        <source>%1 %2 has no measure.</source>
        <translation>%1 %2 n&apos;a aucune mesure.</translation>
    </message>
    <message>
        <source>The aim has no outcome measure. Attach the measure that shows whether the aim is being reached.</source>
        <translation>L&apos;objectif n&apos;a aucune mesure de résultat. Rattachez la mesure qui montre si l&apos;objectif est en voie d&apos;être atteint.</translation>
    </message>
    <message>
        <source>There is no balancing measure. Add one that would show if the changes harm something else (cost, staff time, another group of patients).</source>
        <translation>Il n&apos;y a aucune mesure d&apos;équilibre. Ajoutez-en une qui montrerait si les changements nuisent à autre chose (coûts, temps du personnel, un autre groupe de patients).</translation>
    </message>
    <message>
        <source>Measure %1 is not stratified. In an equity project, stratify each measure (by race, ethnicity, language, neighbourhood…) so the team can see whether gaps are closing.</source>
        <translation>La mesure %1 n&apos;est pas stratifiée. Dans un projet d&apos;équité, stratifiez chaque mesure (selon la race, l&apos;origine ethnique, la langue, le quartier…) pour que l&apos;équipe voie si les écarts se réduisent.</translation>
    </message>
    <message>
        <source>Measure %1 is not attached to any box. Attach it to the aim or the driver it measures.</source>
        <translation>La mesure %1 n&apos;est rattachée à aucune boîte. Rattachez-la à l&apos;objectif ou au moteur qu&apos;elle mesure.</translation>
    </message>
    <message>
        <source>%1 %2 has no text.</source>
        <translation>%1 %2 n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>%1 %2 reads like an action. Drivers name what influences the aim; actions belong in change ideas.</source>
        <translation>%1 %2 se lit comme une action. Les moteurs nomment ce qui influence l&apos;objectif&#xa0;; les actions vont dans les idées de changement.</translation>
    </message>
    <message>
        <source>The diagram has no revision or date. Record both and update them whenever the theory changes.</source>
        <translation>Le diagramme n&apos;a ni révision ni date. Inscrivez les deux et mettez-les à jour chaque fois que la théorie change.</translation>
    </message>
    <message>
        <source>The revision date “%1” is not a date in the form YYYY-MM-DD.</source>
        <translation>La date de révision «&#xa0;%1&#xa0;» n&apos;est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The project commits to “%1”, but no box carries it. Tag the drivers or change ideas that put it into practice, or drop the commitment.</source>
        <translation>Le projet s&apos;engage à «&#xa0;%1&#xa0;», mais aucune boîte ne le porte. Marquez les moteurs ou idées de changement qui le mettent en pratique, ou retirez l&apos;engagement.</translation>
    </message>
    <message>
        <source>Change idea %1 is tagged “engage beyond the healthcare system” but names no partner from outside the health system.</source>
        <translation>L&apos;idée de changement %1 est marquée «&#xa0;s&apos;engager au-delà du système de santé&#xa0;» mais ne nomme aucun partenaire extérieur au système de santé.</translation>
    </message>
    <message>
        <source>The diagram is too large to lay out: %1. It opens in the editor as an outline only and cannot be exported as a picture; split it into smaller diagrams.</source>
        <translation>Le diagramme est trop grand pour être disposé&#xa0;: %1. Il s&apos;ouvre dans l&apos;éditeur sous forme de plan seulement et ne peut pas être exporté en image&#xa0;; divisez-le en diagrammes plus petits.</translation>
    </message>
    <message>
        <source>1 idea is still in the parking lot: place it under a driver or delete it.</source>
        <translation>1 idée est encore au stationnement d&apos;idées&#xa0;: placez-la sous un moteur ou supprimez-la.</translation>
    </message>
    <message numerus="yes">
        <source>%n ideas are still in the parking lot: place each under a driver or delete it.</source>
        <translation>
            <numerusform>%n idée est encore au stationnement d&apos;idées&#xa0;: placez-la sous un moteur ou supprimez-la.</numerusform>
            <numerusform>%n idées sont encore au stationnement d&apos;idées&#xa0;: placez chacune sous un moteur ou supprimez-la.</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>kdd::ColumnTitles</name>
    <message>
        <source>Aim</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Primary drivers</source>
        <translation>Moteurs primaires</translation>
    </message>
    <message>
        <source>Secondary drivers</source>
        <translation>Moteurs secondaires</translation>
    </message>
    <message>
        <source>Tertiary drivers</source>
        <translation>Moteurs tertiaires</translation>
    </message>
    <message>
        <source>Change ideas</source>
        <translation>Idées de changement</translation>
    </message>
</context>
<context>
    <name>kdd::Decorations</name>
    <message>
        <source>Key</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>Dirigé par %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source>Population: %1</source>
        <translation>Population&#xa0;: %1</translation>
    </message>
    <message>
        <source>Equity: %1</source>
        <translation>Équité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Level of reliability (1–3)</source>
        <translation>Niveau de fiabilité (1–3)</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Vote par points</translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation>Mesure de résultat</translation>
    </message>
    <message>
        <source>Process measure</source>
        <translation>Mesure de processus</translation>
    </message>
    <message>
        <source>Balancing measure</source>
        <translation>Mesure d&apos;équilibre</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>process</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>balancing</source>
        <translation>équilibre</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Numerator / denominator</source>
        <translation>Numérateur / dénominateur</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Stratified by</source>
        <translation>Stratifiée par</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Rattachée à</translation>
    </message>
</context>
<context>
    <name>kdd::DiagramKey</name>
    <message>
        <source>Not yet tested</source>
        <translation>Pas encore testée</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>En test</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Weak link</source>
        <translation>Lien faible</translation>
    </message>
    <message>
        <source>Strong link</source>
        <translation>Lien fort</translation>
    </message>
</context>
<context>
    <name>kdd::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>kdd::Exporter</name>
    <message>
        <source>HTML charter (web page)</source>
        <translation>Charte HTML (page web)</translation>
    </message>
    <message>
        <source>OpenDocument text (charter)</source>
        <translation>Texte OpenDocument (charte)</translation>
    </message>
    <message>
        <source>Word document (charter)</source>
        <translation>Document Word (charte)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>PowerPoint slides (editable)</source>
        <translation>Diapositives PowerPoint (modifiables)</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>Image vectorielle SVG</translation>
    </message>
    <message>
        <source>KeyDriver diagram (canonical form)</source>
        <translation>Diagramme KeyDriver (forme canonique)</translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation>Graphviz DOT</translation>
    </message>
    <message>
        <source>Markdown outline</source>
        <translation>Plan Markdown</translation>
    </message>
    <message>
        <source>Mermaid flowchart</source>
        <translation>Organigramme Mermaid</translation>
    </message>
    <message>
        <source>CSV table of nodes</source>
        <translation>Tableau CSV des boîtes</translation>
    </message>
</context>
<context>
    <name>kdd::Files</name>
    <message>
        <source>the system gave no reason</source>
        <translation>le système n&apos;a donné aucune raison</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire&#xa0;: %2</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>aucun nom de fichier donné</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>it is not an ordinary file (a pipe or a device)</source>
        <translation>ce n&apos;est pas un fichier ordinaire (un tube ou un périphérique)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is not an ordinary file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>is a pipe (FIFO), not a file; save the diagram to a file and open that</source>
        <translation>est un tube (FIFO), pas un fichier&#xa0;; enregistrez le diagramme dans un fichier et ouvrez celui-ci</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>est un périphérique, pas un fichier</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>est un socket, pas un fichier</translation>
    </message>
</context>
<context>
    <name>kdd::KddReader</name>
    <message>
        <source>expected one of: %1</source>
        <translation>valeurs attendues&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;format&quot; is missing: this is not a KeyDriver diagram (expected &quot;format&quot;: &quot;keydriver&quot;)</source>
        <translation>&quot;format&quot; est absent&#xa0;: ce n&apos;est pas un diagramme KeyDriver (&quot;format&quot;: &quot;keydriver&quot; attendu)</translation>
    </message>
    <message>
        <source>&quot;format&quot; is %1, expected &quot;keydriver&quot;: this is not a KeyDriver diagram</source>
        <translation>&quot;format&quot; vaut %1 au lieu de &quot;keydriver&quot;&#xa0;: ce n&apos;est pas un diagramme KeyDriver</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing (this KeyDriver reads version %1)</source>
        <translation>&quot;version&quot; est absent (ce KeyDriver lit la version %1)</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number, not %1</source>
        <translation>&quot;version&quot; doit être un nombre entier, pas %1</translation>
    </message>
    <message>
        <source>the file is format version %1, newer than this KeyDriver supports (version %2); update KeyDriver to open it</source>
        <translation>le fichier est en version de format %1, plus récente que celle que ce KeyDriver prend en charge (version %2)&#xa0;; mettez KeyDriver à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>&quot;version&quot; %1 is not a valid version</source>
        <translation>&quot;version&quot; %1 n&apos;est pas une version valide</translation>
    </message>
    <message>
        <source>the file must contain a JSON object, not %1</source>
        <translation>le fichier doit contenir un objet JSON, pas %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list, not %2</source>
        <translation>&quot;%1&quot; doit être une liste, pas %2</translation>
    </message>
    <message>
        <source>&quot;language&quot; must be a language tag such as &quot;es&quot; or &quot;fr-CA&quot;, not %1</source>
        <translation>&quot;language&quot; doit être une étiquette de langue comme &quot;es&quot; ou &quot;fr-CA&quot;, pas %1</translation>
    </message>
    <message>
        <source>unknown practice %1; %2</source>
        <translation>pratique inconnue %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>meta: &quot;revisions&quot; must be a list, not %1</source>
        <translation>meta&#xa0;: &quot;revisions&quot; doit être une liste, pas %1</translation>
    </message>
    <message>
        <source>%1: each revision must be an object, not %2</source>
        <translation>%1&#xa0;: chaque révision doit être un objet, pas %2</translation>
    </message>
    <message>
        <source>snapshot: </source>
        <translation>instantané&#xa0;: </translation>
    </message>
    <message>
        <source>&quot;min&quot; and &quot;max&quot; must satisfy 0 ≤ min ≤ max ≤ 1000</source>
        <translation>&quot;min&quot; et &quot;max&quot; doivent respecter 0 ≤ min ≤ max ≤ 1000</translation>
    </message>
    <message>
        <source>only &quot;min&quot; and &quot;max&quot; are allowed</source>
        <translation>seuls &quot;min&quot; et &quot;max&quot; sont permis</translation>
    </message>
    <message>
        <source>unknown order %1; expected one of: keep, tidy</source>
        <translation>ordre inconnu %1&#xa0;; valeurs attendues&#xa0;: keep, tidy</translation>
    </message>
    <message>
        <source>unknown link style %1; expected one of: brackets, curves, straight</source>
        <translation>style de lien inconnu %1&#xa0;; valeurs attendues&#xa0;: brackets, curves, straight</translation>
    </message>
    <message>
        <source>unknown ideas style %1; expected one of: separate, stacked</source>
        <translation>style d&apos;idées inconnu %1&#xa0;; valeurs attendues&#xa0;: separate, stacked</translation>
    </message>
    <message>
        <source>nodes[%1]: duplicate node id %2 (already used at line %3); every id must be unique</source>
        <translation>nodes[%1]&#xa0;: identifiant de nœud %2 en double (déjà utilisé à la ligne %3)&#xa0;; chaque identifiant doit être unique</translation>
    </message>
    <message>
        <source>%1: each node must be an object, not %2</source>
        <translation>%1&#xa0;: chaque nœud doit être un objet, pas %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing; every node needs a unique id</source>
        <translation>&quot;id&quot; est absent&#xa0;; chaque nœud a besoin d&apos;un identifiant unique</translation>
    </message>
    <message>
        <source>&quot;id&quot; is empty; every node needs a unique id</source>
        <translation>&quot;id&quot; est vide&#xa0;; chaque nœud a besoin d&apos;un identifiant unique</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is missing; %1</source>
        <translation>&quot;kind&quot; est absent&#xa0;; %1</translation>
    </message>
    <message>
        <source>unknown kind %1; %2</source>
        <translation>type inconnu %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>unknown aim role %1; %2</source>
        <translation>rôle d&apos;objectif inconnu %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>driver level must be 1, 2 or 3, not %1</source>
        <translation>le niveau du moteur doit être 1, 2 ou 3, pas %1</translation>
    </message>
    <message>
        <source>unknown status %1; %2</source>
        <translation>statut inconnu %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>reliability must be 1, 2 or 3, not %1</source>
        <translation>la fiabilité doit être 1, 2 ou 3, pas %1</translation>
    </message>
    <message>
        <source>votes must be a whole number from 0 to %1, not %2</source>
        <translation>les votes doivent être un nombre entier de 0 à %1, pas %2</translation>
    </message>
    <message>
        <source>unknown %1 %2; %3</source>
        <translation>valeur inconnue pour %1&#xa0;: %2&#xa0;; %3</translation>
    </message>
    <message>
        <source>%1: each link must be an object with &quot;from&quot; and &quot;to&quot;, not %2</source>
        <translation>%1&#xa0;: chaque lien doit être un objet avec &quot;from&quot; et &quot;to&quot;, pas %2</translation>
    </message>
    <message>
        <source>a link needs both &quot;from&quot; and &quot;to&quot;</source>
        <translation>un lien a besoin de &quot;from&quot; et de &quot;to&quot;</translation>
    </message>
    <message>
        <source>unknown strength %1; %2</source>
        <translation>force inconnue %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>link %1 → %2 refers to a missing node %3</source>
        <translation>le lien %1 → %2 fait référence à un nœud absent %3</translation>
    </message>
    <message>
        <source>node %1 is linked to itself</source>
        <translation>le nœud %1 est lié à lui-même</translation>
    </message>
    <message>
        <source>link %1 (%2) → %3 (%4) points right-to-left or within one column; links run from the aim toward the change ideas</source>
        <translation>le lien %1 (%2) → %3 (%4) va de droite à gauche ou reste dans une colonne&#xa0;; les liens vont de l&apos;objectif vers les idées de changement</translation>
    </message>
    <message>
        <source>duplicate link %1 → %2 (already at line %3)</source>
        <translation>lien en double %1 → %2 (déjà à la ligne %3)</translation>
    </message>
    <message>
        <source>%1: each measure must be an object, not %2</source>
        <translation>%1&#xa0;: chaque mesure doit être un objet, pas %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or empty; every measure needs a unique id</source>
        <translation>&quot;id&quot; est absent ou vide&#xa0;; chaque mesure a besoin d&apos;un identifiant unique</translation>
    </message>
    <message>
        <source>unknown measure type %1; %2</source>
        <translation>type de mesure inconnu %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>&quot;type&quot; is missing; %1</source>
        <translation>&quot;type&quot; est absent&#xa0;; %1</translation>
    </message>
    <message>
        <source>attached to a missing node %1</source>
        <translation>rattachée à un nœud absent %1</translation>
    </message>
    <message>
        <source>&quot;nodes&quot; lists the same node more than once</source>
        <translation>&quot;nodes&quot; liste le même nœud plus d&apos;une fois</translation>
    </message>
    <message>
        <source>duplicate measure id %1 (already used at line %2)</source>
        <translation>identifiant de mesure %1 en double (déjà utilisé à la ligne %2)</translation>
    </message>
    <message>
        <source>the file is UTF-32 encoded; KeyDriver files are UTF-8</source>
        <translation>le fichier est encodé en UTF-32&#xa0;; les fichiers KeyDriver sont en UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 encoded; KeyDriver files are UTF-8</source>
        <translation>le fichier est encodé en UTF-16&#xa0;; les fichiers KeyDriver sont en UTF-8</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; KeyDriver diagrams are far smaller, so this is probably not one</source>
        <translation>le fichier dépasse %1 Mio&#xa0;; les diagrammes KeyDriver sont bien plus petits, ce n&apos;en est donc probablement pas un</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>kdd::Kinds</name>
    <message>
        <source>aim</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>primary driver</source>
        <translation>moteur primaire</translation>
    </message>
    <message>
        <source>Primary driver</source>
        <translation>Moteur primaire</translation>
    </message>
    <message>
        <source>secondary driver</source>
        <translation>moteur secondaire</translation>
    </message>
    <message>
        <source>Secondary driver</source>
        <translation>Moteur secondaire</translation>
    </message>
    <message>
        <source>tertiary driver</source>
        <translation>moteur tertiaire</translation>
    </message>
    <message>
        <source>Tertiary driver</source>
        <translation>Moteur tertiaire</translation>
    </message>
    <message>
        <source>change idea</source>
        <translation>idée de changement</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Idée de changement</translation>
    </message>
    <message>
        <source>global aim</source>
        <translation>objectif global</translation>
    </message>
    <message>
        <source>Global aim</source>
        <translation>Objectif global</translation>
    </message>
    <message>
        <source>SMART aim</source>
        <translation>objectif SMART</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>En test</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Balancing</source>
        <translation>Équilibre</translation>
    </message>
    <message>
        <source>Establish principle</source>
        <translation>Établir le principe</translation>
    </message>
    <message>
        <source>Measure for equity</source>
        <translation>Mesurer pour l&apos;équité</translation>
    </message>
    <message>
        <source>Lead from lived experience</source>
        <translation>Diriger à partir de l&apos;expérience vécue</translation>
    </message>
    <message>
        <source>Co-produce</source>
        <translation>Coproduire</translation>
    </message>
    <message>
        <source>Redistribute power</source>
        <translation>Redistribuer le pouvoir</translation>
    </message>
    <message>
        <source>Practice a growth mindset</source>
        <translation>Pratiquer un état d&apos;esprit de croissance</translation>
    </message>
    <message>
        <source>Engage beyond the healthcare system</source>
        <translation>S&apos;engager au-delà du système de santé</translation>
    </message>
</context>
<context>
    <name>kdd::LayoutEngine</name>
    <message>
        <source>Adopted: %1</source>
        <translation>Adoptée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Abandoned: %1</source>
        <translation>Abandonnée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Numerator: %1</source>
        <translation>Numérateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation>Dénominateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stratified by: %1</source>
        <translation>Stratifiée par&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>kdd::MarkdownOutline</name>
    <message>
        <source>PDSA %1</source>
        <translation>PDSA %1</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>prédiction %1</translation>
    </message>
    <message>
        <source>learned %1</source>
        <translation>enseignements %1</translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation>décision&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between parts of a cycle</comment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>kdd::ParkingLot</name>
    <message>
        <source>Park “%1”</source>
        <translation>Stationner «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete parked idea “%1”</source>
        <translation>Supprimer l&apos;idée stationnée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit parked idea “%1”</source>
        <translation>Modifier l&apos;idée stationnée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Notes of parked idea “%1”</source>
        <translation>Notes de l&apos;idée stationnée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete %1 parked ideas</source>
        <translation>Supprimer %1 idées stationnées</translation>
    </message>
    <message>
        <source>Move parked idea “%1”</source>
        <translation>Déplacer l&apos;idée stationnée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Place “%1” under “%2”</source>
        <translation>Placer «&#xa0;%1&#xa0;» sous «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Place “%1” in the diagram</source>
        <translation>Placer «&#xa0;%1&#xa0;» dans le diagramme</translation>
    </message>
    <message>
        <source>Park %1 change ideas</source>
        <translation>Stationner %1 idées de changement</translation>
    </message>
</context>
<context>
    <name>kdd::Pdsa</name>
    <message>
        <source>Adopt</source>
        <translation>Adopter</translation>
    </message>
    <message>
        <source>Adapt</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Poursuivre</translation>
    </message>
</context>
<context>
    <name>kdd::PptxExporter</name>
    <message>
        <source>Part %1 of %2 of this branch.</source>
        <translation>Partie %1 sur %2 de cette branche.</translation>
    </message>
    <message>
        <source>Too large for 12 pt on one slide: text here is %1 pt.</source>
        <translation>Trop grand pour du 12 pt sur une diapositive&#xa0;: le texte est ici en %1 pt.</translation>
    </message>
    <message>
        <source>Key driver diagram</source>
        <translation>Diagramme des moteurs clés</translation>
    </message>
    <message>
        <source>Text here is %1 pt: each primary driver&apos;s branch follows on a slide of its own, in larger type.</source>
        <translation>Le texte est ici en %1 pt&#xa0;: la branche de chaque moteur primaire suit sur sa propre diapositive, en plus gros caractères.</translation>
    </message>
    <message>
        <source>Adopted: </source>
        <translation>Adoptée&#xa0;: </translation>
    </message>
    <message>
        <source>Abandoned: </source>
        <translation>Abandonnée&#xa0;: </translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Légende&#xa0;: %1</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>Lien de %1 à %2</translation>
    </message>
</context>
<context>
    <name>kdd::Priority</name>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Implanter</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Non placée</translation>
    </message>
    <message>
        <source>low effort, low impact</source>
        <translation>effort faible, impact faible</translation>
    </message>
    <message>
        <source>low effort, high impact</source>
        <translation>effort faible, impact élevé</translation>
    </message>
    <message>
        <source>high effort, high impact</source>
        <translation>effort élevé, impact élevé</translation>
    </message>
    <message>
        <source>high effort, low impact</source>
        <translation>effort élevé, impact faible</translation>
    </message>
    <message>
        <source>impact and effort not rated yet</source>
        <translation>impact et effort pas encore évalués</translation>
    </message>
</context>
<context>
    <name>kdd::PriorityLayout</name>
    <message>
        <source>Change ideas</source>
        <translation>Idées de changement</translation>
    </message>
    <message>
        <source>Impact × effort (PICK): %1, %2</source>
        <translation>Impact × effort (PICK)&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>1 change idea</source>
        <translation>1 idée de changement</translation>
    </message>
    <message>
        <source>%1 change ideas</source>
        <translation>%1 idées de changement</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation>%1 votes</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Pas encore placées</translation>
    </message>
    <message>
        <source>drag each idea into the grid</source>
        <translation>glissez chaque idée dans la grille</translation>
    </message>
    <message>
        <source>Low effort</source>
        <translation>Effort faible</translation>
    </message>
    <message>
        <source>High effort</source>
        <translation>Effort élevé</translation>
    </message>
    <message>
        <source>High impact</source>
        <translation>Impact élevé</translation>
    </message>
    <message>
        <source>Low impact</source>
        <translation>Impact faible</translation>
    </message>
</context>
<context>
    <name>kdd::Reader</name>
    <message>
        <source>unterminated quote: the field that opens with &quot; on this line has no closing &quot;</source>
        <translation>guillemet non fermé&#xa0;: le champ qui s&apos;ouvre par &quot; sur cette ligne n&apos;a pas de &quot; fermant</translation>
    </message>
    <message>
        <source>global aim</source>
        <translation>objectif global</translation>
    </message>
    <message>
        <source>aim</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>primary driver</source>
        <translation>moteur primaire</translation>
    </message>
    <message>
        <source>secondary driver</source>
        <translation>moteur secondaire</translation>
    </message>
    <message>
        <source>tertiary driver</source>
        <translation>moteur tertiaire</translation>
    </message>
    <message>
        <source>change idea</source>
        <translation>idée de changement</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>porteur</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>there is no row under the header to make a box of</source>
        <translation>il n&apos;y a aucune ligne sous l&apos;en-tête dont faire une boîte</translation>
    </message>
    <message>
        <source>two columns name the %1: &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>deux colonnes nomment le %1&#xa0;: «&#xa0;%2&#xa0;» et «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>the header has no aim column (name one &apos;Aim&apos;): every path starts at an aim</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne d&apos;objectif (nommez-en une «&#xa0;Aim&#xa0;»)&#xa0;: chaque chemin part d&apos;un objectif</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has no aim before it: fill in the aim in this row or in a row above</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;a pas d&apos;objectif avant&#xa0;: remplissez l&apos;objectif dans cette ligne ou une ligne au-dessus</translation>
    </message>
    <message>
        <source>this row has no box for its status, owner, notes or measure</source>
        <translation>cette ligne n&apos;a pas de boîte pour son statut, son porteur, ses notes ou sa mesure</translation>
    </message>
    <message>
        <source>a status or owner is for a change idea, but this row ends in &apos;%1&apos;</source>
        <translation>un statut ou un porteur va avec une idée de changement, mais cette ligne se termine par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (expected idea, testing, adopted or abandoned)</source>
        <translation>statut inconnu «&#xa0;%1&#xa0;» (idea, testing, adopted ou abandoned attendu)</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; differs from &apos;%3&apos; given at line %4 for the same box</source>
        <translation>%1 «&#xa0;%2&#xa0;» diffère de «&#xa0;%3&#xa0;» donné à la ligne %4 pour la même boîte</translation>
    </message>
    <message>
        <source>the file is too large to be a spreadsheet</source>
        <translation>le fichier est trop grand pour être un tableur</translation>
    </message>
    <message>
        <source>no header recognised: the first rows name none of the columns Aim, Primary driver, Secondary driver, Tertiary driver, Change idea</source>
        <translation>aucun en-tête reconnu&#xa0;: les premières lignes ne nomment aucune des colonnes Aim, Primary driver, Secondary driver, Tertiary driver, Change idea</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… et %1 autres problèmes</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings, but item %2 is %3</source>
        <translation>&quot;%1&quot; doit être une liste de chaînes, mais l&apos;élément %2 est %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot; doit être %2, pas %3</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>il n&apos;y a pas assez de mémoire</translation>
    </message>
    <message>
        <source>could not be parsed: </source>
        <translation>n&apos;a pas pu être analysé&#xa0;: </translation>
    </message>
    <message>
        <source>not valid JSON: </source>
        <translation>JSON non valide&#xa0;: </translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>le JSON est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>the file holds more than %1 JSON values (numbers, texts, lists, objects…); KeyDriver diagrams hold far fewer, so this is probably not one</source>
        <translation>le fichier contient plus de %1 valeurs JSON (nombres, textes, listes, objets…)&#xa0;; les diagrammes KeyDriver en contiennent bien moins, ce n&apos;en est donc probablement pas un</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the same object; keep one</source>
        <translation>&quot;%1&quot; apparaît deux fois dans le même objet&#xa0;; gardez-en un</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <source>expected the title line &apos;# &lt;title&gt;&apos; of a KeyDriver Markdown outline</source>
        <translation>ligne de titre «&#xa0;# &lt;titre&gt;&#xa0;» d&apos;un plan Markdown KeyDriver attendue</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos; (expected Diagram, Not linked or Measures)</source>
        <translation>section inconnue «&#xa0;%1&#xa0;» (Diagram, Not linked ou Measures attendu)</translation>
    </message>
    <message>
        <source>expected the measures table header</source>
        <translation>en-tête du tableau des mesures attendu</translation>
    </message>
    <message>
        <source>expected a line &apos;- **&lt;item&gt;:** &lt;text&gt;&apos; before the first section</source>
        <translation>ligne «&#xa0;- **&lt;élément&gt;:** &lt;texte&gt;&#xa0;» attendue avant la première section</translation>
    </message>
    <message>
        <source>unknown item &apos;%1&apos;</source>
        <translation>élément inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>indentation must be two spaces per level</source>
        <translation>l&apos;indentation doit être de deux espaces par niveau</translation>
    </message>
    <message>
        <source>indented more than one level below the line above</source>
        <translation>indenté de plus d&apos;un niveau sous la ligne du dessus</translation>
    </message>
    <message>
        <source>a reference (↪) line cannot have boxes below it</source>
        <translation>une ligne de référence (↪) ne peut pas avoir de boîtes en dessous</translation>
    </message>
    <message>
        <source>a reference (↪) line needs a box above it</source>
        <translation>une ligne de référence (↪) a besoin d&apos;une boîte au-dessus</translation>
    </message>
    <message>
        <source>&apos;(weak)&apos; on a box that has no box above it</source>
        <translation>«&#xa0;(weak)&#xa0;» sur une boîte qui n&apos;a pas de boîte au-dessus</translation>
    </message>
    <message>
        <source>expected a box &apos;- **&lt;Kind&gt;:** &lt;text&gt; {#&lt;id&gt;}&apos; or a reference &apos;- ↪ &lt;Kind&gt;: … (see {#&lt;id&gt;})&apos;</source>
        <translation>boîte «&#xa0;- **&lt;Type&gt;:** &lt;texte&gt; {#&lt;id&gt;}&#xa0;» ou référence «&#xa0;- ↪ &lt;Type&gt;: … (see {#&lt;id&gt;})&#xa0;» attendue</translation>
    </message>
    <message>
        <source>unknown kind of box &apos;%1&apos;</source>
        <translation>type de boîte inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>statut inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>only change ideas have a status</source>
        <translation>seules les idées de changement ont un statut</translation>
    </message>
    <message>
        <source>the line must end with the box&apos;s id, as {#id}</source>
        <translation>la ligne doit se terminer par l&apos;identifiant de la boîte, sous la forme {#id}</translation>
    </message>
    <message>
        <source>expected one space around the box text</source>
        <translation>une espace attendue autour du texte de la boîte</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used by another box (line %2); repeat a box with a ↪ reference line</source>
        <translation>l&apos;identifiant «&#xa0;%1&#xa0;» est utilisé par une autre boîte (ligne %2)&#xa0;; répétez une boîte avec une ligne de référence ↪</translation>
    </message>
    <message>
        <source>a reference line must end with (see {#id})</source>
        <translation>une ligne de référence doit se terminer par (see {#id})</translation>
    </message>
    <message>
        <source>expected a row of the measures table</source>
        <translation>ligne du tableau des mesures attendue</translation>
    </message>
    <message>
        <source>a measure row needs 8 cells, found %1</source>
        <translation>une ligne de mesure demande 8 cellules, %1 trouvées</translation>
    </message>
    <message>
        <source>the measure&apos;s name must end with its id, as {#id}</source>
        <translation>le nom de la mesure doit se terminer par son identifiant, sous la forme {#id}</translation>
    </message>
    <message>
        <source>expected a space before the measure&apos;s id</source>
        <translation>une espace attendue avant l&apos;identifiant de la mesure</translation>
    </message>
    <message>
        <source>unknown type of measure &apos;%1&apos;</source>
        <translation>type de mesure inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;Attached to&apos; must list box ids as {#id}</source>
        <translation>«&#xa0;Attached to&#xa0;» doit lister les identifiants de boîtes sous la forme {#id}</translation>
    </message>
    <message>
        <source>&apos;Attached to&apos; lists {#%1} twice</source>
        <translation>«&#xa0;Attached to&#xa0;» liste {#%1} deux fois</translation>
    </message>
    <message>
        <source>the measure id &apos;%1&apos; is used twice (line %2)</source>
        <translation>l&apos;identifiant de mesure «&#xa0;%1&#xa0;» est utilisé deux fois (ligne %2)</translation>
    </message>
    <message>
        <source>no box has the id &apos;%1&apos;</source>
        <translation>aucune boîte n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the box &apos;%1&apos; is a %2, not a %3</source>
        <translation>la boîte «&#xa0;%1&#xa0;» est de type %2, pas %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already below &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» est déjà sous «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a %1 cannot be below a %2</source>
        <translation>une boîte de type %1 ne peut pas être sous une boîte de type %2</translation>
    </message>
    <message>
        <source>the measure is attached to &apos;%1&apos;, which no box has as its id</source>
        <translation>la mesure est rattachée à «&#xa0;%1&#xa0;», qu&apos;aucune boîte n&apos;a comme identifiant</translation>
    </message>
    <message>
        <source>the file is too large to be an outline</source>
        <translation>le fichier est trop grand pour être un plan</translation>
    </message>
    <message>
        <source>%1: each parked idea must be an object, not %2</source>
        <translation>%1&#xa0;: chaque idée stationnée doit être un objet, pas %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing</source>
        <translation>&quot;id&quot; est absent</translation>
    </message>
    <message>
        <source>&quot;id&quot; must not be empty</source>
        <translation>&quot;id&quot; ne doit pas être vide</translation>
    </message>
    <message>
        <source>duplicate id %1 (already used at line %2); every parked idea needs its own id</source>
        <translation>identifiant %1 en double (déjà utilisé à la ligne %2)&#xa0;; chaque idée stationnée a besoin de son propre identifiant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list, not %2</source>
        <translation>&quot;%1&quot; doit être une liste, pas %2</translation>
    </message>
    <message>
        <source>%1: each %2 must be an object, not %3</source>
        <translation>%1&#xa0;: chaque %2 doit être un objet, pas %3</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>&quot;date&quot; is missing; a milestone needs a date written YYYY-MM-DD</source>
        <translation>&quot;date&quot; est absent&#xa0;; un jalon a besoin d&apos;une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1 is not a date written YYYY-MM-DD</source>
        <translation>%1 n&apos;est pas une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>there is no line of text to make a box of</source>
        <translation>il n&apos;y a aucune ligne de texte dont faire une boîte</translation>
    </message>
    <message>
        <source>the text has %1 levels of indentation, but only %2 fit (%3)</source>
        <translation>le texte a %1 niveaux d&apos;indentation, mais seuls %2 tiennent (%3)</translation>
    </message>
    <message>
        <source>aims, three levels of drivers and change ideas</source>
        <translation>objectifs, trois niveaux de moteurs et idées de changement</translation>
    </message>
    <message>
        <source>the columns to the right</source>
        <translation>les colonnes à droite</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number, not %3</source>
        <translation>%1&#xa0;: &quot;%2&quot; doit être un nombre, pas %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string, not %3</source>
        <translation>%1&#xa0;: &quot;%2&quot; doit être un texte, pas %3</translation>
    </message>
    <message>
        <source>a month &quot;YYYY-MM&quot; or a day &quot;YYYY-MM-DD&quot;</source>
        <translation>un mois &quot;AAAA-MM&quot; ou un jour &quot;AAAA-MM-JJ&quot;</translation>
    </message>
    <message>
        <source>&quot;phases&quot; must be a list, not %1</source>
        <translation>&quot;phases&quot; doit être une liste, pas %1</translation>
    </message>
    <message>
        <source>%1: each phase must be an object with &quot;start&quot;, not %2</source>
        <translation>%1&#xa0;: chaque phase doit être un objet avec &quot;start&quot;, pas %2</translation>
    </message>
    <message>
        <source>%1: &quot;start&quot; is missing; %2</source>
        <translation>%1&#xa0;: &quot;start&quot; manque&#xa0;; %2</translation>
    </message>
    <message>
        <source>%1: &quot;start&quot; %2 is not %3</source>
        <translation>%1&#xa0;: &quot;start&quot; %2 n&apos;est pas %3</translation>
    </message>
    <message>
        <source>%1: a second phase starting %2 (the first is phases[%3])</source>
        <translation>%1&#xa0;: une deuxième phase commençant le %2 (la première est phases[%3])</translation>
    </message>
    <message>
        <source>%1: &quot;dimension&quot; %2 without a &quot;stratum&quot;</source>
        <translation>%1&#xa0;: &quot;dimension&quot; %2 sans &quot;stratum&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;period&quot; is missing; %2</source>
        <translation>%1&#xa0;: &quot;period&quot; manque&#xa0;; %2</translation>
    </message>
    <message>
        <source>%1: &quot;period&quot; %2 is not %3</source>
        <translation>%1&#xa0;: &quot;period&quot; %2 n&apos;est pas %3</translation>
    </message>
    <message>
        <source>%1: give either &quot;value&quot; or &quot;numerator&quot; and &quot;denominator&quot;, not both</source>
        <translation>%1&#xa0;: donnez soit &quot;value&quot;, soit &quot;numerator&quot; et &quot;denominator&quot;, pas les deux</translation>
    </message>
    <message>
        <source>%1: no number: give &quot;value&quot;, or &quot;numerator&quot; and &quot;denominator&quot;</source>
        <translation>%1&#xa0;: aucun nombre&#xa0;: donnez &quot;value&quot;, ou &quot;numerator&quot; et &quot;denominator&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing: a ratio needs both &quot;numerator&quot; and &quot;denominator&quot;</source>
        <translation>%1&#xa0;: &quot;%2&quot; manque&#xa0;: un rapport demande &quot;numerator&quot; et &quot;denominator&quot;</translation>
    </message>
    <message>
        <source>%1: numerator and denominator are counts and cannot be negative (%2 / %3)</source>
        <translation>%1&#xa0;: numérateur et dénominateur sont des comptes et ne peuvent pas être négatifs (%2 / %3)</translation>
    </message>
    <message>
        <source>&quot;data&quot; must be a list, not %1</source>
        <translation>&quot;data&quot; doit être une liste, pas %1</translation>
    </message>
    <message>
        <source>%1: each data point must be an object with &quot;period&quot;, not %2</source>
        <translation>%1&#xa0;: chaque point de données doit être un objet avec &quot;period&quot;, pas %2</translation>
    </message>
    <message>
        <source>%1: period %2 is a %3 but the measure&apos;s first period is a %4; use months or days throughout</source>
        <translation>%1&#xa0;: la période %2 est un %3 mais la première période de la mesure est un %4&#xa0;; utilisez partout des mois ou partout des jours</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>%1: mixes a value with numerator/denominator points; a measure&apos;s data are all values or all ratios</source>
        <translation>%1&#xa0;: mêle une valeur à des points numérateur/dénominateur&#xa0;; les données d&apos;une mesure sont toutes des valeurs ou toutes des rapports</translation>
    </message>
    <message>
        <source>%1: a second value for %2 (the first is data[%3])</source>
        <translation>%1&#xa0;: une deuxième valeur pour %2 (la première est data[%3])</translation>
    </message>
    <message>
        <source>%1: a second value for %2, stratum %3 (the first is data[%4])</source>
        <translation>%1&#xa0;: une deuxième valeur pour %2, strate %3 (la première est data[%4])</translation>
    </message>
    <message>
        <source>unknown &quot;better&quot; %1; use &quot;higher&quot; or &quot;lower&quot;</source>
        <translation>&quot;better&quot; inconnu %1&#xa0;; utilisez &quot;higher&quot; ou &quot;lower&quot;</translation>
    </message>
    <message>
        <source>unknown chart %1; use &quot;run&quot;, &quot;i&quot;, &quot;p&quot; or &quot;u&quot;</source>
        <translation>carte inconnue %1&#xa0;; utilisez &quot;run&quot;, &quot;i&quot;, &quot;p&quot; ou &quot;u&quot;</translation>
    </message>
    <message>
        <source>&quot;pdsa&quot; must be a list of cycles, not %1</source>
        <translation>&quot;pdsa&quot; doit être une liste de cycles, pas %1</translation>
    </message>
    <message>
        <source>%1: each PDSA cycle must be an object, not %2</source>
        <translation>%1&#xa0;: chaque cycle PDSA doit être un objet, pas %2</translation>
    </message>
    <message>
        <source>%1: &quot;cycle&quot; must be a whole number from 1 to 100000, not %2</source>
        <translation>%1&#xa0;: &quot;cycle&quot; doit être un nombre entier de 1 à 100000, pas %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3 is not a date &quot;YYYY-MM-DD&quot;</source>
        <translation>%1&#xa0;: &quot;%2&quot; %3 n&apos;est pas une date &quot;AAAA-MM-JJ&quot;</translation>
    </message>
    <message>
        <source>%1: ends (%2) before it starts (%3)</source>
        <translation>%1&#xa0;: se termine (%2) avant de commencer (%3)</translation>
    </message>
    <message>
        <source>%1: unknown decision %2; use %3</source>
        <translation>%1&#xa0;: décision inconnue %2&#xa0;; utilisez %3</translation>
    </message>
    <message>
        <source>%1: a second cycle %2 (the first is pdsa[%3])</source>
        <translation>%1&#xa0;: un deuxième cycle %2 (le premier est pdsa[%3])</translation>
    </message>
    <message>
        <source>column %1 has %2 but no name in the header</source>
        <translation>la colonne %1 contient %2 mais n&apos;a pas de nom dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>period is empty</source>
        <translation>period est vide</translation>
    </message>
    <message>
        <source>period %1 is not a month or a day: write 2025-07, 2025-07-14, 2025/07, Jul 2025 or July 2025</source>
        <translation>la période %1 n&apos;est ni un mois ni un jour&#xa0;: écrivez 2025-07, 2025-07-14, 2025/07, Jul 2025 ou July 2025</translation>
    </message>
    <message>
        <source>dimension %1 without a stratum</source>
        <translation>dimension %1 sans strate</translation>
    </message>
    <message>
        <source>%1 %2 is not a number</source>
        <translation>%1 %2 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source> (only value may be a percentage)</source>
        <translation> (seule value peut être un pourcentage)</translation>
    </message>
    <message>
        <source> (write 1234.5: no thousands separators, a decimal point)</source>
        <translation> (écrivez 1234.5&#xa0;: sans séparateur de milliers, avec un point décimal)</translation>
    </message>
    <message>
        <source>give value or numerator and denominator, not both</source>
        <translation>donnez value ou numerator et denominator, pas les deux</translation>
    </message>
    <message>
        <source>value is empty</source>
        <translation>value est vide</translation>
    </message>
    <message>
        <source>no number: give value, or numerator and denominator</source>
        <translation>aucun nombre&#xa0;: donnez value, ou numerator et denominator</translation>
    </message>
    <message>
        <source>%1 is empty: a ratio needs both numerator and denominator</source>
        <translation>%1 est vide&#xa0;: un ratio a besoin de numerator et de denominator</translation>
    </message>
    <message>
        <source>numerator and denominator are counts and cannot be negative (%1 / %2)</source>
        <translation>le numérateur et le dénominateur sont des effectifs et ne peuvent pas être négatifs (%1 / %2)</translation>
    </message>
    <message>
        <source>more problems follow; only the first %1 are shown</source>
        <translation>d&apos;autres problèmes suivent&#xa0;; seuls les %1 premiers sont affichés</translation>
    </message>
    <message>
        <source>period %1 is a %2 but the first period (line %3) is a %4; use months or days throughout</source>
        <translation>la période %1 est un %2 mais la première période (ligne %3) est un %4&#xa0;; utilisez partout des mois ou des jours</translation>
    </message>
    <message>
        <source>a %1 where line %2 has a %3; a measure&apos;s data are all values or all numerator and denominator</source>
        <translation>%1 là où la ligne %2 a %3&#xa0;; les données d&apos;une mesure sont toutes des valeurs ou toutes des numérateurs et dénominateurs</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>un ratio</translation>
    </message>
    <message>
        <source>value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>a second row for %1 (the first is line %2)</source>
        <translation>une deuxième ligne pour %1 (la première est la ligne %2)</translation>
    </message>
    <message>
        <source>a second row for %1, stratum %2 (the first is line %3)</source>
        <translation>une deuxième ligne pour %1, strate %2 (la première est la ligne %3)</translation>
    </message>
    <message>
        <source>column %1 appears twice in the header</source>
        <translation>la colonne %1 apparaît deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>unknown column %1; the columns are %2</source>
        <translation>colonne inconnue %1&#xa0;; les colonnes sont %2</translation>
    </message>
    <message>
        <source>unknown columns %1; the columns are %2</source>
        <translation>colonnes inconnues %1&#xa0;; les colonnes sont %2</translation>
    </message>
    <message>
        <source>the header has no period column</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne period</translation>
    </message>
    <message>
        <source>the header has %1 but no %2 column</source>
        <translation>l&apos;en-tête a %1 mais pas de colonne %2</translation>
    </message>
    <message>
        <source>the header has no value column, nor numerator and denominator</source>
        <translation>l&apos;en-tête n&apos;a ni colonne value, ni numerator et denominator</translation>
    </message>
    <message>
        <source>there are no data rows under the header</source>
        <translation>il n&apos;y a aucune ligne de données sous l&apos;en-tête</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>the file is too large for measure data</source>
        <translation>le fichier est trop volumineux pour des données de mesure</translation>
    </message>
    <message>
        <source>the file is empty: expected a header row naming period and value (or numerator and denominator), then one row per point</source>
        <translation>le fichier est vide&#xa0;: une ligne d&apos;en-tête nommant period et value (ou numerator et denominator) était attendue, puis une ligne par point</translation>
    </message>
    <message>
        <source>no header: the first row must name the columns, such as period,value or period,numerator,denominator (the columns are %1)</source>
        <translation>pas d&apos;en-tête&#xa0;: la première ligne doit nommer les colonnes, comme period,value ou period,numerator,denominator (les colonnes sont %1)</translation>
    </message>
    <message>
        <source>nothing to paste</source>
        <translation>rien à coller</translation>
    </message>
    <message>
        <source>the data of “%1” are numerator and denominator, the import has values; import ratios, or replace the data</source>
        <translation>les données de « %1 » sont des numérateurs et dénominateurs, l&apos;import contient des valeurs&#xa0;; importez des ratios, ou remplacez les données</translation>
    </message>
    <message>
        <source>the data of “%1” are values, the import has numerator and denominator; import values, or replace the data</source>
        <translation>les données de « %1 » sont des valeurs, l&apos;import contient des numérateurs et dénominateurs&#xa0;; importez des valeurs, ou remplacez les données</translation>
    </message>
    <message>
        <source>the periods of “%1” are months, the import has days; use months or days throughout, or replace the data</source>
        <translation>les périodes de « %1 » sont des mois, l&apos;import contient des jours&#xa0;; utilisez partout des mois ou des jours, ou remplacez les données</translation>
    </message>
    <message>
        <source>the periods of “%1” are days, the import has months; use months or days throughout, or replace the data</source>
        <translation>les périodes de « %1 » sont des jours, l&apos;import contient des mois&#xa0;; utilisez partout des mois ou des jours, ou remplacez les données</translation>
    </message>
    <message>
        <source>period %1 is not a month or a day</source>
        <translation>la période %1 n&apos;est ni un mois ni un jour</translation>
    </message>
    <message>
        <source>period %1 is not of the same form as %2; use months or days throughout</source>
        <translation>la période %1 n&apos;a pas la même forme que %2&#xa0;; utilisez partout des mois ou des jours</translation>
    </message>
    <message>
        <source>the point for %1 needs a value, or a numerator and a denominator</source>
        <translation>le point de %1 a besoin d&apos;une valeur, ou d&apos;un numérateur et d&apos;un dénominateur</translation>
    </message>
    <message>
        <source>a measure&apos;s data are all values or all numerator and denominator</source>
        <translation>les données d&apos;une mesure sont toutes des valeurs ou toutes des numérateurs et dénominateurs</translation>
    </message>
    <message>
        <source>a second point for %1</source>
        <translation>un deuxième point pour %1</translation>
    </message>
    <message>
        <source>a second point for %1, stratum %2</source>
        <translation>un deuxième point pour %1, strate %2</translation>
    </message>
</context>
<context>
    <name>kdd::Sparkline</name>
    <message>
        <source>Improving</source>
        <translation>En amélioration</translation>
    </message>
    <message>
        <source>Deteriorating</source>
        <translation>En dégradation</translation>
    </message>
    <message>
        <source>Special-cause signal</source>
        <translation>Signal de cause spéciale</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>Aucun signal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>kdd::TextFormats</name>
    <message>
        <source>Adopted: </source>
        <translation>Adoptée&#xa0;: </translation>
    </message>
    <message>
        <source>Abandoned: </source>
        <translation>Abandonnée&#xa0;: </translation>
    </message>
</context>
<context>
    <name>kdd::UndoCommands</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Delete %1 “%2”</source>
        <translation>Supprimer %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Delete %1 boxes</source>
        <translation>Supprimer %1 boîtes</translation>
    </message>
    <message>
        <source>%1 of %2 → %3</source>
        <translation>%1 de %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Edit text of %1</source>
        <translation>Modifier le texte de %1</translation>
    </message>
    <message>
        <source>Edit notes of %1</source>
        <translation>Modifier les notes de %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Practices of %1</source>
        <translation>Pratiques de %1</translation>
    </message>
    <message>
        <source>Vote for %1</source>
        <translation>Voter pour %1</translation>
    </message>
    <message>
        <source>Remove vote from %1</source>
        <translation>Retirer un vote de %1</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>Classer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Take %1 out of the grid</source>
        <translation>Retirer %1 de la grille</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation>Modifier %1 %2</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Make link weak</source>
        <translation>Rendre le lien faible</translation>
    </message>
    <message>
        <source>Make link strong</source>
        <translation>Rendre le lien fort</translation>
    </message>
    <message>
        <source>Tidy up</source>
        <translation>Ranger</translation>
    </message>
    <message>
        <source>Lay out tidily</source>
        <translation>Disposer en réduisant les croisements</translation>
    </message>
    <message>
        <source>Keep my order</source>
        <translation>Garder mon ordre</translation>
    </message>
    <message>
        <source>Draw links as brackets</source>
        <translation>Dessiner les liens en crochets</translation>
    </message>
    <message>
        <source>Draw links as curves</source>
        <translation>Dessiner les liens en courbes</translation>
    </message>
    <message>
        <source>Draw links straight</source>
        <translation>Dessiner les liens droits</translation>
    </message>
    <message>
        <source>Stack change ideas</source>
        <translation>Empiler les idées de changement</translation>
    </message>
    <message>
        <source>Separate change ideas</source>
        <translation>Séparer les idées de changement</translation>
    </message>
    <message>
        <source>Change layout options</source>
        <translation>Modifier les options de disposition</translation>
    </message>
    <message>
        <source>Change document properties</source>
        <translation>Modifier les propriétés du document</translation>
    </message>
    <message>
        <source>Save revision “%1”</source>
        <translation>Enregistrer la révision «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add %1 measure</source>
        <translation>Ajouter une mesure (%1)</translation>
    </message>
    <message>
        <source>Delete measure “%1”</source>
        <translation>Supprimer la mesure «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Attach measure “%1”</source>
        <translation>Rattacher la mesure «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change measure “%1”</source>
        <translation>Modifier la mesure «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Larger text (%1 pt)</source>
        <translation>Texte plus grand (%1 pt)</translation>
    </message>
    <message>
        <source>Smaller text (%1 pt)</source>
        <translation>Texte plus petit (%1 pt)</translation>
    </message>
</context>
<context>
    <name>kdd::cli</name>
    <message>
        <source>option --lang needs a value</source>
        <translation>l&apos;option --lang demande une valeur</translation>
    </message>
    <message>
        <source>no translation for the language &apos;%1&apos;; choose one of %2</source>
        <translation>aucune traduction pour la langue «&#xa0;%1&#xa0;»&#xa0;; choisissez parmi %2</translation>
    </message>
    <message>
        <source>print the findings as JSON instead</source>
        <translation>afficher plutôt les constats en JSON</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>check summary: errors, warnings, notes</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints one line per finding: FILE:LINE: severity: message [RULE].</source>
        <translation>Affiche une ligne par constat&#xa0;: FILE:LINE: gravité: message [RULE].</translation>
    </message>
    <message>
        <source>Exit status: 0 no errors (warnings allowed), 1 errors found, 2 FILE unreadable or
not a valid diagram.</source>
        <translation>Code de sortie&#xa0;: 0 aucune erreur (avertissements permis), 1 erreurs trouvées, 2 FILE illisible
ou diagramme non valide.</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>Rules are explained in docs/checks.md.</source>
        <translation>Les règles sont expliquées dans docs/checks.md.</translation>
    </message>
    <message>
        <source>Try &apos;keydriver --help&apos; for more information.</source>
        <translation>Essayez «&#xa0;keydriver --help&#xa0;» pour plus d&apos;informations.</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l&apos;option %1 demande une valeur</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;%2</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»%2</translation>
    </message>
    <message>
        <source>&apos;--present&apos; needs a FILE</source>
        <translation>«&#xa0;--present&#xa0;» demande un FILE</translation>
    </message>
    <message>
        <source>&apos;--present&apos; takes one FILE, got %1</source>
        <translation>«&#xa0;--present&#xa0;» prend un seul FILE, %1 reçus</translation>
    </message>
    <message>
        <source>&apos;--present&apos; takes a FILE, not the option &apos;%1&apos;</source>
        <translation>«&#xa0;--present&#xa0;» prend un FILE, pas l&apos;option «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>(file format version %1)</source>
        <translation>(version de format de fichier %1)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source> for &apos;%1&apos;</source>
        <translation> pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a FILE</source>
        <translation>«&#xa0;%1&#xa0;» demande un FILE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one FILE, got %2</source>
        <translation>«&#xa0;%1&#xa0;» prend un seul FILE, %2 reçus</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>compare FILE with one of its saved revisions: by number (from 1) or
by label</source>
        <translation>comparer FILE à l&apos;une de ses révisions enregistrées&#xa0;: par numéro (à partir de 1)
ou par libellé</translation>
    </message>
    <message numerus="yes">
        <source>%n revisions are labelled &apos;%1&apos; (numbers %2); give the number instead</source>
        <translation>
            <numerusform>%n révision porte le libellé «&#xa0;%1&#xa0;» (numéros %2)&#xa0;; donnez plutôt le numéro</numerusform>
            <numerusform>%n révisions portent le libellé «&#xa0;%1&#xa0;» (numéros %2)&#xa0;; donnez plutôt le numéro</numerusform>
        </translation>
    </message>
    <message>
        <source>no revision &apos;%1&apos; (the file has %2)</source>
        <translation>aucune révision «&#xa0;%1&#xa0;» (le fichier en a %2)</translation>
    </message>
    <message>
        <source>One line per difference: &quot;+ node ID …&quot;, &quot;- link A → B&quot;, &quot;~ node ID: text: “…” → “…”&quot;.</source>
        <translation>Une ligne par différence&#xa0;: &quot;+ node ID …&quot;, &quot;- link A → B&quot;, &quot;~ node ID: text: “…” → “…”&quot;.</translation>
    </message>
    <message>
        <source>Exit status: 0 the same, 1 different, 2 a file unreadable or invalid, or no such revision.</source>
        <translation>Code de sortie&#xa0;: 0 identiques, 1 différents, 2 fichier illisible ou non valide, ou révision introuvable.</translation>
    </message>
    <message>
        <source>&apos;diff&apos; needs two files: OLD NEW (or FILE --revision N)</source>
        <translation>«&#xa0;diff&#xa0;» demande deux fichiers&#xa0;: OLD NEW (ou FILE --revision N)</translation>
    </message>
    <message>
        <source>the file to write (&quot;-&quot; writes to standard output)</source>
        <translation>le fichier à écrire (&quot;-&quot; écrit sur la sortie standard)</translation>
    </message>
    <message>
        <source>classic (default), colour, print, high-contrast or
projector (heavy lines for a room&apos;s wall)</source>
        <translation>classic (par défaut), colour, print, high-contrast ou
projector (traits épais pour le mur d&apos;une salle)</translation>
    </message>
    <message>
        <source>PDF page: fit (default: one page the size of the diagram), a4,
letter, a3 or slide (16:9); one page while box text stays at
least 7 pt (12 pt on a slide), else cut between boxes; the
charter: a4 (default), letter or a3 (also ODT)</source>
        <translation>page PDF&#xa0;: fit (par défaut&#xa0;: une page à la taille du diagramme), a4,
letter, a3 ou slide (16:9)&#xa0;; une seule page tant que le texte des
boîtes reste d&apos;au moins 7 pt (12 pt sur une diapositive), sinon
coupée entre les boîtes&#xa0;; la charte&#xa0;: a4 (par défaut), letter ou a3
(aussi en ODT)</translation>
    </message>
    <message>
        <source>auto (default: the larger type), portrait or landscape;
--page fit ignores it</source>
        <translation>auto (par défaut&#xa0;: les plus gros caractères), portrait ou landscape&#xa0;;
--page fit l&apos;ignore</translation>
    </message>
    <message>
        <source>PNG resolution (default 192)</source>
        <translation>résolution PNG (192 par défaut)</translation>
    </message>
    <message>
        <source>white (default), transparent (PNG) or dark (PNG, SVG, PDF:
the theme&apos;s dark variant, light text for dark slides)</source>
        <translation>white (par défaut), transparent (PNG) ou dark (PNG, SVG, PDF&#xa0;:
la variante sombre du thème, texte clair pour diapositives sombres)</translation>
    </message>
    <message>
        <source>keep (the order of the file) or tidy (fewer crossing links);
by default the document&apos;s own choice</source>
        <translation>keep (l&apos;ordre du fichier) ou tidy (moins de liens qui se croisent)&#xa0;;
par défaut le choix du document</translation>
    </message>
    <message>
        <source>brackets (elbow connectors), curves or straight;
by default the document&apos;s own choice</source>
        <translation>brackets (connecteurs en coude), curves ou straight&#xa0;;
par défaut le choix du document</translation>
    </message>
    <message>
        <source>separate (a box per change idea) or stacked (one card per
driver); by default the document&apos;s own choice</source>
        <translation>separate (une boîte par idée de changement) ou stacked (une carte
par moteur)&#xa0;; par défaut le choix du document</translation>
    </message>
    <message>
        <source>yes or no: small arrowheads where links reach their boxes;
by default the theme&apos;s choice</source>
        <translation>yes ou no&#xa0;: petites pointes de flèche là où les liens atteignent
leurs boîtes&#xa0;; par défaut le choix du thème</translation>
    </message>
    <message>
        <source>SVG/PDF/PNG: table prints the measurement plan as a table under
the diagram; none (default) leaves it out</source>
        <translation>SVG/PDF/PNG&#xa0;: table imprime le plan de mesure en tableau sous
le diagramme&#xa0;; none (par défaut) l&apos;omet</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos;: give it a suffix (.svg, .pdf, .png, …) or use --format</source>
        <translation>impossible de déterminer le format de «&#xa0;%1&#xa0;»&#xa0;: donnez-lui un suffixe (.svg, .pdf, .png, …) ou utilisez --format</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs an output file: -o OUT</source>
        <translation>«&#xa0;export&#xa0;» demande un fichier de sortie&#xa0;: -o OUT</translation>
    </message>
    <message>
        <source>%1 is the input file %2: writing %3 there would replace the diagram; choose another output file</source>
        <translation>%1 est le fichier d&apos;entrée %2&#xa0;: y écrire %3 remplacerait le diagramme&#xa0;; choisissez un autre fichier de sortie</translation>
    </message>
    <message>
        <source>cannot export: %1</source>
        <translation>impossible d&apos;exporter&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>The output is written atomically: on any error no file is left behind. No display is
needed. Exit status: 0 written, 2 FILE unreadable or invalid, bad option, or OUT not
writable.</source>
        <translation>La sortie est écrite de façon atomique&#xa0;: en cas d&apos;erreur, aucun fichier n&apos;est laissé. Aucun
affichage n&apos;est nécessaire. Code de sortie&#xa0;: 0 écrit, 2 FILE illisible ou non valide,
option incorrecte, ou OUT non accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>parmi&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;; choose %3</source>
        <translation>valeur inconnue pour %1&#xa0;: «&#xa0;%2&#xa0;»&#xa0;; choisissez %3</translation>
    </message>
    <message>
        <source>unsupported export format &apos;%1&apos;; choose one of: %2</source>
        <translation>format d&apos;exportation non pris en charge «&#xa0;%1&#xa0;»&#xa0;; choisissez parmi&#xa0;: %2</translation>
    </message>
    <message>
        <source>--dpi must be a whole number, not &apos;%1&apos;</source>
        <translation>--dpi doit être un nombre entier, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--dpi must be between %1 and %2, not %3</source>
        <translation>--dpi doit être entre %1 et %2, pas %3</translation>
    </message>
    <message>
        <source>the .kdd file to write (&quot;-&quot; writes to standard output)</source>
        <translation>le fichier .kdd à écrire (&quot;-&quot; écrit sur la sortie standard)</translation>
    </message>
    <message>
        <source>md (the Markdown outline of export), txt (indented plain
text) or csv (one row per path); by default FILE&apos;s suffix</source>
        <translation>md (le plan Markdown de l&apos;exportation), txt (texte brut
indenté) ou csv (une ligne par chemin)&#xa0;; par défaut le suffixe de FILE</translation>
    </message>
    <message>
        <source>&apos;import&apos; needs an output file: -o OUT.kdd</source>
        <translation>«&#xa0;import&#xa0;» demande un fichier de sortie&#xa0;: -o OUT.kdd</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos; (expected md, txt or csv)</source>
        <translation>format d&apos;importation inconnu «&#xa0;%1&#xa0;» (md, txt ou csv attendu)</translation>
    </message>
    <message>
        <source>cannot tell the format of %1 from its suffix: name it .md, .txt or .csv, or give --format md|txt|csv</source>
        <translation>impossible de déterminer le format de %1 d&apos;après son suffixe&#xa0;: nommez-le .md, .txt ou .csv, ou donnez --format md|txt|csv</translation>
    </message>
    <message>
        <source>&apos;import&apos; writes a diagram: the output %1 must end in .kdd (or be &quot;-&quot;)</source>
        <translation>«&#xa0;import&#xa0;» écrit un diagramme&#xa0;: la sortie %1 doit se terminer par .kdd (ou être &quot;-&quot;)</translation>
    </message>
    <message>
        <source>Nothing is written unless the whole FILE reads without a problem; each problem
names the file and line. Exit status: 0 written, 2 FILE unreadable or invalid,
bad option, or OUT not writable.</source>
        <translation>Rien n&apos;est écrit tant que tout FILE ne se lit pas sans problème&#xa0;; chaque problème
nomme le fichier et la ligne. Code de sortie&#xa0;: 0 écrit, 2 FILE illisible ou non valide,
option incorrecte, ou OUT non accessible en écriture.</translation>
    </message>
    <message>
        <source>diagram (default: the drawing, or one CSV row per box);
measures (CSV: the measurement plan); ideas (CSV: one row
per change idea with its votes, impact and effort); pdsa
(CSV: one row per PDSA cycle of a change idea); grid
(SVG/PDF/PNG: the impact × effort grid); charter (PDF,
HTML, ODT, DOCX: the project charter with the diagram in it;
HTML, ODT and DOCX files always hold the charter)</source>
        <translation>diagram (par défaut&#xa0;: le dessin, ou une ligne CSV par boîte)&#xa0;;
measures (CSV&#xa0;: le plan de mesure)&#xa0;; ideas (CSV&#xa0;: une ligne par
idée de changement avec ses votes, impact et effort)&#xa0;; pdsa
(CSV&#xa0;: une ligne par cycle PDSA d&apos;une idée de changement)&#xa0;; grid
(SVG/PDF/PNG&#xa0;: la grille impact × effort)&#xa0;; charter (PDF, HTML,
ODT, DOCX&#xa0;: la charte de projet avec son diagramme&#xa0;; les fichiers
HTML, ODT et DOCX contiennent toujours la charte)</translation>
    </message>
    <message>
        <source>the id of the measure (m1, m2, …)</source>
        <translation>l&apos;identifiant de la mesure (m1, m2, …)</translation>
    </message>
    <message>
        <source>merge the points of this CSV into the measure and save FILE</source>
        <translation>fusionner les points de ce CSV dans la mesure et enregistrer FILE</translation>
    </message>
    <message>
        <source>with --import: the CSV becomes the measure&apos;s whole series</source>
        <translation>avec --import&#xa0;: le CSV devient toute la série de la mesure</translation>
    </message>
    <message>
        <source>without --import: write the series to this CSV file
(default: standard output)</source>
        <translation>sans --import&#xa0;: écrire la série dans ce fichier CSV
(par défaut&#xa0;: la sortie standard)</translation>
    </message>
    <message>
        <source>cannot update measure %1</source>
        <translation>impossible de mettre à jour la mesure %1</translation>
    </message>
    <message>
        <source>%1 points added, %2 replaced</source>
        <translation>%1 points ajoutés, %2 remplacés</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 supprimés</translation>
    </message>
    <message>
        <source>&apos;data&apos; needs a measure: --measure ID</source>
        <translation>&apos;data&apos; a besoin d&apos;une mesure&#xa0;: --measure ID</translation>
    </message>
    <message>
        <source>&apos;data&apos; takes --import or -o, not both</source>
        <translation>&apos;data&apos; prend --import ou -o, pas les deux</translation>
    </message>
    <message>
        <source>--replace goes with --import</source>
        <translation>--replace s&apos;utilise avec --import</translation>
    </message>
    <message>
        <source>%1 has no measures; there is no measure %2</source>
        <translation>%1 n&apos;a aucune mesure&#xa0;; la mesure %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 has no measure %2; its measures are %3</source>
        <translation>%1 n&apos;a pas de mesure %2&#xa0;; ses mesures sont %3</translation>
    </message>
    <message>
        <source>CSV columns: period, value or numerator and denominator, optionally stratum
and dimension (docs/text-formats.md). FILE is saved only if the whole CSV
reads without a problem; each problem names the CSV&apos;s line. Exit status: 0
done, 2 FILE or CSV unreadable or invalid, unknown measure, bad option.</source>
        <translation>Colonnes du CSV&#xa0;: period, value ou numerator et denominator, et en option
stratum et dimension (docs/text-formats.md). FILE n&apos;est enregistré que si tout le
CSV se lit sans problème&#xa0;; chaque problème indique la ligne du CSV. Code de
sortie&#xa0;: 0 fait, 2 FILE ou CSV illisible ou invalide, mesure inconnue, option erronée.</translation>
    </message>
    <message>
        <source>the file to write: .svg, .pdf, .png or .csv (&quot;-&quot; writes the
CSV to standard output)</source>
        <translation>le fichier à écrire&#xa0;: .svg, .pdf, .png ou .csv («&#xa0;-&#xa0;» écrit le
CSV sur la sortie standard)</translation>
    </message>
    <message>
        <source>the id of the measure to chart</source>
        <translation>l&apos;identifiant de la mesure à représenter</translation>
    </message>
    <message>
        <source>run, i, p or u; by default the measure&apos;s own chart (a P
chart for ratios, else a run chart)</source>
        <translation>run, i, p ou u&#xa0;; par défaut le graphique de la mesure (une
carte P pour les proportions, sinon un graphique de séquence)</translation>
    </message>
    <message>
        <source>stratum (one line per group) or gap (each group minus its
reference group, one panel each); by default the whole
population</source>
        <translation>stratum (une ligne par groupe) ou gap (chaque groupe moins son
groupe de référence, un panneau chacun)&#xa0;; par défaut toute la
population</translation>
    </message>
    <message>
        <source>it has no measures</source>
        <translation>il n&apos;a aucune mesure</translation>
    </message>
    <message>
        <source>its measures are: %1</source>
        <translation>ses mesures sont&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;chart&apos; needs an output file: -o OUT</source>
        <translation>«&#xa0;chart&#xa0;» a besoin d&apos;un fichier de sortie&#xa0;: -o OUT</translation>
    </message>
    <message>
        <source>&apos;chart&apos; needs a measure: --measure ID</source>
        <translation>«&#xa0;chart&#xa0;» a besoin d&apos;une mesure&#xa0;: --measure ID</translation>
    </message>
    <message>
        <source>cannot tell what to write to &apos;%1&apos;: name a .svg, .pdf, .png or .csv file</source>
        <translation>impossible de savoir quoi écrire dans «&#xa0;%1&#xa0;»&#xa0;: nommez un fichier .svg, .pdf, .png ou .csv</translation>
    </message>
    <message>
        <source>unknown chart type &apos;%1&apos;: use run, i, p or u</source>
        <translation>type de graphique inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez run, i, p ou u</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; for --by: use stratum or gap</source>
        <translation>vue inconnue «&#xa0;%1&#xa0;» pour --by&#xa0;: utilisez stratum ou gap</translation>
    </message>
    <message>
        <source>%1 is the input file %2: writing a chart there would replace the diagram; choose another output file</source>
        <translation>%1 est le fichier d&apos;entrée %2&#xa0;: y écrire un graphique remplacerait le diagramme&#xa0;; choisissez un autre fichier de sortie</translation>
    </message>
    <message>
        <source>no measure &apos;%1&apos;; %2</source>
        <translation>aucune mesure «&#xa0;%1&#xa0;»&#xa0;; %2</translation>
    </message>
    <message>
        <source>measure &apos;%1&apos; has no data yet: nothing to chart</source>
        <translation>la mesure «&#xa0;%1&#xa0;» n&apos;a pas encore de données&#xa0;: rien à représenter</translation>
    </message>
    <message>
        <source>measure &apos;%1&apos;: %2</source>
        <translation>mesure «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot draw the chart: %1</source>
        <translation>impossible de dessiner le graphique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Centre lines, limits and rules are defined in docs/charts.md; the CSV has one row per
point. What the chart cannot show (zero denominators, too few points) is printed and
the chart written all the same. Exit status: 0 written, 2 FILE unreadable or invalid,
no such measure, a measure without data, bad option, or OUT not writable.</source>
        <translation>Les lignes centrales, les limites et les règles sont définies dans docs/charts.md&#xa0;; le CSV
a une ligne par point. Ce que le graphique ne peut pas montrer (dénominateurs nuls, trop peu
de points) est affiché et le graphique écrit quand même. Code de sortie&#xa0;: 0 écrit, 2 FILE
illisible ou non valide, mesure inexistante, mesure sans données, option incorrecte ou OUT
impossible à écrire.</translation>
    </message>
    <message>
        <source>Usage:
  keydriver [FILE...]                       open the editor (on FILE)
  keydriver --present FILE                  present FILE full screen (Page Down steps, Esc
                                            returns to the editor)
  keydriver check FILE [--json]             check a diagram against QI good practice
  keydriver export FILE -o OUT [options]    write the diagram as an image, document or table
  keydriver import FILE -o OUT.kdd          read an outline: Markdown (.md), indented text, CSV
  keydriver chart FILE --measure ID -o OUT  draw a measure&apos;s run or control chart (SVG, PDF,
                                            PNG) or write its points (CSV)
  keydriver data FILE --measure ID --import DATA.csv [--replace]
                                            merge a measure&apos;s data from a spreadsheet&apos;s CSV
  keydriver data FILE --measure ID [-o OUT.csv]
                                            write a measure&apos;s data as CSV
  keydriver diff OLD NEW                    what was added, removed and changed
  keydriver diff FILE --revision N|LABEL    FILE against one of its saved revisions
  keydriver --help | --version
Before or after any of these, --lang en|es|fr chooses the language of messages and windows
(default: the system&apos;s, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG).
</source>
        <translation>Utilisation&#xa0;:
  keydriver [FILE...]                       ouvrir l&apos;éditeur (sur FILE)
  keydriver --present FILE                  présenter FILE en plein écran (Pg suiv avance,
                                            Échap revient à l&apos;éditeur)
  keydriver check FILE [--json]             vérifier un diagramme selon les bonnes pratiques d&apos;AQ
  keydriver export FILE -o OUT [options]    écrire le diagramme en image, document ou tableau
  keydriver import FILE -o OUT.kdd          lire un plan&#xa0;: Markdown (.md), texte indenté, CSV
  keydriver chart FILE --measure ID -o OUT  dessiner le graphique de séquence ou la carte de
                                            contrôle d&apos;une mesure (SVG, PDF, PNG), ou ses points (CSV)
  keydriver data FILE --measure ID --import DATA.csv [--replace]
                                            fusionner les données d&apos;une mesure depuis un CSV
  keydriver data FILE --measure ID [-o OUT.csv]
                                            écrire les données d&apos;une mesure en CSV
  keydriver diff OLD NEW                    ce qui a été ajouté, supprimé et modifié
  keydriver diff FILE --revision N|LABEL    FILE comparé à l&apos;une de ses révisions enregistrées
  keydriver --help | --version
Avant ou après chacune de ces commandes, --lang en|es|fr choisit la langue des messages et
des fenêtres (par défaut celle du système, selon LANGUAGE, LC_ALL, LC_MESSAGES ou LANG).
</translation>
    </message>
</context>
<context>
    <name>kdd::edit</name>
    <message>
        <source>Move left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <source>Place under “%1”</source>
        <translation>Placer sous «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change box and its links</source>
        <translation>Modifier la boîte et ses liens</translation>
    </message>
    <message>
        <source>Paste %1 boxes</source>
        <translation>Coller %1 boîtes</translation>
    </message>
    <message numerus="yes">
        <source>Vote for %n change ideas</source>
        <translation>
            <numerusform>Voter pour %n idée de changement</numerusform>
            <numerusform>Voter pour %n idées de changement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove votes from %n change ideas</source>
        <translation>
            <numerusform>Retirer un vote de %n idée de changement</numerusform>
            <numerusform>Retirer un vote de %n idées de changement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kdd::spc</name>
    <message>
        <source>%1: the numerator or the denominator is not a finite number, so the point is left out of the chart</source>
        <translation>%1&#xa0;: le numérateur ou le dénominateur n&apos;est pas un nombre fini, le point est donc exclu du graphique</translation>
    </message>
    <message>
        <source>%1: the denominator is missing, so the point has no rate and is left out of the chart</source>
        <translation>%1&#xa0;: le dénominateur manque, le point n&apos;a donc pas de taux et est exclu du graphique</translation>
    </message>
    <message>
        <source>%1: the denominator is 0, so the point has no rate and is left out of the chart</source>
        <translation>%1&#xa0;: le dénominateur vaut 0, le point n&apos;a donc pas de taux et est exclu du graphique</translation>
    </message>
    <message>
        <source>%1: the numerator is missing, so the point has no rate and is left out of the chart</source>
        <translation>%1&#xa0;: le numérateur manque, le point n&apos;a donc pas de taux et est exclu du graphique</translation>
    </message>
    <message>
        <source>%1: the denominator is negative (%2), so the point is left out of the chart</source>
        <translation>%1&#xa0;: le dénominateur est négatif (%2), le point est donc exclu du graphique</translation>
    </message>
    <message>
        <source>%1: the numerator is negative (%2), so the point is left out of the chart</source>
        <translation>%1&#xa0;: le numérateur est négatif (%2), le point est donc exclu du graphique</translation>
    </message>
    <message>
        <source>%1: the numerator (%2) is above the denominator (%3), so the point is not a proportion and is left out of the chart</source>
        <translation>%1&#xa0;: le numérateur (%2) dépasse le dénominateur (%3), le point n&apos;est donc pas une proportion et est exclu du graphique</translation>
    </message>
    <message>
        <source>%1: the value is not a finite number, so the point is left out of the chart</source>
        <translation>%1&#xa0;: la valeur n&apos;est pas un nombre fini, le point est donc exclu du graphique</translation>
    </message>
    <message>
        <source>%1: a P or U chart needs a numerator and a denominator, so the point is left out of the chart</source>
        <translation>%1&#xa0;: une carte P ou U demande un numérateur et un dénominateur, le point est donc exclu du graphique</translation>
    </message>
    <message>
        <source>The phase from %1 has no point with a value: an I chart needs at least 2 points for limits</source>
        <translation>La phase qui commence en %1 n&apos;a aucun point avec une valeur&#xa0;: une carte I demande au moins 2 points pour ses limites</translation>
    </message>
    <message>
        <source>The phase from %1 has only one point with a value: an I chart needs at least 2 points for limits</source>
        <translation>La phase qui commence en %1 n&apos;a qu&apos;un point avec une valeur&#xa0;: une carte I demande au moins 2 points pour ses limites</translation>
    </message>
</context>
</TS>
