<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>kdd::CharterDocument</name>
    <message>
        <source>en</source>
        <comment>BCP 47 tag of the language of this translation</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>kdd::CharterReport</name>
    <message>
        <source>Not written yet.</source>
        <translation>Aún no se ha redactado.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>The diagram has no aim yet.</source>
        <translation>El diagrama aún no tiene objetivo.</translation>
    </message>
    <message>
        <source>Key driver diagram</source>
        <translation>Diagrama de impulsores clave</translation>
    </message>
    <message>
        <source>%1 primary drivers, %2 secondary drivers, %3 tertiary drivers and %4 change ideas.</source>
        <translation>Impulsores primarios: %1; impulsores secundarios: %2; impulsores terciarios: %3; ideas de cambio: %4.</translation>
    </message>
    <message>
        <source>Numerator: %1</source>
        <translation>Numerador: %1</translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation>Denominador: %1</translation>
    </message>
    <message>
        <source>Data source: %1</source>
        <translation>Fuente de datos: %1</translation>
    </message>
    <message>
        <source>Measurement plan</source>
        <translation>Plan de medición</translation>
    </message>
    <message>
        <source>No measure is defined yet.</source>
        <translation>Aún no se ha definido ninguna medida.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mide</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Stratified by</source>
        <translation>Estratificada por</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Change ideas</source>
        <translation>Ideas de cambio</translation>
    </message>
    <message>
        <source>No change idea yet.</source>
        <translation>Aún no hay ninguna idea de cambio.</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Idea de cambio</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Impulsores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Aliados</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Team and roles</source>
        <translation>Equipo y funciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Not stated.</source>
        <translation>No se indica.</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Dentro del alcance</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Fuera del alcance</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Equidad</translation>
    </message>
    <message>
        <source>No equity statement yet.</source>
        <translation>Aún no hay declaración de equidad.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>The seven practices</source>
        <translation>Las siete prácticas</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Comprometida</translation>
    </message>
    <message>
        <source>Boxes that carry it</source>
        <translation>Recuadros que la llevan a cabo</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Historial de revisiones</translation>
    </message>
    <message>
        <source>This revision</source>
        <translation>Esta revisión</translation>
    </message>
    <message>
        <source>No revision has been kept yet.</source>
        <translation>Aún no se ha guardado ninguna revisión.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Project charter</source>
        <translation>Acta del proyecto</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Planteamiento del problema</translation>
    </message>
    <message>
        <source>Resources and constraints</source>
        <translation>Recursos y limitaciones</translation>
    </message>
    <message>
        <source>The latest signal is an improvement.</source>
        <translation>La última señal es una mejora.</translation>
    </message>
    <message>
        <source>The latest signal is a deterioration.</source>
        <translation>La última señal es un deterioro.</translation>
    </message>
    <message>
        <source>The latest points show a special cause.</source>
        <translation>Los últimos puntos muestran una causa especial.</translation>
    </message>
    <message>
        <source>No special cause in the latest points.</source>
        <translation>Ninguna causa especial en los últimos puntos.</translation>
    </message>
    <message>
        <source>Widening gap: %1.</source>
        <translation>Brecha que se amplía: %1.</translation>
    </message>
    <message>
        <source>Stratified by %1, but no data point names a stratum.</source>
        <translation>Estratificada por %1, pero ningún punto de datos nombra un estrato.</translation>
    </message>
    <message>
        <source>Data for %1 only.</source>
        <translation>Datos solo de %1.</translation>
    </message>
    <message>
        <source>Data from %1 to %2 (%3 periods).</source>
        <translation>Datos de %1 a %2 (%3 periodos).</translation>
    </message>
    <message>
        <source>No data by %1 yet.</source>
        <translation>Aún no hay datos por %1.</translation>
    </message>
</context>
<context>
    <name>kdd::Charts</name>
    <message>
        <source>%1: no period has data for both %2 and %3</source>
        <translation>%1: ningún periodo tiene datos a la vez de %2 y de %3</translation>
    </message>
    <message>
        <source>a %1 chart needs numerators and denominators, and these data are single values: drawn as an I chart</source>
        <translation>un gráfico %1 necesita numeradores y denominadores, y estos datos son valores simples: se dibuja como gráfico I</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>todavía no hay datos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>the data are by stratum only and values cannot be added up: one line per stratum is shown</source>
        <translation>los datos solo están por estrato y los valores no se pueden sumar: se muestra una línea por estrato</translation>
    </message>
    <message>
        <source>no point has a stratum</source>
        <translation>ningún punto tiene estrato</translation>
    </message>
    <message>
        <source>a gap needs at least two strata</source>
        <translation>una brecha necesita al menos dos estratos</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage on a chart&apos;s axis or in a tooltip: %1 is the number (&quot;42&quot;, &quot;4.5&quot;).</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Run chart</source>
        <translation>Gráfico de serie temporal</translation>
    </message>
    <message>
        <source>I chart</source>
        <translation>Gráfico I</translation>
    </message>
    <message>
        <source>P chart</source>
        <translation>Gráfico P</translation>
    </message>
    <message>
        <source>U chart</source>
        <translation>Gráfico U</translation>
    </message>
    <message>
        <source>By stratum: one line per group</source>
        <translation>Por estrato: una línea por grupo</translation>
    </message>
    <message>
        <source>Gaps: each stratum minus its reference stratum (I charts)</source>
        <translation>Brechas: cada estrato menos su estrato de referencia (gráficos I)</translation>
    </message>
    <message>
        <source>adopt</source>
        <translation>adoptar</translation>
    </message>
    <message>
        <source>adapt</source>
        <translation>adaptar</translation>
    </message>
    <message>
        <source>abandon</source>
        <translation>abandonar</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>continuar</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Centre line</source>
        <translation>Línea central</translation>
    </message>
    <message>
        <source>Control limits (3 sigma)</source>
        <translation>Límites de control (3 sigma)</translation>
    </message>
    <message>
        <source>Special cause: improvement</source>
        <translation>Causa especial: mejora</translation>
    </message>
    <message>
        <source>Special cause: deterioration</source>
        <translation>Causa especial: empeoramiento</translation>
    </message>
    <message>
        <source>Special cause</source>
        <translation>Causa especial</translation>
    </message>
    <message>
        <source>No gap (zero)</source>
        <translation>Sin brecha (cero)</translation>
    </message>
    <message>
        <source>PDSA cycle (idea·cycle)</source>
        <translation>Ciclo PDSA (idea·ciclo)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>special cause: %1</source>
        <translation>causa especial: %1</translation>
    </message>
    <message>
        <source>PDSA cycle %1 of %2, from %3</source>
        <translation>Ciclo PDSA %1 de %2, desde el %3</translation>
    </message>
    <message>
        <source>… and %1 more lines</source>
        <translation>… y %1 líneas más</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A chart&apos;s title: %1 the measure&apos;s name, %2 the chart type (&quot;P chart&quot;).</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: no data yet.</source>
        <translation>%1: todavía no hay datos.</translation>
    </message>
    <message>
        <source>%1. Points: %2, from %3 to %4. Lines: %5. Special causes: %6.</source>
        <translation>%1. Puntos: %2, de %3 a %4. Líneas: %5. Causas especiales: %6.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Todavía no hay datos</translation>
    </message>
    <message>
        <source>No point has a value</source>
        <translation>Ningún punto tiene valor</translation>
    </message>
    <message>
        <source>Legend shows %L1 of %L2 lines</source>
        <extracomment>%1 and %2 are counts of lines (strata) on a chart.</extracomment>
        <translation>La leyenda muestra %L1 de %L2 líneas</translation>
    </message>
    <message>
        <source>the chart shows the first %L1 of %L2 gaps; its CSV has them all</source>
        <extracomment>%1 and %2 are counts of strata; the CSV export of the chart lists every gap.</extracomment>
        <translation>el gráfico muestra las primeras %L1 de %L2 brechas; su CSV las tiene todas</translation>
    </message>
