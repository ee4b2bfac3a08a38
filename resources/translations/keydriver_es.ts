<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CharterPage</name>
    <message>
        <source>The aim and the measures come from the diagram.</source>
        <translation>El objetivo y las medidas provienen del diagrama.</translation>
    </message>
    <message>
        <source>What is wrong today, for whom, and why it matters now</source>
        <translation>Qué falla hoy, para quién y por qué importa ahora</translation>
    </message>
    <message>
        <source>Services, sites and people the project covers</source>
        <translation>Servicios, centros y personas que abarca el proyecto</translation>
    </message>
    <message>
        <source>What the project deliberately leaves out</source>
        <translation>Lo que el proyecto deja fuera a propósito</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Añadir miembro</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <source>Add Milestone</source>
        <translation>Añadir hito</translation>
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
        <source>Time, money, data and people available; limits to respect</source>
        <translation>Tiempo, dinero, datos y personas disponibles; límites que respetar</translation>
    </message>
    <message>
        <source>Problem and background</source>
        <translation>Problema y antecedentes</translation>
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
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>Team and roles</source>
        <translation>Equipo y funciones</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Resources and constraints</source>
        <translation>Recursos y restricciones</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Brackets</source>
        <translation>&amp;Corchetes</translation>
    </message>
    <message>
        <source>&amp;Curves</source>
        <translation>C&amp;urvas</translation>
    </message>
    <message>
        <source>&amp;Straight</source>
        <translation>&amp;Rectos</translation>
    </message>
    <message>
        <source>&amp;Separate</source>
        <translation>&amp;Separadas</translation>
    </message>
    <message>
        <source>S&amp;tacked</source>
        <translation>&amp;Apiladas</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Since the revision:</source>
        <translation>Desde la revisión:</translation>
    </message>
    <message>
        <source>Click: add a vote (V)
Shift+click: take one back (Shift+V)</source>
        <translation>Clic: añadir un voto (V)
Mayús+clic: retirar uno (Mayús+V)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>el %1 a las %2</translation>
    </message>
    <message>
        <source>%1 measure %2: %3</source>
        <translation>Medida %2 (%1): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n voto</numerusform>
            <numerusform>%n votos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDSA cycle(s)</source>
        <translation>
            <numerusform>%n ciclo PDSA</numerusform>
            <numerusform>%n ciclos PDSA</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kdd::AboutDialog</name>
    <message>
        <source>About KeyDriver</source>
        <translation>Acerca de KeyDriver</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Write, check and present key driver diagrams for quality improvement.</source>
        <translation>Escriba, compruebe y presente diagramas de impulsores clave para la mejora de la calidad.</translation>
    </message>
    <message>
        <source>Licence: not yet chosen.</source>
        <translation>Licencia: aún sin elegir.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Creado con</translation>
    </message>
</context>
<context>
    <name>kdd::CanvasAccessibility</name>
    <message>
        <source>Arrow keys move between boxes, Enter adds a box below, Tab a box to the right, F2 edits the text, Ctrl+L links to another box.</source>
        <translation>Las flechas mueven entre recuadros, Intro agrega un recuadro debajo, Tab uno a la derecha, F2 edita el texto, Ctrl+L lo vincula con otro recuadro.</translation>
    </message>
    <message>
        <source>%1, status: %2</source>
        <translation>%1, estado: %2</translation>
    </message>
    <message>
        <source>drives: %1</source>
        <translation>impulsa: %1</translation>
    </message>
    <message>
        <source>driven by: %1</source>
        <translation>impulsado por: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>measures: %1</source>
        <translation>medidas: %1</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>votos: %1</translation>
    </message>
    <message>
        <source>collapsed, hidden boxes: %1</source>
        <translation>plegado, recuadros ocultos: %1</translation>
    </message>
    <message>
        <source>Diagram canvas</source>
        <translation>Lienzo del diagrama</translation>
    </message>
    <message>
        <source>boxes: %1, column by column from the aim to the change ideas</source>
        <translation>recuadros: %1, columna por columna, del objetivo a las ideas de cambio</translation>
    </message>
    <message>
        <source>Arrow keys move between boxes; Ctrl+2 goes to the outline and Ctrl+1 back to the canvas.</source>
        <translation>Las flechas mueven entre recuadros; Ctrl+2 va al esquema y Ctrl+1 vuelve al lienzo.</translation>
    </message>
    <message>
        <source>PDSA cycles: %1</source>
        <translation>ciclos PDSA: %1</translation>
    </message>
    <message>
        <source>latest data: %1</source>
        <translation>datos más recientes: %1</translation>
    </message>
</context>
<context>
    <name>kdd::ChartCanvas</name>
    <message>
        <source>No measure to chart: add a measure in the Measures dock, or select a box that has one.</source>
        <translation>No hay ninguna medida que representar: añada una medida en el panel Medidas o seleccione un recuadro que tenga una.</translation>
    </message>
</context>
<context>
    <name>kdd::CharterExport</name>
    <message>
        <source>Export Charter</source>
        <translation>Exportar acta del proyecto</translation>
    </message>
    <message>
        <source>Cannot export the charter</source>
        <translation>No se puede exportar el acta del proyecto</translation>
    </message>
    <message>
        <source>Export C&amp;harter…</source>
        <translation>E&amp;xportar acta del proyecto…</translation>
    </message>
    <message>
        <source>The project charter with the diagram in it, as PDF, Word, OpenDocument or a web page</source>
        <translation>El acta del proyecto con el diagrama incluido, como PDF, Word, OpenDocument o página web</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .pdf, .docx, .odt or .html</source>
        <translation>%1: elija un archivo terminado en .pdf, .docx, .odt o .html</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>No se pudo escribir %1:
%2</translation>
    </message>
    <message>
        <source>no exporter for this format</source>
        <translation>no hay exportador para este formato</translation>
    </message>
    <message>
        <source>Exporting the charter of %1 boxes…</source>
        <translation>Exportando el acta de %1 recuadros…</translation>
    </message>
</context>
<context>
    <name>kdd::ChartsView</name>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PDF document (*.pdf);;PNG image (*.png);;CSV table (*.csv)</source>
        <translation>Imagen SVG (*.svg);;Documento PDF (*.pdf);;Imagen PNG (*.png);;Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>Tipo de gráfico</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
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
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>By stratum</source>
        <translation>Por estrato</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Save this chart as SVG, PDF, PNG or CSV</source>
        <translation>Guardar este gráfico como SVG, PDF, PNG o CSV</translation>
    </message>
    <message>
        <source>Name a .svg, .pdf, .png or .csv file.</source>
        <translation>Indique un archivo .svg, .pdf, .png o .csv.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>kdd::ChecksView</name>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
</context>
<context>
    <name>kdd::CollapseController</name>
    <message>
        <source>1 hidden box: click to expand</source>
        <translation>1 recuadro oculto: haga clic para expandir</translation>
    </message>
    <message>
        <source>%1 hidden boxes: click to expand</source>
        <translation>%1 recuadros ocultos: haga clic para expandir</translation>
    </message>