</context>
<context>
    <name>kdd::Checks</name>
    <message>
        <source>No aim</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>Aim does not say how much</source>
        <translation>El objetivo no dice cuánto</translation>
    </message>
    <message>
        <source>Aim does not say by when</source>
        <translation>El objetivo no dice para cuándo</translation>
    </message>
    <message>
        <source>No SMART aim</source>
        <translation>Sin objetivo SMART</translation>
    </message>
    <message>
        <source>Too few or too many primary drivers</source>
        <translation>Demasiados o muy pocos impulsores primarios</translation>
    </message>
    <message>
        <source>Driver not connected to the aim</source>
        <translation>Impulsor no conectado al objetivo</translation>
    </message>
    <message>
        <source>Change idea not connected to the aim</source>
        <translation>Idea de cambio no conectada al objetivo</translation>
    </message>
    <message>
        <source>Change idea linked to nothing</source>
        <translation>Idea de cambio sin vínculos</translation>
    </message>
    <message>
        <source>Driver has no change idea</source>
        <translation>Impulsor sin idea de cambio</translation>
    </message>
    <message>
        <source>Primary driver has no measure</source>
        <translation>Impulsor primario sin medida</translation>
    </message>
    <message>
        <source>Secondary or tertiary driver has no measure</source>
        <translation>Impulsor secundario o terciario sin medida</translation>
    </message>
    <message>
        <source>Aim has no outcome measure</source>
        <translation>Objetivo sin medida de resultado</translation>
    </message>
    <message>
        <source>No balancing measure</source>
        <translation>Sin medida de equilibrio</translation>
    </message>
    <message>
        <source>Measure not stratified in an equity project</source>
        <translation>Medida no estratificada en un proyecto de equidad</translation>
    </message>
    <message>
        <source>Measure attached to nothing</source>
        <translation>Medida sin asociar</translation>
    </message>
    <message>
        <source>Box has no text</source>
        <translation>Recuadro sin texto</translation>
    </message>
    <message>
        <source>Diagram has no revision or date</source>
        <translation>Diagrama sin revisión ni fecha</translation>
    </message>
    <message>
        <source>Driver worded as an action</source>
        <translation>Impulsor redactado como una acción</translation>
    </message>
    <message>
        <source>Revision date is not a date</source>
        <translation>La fecha de revisión no es una fecha</translation>
    </message>
    <message>
        <source>Practice committed to but carried by no box</source>
        <translation>Práctica comprometida que ningún recuadro lleva a cabo</translation>
    </message>
    <message>
        <source>Engaging beyond healthcare without a partner</source>
        <translation>Colaboración más allá de la atención de salud sin aliado</translation>
    </message>
    <message>
        <source>Too large to lay out</source>
        <translation>Demasiado grande para diagramar</translation>
    </message>
    <message>
        <source>Ideas still in the parking lot</source>
        <translation>Ideas aún en el estacionamiento de ideas</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>The diagram has no aim. Add an aim box that says what will improve, by how much, for whom and by when.</source>
        <translation>El diagrama no tiene objetivo. Agregue un recuadro de objetivo que diga qué mejorará, cuánto, para quién y para cuándo.</translation>
    </message>
    <message>
        <source>Aim %1 does not say how much. A measurable aim names a number: “from 60 to 45 minutes”, “to 85%”.</source>
        <translation>El objetivo %1 no dice cuánto. Un objetivo medible incluye una cifra: «de 60 a 45 minutos», «hasta el 85 %».</translation>
    </message>
    <message>
        <source>Aim %1 does not say by when. Add a date or time frame: “by 30 June 2027”, “within 6 months”.</source>
        <translation>El objetivo %1 no dice para cuándo. Agregue una fecha o un plazo: «para el 30 de junio de 2027», «en 6 meses».</translation>
    </message>
    <message>
        <source>There is a global aim but no SMART aim. Add a specific, measurable, time-bound aim under the global aim.</source>
        <translation>Hay un objetivo global pero ningún objetivo SMART. Agregue bajo el objetivo global un objetivo específico, medible y con plazo.</translation>
    </message>
    <message>
        <source>The diagram has 1 primary driver; a useful theory names %1 to %2 of the most important influences on the aim.</source>
        <translation>El diagrama tiene 1 impulsor primario; una teoría útil nombra de %1 a %2 de las influencias más importantes sobre el objetivo.</translation>
    </message>
    <message numerus="yes">
        <source>The diagram has %n primary drivers; a useful theory names %1 to %2 of the most important influences on the aim.</source>
        <translation>
            <numerusform>El diagrama tiene %n impulsor primario; una teoría útil nombra de %1 a %2 de las influencias más importantes sobre el objetivo.</numerusform>
            <numerusform>El diagrama tiene %n impulsores primarios; una teoría útil nombra de %1 a %2 de las influencias más importantes sobre el objetivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The diagram has %n primary drivers; keep the %1 to %2 that matter most and make the others secondary drivers.</source>
        <translation>
            <numerusform>El diagrama tiene %n impulsor primario; conserve los %1 a %2 que más importan y convierta los demás en impulsores secundarios.</numerusform>
            <numerusform>El diagrama tiene %n impulsores primarios; conserve los %1 a %2 que más importan y convierta los demás en impulsores secundarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 is not connected to the aim. Link it to the aim or to the driver it influences, or remove it.</source>
        <translation>%1 %2 no está conectado al objetivo. Vincúlelo al objetivo o al impulsor sobre el que influye, o elimínelo.</translation>
    </message>
    <message>
        <source>%1 %2 has no change idea under it. Add at least one change the team could test.</source>
        <translation>%1 %2 no tiene ninguna idea de cambio debajo. Agregue al menos un cambio que el equipo pueda probar.</translation>
    </message>
    <message>
        <source>Change idea %1 is not linked to any driver. Link it to the driver it is meant to move.</source>
        <translation>La idea de cambio %1 no está vinculada a ningún impulsor. Vincúlela al impulsor sobre el que debe actuar.</translation>
    </message>
    <message>
        <source>Change idea %1 is linked, but no chain of links leads from it back to the aim.</source>
        <translation>La idea de cambio %1 está vinculada, pero ninguna cadena de vínculos la conecta con el objetivo.</translation>
    </message>
    <message>
        <source>Primary driver %1 has no measure. Give it a process measure so the team can tell whether it is changing.</source>
        <translation>El impulsor primario %1 no tiene medida. Asígnele una medida de proceso para que el equipo sepa si está cambiando.</translation>
    </message>
    <message>
        <source>%1 %2 has no measure.</source>
        <translation>%1 %2 no tiene medida.</translation>
    </message>
    <message>
        <source>The aim has no outcome measure. Attach the measure that shows whether the aim is being reached.</source>
        <translation>El objetivo no tiene medida de resultado. Asocie la medida que muestra si se está alcanzando el objetivo.</translation>
    </message>
    <message>
        <source>There is no balancing measure. Add one that would show if the changes harm something else (cost, staff time, another group of patients).</source>
        <translation>No hay ninguna medida de equilibrio. Agregue una que muestre si los cambios perjudican otra cosa (costos, tiempo del personal, otro grupo de pacientes).</translation>
    </message>
    <message>
        <source>Measure %1 is not stratified. In an equity project, stratify each measure (by race, ethnicity, language, neighbourhood…) so the team can see whether gaps are closing.</source>
        <translation>La medida %1 no está estratificada. En un proyecto de equidad, estratifique cada medida (por raza, etnia, idioma, barrio…) para que el equipo vea si las brechas se están cerrando.</translation>
    </message>
    <message>
        <source>Measure %1 is not attached to any box. Attach it to the aim or the driver it measures.</source>
        <translation>La medida %1 no está asociada a ningún recuadro. Asóciela al objetivo o al impulsor que mide.</translation>
    </message>
    <message>
        <source>%1 %2 has no text.</source>
        <translation>%1 %2 no tiene texto.</translation>
    </message>
    <message>
        <source>%1 %2 reads like an action. Drivers name what influences the aim; actions belong in change ideas.</source>
        <translation>%1 %2 parece una acción. Los impulsores nombran lo que influye en el objetivo; las acciones van en las ideas de cambio.</translation>
    </message>
    <message>
        <source>The diagram has no revision or date. Record both and update them whenever the theory changes.</source>
        <translation>El diagrama no tiene revisión ni fecha. Registre ambas y actualícelas cada vez que cambie la teoría.</translation>
    </message>
    <message>
        <source>The revision date “%1” is not a date in the form YYYY-MM-DD.</source>
        <translation>La fecha de revisión «%1» no es una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The project commits to “%1”, but no box carries it. Tag the drivers or change ideas that put it into practice, or drop the commitment.</source>
        <translation>El proyecto se compromete con «%1», pero ningún recuadro lo lleva a cabo. Etiquete los impulsores o las ideas de cambio que lo ponen en práctica, o retire el compromiso.</translation>
    </message>
    <message>
        <source>Change idea %1 is tagged “engage beyond the healthcare system” but names no partner from outside the health system.</source>
        <translation>La idea de cambio %1 está etiquetada como «colaborar más allá del sistema de salud», pero no nombra ningún aliado de fuera del sistema de salud.</translation>
    </message>
    <message>
        <source>The diagram is too large to lay out: %1. It opens in the editor as an outline only and cannot be exported as a picture; split it into smaller diagrams.</source>
        <translation>El diagrama es demasiado grande para diagramarlo: %1. Se abre en el editor solo como esquema y no se puede exportar como imagen; divídalo en diagramas más pequeños.</translation>
    </message>
    <message>
        <source>1 idea is still in the parking lot: place it under a driver or delete it.</source>
        <translation>1 idea sigue en el estacionamiento de ideas: colóquela bajo un impulsor o elimínela.</translation>
    </message>
    <message numerus="yes">
        <source>%n ideas are still in the parking lot: place each under a driver or delete it.</source>
        <translation>
            <numerusform>%n idea sigue en el estacionamiento de ideas: colóquela bajo un impulsor o elimínela.</numerusform>
            <numerusform>%n ideas siguen en el estacionamiento de ideas: coloque cada una bajo un impulsor o elimínela.</numerusform>
        </translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>info</source>
        <translation>nota</translation>
    </message>
</context>
<context>
    <name>kdd::ColumnTitles</name>
    <message>
        <source>Aim</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Primary drivers</source>
        <translation>Impulsores primarios</translation>
    </message>
    <message>
        <source>Secondary drivers</source>
        <translation>Impulsores secundarios</translation>
    </message>
    <message>
        <source>Tertiary drivers</source>
        <translation>Impulsores terciarios</translation>
    </message>
    <message>
        <source>Change ideas</source>
        <translation>Ideas de cambio</translation>
    </message>
</context>
<context>
    <name>kdd::Decorations</name>
    <message>
        <source>Key</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>Dirigido por %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source>Population: %1</source>
        <translation>Población: %1</translation>
    </message>
    <message>
        <source>Equity: %1</source>
        <translation>Equidad: %1</translation>
    </message>
    <message>
        <source>Level of reliability (1–3)</source>
        <translation>Nivel de fiabilidad (1–3)</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Voto por puntos</translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation>Medida de resultado</translation>
    </message>
    <message>
        <source>Process measure</source>
        <translation>Medida de proceso</translation>
    </message>
    <message>
        <source>Balancing measure</source>
        <translation>Medida de equilibrio</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>process</source>
        <translation>proceso</translation>
    </message>
    <message>
        <source>balancing</source>
        <translation>equilibrio</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Numerator / denominator</source>
        <translation>Numerador / denominador</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Stratified by</source>
        <translation>Estratificada por</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Asociada a</translation>
    </message>
</context>
<context>
    <name>kdd::DiagramKey</name>
    <message>
        <source>Not yet tested</source>
        <translation>Aún sin probar</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>En prueba</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptada</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>Weak link</source>
        <translation>Vínculo débil</translation>
    </message>
    <message>
        <source>Strong link</source>
        <translation>Vínculo fuerte</translation>
    </message>
</context>
<context>
    <name>kdd::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>kdd::Exporter</name>
    <message>
        <source>HTML charter (web page)</source>
        <translation>Acta del proyecto en HTML (página web)</translation>
    </message>
    <message>
        <source>OpenDocument text (charter)</source>
        <translation>Texto OpenDocument (acta del proyecto)</translation>
    </message>
    <message>
        <source>Word document (charter)</source>
        <translation>Documento de Word (acta del proyecto)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>PowerPoint slides (editable)</source>
        <translation>Diapositivas de PowerPoint (editables)</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>Imagen vectorial SVG</translation>
    </message>
    <message>
        <source>KeyDriver diagram (canonical form)</source>
        <translation>Diagrama de KeyDriver (forma canónica)</translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation>Graphviz DOT</translation>
    </message>
    <message>
        <source>Markdown outline</source>
        <translation>Esquema en Markdown</translation>
    </message>
    <message>
        <source>Mermaid flowchart</source>
        <translation>Diagrama de flujo Mermaid</translation>
    </message>
    <message>
        <source>CSV table of nodes</source>
        <translation>Tabla CSV de recuadros</translation>
    </message>
</context>
<context>
    <name>kdd::Files</name>
    <message>
        <source>the system gave no reason</source>
        <translation>el sistema no dio ningún motivo</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>no se indicó ningún nombre de archivo</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>it is not an ordinary file (a pipe or a device)</source>
        <translation>no es un archivo ordinario (una tubería o un dispositivo)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>is not an ordinary file</source>
        <translation>no es un archivo ordinario</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is a pipe (FIFO), not a file; save the diagram to a file and open that</source>
        <translation>es una tubería (FIFO), no un archivo; guarde el diagrama en un archivo y abra ese archivo</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>es un dispositivo, no un archivo</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>es un socket, no un archivo</translation>
    </message>
</context>
<context>
    <name>kdd::KddReader</name>
    <message>
        <source>expected one of: %1</source>
        <translation>se esperaba uno de: %1</translation>
    </message>
    <message>
        <source>&quot;format&quot; is missing: this is not a KeyDriver diagram (expected &quot;format&quot;: &quot;keydriver&quot;)</source>
        <translation>falta &quot;format&quot;: esto no es un diagrama de KeyDriver (se esperaba &quot;format&quot;: &quot;keydriver&quot;)</translation>
    </message>
    <message>
        <source>&quot;format&quot; is %1, expected &quot;keydriver&quot;: this is not a KeyDriver diagram</source>
        <translation>&quot;format&quot; es %1, se esperaba &quot;keydriver&quot;: esto no es un diagrama de KeyDriver</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing (this KeyDriver reads version %1)</source>
        <translation>falta &quot;version&quot; (esta versión de KeyDriver lee la versión %1)</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number, not %1</source>
        <translation>&quot;version&quot; debe ser un número entero, no %1</translation>
    </message>
    <message>
        <source>the file is format version %1, newer than this KeyDriver supports (version %2); update KeyDriver to open it</source>
        <translation>el archivo tiene la versión de formato %1, más reciente que la que admite esta versión de KeyDriver (versión %2); actualice KeyDriver para abrirlo</translation>
    </message>
    <message>
        <source>&quot;version&quot; %1 is not a valid version</source>
        <translation>&quot;version&quot; %1 no es una versión válida</translation>
    </message>
    <message>
        <source>the file must contain a JSON object, not %1</source>
        <translation>el archivo debe contener un objeto JSON, no %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list, not %2</source>
        <translation>&quot;%1&quot; debe ser una lista, no %2</translation>
    </message>
    <message>
        <source>&quot;language&quot; must be a language tag such as &quot;es&quot; or &quot;fr-CA&quot;, not %1</source>
        <translation>&quot;language&quot; debe ser una etiqueta de idioma como &quot;es&quot; o &quot;fr-CA&quot;, no %1</translation>
    </message>
    <message>
        <source>unknown practice %1; %2</source>
        <translation>práctica desconocida %1; %2</translation>
    </message>
    <message>
        <source>meta: &quot;revisions&quot; must be a list, not %1</source>
        <translation>meta: &quot;revisions&quot; debe ser una lista, no %1</translation>
    </message>
    <message>
        <source>%1: each revision must be an object, not %2</source>
        <translation>%1: cada revisión debe ser un objeto, no %2</translation>
    </message>
    <message>
        <source>snapshot: </source>
        <translation>instantánea: </translation>
    </message>
    <message>
        <source>&quot;min&quot; and &quot;max&quot; must satisfy 0 ≤ min ≤ max ≤ 1000</source>
        <translation>&quot;min&quot; y &quot;max&quot; deben cumplir 0 ≤ min ≤ max ≤ 1000</translation>
    </message>
    <message>
        <source>only &quot;min&quot; and &quot;max&quot; are allowed</source>
        <translation>solo se admiten &quot;min&quot; y &quot;max&quot;</translation>
    </message>
    <message>
        <source>unknown order %1; expected one of: keep, tidy</source>
        <translation>orden desconocido %1; se esperaba uno de: keep, tidy</translation>
    </message>
    <message>
        <source>unknown link style %1; expected one of: brackets, curves, straight</source>
        <translation>estilo de vínculo desconocido %1; se esperaba uno de: brackets, curves, straight</translation>
    </message>
    <message>
        <source>unknown ideas style %1; expected one of: separate, stacked</source>
        <translation>estilo de ideas desconocido %1; se esperaba uno de: separate, stacked</translation>
    </message>
    <message>
        <source>nodes[%1]: duplicate node id %2 (already used at line %3); every id must be unique</source>
        <translation>nodes[%1]: id de nodo duplicado %2 (ya usado en la línea %3); cada id debe ser único</translation>
    </message>
    <message>
        <source>%1: each node must be an object, not %2</source>
        <translation>%1: cada nodo debe ser un objeto, no %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing; every node needs a unique id</source>
        <translation>falta &quot;id&quot;; cada nodo necesita un id único</translation>
    </message>
    <message>
        <source>&quot;id&quot; is empty; every node needs a unique id</source>
        <translation>&quot;id&quot; está vacío; cada nodo necesita un id único</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is missing; %1</source>
        <translation>falta &quot;kind&quot;; %1</translation>
    </message>
    <message>
        <source>unknown kind %1; %2</source>
        <translation>tipo desconocido %1; %2</translation>
    </message>
    <message>
        <source>unknown aim role %1; %2</source>
        <translation>función de objetivo desconocida %1; %2</translation>
    </message>
    <message>
        <source>driver level must be 1, 2 or 3, not %1</source>
        <translation>el nivel del impulsor debe ser 1, 2 o 3, no %1</translation>
    </message>
    <message>
        <source>unknown status %1; %2</source>
        <translation>estado desconocido %1; %2</translation>
    </message>
    <message>
        <source>reliability must be 1, 2 or 3, not %1</source>
        <translation>la fiabilidad debe ser 1, 2 o 3, no %1</translation>
    </message>
    <message>
        <source>votes must be a whole number from 0 to %1, not %2</source>
        <translation>los votos deben ser un número entero de 0 a %1, no %2</translation>
    </message>
    <message>
        <source>unknown %1 %2; %3</source>
        <translation>%1 desconocido %2; %3</translation>
    </message>
    <message>
        <source>%1: each link must be an object with &quot;from&quot; and &quot;to&quot;, not %2</source>
        <translation>%1: cada vínculo debe ser un objeto con &quot;from&quot; y &quot;to&quot;, no %2</translation>
    </message>
    <message>
        <source>a link needs both &quot;from&quot; and &quot;to&quot;</source>
        <translation>un vínculo necesita &quot;from&quot; y &quot;to&quot;</translation>
    </message>
    <message>
        <source>unknown strength %1; %2</source>
        <translation>fuerza desconocida %1; %2</translation>
    </message>
    <message>
        <source>link %1 → %2 refers to a missing node %3</source>
        <translation>el vínculo %1 → %2 hace referencia a un nodo inexistente %3</translation>
    </message>
    <message>
        <source>node %1 is linked to itself</source>
        <translation>el nodo %1 está vinculado a sí mismo</translation>
    </message>
    <message>
        <source>link %1 (%2) → %3 (%4) points right-to-left or within one column; links run from the aim toward the change ideas</source>
        <translation>el vínculo %1 (%2) → %3 (%4) va de derecha a izquierda o dentro de una misma columna; los vínculos van del objetivo hacia las ideas de cambio</translation>
    </message>
    <message>
        <source>duplicate link %1 → %2 (already at line %3)</source>
        <translation>vínculo duplicado %1 → %2 (ya en la línea %3)</translation>
    </message>
    <message>
        <source>%1: each measure must be an object, not %2</source>
        <translation>%1: cada medida debe ser un objeto, no %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or empty; every measure needs a unique id</source>
        <translation>falta &quot;id&quot; o está vacío; cada medida necesita un id único</translation>
    </message>
    <message>
        <source>unknown measure type %1; %2</source>
        <translation>tipo de medida desconocido %1; %2</translation>
    </message>
    <message>
        <source>&quot;type&quot; is missing; %1</source>
        <translation>falta &quot;type&quot;; %1</translation>
    </message>
    <message>
        <source>attached to a missing node %1</source>
        <translation>asociada a un nodo inexistente %1</translation>
    </message>
    <message>
        <source>&quot;nodes&quot; lists the same node more than once</source>
        <translation>&quot;nodes&quot; incluye el mismo nodo más de una vez</translation>
    </message>
    <message>
        <source>duplicate measure id %1 (already used at line %2)</source>
        <translation>id de medida duplicado %1 (ya usado en la línea %2)</translation>
    </message>
    <message>
        <source>the file is UTF-32 encoded; KeyDriver files are UTF-8</source>
        <translation>el archivo está codificado en UTF-32; los archivos de KeyDriver están en UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 encoded; KeyDriver files are UTF-8</source>
        <translation>el archivo está codificado en UTF-16; los archivos de KeyDriver están en UTF-8</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; KeyDriver diagrams are far smaller, so this is probably not one</source>
        <translation>el archivo ocupa más de %1 MiB; los diagramas de KeyDriver son mucho más pequeños, así que probablemente no es uno</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>no se pudo leer: %1</translation>
    </message>
</context>
<context>
    <name>kdd::Kinds</name>
    <message>
        <source>aim</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>primary driver</source>
        <translation>impulsor primario</translation>
    </message>
    <message>
        <source>Primary driver</source>
        <translation>Impulsor primario</translation>
    </message>
    <message>
        <source>secondary driver</source>
        <translation>impulsor secundario</translation>
    </message>
    <message>
        <source>Secondary driver</source>
        <translation>Impulsor secundario</translation>
    </message>
    <message>
        <source>tertiary driver</source>
        <translation>impulsor terciario</translation>
    </message>
    <message>
        <source>Tertiary driver</source>
        <translation>Impulsor terciario</translation>
    </message>
    <message>
        <source>change idea</source>
        <translation>idea de cambio</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Idea de cambio</translation>
    </message>
    <message>
        <source>global aim</source>
        <translation>objetivo global</translation>
    </message>
    <message>
        <source>Global aim</source>
        <translation>Objetivo global</translation>
    </message>
    <message>
        <source>SMART aim</source>
        <translation>Objetivo SMART</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>En prueba</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptada</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Balancing</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <source>Establish principle</source>
        <translation>Establecer el principio</translation>
    </message>
    <message>
        <source>Measure for equity</source>
        <translation>Medir para la equidad</translation>
    </message>
    <message>
        <source>Lead from lived experience</source>
        <translation>Liderar desde la experiencia vivida</translation>
    </message>
    <message>
        <source>Co-produce</source>
        <translation>Coproducir</translation>
    </message>
    <message>
        <source>Redistribute power</source>
        <translation>Redistribuir el poder</translation>
    </message>
    <message>
        <source>Practice a growth mindset</source>
        <translation>Practicar una mentalidad de crecimiento</translation>
    </message>
    <message>
        <source>Engage beyond the healthcare system</source>
        <translation>Involucrar a actores más allá del sistema de salud</translation>
    </message>