</context>
<context>
    <name>kdd::DiagramScene</name>
    <message>
        <source>measure not stratified</source>
        <translation>medida no estratificada</translation>
    </message>
    <message>
        <source>no outside partner named</source>
        <translation>ningún socio externo indicado</translation>
    </message>
    <message>
        <source>This diagram is too large to draw: %1. The outline, the inspector and the checks still work; split the diagram to see it drawn.</source>
        <translation>Este diagrama es demasiado grande para dibujarlo: %1. El esquema, el inspector y las comprobaciones siguen funcionando; divida el diagrama para verlo dibujado.</translation>
    </message>
    <message>
        <source>Layout cancelled: the canvas shows the diagram as it was before the last change.</source>
        <translation>Disposición cancelada: el lienzo muestra el diagrama como estaba antes del último cambio.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Laying out %1 boxes and %2 links…</source>
        <translation>Disponiendo %1 recuadros y %2 vínculos…</translation>
    </message>
    <message>
        <source>data not stratified</source>
        <translation>datos sin estratificar</translation>
    </message>
    <message>
        <source>gap widening: %1</source>
        <translation>brecha en aumento: %1</translation>
    </message>
</context>
<context>
    <name>kdd::DiagramView</name>
    <message>
        <source>Press Enter to write your aim</source>
        <translation>Pulse Intro para escribir su objetivo</translation>
    </message>
    <message>
        <source>Tab — add a driver under the selected box</source>
        <translation>Tab — añadir un impulsor bajo el recuadro seleccionado</translation>
    </message>
    <message>
        <source>F5 — present to the room</source>
        <translation>F5 — presentar a la sala</translation>
    </message>
    <message>
        <source>Ctrl+V — paste an outline of ideas</source>
        <translation>Ctrl+V — pegar un esquema de ideas</translation>
    </message>
    <message>
        <source>Ctrl+4 — park ideas for later (Parking Lot)</source>
        <translation>Ctrl+4 — aparcar ideas para más tarde (estacionamiento de ideas)</translation>
    </message>
</context>
<context>
    <name>kdd::DockShortcuts</name>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show Parking Lot</source>
        <translation>Mostrar estacionamiento de ideas</translation>
    </message>
    <message>
        <source>Show Measures</source>
        <translation>Mostrar medidas</translation>
    </message>
    <message>
        <source>Show Equity</source>
        <translation>Mostrar equidad</translation>
    </message>
    <message>
        <source>Show Checks</source>
        <translation>Mostrar comprobaciones</translation>
    </message>
    <message>
        <source>Show History</source>
        <translation>Mostrar historial</translation>
    </message>
    <message>
        <source>Show PDSA Cycles</source>
        <translation>Mostrar ciclos PDSA</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Show Measure Data</source>
        <translation>Mostrar datos de medida</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Show Charts</source>
        <translation>Mostrar gráficos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
</context>
<context>
    <name>kdd::EditActions</name>
    <message>
        <source>Cu&amp;t Boxes</source>
        <translation>Cor&amp;tar recuadros</translation>
    </message>
    <message>
        <source>&amp;Copy Boxes</source>
        <translation>&amp;Copiar recuadros</translation>
    </message>
    <message>
        <source>&amp;Paste Boxes</source>
        <translation>&amp;Pegar recuadros</translation>
    </message>
    <message>
        <source>&amp;Link To…</source>
        <translation>&amp;Vincular con…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to &amp;Outline</source>
        <translation>Ir al &amp;esquema</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation>Ir al i&amp;nspector</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation>No se pegó nada: %1</translation>
    </message>
    <message>
        <source>“%1” can be linked to no other box</source>
        <translation>«%1» no puede vincularse con ningún otro recuadro</translation>
    </message>
    <message>
        <source>Link To</source>
        <translation>Vincular con</translation>
    </message>
    <message>
        <source>Link “%1” with (← a parent, → a child):</source>
        <translation>Vincular «%1» con (← un padre, → un hijo):</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>Add Box Below</source>
        <translation>Añadir recuadro debajo</translation>
    </message>
    <message>
        <source>Add Box to the Right</source>
        <translation>Añadir recuadro a la derecha</translation>
    </message>
    <message>
        <source>Link To…</source>
        <translation>Vincular con…</translation>
    </message>
    <message>
        <source>Add Vote</source>
        <translation>Añadir voto</translation>
    </message>
    <message>
        <source>Remove Vote</source>
        <translation>Quitar voto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Level of Reliability</source>
        <translation>Nivel de fiabilidad</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Make Strong (solid)</source>
        <translation>Hacer fuerte (continuo)</translation>
    </message>
    <message>
        <source>Make Weak (dashed)</source>
        <translation>Hacer débil (discontinuo)</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Quitar vínculo</translation>
    </message>
    <message>
        <source>Add Aim</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Paste Boxes</source>
        <translation>Pegar recuadros</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Go to C&amp;anvas</source>
        <translation>Ir al &amp;lienzo</translation>
    </message>
    <message>
        <source>Select Lin&amp;k…</source>
        <translation>Seleccionar vínc&amp;ulo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source> (weak)</source>
        <translation> (débil)</translation>
    </message>
    <message>
        <source>“%1” has no link</source>
        <translation>«%1» no tiene vínculos</translation>
    </message>
    <message>
        <source>Select Link</source>
        <translation>Seleccionar vínculo</translation>
    </message>
    <message>
        <source>Links of “%1” (← from a box on the left, → to a box on the right). Delete removes the selected link; the inspector (Ctrl+3) makes it weak or strong:</source>
        <translation>Vínculos de «%1» (← desde un recuadro a la izquierda, → hacia un recuadro a la derecha). Supr quita el vínculo seleccionado; el inspector (Ctrl+3) lo hace débil o fuerte:</translation>
    </message>