</context>
<context>
    <name>kdd::LayoutEngine</name>
    <message>
        <source>Adopted: %1</source>
        <translation>Adoptada: %1</translation>
    </message>
    <message>
        <source>Abandoned: %1</source>
        <translation>Abandonada: %1</translation>
    </message>
    <message>
        <source>Numerator: %1</source>
        <translation>Numerador: %1</translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation>Denominador: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <source>Stratified by: %1</source>
        <translation>Estratificada por: %1</translation>
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
        <translation>predicción %1</translation>
    </message>
    <message>
        <source>learned %1</source>
        <translation>aprendizaje %1</translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation>decisión: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between parts of a cycle</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>kdd::ParkingLot</name>
    <message>
        <source>Park “%1”</source>
        <translation>Estacionar «%1»</translation>
    </message>
    <message>
        <source>Delete parked idea “%1”</source>
        <translation>Eliminar la idea estacionada «%1»</translation>
    </message>
    <message>
        <source>Edit parked idea “%1”</source>
        <translation>Editar la idea estacionada «%1»</translation>
    </message>
    <message>
        <source>Notes of parked idea “%1”</source>
        <translation>Notas de la idea estacionada «%1»</translation>
    </message>
    <message>
        <source>Delete %1 parked ideas</source>
        <translation>Eliminar %1 ideas estacionadas</translation>
    </message>
    <message>
        <source>Move parked idea “%1”</source>
        <translation>Mover la idea estacionada «%1»</translation>
    </message>
    <message>
        <source>Place “%1” under “%2”</source>
        <translation>Colocar «%1» bajo «%2»</translation>
    </message>
    <message>
        <source>Place “%1” in the diagram</source>
        <translation>Colocar «%1» en el diagrama</translation>
    </message>
    <message>
        <source>Park %1 change ideas</source>
        <translation>Estacionar %1 ideas de cambio</translation>
    </message>
</context>
<context>
    <name>kdd::Pdsa</name>
    <message>
        <source>Adopt</source>
        <translation>Adoptar</translation>
    </message>
    <message>
        <source>Adapt</source>
        <translation>Adaptar</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abandonar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>kdd::PptxExporter</name>
    <message>
        <source>Part %1 of %2 of this branch.</source>
        <translation>Parte %1 de %2 de esta rama.</translation>
    </message>
    <message>
        <source>Too large for 12 pt on one slide: text here is %1 pt.</source>
        <translation>Demasiado grande para 12 pt en una diapositiva: aquí el texto es de %1 pt.</translation>
    </message>
    <message>
        <source>Key driver diagram</source>
        <translation>Diagrama de impulsores clave</translation>
    </message>
    <message>
        <source>Text here is %1 pt: each primary driver&apos;s branch follows on a slide of its own, in larger type.</source>
        <translation>Aquí el texto es de %1 pt: la rama de cada impulsor primario sigue en una diapositiva propia, con letra más grande.</translation>
    </message>
    <message>
        <source>Adopted: </source>
        <translation>Adoptada: </translation>
    </message>
    <message>
        <source>Abandoned: </source>
        <translation>Abandonada: </translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Leyenda: %1</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>Vínculo de %1 a %2</translation>
    </message>
</context>
<context>
    <name>kdd::Priority</name>
    <message>
        <source>Possible</source>
        <translation>Posible</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Implementar</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Sin ubicar</translation>
    </message>
    <message>
        <source>low effort, low impact</source>
        <translation>poco esfuerzo, poco impacto</translation>
    </message>
    <message>
        <source>low effort, high impact</source>
        <translation>poco esfuerzo, mucho impacto</translation>
    </message>
    <message>
        <source>high effort, high impact</source>
        <translation>mucho esfuerzo, mucho impacto</translation>
    </message>
    <message>
        <source>high effort, low impact</source>
        <translation>mucho esfuerzo, poco impacto</translation>
    </message>
    <message>
        <source>impact and effort not rated yet</source>
        <translation>impacto y esfuerzo aún sin evaluar</translation>
    </message>
</context>
<context>
    <name>kdd::PriorityLayout</name>
    <message>
        <source>Change ideas</source>
        <translation>Ideas de cambio</translation>
    </message>
    <message>
        <source>Impact × effort (PICK): %1, %2</source>
        <translation>Impacto × esfuerzo (PICK): %1, %2</translation>
    </message>
    <message>
        <source>1 change idea</source>
        <translation>1 idea de cambio</translation>
    </message>
    <message>
        <source>%1 change ideas</source>
        <translation>%1 ideas de cambio</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 voto</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation>%1 votos</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Aún sin ubicar</translation>
    </message>
    <message>
        <source>drag each idea into the grid</source>
        <translation>arrastre cada idea a la cuadrícula</translation>
    </message>
    <message>
        <source>Low effort</source>
        <translation>Poco esfuerzo</translation>
    </message>
    <message>
        <source>High effort</source>
        <translation>Mucho esfuerzo</translation>
    </message>
    <message>
        <source>High impact</source>
        <translation>Mucho impacto</translation>
    </message>
    <message>
        <source>Low impact</source>
        <translation>Poco impacto</translation>
    </message>