</context>
<context>
    <name>kdd::EntryController</name>
    <message>
        <source>New Box Below</source>
        <translation>Nuevo recuadro debajo</translation>
    </message>
    <message>
        <source>new box below this one and the boxes under it, under the same parent</source>
        <translation>nuevo recuadro debajo de este y de los recuadros que cuelgan de él, bajo el mismo padre</translation>
    </message>
    <message>
        <source>New Box to the Right</source>
        <translation>Nuevo recuadro a la derecha</translation>
    </message>
    <message>
        <source>new box one column to the right, linked from this one</source>
        <translation>nuevo recuadro una columna a la derecha, vinculado desde este</translation>
    </message>
    <message>
        <source>Move Box Left</source>
        <translation>Mover recuadro a la izquierda</translation>
    </message>
    <message>
        <source>move the box one column to the left</source>
        <translation>mover el recuadro una columna a la izquierda</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>edit the text (or just start typing); Shift+Enter breaks the line</source>
        <translation>editar el texto (o simplemente empiece a escribir); Mayús+Intro inserta un salto de línea</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>cancel editing; takes back a box just made and still empty (a new box with text is kept)</source>
        <translation>cancelar la edición; retira un recuadro recién creado y aún vacío (un recuadro nuevo con texto se conserva)</translation>
    </message>
    <message>
        <source>Delete Boxes</source>
        <translation>Eliminar recuadros</translation>
    </message>
    <message>
        <source>delete the selected boxes (or the selected link)</source>
        <translation>eliminar los recuadros seleccionados (o el vínculo seleccionado)</translation>
    </message>
    <message>
        <source>Move Box Up</source>
        <translation>Subir recuadro</translation>
    </message>
    <message>
        <source>move the box, with the boxes under it, above the one before it under the same parent</source>
        <translation>mover el recuadro, con los recuadros que cuelgan de él, encima del anterior bajo el mismo padre</translation>
    </message>
    <message>
        <source>Move Box Down</source>
        <translation>Bajar recuadro</translation>
    </message>
    <message>
        <source>move the box, with the boxes under it, below the one after it under the same parent</source>
        <translation>mover el recuadro, con los recuadros que cuelgan de él, debajo del siguiente bajo el mismo padre</translation>
    </message>
    <message>
        <source>Global or SMART Aim</source>
        <translation>Objetivo global o SMART</translation>
    </message>
    <message>
        <source>make the selected aim global (or a global aim SMART again)</source>
        <translation>convertir el objetivo seleccionado en global (o un objetivo global de nuevo en SMART)</translation>
    </message>
</context>
<context>
    <name>kdd::EquityPanel</name>
    <message>
        <source> — claimed, but no box carries it</source>
        <translation> — declarada, pero ningún recuadro la aplica</translation>
    </message>
    <message>
        <source> — claimed</source>
        <translation> — declarada</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Brechas</translation>
    </message>
    <message>
        <source>Measure not stratified: </source>
        <translation>Medida no estratificada: </translation>
    </message>
    <message>
        <source>No owner or outside partner: </source>
        <translation>Sin responsable ni socio externo: </translation>
    </message>
    <message>
        <source>Stratified measure, data without strata: </source>
        <translation>Medida estratificada, datos sin estratos: </translation>
    </message>
    <message>
        <source>%1 widening</source>
        <translation>%1 en aumento</translation>
    </message>
    <message>
        <source>Gap widening in %1: %2</source>
        <translation>Brecha en aumento en %1: %2</translation>
    </message>
    <message>
        <source>The latest signal on the gap chart moves away from zero.</source>
        <translation>La señal más reciente del gráfico de brechas se aleja de cero.</translation>
    </message>
    <message>
        <source>No data by %2 yet in %1</source>
        <extracomment>%1 a measure&apos;s name, %2 the dimensions (&quot;language, insurance&quot;).</extracomment>
        <translation>Aún no hay datos por %2 en %1</translation>
    </message>
    <message>
        <source>The measure is to be stratified by these too, but no data point is split by them: the gaps along them cannot be seen.</source>
        <translation>La medida también debe estratificarse así, pero ningún punto de datos está dividido de esa forma: las brechas según estas dimensiones no se pueden ver.</translation>
    </message>
</context>
<context>
    <name>kdd::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Fit the diagram</source>
        <translation>Ajustar al diagrama</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Slide (16:9)</source>
        <translation>Diapositiva (16:9)</translation>
    </message>
    <message>
        <source>Automatic (larger type)</source>
        <translation>Automática (letra más grande)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Transparent (PNG)</source>
        <translation>Transparente (PNG)</translation>
    </message>
    <message>
        <source>Dark, for dark slides</source>
        <translation>Oscuro, para diapositivas oscuras</translation>
    </message>
    <message>
        <source>As in the document</source>
        <translation>Como en el documento</translation>
    </message>
    <message>
        <source>Keep my order</source>
        <translation>Mantener mi orden</translation>
    </message>
    <message>
        <source>Tidy (fewer crossings)</source>
        <translation>Ordenado (menos cruces)</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>No se muestra</translation>
    </message>
    <message>
        <source>As a table under the diagram</source>
        <translation>Como tabla bajo el diagrama</translation>
    </message>
    <message>
        <source>One row per box</source>
        <translation>Una fila por recuadro</translation>
    </message>
    <message>
        <source>The measurement plan</source>
        <translation>El plan de medición</translation>
    </message>
    <message>
        <source>The change ideas with votes, impact and effort</source>
        <translation>Las ideas de cambio con votos, impacto y esfuerzo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Page (PDF, Word)</source>
        <translation>Página (PDF, Word)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>Resolución PNG</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Measurement plan</source>
        <translation>Plan de medición</translation>
    </message>
    <message>
        <source>CSV rows</source>
        <translation>Filas CSV</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>*.%1</source>
        <translation>*.%1</translation>
    </message>
    <message>
        <source>Exporting %1 boxes…</source>
        <translation>Exportando %1 recuadros…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>The PDSA cycles of the change ideas</source>
        <translation>Los ciclos PDSA de las ideas de cambio</translation>
    </message>
</context>
<context>
    <name>kdd::FileController</name>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>El archivo cambió en el disco</translation>
    </message>
    <message>
        <source>“%1” was changed on disk %2, after you opened or last saved it (by another program or another window).</source>
        <translation>«%1» se modificó en el disco %2, después de que lo abriera o guardara por última vez (otro programa u otra ventana).</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved away after you opened or last saved it.</source>
        <translation>«%1» se eliminó o se movió después de que lo abriera o guardara por última vez.</translation>
    </message>
    <message>
        <source>Overwrite: replace it with your version; the changes made on disk are lost.
Save As…: keep both; save your version under another name.</source>
        <translation>Sobrescribir: reemplazarlo con su versión; se pierden los cambios hechos en el disco.
Guardar como…: conservar ambos; guardar su versión con otro nombre.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>
Reload: discard your changes here and open the version on disk.</source>
        <translation>
Recargar: descartar sus cambios aquí y abrir la versión del disco.</translation>
    </message>
    <message>
        <source>an untitled diagram</source>
        <translation>un diagrama sin título</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar trabajo no guardado</translation>
    </message>
    <message>
        <source>KeyDriver did not close cleanly. Unsaved changes to %1 were copied %2.</source>
        <translation>KeyDriver no se cerró correctamente. Los cambios no guardados de %1 se copiaron %2.</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>Restore: open the changes in a window, unsaved; save them to keep them.
Discard: delete the copy for good.
Keep for Later: leave the copy; KeyDriver offers it again the next time it starts.</source>
        <translation>Restaurar: abrir los cambios en una ventana, sin guardar; guárdelos para conservarlos.
Descartar: eliminar la copia definitivamente.
Conservar para más tarde: dejar la copia; KeyDriver la ofrecerá de nuevo la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep for Later</source>
        <translation>Conservar para más tarde</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <source>Save Re&amp;vision…</source>
        <translation>Guardar re&amp;visión…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Import Outline</source>
        <translation>Importar esquema</translation>
    </message>
    <message>
        <source>Outlines and spreadsheets (*.md *.markdown *.txt *.csv *.tsv);;All files (*)</source>
        <translation>Esquemas y hojas de cálculo (*.md *.markdown *.txt *.csv *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Discard all changes since the last save?</source>
        <translation>¿Descartar todos los cambios desde el último guardado?</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>No se puede revertir</translation>
    </message>
    <message>
        <source>Save Revision</source>
        <translation>Guardar revisión</translation>
    </message>
    <message>
        <source>What changed in the theory, and why (one line):</source>
        <translation>Qué cambió en la teoría y por qué (una línea):</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>No se puede recuperar</translation>
    </message>
    <message>
        <source>%1

The copy is kept at %2 and offered again next time.</source>
        <translation>%1

La copia se conserva en %2 y se ofrecerá de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>No se puede recargar</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>El archivo cambió en el disco</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>“%1” was changed on disk %2 by another program or window.</source>
        <translation>«%1» se modificó en el disco %2 desde otro programa u otra ventana.</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved away on disk.</source>
        <translation>«%1» se eliminó o se movió en el disco.</translation>
    </message>
    <message>
        <source>You have unsaved changes here: saving will ask before replacing it.</source>
        <translation>Tiene cambios sin guardar aquí: al guardar se le preguntará antes de reemplazarlo.</translation>
    </message>
    <message>
        <source>Save to write it again.</source>
        <translation>Guarde para escribirlo de nuevo.</translation>
    </message>
    <message>
        <source>Reload (Discard My Changes)</source>
        <translation>Recargar (descartar mis cambios)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <source>KeyDriver diagrams (*.kdd)</source>
        <translation>Diagramas de KeyDriver (*.kdd)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New from Te&amp;mplate…</source>
        <translation>Nuevo desde &amp;plantilla…</translation>
    </message>
    <message>
        <source>Import O&amp;utline…</source>
        <translation>Importar es&amp;quema…</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>Rever&amp;tir</translation>
    </message>
    <message>
        <source>Propert&amp;ies…</source>
        <translation>Propie&amp;dades…</translation>
    </message>
    <message>
        <source>Import Measure &amp;Data…</source>
        <translation>Importar datos de &amp;medida…</translation>
    </message>
</context>
<context>
    <name>kdd::FindBar</name>
    <message>
        <source>Find in texts, notes, measures</source>
        <translation>Buscar en textos, notas y medidas</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+Intro, Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Coincidencia siguiente (Intro, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>kdd::FocusActions</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Hide the boxes drawn under the selected box (not an edit)</source>
        <translation>Ocultar los recuadros dibujados bajo el recuadro seleccionado (no es una edición)</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Shift+Right</source>
        <translation>Alt+Shift+Right</translation>
    </message>
    <message>
        <source>Expand Branch</source>
        <translation>Expandir rama</translation>
    </message>
    <message>
        <source>Collapse Branch</source>
        <translation>Contraer rama</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Buscar anterior</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Expandir todo</translation>
    </message>
</context>
<context>
    <name>kdd::ImportDataDialog</name>
    <message>
        <source>Import Measure Data</source>
        <translation>Importar datos de medida</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <source>A CSV with the columns period and value, or period, numerator and denominator</source>
        <translation>Un CSV con las columnas period y value, o period, numerator y denominator</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>M&amp;erge: a period already there is replaced, new periods are added</source>
        <translation>Co&amp;mbinar: un periodo que ya existe se reemplaza y los nuevos se añaden</translation>
    </message>
    <message>
        <source>&amp;Replace the measure&apos;s data with the file&apos;s</source>
        <translation>&amp;Reemplazar los datos de la medida por los del archivo</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>there is no measure %1</source>
        <translation>no existe la medida %1</translation>
    </message>
    <message>
        <source>Import data into “%1”</source>
        <translation>Importar datos en «%1»</translation>
    </message>
    <message>
        <source>This diagram has no measures yet. Add one in the Measures dock, then import its data.</source>
        <translation>Este diagrama aún no tiene medidas. Añada una en el panel Medidas y luego importe sus datos.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>No se ha importado nada de «%1».</translation>
    </message>
    <message>
        <source>%1: %2 points added, %3 replaced</source>
        <translation>%1: %2 puntos añadidos, %3 reemplazados</translation>
    </message>
    <message>
        <source>Measure Data</source>
        <translation>Datos de medida</translation>
    </message>
</context>
<context>
    <name>kdd::Inspector</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Idea (not yet tested)</source>
        <translation>Idea (aún sin probar)</translation>
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
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>e.g. food bank, tenants&apos; association</source>
        <translation>p. ej., banco de alimentos, asociación de inquilinos</translation>
    </message>
    <message>
        <source>Partners from outside the health system, separated by commas</source>
        <translation>Socios de fuera del sistema de salud, separados por comas</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
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
        <translation>Socios</translation>
    </message>
    <message>
        <source>V adds a vote, Shift+V takes one back; View ▸ Prioritise places the idea by impact and effort</source>
        <translation>V añade un voto, Mayús+V retira uno; Ver ▸ Priorizar sitúa la idea según impacto y esfuerzo</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Strong (solid line)</source>
        <translation>Fuerte (línea continua)</translation>
    </message>
    <message>
        <source>Weak (dashed line)</source>
        <translation>Débil (línea discontinua)</translation>
    </message>
    <message>
        <source>Link strength</source>
        <translation>Fuerza del vínculo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Box&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;b&gt;Recuadro&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>sin colocar</translation>
    </message>
    <message>
        <source> (</source>
        <translation> (</translation>
    </message>
    <message>
        <source>)</source>
        <translation>)</translation>
    </message>
    <message>
        <source>%1 boxes selected</source>
        <translation>%1 recuadros seleccionados</translation>
    </message>
    <message>
        <source>Select a box to see and edit its details.</source>
        <translation>Seleccione un recuadro para ver y editar sus detalles.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link&lt;/b&gt; %1 → %2</source>
        <translation>&lt;b&gt;Vínculo&lt;/b&gt; %1 → %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 boxes&lt;/b&gt; selected (%2 change ideas)</source>
        <translation>&lt;b&gt;%1 recuadros&lt;/b&gt; seleccionados (%2 ideas de cambio)</translation>
    </message>
    <message>
        <source>The status and owner set here go to every selected change idea, the practices to every selected box, each change one undo step.</source>
        <translation>El estado y el responsable indicados aquí se aplican a cada idea de cambio seleccionada, y las prácticas a cada recuadro seleccionado; cada cambio es un paso de deshacer.</translation>
    </message>
    <message>
        <source>— mixed —</source>
        <translation>— varios —</translation>
    </message>
    <message>
        <source>Status of %1 boxes → %2</source>
        <translation>Estado de %1 recuadros → %2</translation>
    </message>
    <message>
        <source>Owner of %1 boxes → %2</source>
        <translation>Responsable de %1 recuadros → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Practices of %1 boxes</source>
        <translation>Prácticas de %1 recuadros</translation>
    </message>
</context>
<context>
    <name>kdd::MainToolBar</name>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Main Tool&amp;bar</source>
        <translation>Barra de &amp;herramientas principal</translation>
    </message>
</context>
<context>
    <name>kdd::MainWindow</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>¿Guardar los cambios de «%1» antes de cerrar?</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Parking Lot</source>
        <translation>Estacionamiento de ideas</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Equidad</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ajustar al a&amp;ncho</translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Compare with Revision</source>
        <translation>&amp;Comparar con revisión</translation>
    </message>
    <message>
        <source>(no revisions saved yet: File ▸ Save Revision)</source>
        <translation>(aún no hay revisiones guardadas: Archivo ▸ Guardar revisión)</translation>
    </message>
    <message>
        <source>Stop Comparing</source>
        <translation>Dejar de comparar</translation>
    </message>
    <message>
        <source>&amp;Equity Lens</source>
        <translation>&amp;Lente de equidad</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Dim what does not concern equity and mark the gaps</source>
        <translation>Atenuar lo que no concierne a la equidad y marcar las brechas</translation>
    </message>
    <message>
        <source>With one box selected, dim everything not on a path through it</source>
        <translation>Con un recuadro seleccionado, atenuar todo lo que no esté en un camino que pase por él</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Small arrowheads where links reach the boxes on their right</source>
        <translation>Pequeñas puntas de flecha donde los vínculos llegan a los recuadros de su derecha</translation>
    </message>
    <message>
        <source>&amp;Prioritise…</source>
        <translation>Pri&amp;orizar…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Teclado</translation>
    </message>
    <message>
        <source>&amp;About KeyDriver</source>
        <translation>&amp;Acerca de KeyDriver</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>Vínc&amp;ulos</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <source>move the selection to the neighbouring box</source>
        <translation>mover la selección al recuadro vecino</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms; middle-drag pans. Drag from a box&apos;s right edge onto another box to link them; drag a box up or down to reorder its column. In the Parking Lot, Enter adds an idea, F2 edits one, Delete removes it, Enter on one lists the drivers to place it under; drag an idea onto a driver to place it, or a change idea out of the canvas into the lot to park it.</source>
        <translation>Ctrl+rueda amplía o reduce; arrastrar con el botón central desplaza. Arrastre desde el borde derecho de un recuadro hasta otro recuadro para vincularlos; arrastre un recuadro arriba o abajo para reordenar su columna. En el estacionamiento de ideas, Intro añade una idea, F2 edita una, Supr la elimina, Intro sobre una lista los impulsores bajo los que colocarla; arrastre una idea sobre un impulsor para colocarla, o una idea de cambio del lienzo al estacionamiento para aparcarla.</translation>
    </message>
    <message>
        <source>In the find bar, Enter and Shift+Enter go to the next and the previous match and Esc closes it. A click on a collapsed box&apos;s &quot;+N&quot; badge expands it.</source>
        <translation>En la barra de búsqueda, Intro y Mayús+Intro van a la coincidencia siguiente y a la anterior, y Esc la cierra. Un clic en la marca &quot;+N&quot; de un recuadro contraído lo expande.</translation>
    </message>
    <message>
        <source>Copying %1 boxes as an image…</source>
        <translation>Copiando %1 recuadros como imagen…</translation>
    </message>
    <message>
        <source>Diagram copied as SVG and PNG</source>
        <translation>Diagrama copiado como SVG y PNG</translation>
    </message>
    <message>
        <source>Tidying %1 boxes…</source>
        <translation>Ordenando %1 recuadros…</translation>
    </message>
    <message>
        <source>Copy Dia&amp;gram as Image</source>
        <translation>Copiar dia&amp;grama como imagen</translation>
    </message>
    <message>
        <source>Tid&amp;y Up (reorder to reduce crossings)</source>
        <translation>Orden&amp;ar (reordenar para reducir cruces)</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Compare with Last &amp;Revision</source>
        <translation>Comparar con la última revi&amp;sión</translation>
    </message>
    <message>
        <source>Line of &amp;Sight</source>
        <translation>Línea &amp;de visión</translation>
    </message>
    <message>
        <source>Arrow&amp;heads</source>
        <translation>Puntas de &amp;flecha</translation>
    </message>
    <message>
        <source>Change I&amp;deas</source>
        <translation>&amp;Ideas de cambio</translation>
    </message>
    <message>
        <source>%1[*] — KeyDriver</source>
        <translation>%1[*] — KeyDriver</translation>
    </message>
    <message>
        <source>%1, %2  ·  checks: %3, %4</source>
        <translation>%1, %2  ·  comprobaciones: %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n boxes</source>
        <translation>
            <numerusform>%n recuadro</numerusform>
            <numerusform>%n recuadros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>PDSA Cycles</source>
        <translation>Ciclos PDSA</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
</context>
<context>
    <name>kdd::MeasureDataView</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Estrato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerador</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Which way is an improvement for this measure</source>
        <translation>Qué sentido es una mejora para esta medida</translation>
    </message>
    <message>
        <source>Direction not set</source>
        <translation>Sentido sin indicar</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Más alto es mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Más bajo es mejor</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>The chart drawn from the data; Automatic draws a P chart for numerator and denominator, else a run chart</source>
        <translation>El gráfico que se dibuja con los datos; Automático dibuja un gráfico P para numerador y denominador y, si no, un gráfico de ejecución</translation>
    </message>
    <message>
        <source>Automatic chart</source>
        <translation>Gráfico automático</translation>
    </message>
    <message>
        <source>Run chart</source>
        <translation>Gráfico de ejecución</translation>
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
        <source>Add Row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Add a point for the period after the last one</source>
        <translation>Añade un punto para el periodo siguiente al último</translation>
    </message>
    <message>
        <source>Delete Rows</source>
        <translation>Eliminar filas</translation>
    </message>
    <message>
        <source>Delete the points of the selected rows</source>
        <translation>Elimina los puntos de las filas seleccionadas</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet (Ctrl+V in the table)</source>
        <translation>Pega celdas copiadas de una hoja de cálculo (Ctrl+V en la tabla)</translation>
    </message>
    <message>
        <source>“%1” is not a period: write 2025-07, 2025-07-14 or Jul 2025</source>
        <translation>«%1» no es un periodo: escriba 2025-07, 2025-07-14 o Jul 2025</translation>
    </message>
    <message>
        <source>“%1” is not a number: write it with a decimal point and no thousands separators, such as 1234.5</source>
        <translation>«%1» no es un número: escríbalo con punto decimal y sin separadores de miles, como 1234.5</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>Edit data of “%1”</source>
        <translation>Editar datos de «%1»</translation>
    </message>
    <message>
        <source>Add a measure first: the data belong to a measure</source>
        <translation>Primero añada una medida: los datos pertenecen a una medida</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Nothing pasted:</source>
        <translation>No se ha pegado nada:</translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation>No se ha pegado nada: %1</translation>
    </message>
    <message>
        <source>Paste data into “%1”</source>
        <translation>Pegar datos en «%1»</translation>
    </message>
    <message>
        <source>Nothing changed: the pasted points are already there</source>
        <translation>Nada ha cambiado: los puntos pegados ya estaban</translation>
    </message>
    <message>
        <source>%1: %2 points added, %3 replaced</source>
        <translation>%1: %2 puntos añadidos, %3 reemplazados</translation>
    </message>
    <message>
        <source>Add a data point to “%1”</source>
        <translation>Añadir un punto de datos a «%1»</translation>
    </message>
    <message>
        <source>Delete data points of “%1”</source>
        <translation>Eliminar puntos de datos de «%1»</translation>
    </message>
</context>
<context>
    <name>kdd::MeasuresView</name>
    <message>
        <source>+ Outcome</source>
        <translation>+ Resultado</translation>
    </message>
    <message>
        <source>+ Process</source>
        <translation>+ Proceso</translation>
    </message>
    <message>
        <source>+ Balancing</source>
        <translation>+ Equilibrio</translation>
    </message>
    <message>
        <source>Add a measure of this type, attached to the selected boxes</source>
        <translation>Añadir una medida de este tipo, vinculada a los recuadros seleccionados</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Asociar</translation>
    </message>
    <message>
        <source>Attach the measure to the selected boxes</source>
        <translation>Asociar la medida a los recuadros seleccionados</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Desasociar</translation>
    </message>
    <message>
        <source>Detach the measure from the selected boxes</source>
        <translation>Desasociar la medida de los recuadros seleccionados</translation>
    </message>
    <message>
        <source>Stratify</source>
        <translation>Estratificar</translation>
    </message>
    <message>
        <source>Choose the dimensions this measure is broken down by</source>
        <translation>Elegir las dimensiones por las que se desglosa esta medida</translation>
    </message>
    <message>
        <source>&amp;Other dimension…</source>
        <translation>&amp;Otra dimensión…</translation>
    </message>
    <message>
        <source>Stratify by</source>
        <translation>Estratificar por</translation>
    </message>
    <message>
        <source>Dimension:</source>
        <translation>Dimensión:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the measure</source>
        <translation>Eliminar la medida</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerador</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
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
    <name>kdd::OutlineView</name>
    <message>
        <source>Also linked here; edit it where it appears in full.</source>
        <translation>También vinculado aquí; edítelo donde aparece completo.</translation>
    </message>
    <message>
        <source>Park (move to the Parking Lot)</source>
        <translation>Aparcar (mover al estacionamiento de ideas)</translation>
    </message>
</context>
<context>
    <name>kdd::ParkingLotView</name>
    <message>
        <source>Type an idea, press Enter</source>
        <translation>Escriba una idea y pulse Intro</translation>
    </message>
    <message>
        <source>Drag an idea onto a driver to place it</source>
        <translation>Arrastre una idea sobre un impulsor para colocarla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Place Under…</source>
        <translation>Colocar bajo…</translation>
    </message>
    <message>
        <source>Park (move to the Parking Lot)</source>
        <translation>Aparcar (mover al estacionamiento de ideas)</translation>
    </message>
    <message>
        <source>Take the selected change ideas out of the diagram and keep their text and notes in the Parking Lot</source>
        <translation>Sacar del diagrama las ideas de cambio seleccionadas y conservar su texto y sus notas en el estacionamiento de ideas</translation>
    </message>
    <message>
        <source>(no drivers yet)</source>
        <translation>(aún no hay impulsores)</translation>
    </message>
    <message>
        <source>Place &amp;Under</source>
        <translation>Colocar &amp;bajo</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>&amp;Editar texto</translation>
    </message>
    <message>
        <source>Edit &amp;Notes…</source>
        <translation>Editar n&amp;otas…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;New Idea</source>
        <translation>&amp;Nueva idea</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes for “%1”</source>
        <translation>Notas de «%1»</translation>
    </message>
</context>
<context>
    <name>kdd::PastePreviewDialog</name>
    <message>
        <source>Add 1 box as a new aim:</source>
        <translation>Añadir 1 recuadro como nuevo objetivo:</translation>
    </message>
    <message>
        <source>Add %1 boxes as a new tree, starting with new aims:</source>
        <translation>Añadir %1 recuadros como un árbol nuevo, empezando por objetivos nuevos:</translation>
    </message>
    <message>
        <source>Add 1 box under the %1 “%2”:</source>
        <translation>Añadir 1 recuadro bajo «%2» (%1):</translation>
    </message>
    <message>
        <source>Add %1 boxes under the %2 “%3”:</source>
        <translation>Añadir %1 recuadros bajo «%3» (%2):</translation>
    </message>
    <message>
        <source>Paste Text as Boxes</source>
        <translation>Pegar texto como recuadros</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Recuadro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Paste 1 Box</source>
        <translation>&amp;Pegar 1 recuadro</translation>
    </message>
    <message>
        <source>&amp;Paste %1 Boxes</source>
        <translation>&amp;Pegar %1 recuadros</translation>
    </message>
</context>
<context>
    <name>kdd::PdsaPanel</name>
    <message>
        <source>Set Status</source>
        <translation>Establecer estado</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>PDSA cycles</source>
        <translation>Ciclos PDSA</translation>
    </message>
    <message>
        <source>New Cycle</source>
        <translation>Nuevo ciclo</translation>
    </message>
    <message>
        <source>Delete Cycle</source>
        <translation>Eliminar ciclo</translation>
    </message>
    <message>
        <source>What will be tried, where, with whom</source>
        <translation>Qué se probará, dónde y con quién</translation>
    </message>
    <message>
        <source>What the team expects to happen</source>
        <translation>Lo que el equipo espera que ocurra</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>What was learned, compared with the prediction</source>
        <translation>Lo aprendido, comparado con la predicción</translation>
    </message>
    <message>
        <source>(not decided)</source>
        <translation>(sin decidir)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>%1 boxes are selected. Select one change idea to see and edit its PDSA cycles.</source>
        <translation>Hay %1 recuadros seleccionados. Seleccione una sola idea de cambio para ver y editar sus ciclos PDSA.</translation>
    </message>
    <message>
        <source>Select a change idea to see and edit the PDSA (Plan-Do-Study-Act) cycles the team ran on it.</source>
        <translation>Seleccione una idea de cambio para ver y editar los ciclos PDSA (Planificar-Hacer-Estudiar-Actuar) que el equipo realizó con ella.</translation>
    </message>
    <message>
        <source>PDSA cycle %1</source>
        <translation>Ciclo PDSA %1</translation>
    </message>
    <message>
        <source>No cycle yet: New Cycle starts one.</source>
        <translation>Todavía no hay ciclos: Nuevo ciclo inicia uno.</translation>
    </message>
    <message>
        <source>The latest decision (%1) suggests the status %2.</source>
        <translation>La última decisión (%1) sugiere el estado %2.</translation>
    </message>
    <message>
        <source>The start “%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation>El inicio «%1» no es una fecha: escríbalo como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The end “%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation>El fin «%1» no es una fecha: escríbalo como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The cycle cannot end (%1) before it starts (%2).</source>
        <translation>El ciclo no puede terminar (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>Edit PDSA cycle %1 of “%2”</source>
        <translation>Editar el ciclo PDSA %1 de «%2»</translation>
    </message>
    <message>
        <source>Add PDSA cycle %1 to “%2”</source>
        <translation>Añadir el ciclo PDSA %1 a «%2»</translation>
    </message>
    <message>
        <source>Delete PDSA cycle %1 of “%2”</source>
        <translation>Eliminar el ciclo PDSA %1 de «%2»</translation>
    </message>
    <message>
        <source>Status of “%1” → %2</source>
        <translation>Estado de «%1» → %2</translation>
    </message>
</context>
<context>
    <name>kdd::PhasesEditor</name>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>From each phase&apos;s start the charts compute the centre and limits afresh, e.g. after a change was adopted</source>
        <translation>Desde el inicio de cada fase, los gráficos recalculan la línea central y los límites, por ejemplo tras adoptar un cambio</translation>
    </message>
    <message>
        <source>New Phase</source>
        <translation>Nueva fase</translation>
    </message>
    <message>
        <source>Start a phase at the period of the selected data row (or the last period)</source>
        <translation>Iniciar una fase en el periodo de la fila de datos seleccionada (o en el último periodo)</translation>
    </message>
    <message>
        <source>Remove Phase</source>
        <translation>Quitar fase</translation>
    </message>
    <message>
        <source>Remove the selected phase: its points join the phase before</source>
        <translation>Quitar la fase seleccionada: sus puntos pasan a la fase anterior</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: write a month (2025-07) or a day (2025-07-14)</source>
        <translation>«%1» no es un periodo: escriba un mes (2025-07) o un día (2025-07-14)</translation>
    </message>
    <message>
        <source>A phase already starts at %1</source>
        <translation>Ya hay una fase que empieza en %1</translation>
    </message>
    <message>
        <source>Add data first: a phase starts at one of the measure&apos;s periods</source>
        <translation>Añada primero datos: una fase empieza en uno de los periodos de la medida</translation>
    </message>
</context>
<context>
    <name>kdd::PlaceUnderMenu</name>
    <message>
        <source>Place Under</source>
        <translation>Colocar bajo</translation>
    </message>
    <message>
        <source>(untitled %1)</source>
        <translation>(%1 sin título)</translation>
    </message>
</context>
<context>
    <name>kdd::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>How the canvas looks, and the theme exports start with</source>
        <translation>El aspecto del lienzo y el tema con el que empiezan las exportaciones</translation>
    </message>
    <message>
        <source>Brackets</source>
        <translation>Corchetes</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Curvas</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Rectos</translation>
    </message>
    <message>
        <source>Open documents keep their own style (View ▸ Links changes it)</source>
        <translation>Los documentos abiertos conservan su propio estilo (Ver ▸ Vínculos lo cambia)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Unsaved work is copied for recovery at least this often, and shortly after boxes or links are added or removed</source>
        <translation>El trabajo sin guardar se copia para recuperarlo al menos con esta frecuencia, y poco después de añadir o quitar recuadros o vínculos</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Links in new diagrams:</source>
        <translation>&amp;Vínculos en diagramas nuevos:</translation>
    </message>
    <message>
        <source>&amp;Recovery copy every:</source>
        <translation>Copia de &amp;recuperación cada:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language changes the next time KeyDriver starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie KeyDriver.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Open documents keep their own size (View ▸ Text Size changes it)</source>
        <translation>Los documentos abiertos conservan su tamaño (Ver ▸ Tamaño del texto lo cambia)</translation>
    </message>
    <message>
        <source>Te&amp;xt size of new diagrams:</source>
        <translation>Tamaño del te&amp;xto de los diagramas nuevos:</translation>
    </message>
</context>
<context>
    <name>kdd::PresentationMode</name>
    <message>
        <source>Full screen for a room: Page Down/Up steps through the primary drivers, B blanks, Esc returns</source>
        <translation>Pantalla completa para una sala: Av Pág/Re Pág recorre los impulsores primarios, B oscurece la pantalla, Esc vuelve</translation>
    </message>
    <message>
        <source>Presenting: Page Down, Space, Right</source>
        <translation>Presentación: Av Pág, Espacio, Derecha</translation>
    </message>
    <message>
        <source>next step: the next primary driver&apos;s branch in focus, the rest dimmed</source>
        <translation>paso siguiente: la rama del siguiente impulsor primario resaltada, el resto atenuado</translation>
    </message>
    <message>
        <source>Presenting: Page Up, Backspace, Left</source>
        <translation>Presentación: Re Pág, Retroceso, Izquierda</translation>
    </message>
    <message>
        <source>previous step (the first step is the whole diagram)</source>
        <translation>paso anterior (el primer paso es el diagrama completo)</translation>
    </message>
    <message>
        <source>Presenting: Home, End</source>
        <translation>Presentación: Inicio, Fin</translation>
    </message>
    <message>
        <source>the whole diagram, the last primary driver</source>
        <translation>el diagrama completo, el último impulsor primario</translation>
    </message>
    <message>
        <source>Presenting: B or .</source>
        <translation>Presentación: B o .</translation>
    </message>
    <message>
        <source>blank the screen; any key brings the diagram back</source>
        <translation>oscurecer la pantalla; cualquier tecla vuelve a mostrar el diagrama</translation>
    </message>
    <message>
        <source>Presenting: F2</source>
        <translation>Presentación: F2</translation>
    </message>
    <message>
        <source>correct the selected box&apos;s text live; Enter ends the edit</source>
        <translation>corregir en directo el texto del recuadro seleccionado; Intro termina la edición</translation>
    </message>
    <message>
        <source>Presenting: Esc</source>
        <translation>Presentación: Esc</translation>
    </message>
    <message>
        <source>stop editing, or stop presenting (docks and menus come back)</source>
        <translation>dejar de editar, o dejar de presentar (vuelven los paneles y los menús)</translation>
    </message>
    <message>
        <source>Whole diagram · 1 primary driver · Page Down to step</source>
        <translation>Diagrama completo · 1 impulsor primario · Av Pág para avanzar</translation>
    </message>
    <message>
        <source>Whole diagram · %1 primary drivers · Page Down to step</source>
        <translation>Diagrama completo · %1 impulsores primarios · Av Pág para avanzar</translation>
    </message>
    <message>
        <source>Prese&amp;nt</source>
        <translation>&amp;Presentar</translation>
    </message>
</context>
<context>
    <name>kdd::PrioritiseView</name>
    <message>
        <source>Impact and effort grid</source>
        <translation>Matriz de impacto y esfuerzo</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 voto</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation>%1 votos</translation>
    </message>
</context>
<context>
    <name>kdd::PrioritiseWindow</name>
    <message>
        <source>Drag each change idea to where the team rates its impact and effort. V adds a vote to the selected idea, Shift+V takes one back; 1–4 place it (Possible, Implement, Challenge, Kill), 0 takes it out.</source>
        <translation>Arrastre cada idea de cambio a donde el equipo valora su impacto y esfuerzo. V añade un voto a la idea seleccionada, Mayús+V retira uno; 1–4 la colocan (Posible, Implementar, Desafío, Descartar), 0 la retira.</translation>
    </message>
    <message>
        <source>Export Grid…</source>
        <translation>Exportar matriz…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Prioritise — %1</source>
        <translation>Priorizar — %1</translation>
    </message>
    <message>
        <source>Export Grid</source>
        <translation>Exportar matriz</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PDF document (*.pdf);;PNG image (*.png)</source>
        <translation>Imagen SVG (*.svg);;Documento PDF (*.pdf);;Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>choose a file ending in .svg, .pdf or .png</source>
        <translation>elija un archivo terminado en .svg, .pdf o .png</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
</context>
<context>
    <name>kdd::PropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation>Propiedades del documento</translation>
    </message>
    <message>
        <source>Practice 1, establish principle: why equity, for whom, and how you will know</source>
        <translation>Práctica 1, establecer el principio: por qué la equidad, para quién y cómo lo sabrán</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Leaders (comma-separated)</source>
        <translation>Líderes (separados por comas)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Revision date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Equity statement</source>
        <translation>Declaración de equidad</translation>
    </message>
    <message>
        <source>The project commits to</source>
        <translation>El proyecto se compromete a</translation>
    </message>
    <message>
        <source>Column %1 title</source>
        <translation>Título de la columna %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Acta del proyecto</translation>
    </message>
    <message>
        <source>Same as the program</source>
        <translation>El mismo que el programa</translation>
    </message>
    <message>
        <source>The language of the diagram&apos;s own words in exports and on the canvas: default column titles, the key, the charter&apos;s headings</source>
        <translation>El idioma de las palabras propias del diagrama en las exportaciones y en el lienzo: títulos de columna predeterminados, la leyenda, los encabezados del acta</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>&amp;Idioma del documento</translation>
    </message>
</context>
<context>
    <name>kdd::QuickActions</name>
    <message>
        <source>&amp;Idea</source>
        <translation>&amp;Idea</translation>
    </message>
    <message>
        <source>&amp;Testing</source>
        <translation>En &amp;prueba</translation>
    </message>
    <message>
        <source>&amp;Adopted</source>
        <translation>&amp;Adoptada</translation>
    </message>
    <message>
        <source>A&amp;bandoned</source>
        <translation>A&amp;bandonada</translation>
    </message>
    <message>
        <source>Change Idea &amp;Status</source>
        <translation>Cambiar e&amp;stado de la idea</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Medida</translation>
    </message>
    <message>
        <source>Add &amp;Outcome Measure</source>
        <translation>Añadir medida de &amp;resultado</translation>
    </message>
    <message>
        <source>Add &amp;Process Measure</source>
        <translation>Añadir medida de &amp;proceso</translation>
    </message>
    <message>
        <source>Add &amp;Balancing Measure</source>
        <translation>Añadir medida de &amp;equilibrio</translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <source>Ctrl+Alt+P</source>
        <translation>Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation>Ctrl+Alt+B</translation>
    </message>
    <message>
        <source>&amp;Stratify Current Measure…</source>
        <translation>E&amp;stratificar la medida actual…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Select a change idea to set its status</source>
        <translation>Seleccione una idea de cambio para fijar su estado</translation>
    </message>
    <message numerus="yes">
        <source>Status of %n boxes → %1</source>
        <translation>
            <numerusform>Estado de %n recuadro → %1</numerusform>
            <numerusform>Estado de %n recuadros → %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kdd::SparklineText</name>
    <message>
        <source>Improving (special-cause signal)</source>
        <translation>Mejora (señal de causa especial)</translation>
    </message>
    <message>
        <source>Deteriorating (special-cause signal)</source>
        <translation>Empeora (señal de causa especial)</translation>
    </message>
    <message>
        <source>Special-cause signal (which way is better is not set)</source>
        <translation>Señal de causa especial (no se ha indicado qué dirección es mejor)</translation>
    </message>
    <message>
        <source>No signal (common-cause variation only)</source>
        <translation>Sin señal (solo variación por causas comunes)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Last value: %1 in %2</source>
        <translation>Último valor: %1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more measure(s) with data on this box</source>
        <translation>
            <numerusform>%n medida más con datos en este recuadro</numerusform>
            <numerusform>%n medidas más con datos en este recuadro</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: last value %2 in %3, %4</source>
        <translation>%1: último valor %2 en %3, %4</translation>
    </message>
</context>
<context>
    <name>kdd::TemplateChooser</name>
    <message>
        <source>New from Template</source>
        <translation>Nuevo desde plantilla</translation>
    </message>
    <message>
        <source>Start from one of these diagrams. It opens as a new, untitled document: the template itself is never changed.</source>
        <translation>Empiece desde uno de estos diagramas. Se abre como un documento nuevo sin título: la plantilla en sí nunca se modifica.</translation>
    </message>
</context>
<context>
    <name>kdd::TextSizeActions</name>
    <message>
        <source>&amp;Larger</source>
        <translation>Más &amp;grande</translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <source>Make the diagram&apos;s text one point larger (saved with the file)</source>
        <translation>Agranda el texto del diagrama un punto (se guarda con el archivo)</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>Más &amp;pequeño</translation>
    </message>
    <message>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <source>Make the diagram&apos;s text one point smaller (saved with the file)</source>
        <translation>Reduce el texto del diagrama un punto (se guarda con el archivo)</translation>
    </message>
    <message>
        <source>&amp;Default Size</source>
        <translation>Tamaño p&amp;redeterminado</translation>
    </message>
    <message>
        <source>The text size of new diagrams (Edit ▸ Preferences)</source>
        <translation>El tamaño del texto de los diagramas nuevos (Editar ▸ Preferencias)</translation>
    </message>
    <message>
        <source>Te&amp;xt Size</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <source>Text size: %1 pt</source>
        <translation>Tamaño del texto: %1 pt</translation>
    </message>
</context>
<context>
    <name>kdd::VoteActions</name>
    <message>
        <source>Add &amp;Vote</source>
        <translation>Añadir v&amp;oto</translation>
    </message>
    <message>
        <source>One more dot vote for the selected change ideas</source>
        <translation>Un voto más para las ideas de cambio seleccionadas</translation>
    </message>
    <message>
        <source>Take one dot vote back from the selected change ideas</source>
        <translation>Retirar un voto de las ideas de cambio seleccionadas</translation>
    </message>
    <message>
        <source>Remove Vot&amp;e</source>
        <translation>&amp;Quitar voto</translation>
    </message>
</context>
</TS>