</context>
<context>
    <name>kdd::Reader</name>
    <message>
        <source>unterminated quote: the field that opens with &quot; on this line has no closing &quot;</source>
        <translation>comilla sin cerrar: el campo que empieza con &quot; en esta línea no tiene &quot; de cierre</translation>
    </message>
    <message>
        <source>global aim</source>
        <translation>objetivo global</translation>
    </message>
    <message>
        <source>aim</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>primary driver</source>
        <translation>impulsor primario</translation>
    </message>
    <message>
        <source>secondary driver</source>
        <translation>impulsor secundario</translation>
    </message>
    <message>
        <source>tertiary driver</source>
        <translation>impulsor terciario</translation>
    </message>
    <message>
        <source>change idea</source>
        <translation>idea de cambio</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>there is no row under the header to make a box of</source>
        <translation>no hay ninguna fila bajo el encabezado con la que crear un recuadro</translation>
    </message>
    <message>
        <source>two columns name the %1: &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>dos columnas indican el campo %1: &apos;%2&apos; y &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the header has no aim column (name one &apos;Aim&apos;): every path starts at an aim</source>
        <translation>el encabezado no tiene columna de objetivo (llame a una &apos;Aim&apos;): todo camino empieza en un objetivo</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has no aim before it: fill in the aim in this row or in a row above</source>
        <translation>%1 &apos;%2&apos; no tiene ningún objetivo antes: complete el objetivo en esta fila o en una fila anterior</translation>
    </message>
    <message>
        <source>this row has no box for its status, owner, notes or measure</source>
        <translation>esta fila no tiene ningún recuadro al que aplicar su estado, responsable, notas o medida</translation>
    </message>
    <message>
        <source>a status or owner is for a change idea, but this row ends in &apos;%1&apos;</source>
        <translation>un estado o un responsable son de una idea de cambio, pero esta fila termina en &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (expected idea, testing, adopted or abandoned)</source>
        <translation>estado desconocido &apos;%1&apos; (se esperaba idea, testing, adopted o abandoned)</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; differs from &apos;%3&apos; given at line %4 for the same box</source>
        <translation>el valor de %1 &apos;%2&apos; difiere de &apos;%3&apos;, indicado en la línea %4 para el mismo recuadro</translation>
    </message>
    <message>
        <source>the file is too large to be a spreadsheet</source>
        <translation>el archivo es demasiado grande para ser una hoja de cálculo</translation>
    </message>
    <message>
        <source>no header recognised: the first rows name none of the columns Aim, Primary driver, Secondary driver, Tertiary driver, Change idea</source>
        <translation>no se reconoce ningún encabezado: las primeras filas no nombran ninguna de las columnas Aim, Primary driver, Secondary driver, Tertiary driver, Change idea</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… y %1 problemas más</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>una lista de textos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings, but item %2 is %3</source>
        <translation>&quot;%1&quot; debe ser una lista de textos, pero el elemento %2 es %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot; debe ser %2, no %3</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>no hay memoria suficiente</translation>
    </message>
    <message>
        <source>could not be parsed: </source>
        <translation>no se pudo analizar: </translation>
    </message>
    <message>
        <source>not valid JSON: </source>
        <translation>JSON no válido: </translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>el JSON tiene más de %1 niveles de anidamiento</translation>
    </message>
    <message>
        <source>the file holds more than %1 JSON values (numbers, texts, lists, objects…); KeyDriver diagrams hold far fewer, so this is probably not one</source>
        <translation>el archivo contiene más de %1 valores JSON (números, textos, listas, objetos…); los diagramas de KeyDriver contienen muchos menos, así que probablemente no es uno</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the same object; keep one</source>
        <translation>&quot;%1&quot; aparece dos veces en el mismo objeto; conserve uno</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON no válido</translation>
    </message>
    <message>
        <source>expected the title line &apos;# &lt;title&gt;&apos; of a KeyDriver Markdown outline</source>
        <translation>se esperaba la línea de título &apos;# &lt;title&gt;&apos; de un esquema Markdown de KeyDriver</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos; (expected Diagram, Not linked or Measures)</source>
        <translation>sección desconocida &apos;%1&apos; (se esperaba Diagram, Not linked o Measures)</translation>
    </message>
    <message>
        <source>expected the measures table header</source>
        <translation>se esperaba el encabezado de la tabla de medidas</translation>
    </message>
    <message>
        <source>expected a line &apos;- **&lt;item&gt;:** &lt;text&gt;&apos; before the first section</source>
        <translation>se esperaba una línea &apos;- **&lt;item&gt;:** &lt;text&gt;&apos; antes de la primera sección</translation>
    </message>
    <message>
        <source>unknown item &apos;%1&apos;</source>
        <translation>elemento desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>indentation must be two spaces per level</source>
        <translation>la sangría debe ser de dos espacios por nivel</translation>
    </message>
    <message>
        <source>indented more than one level below the line above</source>
        <translation>con más de un nivel de sangría respecto a la línea anterior</translation>
    </message>
    <message>
        <source>a reference (↪) line cannot have boxes below it</source>
        <translation>una línea de referencia (↪) no puede tener recuadros debajo</translation>
    </message>
    <message>
        <source>a reference (↪) line needs a box above it</source>
        <translation>una línea de referencia (↪) necesita un recuadro encima</translation>
    </message>
    <message>
        <source>&apos;(weak)&apos; on a box that has no box above it</source>
        <translation>&apos;(weak)&apos; en un recuadro que no tiene ningún recuadro encima</translation>
    </message>
    <message>
        <source>expected a box &apos;- **&lt;Kind&gt;:** &lt;text&gt; {#&lt;id&gt;}&apos; or a reference &apos;- ↪ &lt;Kind&gt;: … (see {#&lt;id&gt;})&apos;</source>
        <translation>se esperaba un recuadro &apos;- **&lt;Kind&gt;:** &lt;text&gt; {#&lt;id&gt;}&apos; o una referencia &apos;- ↪ &lt;Kind&gt;: … (see {#&lt;id&gt;})&apos;</translation>
    </message>
    <message>
        <source>unknown kind of box &apos;%1&apos;</source>
        <translation>tipo de recuadro desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>estado desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>only change ideas have a status</source>
        <translation>solo las ideas de cambio tienen estado</translation>
    </message>
    <message>
        <source>the line must end with the box&apos;s id, as {#id}</source>
        <translation>la línea debe terminar con el id del recuadro, como {#id}</translation>
    </message>
    <message>
        <source>expected one space around the box text</source>
        <translation>se esperaba un espacio a cada lado del texto del recuadro</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used by another box (line %2); repeat a box with a ↪ reference line</source>
        <translation>el id &apos;%1&apos; lo usa otro recuadro (línea %2); para repetir un recuadro use una línea de referencia ↪</translation>
    </message>
    <message>
        <source>a reference line must end with (see {#id})</source>
        <translation>una línea de referencia debe terminar con (see {#id})</translation>
    </message>
    <message>
        <source>expected a row of the measures table</source>
        <translation>se esperaba una fila de la tabla de medidas</translation>
    </message>
    <message>
        <source>a measure row needs 8 cells, found %1</source>
        <translation>una fila de medida necesita 8 celdas; se encontraron %1</translation>
    </message>
    <message>
        <source>the measure&apos;s name must end with its id, as {#id}</source>
        <translation>el nombre de la medida debe terminar con su id, como {#id}</translation>
    </message>
    <message>
        <source>expected a space before the measure&apos;s id</source>
        <translation>se esperaba un espacio antes del id de la medida</translation>
    </message>
    <message>
        <source>unknown type of measure &apos;%1&apos;</source>
        <translation>tipo de medida desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;Attached to&apos; must list box ids as {#id}</source>
        <translation>&apos;Attached to&apos; debe indicar los id de los recuadros como {#id}</translation>
    </message>
    <message>
        <source>&apos;Attached to&apos; lists {#%1} twice</source>
        <translation>&apos;Attached to&apos; indica {#%1} dos veces</translation>
    </message>
    <message>
        <source>the measure id &apos;%1&apos; is used twice (line %2)</source>
        <translation>el id de medida &apos;%1&apos; se usa dos veces (línea %2)</translation>
    </message>
    <message>
        <source>no box has the id &apos;%1&apos;</source>
        <translation>ningún recuadro tiene el id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the box &apos;%1&apos; is a %2, not a %3</source>
        <translation>el recuadro &apos;%1&apos; es de tipo %2, no %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already below &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ya está debajo de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a %1 cannot be below a %2</source>
        <translation>un recuadro de tipo %1 no puede estar debajo de uno de tipo %2</translation>
    </message>
    <message>
        <source>the measure is attached to &apos;%1&apos;, which no box has as its id</source>
        <translation>la medida está asociada a &apos;%1&apos;, que no es el id de ningún recuadro</translation>
    </message>
    <message>
        <source>the file is too large to be an outline</source>
        <translation>el archivo es demasiado grande para ser un esquema</translation>
    </message>
    <message>
        <source>%1: each parked idea must be an object, not %2</source>
        <translation>%1: cada idea estacionada debe ser un objeto, no %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing</source>
        <translation>falta &quot;id&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; must not be empty</source>
        <translation>&quot;id&quot; no debe estar vacío</translation>
    </message>
    <message>
        <source>duplicate id %1 (already used at line %2); every parked idea needs its own id</source>
        <translation>id duplicado %1 (ya usado en la línea %2); cada idea estacionada necesita su propio id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list, not %2</source>
        <translation>&quot;%1&quot; debe ser una lista, no %2</translation>
    </message>
    <message>
        <source>%1: each %2 must be an object, not %3</source>
        <translation>%1: cada %2 debe ser un objeto, no %3</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>miembro del equipo</translation>
    </message>
    <message>
        <source>&quot;date&quot; is missing; a milestone needs a date written YYYY-MM-DD</source>
        <translation>falta &quot;date&quot;; un hito necesita una fecha escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a date written YYYY-MM-DD</source>
        <translation>%1 no es una fecha escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <source>there is no line of text to make a box of</source>
        <translation>no hay ninguna línea de texto con la que crear un recuadro</translation>
    </message>
    <message>
        <source>the text has %1 levels of indentation, but only %2 fit (%3)</source>
        <translation>el texto tiene %1 niveles de sangría, pero solo caben %2 (%3)</translation>
    </message>
    <message>
        <source>aims, three levels of drivers and change ideas</source>
        <translation>objetivos, tres niveles de impulsores e ideas de cambio</translation>
    </message>
    <message>
        <source>the columns to the right</source>
        <translation>las columnas de la derecha</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number, not %3</source>
        <translation>%1: &quot;%2&quot; debe ser un número, no %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string, not %3</source>
        <translation>%1: &quot;%2&quot; debe ser un texto, no %3</translation>
    </message>
    <message>
        <source>a month &quot;YYYY-MM&quot; or a day &quot;YYYY-MM-DD&quot;</source>
        <translation>un mes &quot;AAAA-MM&quot; o un día &quot;AAAA-MM-DD&quot;</translation>
    </message>
    <message>
        <source>&quot;phases&quot; must be a list, not %1</source>
        <translation>&quot;phases&quot; debe ser una lista, no %1</translation>
    </message>
    <message>
        <source>%1: each phase must be an object with &quot;start&quot;, not %2</source>
        <translation>%1: cada fase debe ser un objeto con &quot;start&quot;, no %2</translation>
    </message>
    <message>
        <source>%1: &quot;start&quot; is missing; %2</source>
        <translation>%1: falta &quot;start&quot;; %2</translation>
    </message>
    <message>
        <source>%1: &quot;start&quot; %2 is not %3</source>
        <translation>%1: &quot;start&quot; %2 no es %3</translation>
    </message>
    <message>
        <source>%1: a second phase starting %2 (the first is phases[%3])</source>
        <translation>%1: una segunda fase que empieza en %2 (la primera es phases[%3])</translation>
    </message>
    <message>
        <source>%1: &quot;dimension&quot; %2 without a &quot;stratum&quot;</source>
        <translation>%1: &quot;dimension&quot; %2 sin &quot;stratum&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;period&quot; is missing; %2</source>
        <translation>%1: falta &quot;period&quot;; %2</translation>
    </message>
    <message>
        <source>%1: &quot;period&quot; %2 is not %3</source>
        <translation>%1: &quot;period&quot; %2 no es %3</translation>
    </message>
    <message>
        <source>%1: give either &quot;value&quot; or &quot;numerator&quot; and &quot;denominator&quot;, not both</source>
        <translation>%1: indique &quot;value&quot; o bien &quot;numerator&quot; y &quot;denominator&quot;, no ambos</translation>
    </message>
    <message>
        <source>%1: no number: give &quot;value&quot;, or &quot;numerator&quot; and &quot;denominator&quot;</source>
        <translation>%1: no hay ningún número: indique &quot;value&quot;, o &quot;numerator&quot; y &quot;denominator&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing: a ratio needs both &quot;numerator&quot; and &quot;denominator&quot;</source>
        <translation>%1: falta &quot;%2&quot;: una razón necesita &quot;numerator&quot; y &quot;denominator&quot;</translation>
    </message>
    <message>
        <source>%1: numerator and denominator are counts and cannot be negative (%2 / %3)</source>
        <translation>%1: numerador y denominador son recuentos y no pueden ser negativos (%2 / %3)</translation>
    </message>
    <message>
        <source>&quot;data&quot; must be a list, not %1</source>
        <translation>&quot;data&quot; debe ser una lista, no %1</translation>
    </message>
    <message>
        <source>%1: each data point must be an object with &quot;period&quot;, not %2</source>
        <translation>%1: cada punto de datos debe ser un objeto con &quot;period&quot;, no %2</translation>
    </message>
    <message>
        <source>%1: period %2 is a %3 but the measure&apos;s first period is a %4; use months or days throughout</source>
        <translation>%1: el periodo %2 es un %3, pero el primer periodo de la medida es un %4; use meses o días en toda la serie</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>%1: mixes a value with numerator/denominator points; a measure&apos;s data are all values or all ratios</source>
        <translation>%1: mezcla un valor con puntos de numerador/denominador; los datos de una medida son todos valores o todos razones</translation>
    </message>
    <message>
        <source>%1: a second value for %2 (the first is data[%3])</source>
        <translation>%1: un segundo valor para %2 (el primero es data[%3])</translation>
    </message>
    <message>
        <source>%1: a second value for %2, stratum %3 (the first is data[%4])</source>
        <translation>%1: un segundo valor para %2, estrato %3 (el primero es data[%4])</translation>
    </message>
    <message>
        <source>unknown &quot;better&quot; %1; use &quot;higher&quot; or &quot;lower&quot;</source>
        <translation>&quot;better&quot; desconocido %1; use &quot;higher&quot; o &quot;lower&quot;</translation>
    </message>
    <message>
        <source>unknown chart %1; use &quot;run&quot;, &quot;i&quot;, &quot;p&quot; or &quot;u&quot;</source>
        <translation>gráfico desconocido %1; use &quot;run&quot;, &quot;i&quot;, &quot;p&quot; o &quot;u&quot;</translation>
    </message>
    <message>
        <source>&quot;pdsa&quot; must be a list of cycles, not %1</source>
        <translation>&quot;pdsa&quot; debe ser una lista de ciclos, no %1</translation>
    </message>
    <message>
        <source>%1: each PDSA cycle must be an object, not %2</source>
        <translation>%1: cada ciclo PDSA debe ser un objeto, no %2</translation>
    </message>
    <message>
        <source>%1: &quot;cycle&quot; must be a whole number from 1 to 100000, not %2</source>
        <translation>%1: &quot;cycle&quot; debe ser un número entero de 1 a 100000, no %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3 is not a date &quot;YYYY-MM-DD&quot;</source>
        <translation>%1: &quot;%2&quot; %3 no es una fecha &quot;AAAA-MM-DD&quot;</translation>
    </message>
    <message>
        <source>%1: ends (%2) before it starts (%3)</source>
        <translation>%1: termina (%2) antes de empezar (%3)</translation>
    </message>
    <message>
        <source>%1: unknown decision %2; use %3</source>
        <translation>%1: decisión desconocida %2; use %3</translation>
    </message>
    <message>
        <source>%1: a second cycle %2 (the first is pdsa[%3])</source>
        <translation>%1: un segundo ciclo %2 (el primero es pdsa[%3])</translation>
    </message>
    <message>
        <source>column %1 has %2 but no name in the header</source>
        <translation>la columna %1 tiene %2 pero no tiene nombre en el encabezado</translation>
    </message>
    <message>
        <source>period is empty</source>
        <translation>period está vacío</translation>
    </message>
    <message>
        <source>period %1 is not a month or a day: write 2025-07, 2025-07-14, 2025/07, Jul 2025 or July 2025</source>
        <translation>el periodo %1 no es un mes ni un día: escriba 2025-07, 2025-07-14, 2025/07, Jul 2025 o July 2025</translation>
    </message>
    <message>
        <source>dimension %1 without a stratum</source>
        <translation>dimensión %1 sin estrato</translation>
    </message>
    <message>
        <source>%1 %2 is not a number</source>
        <translation>%1 %2 no es un número</translation>
    </message>
    <message>
        <source> (only value may be a percentage)</source>
        <translation> (solo value puede ser un porcentaje)</translation>
    </message>
    <message>
        <source> (write 1234.5: no thousands separators, a decimal point)</source>
        <translation> (escriba 1234.5: sin separadores de miles, con punto decimal)</translation>
    </message>
    <message>
        <source>give value or numerator and denominator, not both</source>
        <translation>indique value o numerator y denominator, no ambos</translation>
    </message>
    <message>
        <source>value is empty</source>
        <translation>value está vacío</translation>
    </message>
    <message>
        <source>no number: give value, or numerator and denominator</source>
        <translation>no hay ningún número: indique value, o numerator y denominator</translation>
    </message>
    <message>
        <source>%1 is empty: a ratio needs both numerator and denominator</source>
        <translation>%1 está vacío: una razón necesita numerator y denominator</translation>
    </message>
    <message>
        <source>numerator and denominator are counts and cannot be negative (%1 / %2)</source>
        <translation>el numerador y el denominador son recuentos y no pueden ser negativos (%1 / %2)</translation>
    </message>
    <message>
        <source>more problems follow; only the first %1 are shown</source>
        <translation>hay más problemas; solo se muestran los %1 primeros</translation>
    </message>
    <message>
        <source>period %1 is a %2 but the first period (line %3) is a %4; use months or days throughout</source>
        <translation>el periodo %1 es un %2 pero el primer periodo (línea %3) es un %4; use meses o días en todo el archivo</translation>
    </message>
    <message>
        <source>a %1 where line %2 has a %3; a measure&apos;s data are all values or all numerator and denominator</source>
        <translation>%1 donde la línea %2 tiene %3; los datos de una medida son todos valores o todos numerador y denominador</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>una razón</translation>
    </message>
    <message>
        <source>value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <source>a second row for %1 (the first is line %2)</source>
        <translation>una segunda fila para %1 (la primera es la línea %2)</translation>
    </message>
    <message>
        <source>a second row for %1, stratum %2 (the first is line %3)</source>
        <translation>una segunda fila para %1, estrato %2 (la primera es la línea %3)</translation>
    </message>
    <message>
        <source>column %1 appears twice in the header</source>
        <translation>la columna %1 aparece dos veces en el encabezado</translation>
    </message>
    <message>
        <source>unknown column %1; the columns are %2</source>
        <translation>columna desconocida %1; las columnas son %2</translation>
    </message>
    <message>
        <source>unknown columns %1; the columns are %2</source>
        <translation>columnas desconocidas %1; las columnas son %2</translation>
    </message>
    <message>
        <source>the header has no period column</source>
        <translation>el encabezado no tiene columna period</translation>
    </message>
    <message>
        <source>the header has %1 but no %2 column</source>
        <translation>el encabezado tiene %1 pero no la columna %2</translation>
    </message>
    <message>
        <source>the header has no value column, nor numerator and denominator</source>
        <translation>el encabezado no tiene columna value, ni numerator y denominator</translation>
    </message>
    <message>
        <source>there are no data rows under the header</source>
        <translation>no hay filas de datos bajo el encabezado</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>the file is too large for measure data</source>
        <translation>el archivo es demasiado grande para datos de una medida</translation>
    </message>
    <message>
        <source>the file is empty: expected a header row naming period and value (or numerator and denominator), then one row per point</source>
        <translation>el archivo está vacío: se esperaba una fila de encabezado con period y value (o numerator y denominator) y luego una fila por punto</translation>
    </message>
    <message>
        <source>no header: the first row must name the columns, such as period,value or period,numerator,denominator (the columns are %1)</source>
        <translation>no hay encabezado: la primera fila debe nombrar las columnas, como period,value o period,numerator,denominator (las columnas son %1)</translation>
    </message>
    <message>
        <source>nothing to paste</source>
        <translation>no hay nada que pegar</translation>
    </message>
    <message>
        <source>the data of “%1” are numerator and denominator, the import has values; import ratios, or replace the data</source>
        <translation>los datos de «%1» son numerador y denominador, y la importación tiene valores; importe razones o reemplace los datos</translation>
    </message>
    <message>
        <source>the data of “%1” are values, the import has numerator and denominator; import values, or replace the data</source>
        <translation>los datos de «%1» son valores, y la importación tiene numerador y denominador; importe valores o reemplace los datos</translation>
    </message>
    <message>
        <source>the periods of “%1” are months, the import has days; use months or days throughout, or replace the data</source>
        <translation>los periodos de «%1» son meses, y la importación tiene días; use meses o días en todo, o reemplace los datos</translation>
    </message>
    <message>
        <source>the periods of “%1” are days, the import has months; use months or days throughout, or replace the data</source>
        <translation>los periodos de «%1» son días, y la importación tiene meses; use meses o días en todo, o reemplace los datos</translation>
    </message>
    <message>
        <source>period %1 is not a month or a day</source>
        <translation>el periodo %1 no es un mes ni un día</translation>
    </message>
    <message>
        <source>period %1 is not of the same form as %2; use months or days throughout</source>
        <translation>el periodo %1 no tiene la misma forma que %2; use meses o días en todo</translation>
    </message>
    <message>
        <source>the point for %1 needs a value, or a numerator and a denominator</source>
        <translation>el punto de %1 necesita un valor, o un numerador y un denominador</translation>
    </message>
    <message>
        <source>a measure&apos;s data are all values or all numerator and denominator</source>
        <translation>los datos de una medida son todos valores o todos numerador y denominador</translation>
    </message>
    <message>
        <source>a second point for %1</source>
        <translation>un segundo punto para %1</translation>
    </message>
    <message>
        <source>a second point for %1, stratum %2</source>
        <translation>un segundo punto para %1, estrato %2</translation>
    </message>
</context>
<context>
    <name>kdd::Sparkline</name>
    <message>
        <source>Improving</source>
        <translation>Mejora</translation>
    </message>
    <message>
        <source>Deteriorating</source>
        <translation>Empeora</translation>
    </message>
    <message>
        <source>Special-cause signal</source>
        <translation>Señal de causa especial</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>Sin señal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kdd::TextFormats</name>
    <message>
        <source>Adopted: </source>
        <translation>Adoptada: </translation>
    </message>
    <message>
        <source>Abandoned: </source>
        <translation>Abandonada: </translation>
    </message>
</context>
<context>
    <name>kdd::UndoCommands</name>
    <message>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
    <message>
        <source>Delete %1 “%2”</source>
        <translation>Eliminar %1 «%2»</translation>
    </message>
    <message>
        <source>Delete %1 boxes</source>
        <translation>Eliminar %1 recuadros</translation>
    </message>
    <message>
        <source>%1 of %2 → %3</source>
        <translation>%1 de %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Edit text of %1</source>
        <translation>Editar el texto de %1</translation>
    </message>
    <message>
        <source>Edit notes of %1</source>
        <translation>Editar las notas de %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Aliados</translation>
    </message>
    <message>
        <source>Practices of %1</source>
        <translation>Prácticas de %1</translation>
    </message>
    <message>
        <source>Vote for %1</source>
        <translation>Votar por %1</translation>
    </message>
    <message>
        <source>Remove vote from %1</source>
        <translation>Quitar un voto a %1</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>Colocar %1 en %2</translation>
    </message>
    <message>
        <source>Take %1 out of the grid</source>
        <translation>Sacar %1 de la cuadrícula</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Quitar el vínculo</translation>
    </message>
    <message>
        <source>Make link weak</source>
        <translation>Hacer débil el vínculo</translation>
    </message>
    <message>
        <source>Make link strong</source>
        <translation>Hacer fuerte el vínculo</translation>
    </message>
    <message>
        <source>Tidy up</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>Lay out tidily</source>
        <translation>Diagramar ordenadamente</translation>
    </message>
    <message>
        <source>Keep my order</source>
        <translation>Conservar mi orden</translation>
    </message>
    <message>
        <source>Draw links as brackets</source>
        <translation>Dibujar los vínculos como corchetes</translation>
    </message>
    <message>
        <source>Draw links as curves</source>
        <translation>Dibujar los vínculos como curvas</translation>
    </message>
    <message>
        <source>Draw links straight</source>
        <translation>Dibujar los vínculos rectos</translation>
    </message>
    <message>
        <source>Stack change ideas</source>
        <translation>Apilar las ideas de cambio</translation>
    </message>
    <message>
        <source>Separate change ideas</source>
        <translation>Separar las ideas de cambio</translation>
    </message>
    <message>
        <source>Change layout options</source>
        <translation>Cambiar las opciones de diagramación</translation>
    </message>
    <message>
        <source>Change document properties</source>
        <translation>Cambiar las propiedades del documento</translation>
    </message>
    <message>
        <source>Save revision “%1”</source>
        <translation>Guardar la revisión «%1»</translation>
    </message>
    <message>
        <source>Add %1 measure</source>
        <translation>Agregar medida de %1</translation>
    </message>
    <message>
        <source>Delete measure “%1”</source>
        <translation>Eliminar la medida «%1»</translation>
    </message>
    <message>
        <source>Attach measure “%1”</source>
        <translation>Asociar la medida «%1»</translation>
    </message>
    <message>
        <source>Change measure “%1”</source>
        <translation>Cambiar la medida «%1»</translation>
    </message>
    <message>
        <source>Larger text (%1 pt)</source>
        <translation>Texto más grande (%1 pt)</translation>
    </message>
    <message>
        <source>Smaller text (%1 pt)</source>
        <translation>Texto más pequeño (%1 pt)</translation>
    </message>
</context>
<context>
    <name>kdd::cli</name>
    <message>
        <source>option --lang needs a value</source>
        <translation>la opción --lang necesita un valor</translation>
    </message>
    <message>
        <source>no translation for the language &apos;%1&apos;; choose one of %2</source>
        <translation>no hay traducción para el idioma &apos;%1&apos;; elija uno de %2</translation>
    </message>
    <message>
        <source>print the findings as JSON instead</source>
        <translation>escribe los hallazgos en JSON</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>check summary: errors, warnings, notes</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints one line per finding: FILE:LINE: severity: message [RULE].</source>
        <translation>Escribe una línea por hallazgo: FILE:LÍNEA: gravedad: mensaje [REGLA].</translation>
    </message>
    <message>
        <source>Exit status: 0 no errors (warnings allowed), 1 errors found, 2 FILE unreadable or
not a valid diagram.</source>
        <translation>Estado de salida: 0 sin errores (se admiten advertencias), 1 hay errores, 2 FILE
ilegible o no es un diagrama válido.</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>muestra esta ayuda</translation>
    </message>
    <message>
        <source>Rules are explained in docs/checks.md.</source>
        <translation>Las reglas se explican en docs/checks.md.</translation>
    </message>
    <message>
        <source>Try &apos;keydriver --help&apos; for more information.</source>
        <translation>Pruebe &apos;keydriver --help&apos; para más información.</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>la opción %1 necesita un valor</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;%2</source>
        <translation>opción desconocida &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>&apos;--present&apos; needs a FILE</source>
        <translation>&apos;--present&apos; necesita un FILE</translation>
    </message>
    <message>
        <source>&apos;--present&apos; takes one FILE, got %1</source>
        <translation>&apos;--present&apos; admite un FILE; recibió %1</translation>
    </message>
    <message>
        <source>&apos;--present&apos; takes a FILE, not the option &apos;%1&apos;</source>
        <translation>&apos;--present&apos; admite un FILE, no la opción &apos;%1&apos;</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>muestra la versión</translation>
    </message>
    <message>
        <source>(file format version %1)</source>
        <translation>(versión del formato de archivo %1)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source> for &apos;%1&apos;</source>
        <translation> para &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a FILE</source>
        <translation>&apos;%1&apos; necesita un FILE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one FILE, got %2</source>
        <translation>&apos;%1&apos; admite un FILE; recibió %2</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>compare FILE with one of its saved revisions: by number (from 1) or
by label</source>
        <translation>compara FILE con una de sus revisiones guardadas: por número (desde 1)
o por etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>%n revisions are labelled &apos;%1&apos; (numbers %2); give the number instead</source>
        <translation>
            <numerusform>%n revisión tiene la etiqueta &apos;%1&apos; (número %2); indique el número</numerusform>
            <numerusform>%n revisiones tienen la etiqueta &apos;%1&apos; (números %2); indique el número</numerusform>
        </translation>
    </message>
    <message>
        <source>no revision &apos;%1&apos; (the file has %2)</source>
        <translation>no existe la revisión &apos;%1&apos; (el archivo tiene %2)</translation>
    </message>
    <message>
        <source>One line per difference: &quot;+ node ID …&quot;, &quot;- link A → B&quot;, &quot;~ node ID: text: “…” → “…”&quot;.</source>
        <translation>Una línea por diferencia: &quot;+ node ID …&quot;, &quot;- link A → B&quot;,
&quot;~ node ID: text: “…” → “…”&quot;.</translation>
    </message>
    <message>
        <source>Exit status: 0 the same, 1 different, 2 a file unreadable or invalid, or no such revision.</source>
        <translation>Estado de salida: 0 iguales, 1 distintos, 2 un archivo ilegible o no válido, o no
existe la revisión.</translation>
    </message>
    <message>
        <source>&apos;diff&apos; needs two files: OLD NEW (or FILE --revision N)</source>
        <translation>&apos;diff&apos; necesita dos archivos: OLD NEW (o FILE --revision N)</translation>
    </message>
    <message>
        <source>the file to write (&quot;-&quot; writes to standard output)</source>
        <translation>el archivo que se escribe (&quot;-&quot; escribe en la salida estándar)</translation>
    </message>
    <message>
        <source>classic (default), colour, print, high-contrast or
projector (heavy lines for a room&apos;s wall)</source>
        <translation>classic (por omisión), colour, print, high-contrast o
projector (líneas gruesas para proyectar en una sala)</translation>
    </message>
    <message>
        <source>PDF page: fit (default: one page the size of the diagram), a4,
letter, a3 or slide (16:9); one page while box text stays at
least 7 pt (12 pt on a slide), else cut between boxes; the
charter: a4 (default), letter or a3 (also ODT)</source>
        <translation>página PDF: fit (por omisión: una página del tamaño del diagrama),
a4, letter, a3 o slide (16:9); una página mientras el texto de los
recuadros tenga al menos 7 pt (12 pt en una diapositiva); si no, se
corta entre recuadros; el acta: a4 (por omisión), letter o a3
(también ODT)</translation>
    </message>
    <message>
        <source>auto (default: the larger type), portrait or landscape;
--page fit ignores it</source>
        <translation>auto (por omisión: la letra más grande), portrait o landscape;
--page fit no la tiene en cuenta</translation>
    </message>
    <message>
        <source>PNG resolution (default 192)</source>
        <translation>resolución PNG (por omisión 192)</translation>
    </message>
    <message>
        <source>white (default), transparent (PNG) or dark (PNG, SVG, PDF:
the theme&apos;s dark variant, light text for dark slides)</source>
        <translation>white (por omisión), transparent (PNG) o dark (PNG, SVG, PDF:
la variante oscura del tema, texto claro para diapositivas oscuras)</translation>
    </message>
    <message>
        <source>keep (the order of the file) or tidy (fewer crossing links);
by default the document&apos;s own choice</source>
        <translation>keep (el orden del archivo) o tidy (menos vínculos cruzados);
por omisión, lo que elige el documento</translation>
    </message>
    <message>
        <source>brackets (elbow connectors), curves or straight;
by default the document&apos;s own choice</source>
        <translation>brackets (conectores en ángulo), curves o straight;
por omisión, lo que elige el documento</translation>
    </message>
    <message>
        <source>separate (a box per change idea) or stacked (one card per
driver); by default the document&apos;s own choice</source>
        <translation>separate (un recuadro por idea de cambio) o stacked (una tarjeta
por impulsor); por omisión, lo que elige el documento</translation>
    </message>
    <message>
        <source>yes or no: small arrowheads where links reach their boxes;
by default the theme&apos;s choice</source>
        <translation>yes o no: puntas de flecha pequeñas donde los vínculos llegan a
sus recuadros; por omisión, lo que elige el tema</translation>
    </message>
    <message>
        <source>SVG/PDF/PNG: table prints the measurement plan as a table under
the diagram; none (default) leaves it out</source>
        <translation>SVG/PDF/PNG: table imprime el plan de medición como tabla bajo
el diagrama; none (por omisión) lo omite</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos;: give it a suffix (.svg, .pdf, .png, …) or use --format</source>
        <translation>no se puede saber el formato de &apos;%1&apos;: póngale una extensión (.svg, .pdf, .png, …) o use --format</translation>
    </message>
    <message>
        <source>&apos;export&apos; needs an output file: -o OUT</source>
        <translation>&apos;export&apos; necesita un archivo de salida: -o OUT</translation>
    </message>
    <message>
        <source>%1 is the input file %2: writing %3 there would replace the diagram; choose another output file</source>
        <translation>%1 es el archivo de entrada %2: escribir %3 ahí reemplazaría el diagrama; elija otro archivo de salida</translation>
    </message>
    <message>
        <source>cannot export: %1</source>
        <translation>no se puede exportar: %1</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <source>The output is written atomically: on any error no file is left behind. No display is
needed. Exit status: 0 written, 2 FILE unreadable or invalid, bad option, or OUT not
writable.</source>
        <translation>La salida se escribe de forma atómica: ante cualquier error no queda ningún archivo. No
se necesita pantalla. Estado de salida: 0 escrito, 2 FILE ilegible o no válido, opción
incorrecta u OUT no se puede escribir.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>uno de: %1</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;; choose %3</source>
        <translation>valor de %1 desconocido &apos;%2&apos;; elija %3</translation>
    </message>
    <message>
        <source>unsupported export format &apos;%1&apos;; choose one of: %2</source>
        <translation>formato de exportación no admitido &apos;%1&apos;; elija uno de: %2</translation>
    </message>
    <message>
        <source>--dpi must be a whole number, not &apos;%1&apos;</source>
        <translation>--dpi debe ser un número entero, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dpi must be between %1 and %2, not %3</source>
        <translation>--dpi debe estar entre %1 y %2, no %3</translation>
    </message>
    <message>
        <source>the .kdd file to write (&quot;-&quot; writes to standard output)</source>
        <translation>el archivo .kdd que se escribe (&quot;-&quot; escribe en la salida estándar)</translation>
    </message>
    <message>
        <source>md (the Markdown outline of export), txt (indented plain
text) or csv (one row per path); by default FILE&apos;s suffix</source>
        <translation>md (el esquema Markdown de export), txt (texto plano con
sangría) o csv (una fila por camino); por omisión, la
extensión de FILE</translation>
    </message>
    <message>
        <source>&apos;import&apos; needs an output file: -o OUT.kdd</source>
        <translation>&apos;import&apos; necesita un archivo de salida: -o OUT.kdd</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos; (expected md, txt or csv)</source>
        <translation>formato de importación desconocido &apos;%1&apos; (se esperaba md, txt o csv)</translation>
    </message>
    <message>
        <source>cannot tell the format of %1 from its suffix: name it .md, .txt or .csv, or give --format md|txt|csv</source>
        <translation>no se puede saber el formato de %1 por su extensión: llámelo .md, .txt o .csv, o indique --format md|txt|csv</translation>
    </message>
    <message>
        <source>&apos;import&apos; writes a diagram: the output %1 must end in .kdd (or be &quot;-&quot;)</source>
        <translation>&apos;import&apos; escribe un diagrama: la salida %1 debe terminar en .kdd (o ser &quot;-&quot;)</translation>
    </message>
    <message>
        <source>Nothing is written unless the whole FILE reads without a problem; each problem
names the file and line. Exit status: 0 written, 2 FILE unreadable or invalid,
bad option, or OUT not writable.</source>
        <translation>No se escribe nada a menos que todo FILE se lea sin problemas; cada problema indica
el archivo y la línea. Estado de salida: 0 escrito, 2 FILE ilegible o no válido,
opción incorrecta u OUT no se puede escribir.</translation>
    </message>
    <message>
        <source>diagram (default: the drawing, or one CSV row per box);
measures (CSV: the measurement plan); ideas (CSV: one row
per change idea with its votes, impact and effort); pdsa
(CSV: one row per PDSA cycle of a change idea); grid
(SVG/PDF/PNG: the impact × effort grid); charter (PDF,
HTML, ODT, DOCX: the project charter with the diagram in it;
HTML, ODT and DOCX files always hold the charter)</source>
        <translation>diagram (por omisión: el dibujo, o una fila CSV por recuadro);
measures (CSV: el plan de medición); ideas (CSV: una fila por
idea de cambio con sus votos, impacto y esfuerzo); pdsa
(CSV: una fila por ciclo PDSA de una idea de cambio); grid
(SVG/PDF/PNG: la cuadrícula impacto × esfuerzo); charter (PDF,
HTML, ODT, DOCX: el acta del proyecto con el diagrama dentro;
los archivos HTML, ODT y DOCX siempre contienen el acta)</translation>
    </message>
    <message>
        <source>the id of the measure (m1, m2, …)</source>
        <translation>el id de la medida (m1, m2, …)</translation>
    </message>
    <message>
        <source>merge the points of this CSV into the measure and save FILE</source>
        <translation>combina los puntos de este CSV con la medida y guarda FILE</translation>
    </message>
    <message>
        <source>with --import: the CSV becomes the measure&apos;s whole series</source>
        <translation>con --import: el CSV pasa a ser toda la serie de la medida</translation>
    </message>
    <message>
        <source>without --import: write the series to this CSV file
(default: standard output)</source>
        <translation>sin --import: escribe la serie en este archivo CSV
(por omisión: la salida estándar)</translation>
    </message>
    <message>
        <source>cannot update measure %1</source>
        <translation>no se puede actualizar la medida %1</translation>
    </message>
    <message>
        <source>%1 points added, %2 replaced</source>
        <translation>%1 puntos añadidos, %2 reemplazados</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 eliminados</translation>
    </message>
    <message>
        <source>&apos;data&apos; needs a measure: --measure ID</source>
        <translation>&apos;data&apos; necesita una medida: --measure ID</translation>
    </message>
    <message>
        <source>&apos;data&apos; takes --import or -o, not both</source>
        <translation>&apos;data&apos; admite --import o -o, no ambos</translation>
    </message>
    <message>
        <source>--replace goes with --import</source>
        <translation>--replace va con --import</translation>
    </message>
    <message>
        <source>%1 has no measures; there is no measure %2</source>
        <translation>%1 no tiene medidas; no existe la medida %2</translation>
    </message>
    <message>
        <source>%1 has no measure %2; its measures are %3</source>
        <translation>%1 no tiene la medida %2; sus medidas son %3</translation>
    </message>
    <message>
        <source>CSV columns: period, value or numerator and denominator, optionally stratum
and dimension (docs/text-formats.md). FILE is saved only if the whole CSV
reads without a problem; each problem names the CSV&apos;s line. Exit status: 0
done, 2 FILE or CSV unreadable or invalid, unknown measure, bad option.</source>
        <translation>Columnas del CSV: period, value o numerator y denominator, y opcionalmente
stratum y dimension (docs/text-formats.md). FILE solo se guarda si todo el CSV
se lee sin problemas; cada problema indica la línea del CSV. Estado de salida:
0 hecho, 2 FILE o CSV ilegible o no válido, medida desconocida, opción errónea.</translation>
    </message>
    <message>
        <source>the file to write: .svg, .pdf, .png or .csv (&quot;-&quot; writes the
CSV to standard output)</source>
        <translation>el archivo que se escribe: .svg, .pdf, .png o .csv («-» escribe el
CSV en la salida estándar)</translation>
    </message>
    <message>
        <source>the id of the measure to chart</source>
        <translation>el id de la medida que se representa</translation>
    </message>
    <message>
        <source>run, i, p or u; by default the measure&apos;s own chart (a P
chart for ratios, else a run chart)</source>
        <translation>run, i, p o u; por defecto, el gráfico de la medida (un gráfico
P para proporciones; si no, uno de serie temporal)</translation>
    </message>
    <message>
        <source>stratum (one line per group) or gap (each group minus its
reference group, one panel each); by default the whole
population</source>
        <translation>stratum (una línea por grupo) o gap (cada grupo menos su
grupo de referencia, un panel por grupo); por defecto, toda la
población</translation>
    </message>
    <message>
        <source>it has no measures</source>
        <translation>no tiene medidas</translation>
    </message>
    <message>
        <source>its measures are: %1</source>
        <translation>sus medidas son: %1</translation>
    </message>
    <message>
        <source>&apos;chart&apos; needs an output file: -o OUT</source>
        <translation>«chart» necesita un archivo de salida: -o OUT</translation>
    </message>
    <message>
        <source>&apos;chart&apos; needs a measure: --measure ID</source>
        <translation>«chart» necesita una medida: --measure ID</translation>
    </message>
    <message>
        <source>cannot tell what to write to &apos;%1&apos;: name a .svg, .pdf, .png or .csv file</source>
        <translation>no se sabe qué escribir en «%1»: indique un archivo .svg, .pdf, .png o .csv</translation>
    </message>
    <message>
        <source>unknown chart type &apos;%1&apos;: use run, i, p or u</source>
        <translation>tipo de gráfico desconocido «%1»: use run, i, p o u</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; for --by: use stratum or gap</source>
        <translation>vista desconocida «%1» para --by: use stratum o gap</translation>
    </message>
    <message>
        <source>%1 is the input file %2: writing a chart there would replace the diagram; choose another output file</source>
        <translation>%1 es el archivo de entrada %2: escribir allí un gráfico reemplazaría el diagrama; elija otro archivo de salida</translation>
    </message>
    <message>
        <source>no measure &apos;%1&apos;; %2</source>
        <translation>no hay ninguna medida «%1»; %2</translation>
    </message>
    <message>
        <source>measure &apos;%1&apos; has no data yet: nothing to chart</source>
        <translation>la medida «%1» todavía no tiene datos: no hay nada que representar</translation>
    </message>
    <message>
        <source>measure &apos;%1&apos;: %2</source>
        <translation>medida «%1»: %2</translation>
    </message>
    <message>
        <source>cannot draw the chart: %1</source>
        <translation>no se puede dibujar el gráfico: %1</translation>
    </message>
    <message>
        <source>Centre lines, limits and rules are defined in docs/charts.md; the CSV has one row per
point. What the chart cannot show (zero denominators, too few points) is printed and
the chart written all the same. Exit status: 0 written, 2 FILE unreadable or invalid,
no such measure, a measure without data, bad option, or OUT not writable.</source>
        <translation>Las líneas centrales, los límites y las reglas se definen en docs/charts.md; el CSV tiene
una fila por punto. Lo que el gráfico no puede mostrar (denominadores cero, muy pocos
puntos) se indica y el gráfico se escribe igualmente. Código de salida: 0 escrito, 2 FILE
ilegible o no válido, medida inexistente, medida sin datos, opción incorrecta u OUT no
escribible.</translation>
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
        <translation>Uso:
  keydriver [FILE...]                       abre el editor (con FILE)
  keydriver --present FILE                  presenta FILE a pantalla completa (Av Pág avanza,
                                            Esc vuelve al editor)
  keydriver check FILE [--json]             comprueba un diagrama según las buenas prácticas
                                            de mejora de la calidad
  keydriver export FILE -o OUT [options]    escribe el diagrama como imagen, documento o tabla
  keydriver import FILE -o OUT.kdd          lee un esquema: Markdown (.md), texto con sangría,
                                            CSV
  keydriver chart FILE --measure ID -o OUT  dibuja el gráfico de serie temporal o de control de
                                            una medida (SVG, PDF, PNG) o escribe sus puntos (CSV)
  keydriver data FILE --measure ID --import DATA.csv [--replace]
                                            combina los datos de una medida desde un CSV
  keydriver data FILE --measure ID [-o OUT.csv]
                                            escribe los datos de una medida en CSV
  keydriver diff OLD NEW                    qué se agregó, eliminó y cambió
  keydriver diff FILE --revision N|LABEL    FILE comparado con una de sus revisiones guardadas
  keydriver --help | --version
Antes o después de cualquiera de ellos, --lang en|es|fr elige el idioma de los mensajes y
las ventanas (por omisión, el del sistema, según LANGUAGE, LC_ALL, LC_MESSAGES o LANG).
</translation>
    </message>
</context>
<context>
    <name>kdd::edit</name>
    <message>
        <source>Move left</source>
        <translation>Mover a la izquierda</translation>
    </message>
    <message>
        <source>Place under “%1”</source>
        <translation>Colocar bajo «%1»</translation>
    </message>
    <message>
        <source>Change box and its links</source>
        <translation>Cambiar el recuadro y sus vínculos</translation>
    </message>
    <message>
        <source>Paste %1 boxes</source>
        <translation>Pegar %1 recuadros</translation>
    </message>
    <message numerus="yes">
        <source>Vote for %n change ideas</source>
        <translation>
            <numerusform>Votar por %n idea de cambio</numerusform>
            <numerusform>Votar por %n ideas de cambio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove votes from %n change ideas</source>
        <translation>
            <numerusform>Quitar los votos a %n idea de cambio</numerusform>
            <numerusform>Quitar los votos a %n ideas de cambio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kdd::spc</name>
    <message>
        <source>%1: the numerator or the denominator is not a finite number, so the point is left out of the chart</source>
        <translation>%1: el numerador o el denominador no es un número finito, por lo que el punto queda fuera del gráfico</translation>
    </message>
    <message>
        <source>%1: the denominator is missing, so the point has no rate and is left out of the chart</source>
        <translation>%1: falta el denominador, por lo que el punto no tiene tasa y queda fuera del gráfico</translation>
    </message>
    <message>
        <source>%1: the denominator is 0, so the point has no rate and is left out of the chart</source>
        <translation>%1: el denominador es 0, por lo que el punto no tiene tasa y queda fuera del gráfico</translation>
    </message>
    <message>
        <source>%1: the numerator is missing, so the point has no rate and is left out of the chart</source>
        <translation>%1: falta el numerador, por lo que el punto no tiene tasa y queda fuera del gráfico</translation>
    </message>
    <message>
        <source>%1: the denominator is negative (%2), so the point is left out of the chart</source>
        <translation>%1: el denominador es negativo (%2), por lo que el punto queda fuera del gráfico</translation>
    </message>
    <message>
        <source>%1: the numerator is negative (%2), so the point is left out of the chart</source>
        <translation>%1: el numerador es negativo (%2), por lo que el punto queda fuera del gráfico</translation>
    </message>
    <message>
        <source>%1: the numerator (%2) is above the denominator (%3), so the point is not a proportion and is left out of the chart</source>
        <translation>%1: el numerador (%2) es mayor que el denominador (%3), por lo que el punto no es una proporción y queda fuera del gráfico</translation>
    </message>
    <message>
        <source>%1: the value is not a finite number, so the point is left out of the chart</source>
        <translation>%1: el valor no es un número finito, por lo que el punto queda fuera del gráfico</translation>
    </message>
    <message>
        <source>%1: a P or U chart needs a numerator and a denominator, so the point is left out of the chart</source>
        <translation>%1: un gráfico P o U necesita un numerador y un denominador, por lo que el punto queda fuera del gráfico</translation>
    </message>
    <message>
        <source>The phase from %1 has no point with a value: an I chart needs at least 2 points for limits</source>
        <translation>La fase que empieza en %1 no tiene ningún punto con valor: un gráfico I necesita al menos 2 puntos para calcular los límites</translation>
    </message>
    <message>
        <source>The phase from %1 has only one point with a value: an I chart needs at least 2 points for limits</source>
        <translation>La fase que empieza en %1 tiene un solo punto con valor: un gráfico I necesita al menos 2 puntos para calcular los límites</translation>
    </message>
</context>
</TS>
