<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="53"/>
        <source>Line checklist</source>
        <translation>Line checklist</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="58"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="62"/>
        <source>Process criteria</source>
        <translation>Process criteria</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="68"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="74"/>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="32"/>
        <source>Administrator (ADMIN)</source>
        <translation>Administrator (ADMIN)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="33"/>
        <source>Manager (MANAGER)</source>
        <translation>Manager (MANAGER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="34"/>
        <source>Worker (WORKER)</source>
        <translation>Worker (WORKER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="35"/>
        <source>Viewer (VIEWER)</source>
        <translation>Viewer (VIEWER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="25"/>
        <source>Available (AVAILABLE)</source>
        <translation>Available (AVAILABLE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="26"/>
        <source>In use (IN_USE)</source>
        <translation>In use (IN_USE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="27"/>
        <source>Maintenance (MAINTENANCE)</source>
        <translation>Maintenance (MAINTENANCE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="28"/>
        <source>Out of service (OUT_OF_SERVICE)</source>
        <translation>Out of service (OUT_OF_SERVICE)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="29"/>
        <source>Retired (RETIRED)</source>
        <translation>Retired (RETIRED)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="36"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="24"/>
        <source>Number (number)</source>
        <translation>Number (number)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="25"/>
        <source>Yes/No (bool)</source>
        <translation>Yes/No (bool)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="26"/>
        <source>Text (text)</source>
        <translation>Text (text)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="27"/>
        <source>Component lot (component)</source>
        <translation>Component lot (component)</translation>
    </message>
</context>
<context>
    <name>CheckTexts</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="32"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="35"/>
        <source>✓ Done</source>
        <translation>✓ Done</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="38"/>
        <source>✗ Missing</source>
        <translation>✗ Missing</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="42"/>
        <source>All done: the line has what its first LOT needs.</source>
        <translation>All done: the line has what its first LOT needs.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="43"/>
        <source>%1 of %2 done.</source>
        <translation>%1 of %2 done.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="47"/>
        <source>Worker accounts</source>
        <translation>Worker accounts</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="49"/>
        <source>Manager accounts</source>
        <translation>Manager accounts</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="51"/>
        <source>Active firmware for PROC-004</source>
        <translation>Active firmware for PROC-004</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="53"/>
        <source>Equipment at every process</source>
        <translation>Equipment at every process</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="54"/>
        <source>Label printer at %1</source>
        <translation>Label printer at %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="58"/>
        <source>Open Users</source>
        <translation>Open Users</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="59"/>
        <source>Open Firmware</source>
        <translation>Open Firmware</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="60"/>
        <source>Open Equipment</source>
        <translation>Open Equipment</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="61"/>
        <source>Open Station setup</source>
        <translation>Open Station setup</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="69"/>
        <source>%n active worker account(s).</source>
        <translation>
            <numerusform>%n active worker account.</numerusform>
            <numerusform>%n active worker accounts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="71"/>
        <source>No active worker account yet: add one for each operator who works at a station.</source>
        <translation>No active worker account yet: add one for each operator who works at a station.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="76"/>
        <source>%n active manager account(s).</source>
        <translation>
            <numerusform>%n active manager account.</numerusform>
            <numerusform>%n active manager accounts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="78"/>
        <source>No active manager account yet: a manager creates the LOTs and decides on failed units.</source>
        <translation>No active manager account yet: a manager creates the LOTs and decides on failed units.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="90"/>
        <source>Active: %1.</source>
        <translation>Active: %1.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="94"/>
        <source>No firmware version is active: PROC-004 records no PASS until one is registered and activated.</source>
        <translation>No firmware version is active: PROC-004 records no PASS until one is registered and activated.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="100"/>
        <source>Registered, but none active: %1.</source>
        <translation>Registered, but none active: %1.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="107"/>
        <source>Every process has equipment that is available or in use.</source>
        <translation>Every process has equipment that is available or in use.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="116"/>
        <source>No available or in-use equipment at: %1.</source>
        <translation>No available or in-use equipment at: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="120"/>
        <source>%n shared piece(s) with no process are not counted for any process.</source>
        <translation>
            <numerusform>%n shared piece with no process is not counted for any process.</numerusform>
            <numerusform>%n shared pieces with no process are not counted for any process.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="131"/>
        <source>This PC is %1 and sends its labels to %2.</source>
        <translation>This PC is %1 and sends its labels to %2.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="134"/>
        <source>This PC is %1 but has no label printer set.</source>
        <translation>This PC is %1 but has no label printer set.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="136"/>
        <source>This PC is %2: the printer of %1 is set on that station&apos;s PC.</source>
        <translation>This PC is %2: the printer of %1 is set on that station&apos;s PC.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="140"/>
        <source>This PC has no process yet: the printer of %1 is set in Station setup on that station&apos;s PC.</source>
        <translation>This PC has no process yet: the printer of %1 is set in Station setup on that station&apos;s PC.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="147"/>
        <source>Database: no serial label printed yet.</source>
        <translation>Database: no serial label printed yet.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="150"/>
        <source>Database: the last serial label was printed %1, for %2.</source>
        <translation>Database: the last serial label was printed %1, for %2.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="157"/>
        <source>Database: no mark confirmed at %1 yet (WIP label prints are not recorded).</source>
        <translation>Database: no mark confirmed at %1 yet (WIP label prints are not recorded).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="163"/>
        <source>Database (WIP label prints are not recorded): the last mark confirmed at %1 was %2, %3.</source>
        <translation>Database (WIP label prints are not recorded): the last mark confirmed at %1 was %2, %3.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="171"/>
        <source>Printer: %1.</source>
        <translation>Printer: %1.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_texts.py" line="173"/>
        <source>Station: %1.</source>
        <translation>Station: %1.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_editor.py" line="44"/>
        <source>Enter the code: capital letters, digits and _.</source>
        <translation>Enter the code: capital letters, digits and _.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_editor.py" line="102"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_editor.py" line="113"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CriteriaModels</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="78"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="80"/>
        <source>Used by records</source>
        <translation>Used by records</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="82"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="99"/>
        <source>Retired: kept for the records that use it; stations no longer offer it.</source>
        <translation>Retired: kept for the records that use it; stations no longer offer it.</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="165"/>
        <source>%1 was saved elsewhere as version %2 while you edit: your draft cannot be saved on it. Discard your changes to load it.</source>
        <translation>%1 was saved elsewhere as version %2 while you edit: your draft cannot be saved on it. Discard your changes to load it.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="206"/>
        <source>Measurement items (%1)</source>
        <translation>Measurement items (%1)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="208"/>
        <source>Defect codes (%1)</source>
        <translation>Defect codes (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="213"/>
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>%n problem to fix before saving:</numerusform>
            <numerusform>%n problems to fix before saving:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="228"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="230"/>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="232"/>
        <source>unsaved changes</source>
        <translation>unsaved changes</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="252"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="252"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="255"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="255"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="288"/>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="321"/>
        <source>%1 is changed in the draft: save to make it the new version.</source>
        <translation>%1 is changed in the draft: save to make it the new version.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="347"/>
        <source>%1 is used by stored records: it cannot be removed. Retire it instead: it stays for those records and stations no longer offer it.</source>
        <translation>%1 is used by stored records: it cannot be removed. Retire it instead: it stays for those records and stations no longer offer it.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="367"/>
        <source>Changes discarded.</source>
        <translation>Changes discarded.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="376"/>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Nothing to save: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="386"/>
        <source>Say why this change is made: the reason is saved with the new version.</source>
        <translation>Say why this change is made: the reason is saved with the new version.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="397"/>
        <source>Nothing to save: these are the stored criteria.</source>
        <translation>Nothing to save: these are the stored criteria.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_page.py" line="402"/>
        <source>%1 saved as version %2. Running stations take it within seconds.</source>
        <translation>%1 saved as version %2. Running stations take it within seconds.</translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="62"/>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="67"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="71"/>
        <source>Only a code no stored record uses can be removed; retire the others.</source>
        <translation>Only a code no stored record uses can be removed; retire the others.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="90"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="91"/>
        <source>Load the stored criteria again (F5)</source>
        <translation>Load the stored criteria again (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="102"/>
        <source>Reason for the change (required; saved with the new version)</source>
        <translation>Reason for the change (required; saved with the new version)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="104"/>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="106"/>
        <source>Save as new version</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="109"/>
        <source>Save the draft as the next version (Ctrl+S)</source>
        <translation>Save the draft as the next version (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="115"/>
        <source>Measurement item</source>
        <translation>Measurement item</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="117"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="175"/>
        <source>Korean name</source>
        <translation>Korean name</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="118"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="176"/>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="119"/>
        <source>e.g. mm</source>
        <translation>e.g. mm</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="123"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="124"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="125"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="128"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="133"/>
        <source>Text items: a regular expression, e.g. SMA-[0-9]{6} (empty: any text)</source>
        <translation>Text items: a regular expression, e.g. SMA-[0-9]{6} (empty: any text)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="140"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="182"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="141"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="183"/>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="142"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="184"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="143"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="149"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="150"/>
        <source>LSL</source>
        <translation>LSL</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="151"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="152"/>
        <source>USL</source>
        <translation>USL</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="157"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="168"/>
        <source>Measurement items</source>
        <translation>Measurement items</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="173"/>
        <source>Defect code</source>
        <translation>Defect code</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="195"/>
        <source>Defect codes</source>
        <translation>Defect codes</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_view.py" line="199"/>
        <source>Process</source>
        <translation>Process</translation>
    </message>
</context>
<context>
    <name>DefectsModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="151"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="152"/>
        <source>Name (Korean)</source>
        <translation>Name (Korean)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="153"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="154"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>EquipmentModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="133"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="134"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="135"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="136"/>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="137"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="138"/>
        <source>Calibration due</source>
        <translation>Calibration due</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="139"/>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="151"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="168"/>
        <source>Calibration overdue</source>
        <translation>Calibration overdue</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="90"/>
        <source>(not assigned: shared)</source>
        <translation>(not assigned: shared)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="117"/>
        <source>%n piece(s) of equipment</source>
        <translation>
            <numerusform>%n piece of equipment</numerusform>
            <numerusform>%n pieces of equipment</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="137"/>
        <source>Select equipment in the list.</source>
        <translation>Select equipment in the list.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="142"/>
        <source>offered in station setup</source>
        <translation>offered in station setup</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="144"/>
        <source>not offered in station setup</source>
        <translation>not offered in station setup</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="146"/>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="187"/>
        <source>Equipment %1 added.</source>
        <translation>Equipment %1 added.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="216"/>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Nothing to save: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="226"/>
        <source>Equipment %1 saved.</source>
        <translation>Equipment %1 saved.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="237"/>
        <source>Nothing to change: the status is already %1.</source>
        <translation>Nothing to change: the status is already %1.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_page.py" line="244"/>
        <source>Equipment %1: status %2.</source>
        <translation>Equipment %1: status %2.</translation>
    </message>
</context>
<context>
    <name>EquipmentView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="89"/>
        <source>All processes</source>
        <translation>All processes</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="92"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="93"/>
        <source>Reload the list (F5)</source>
        <translation>Reload the list (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="110"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="146"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="111"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="114"/>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="117"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="151"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="118"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="152"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="119"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="153"/>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="120"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="155"/>
        <source>Calibration due</source>
        <translation>Calibration due</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="121"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="156"/>
        <source>Calibration interval</source>
        <translation>Calibration interval</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="126"/>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="154"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="128"/>
        <source>Selected equipment</source>
        <translation>Selected equipment</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="137"/>
        <source>e.g. EQ-T01 (letters, digits, . _ -)</source>
        <translation>e.g. EQ-T01 (letters, digits, . _ -)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="140"/>
        <source>Shown in station setup and reports</source>
        <translation>Shown in station setup and reports</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="143"/>
        <source>e.g. TESTER</source>
        <translation>e.g. TESTER</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="147"/>
        <source>Add equipment</source>
        <translation>Add equipment</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="150"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/equipment_view.py" line="158"/>
        <source>New equipment</source>
        <translation>New equipment</translation>
    </message>
</context>
<context>
    <name>FirmwareModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="53"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="54"/>
        <source>MCU</source>
        <translation>MCU</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="55"/>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="66"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="56"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="57"/>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="58"/>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="59"/>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>FirmwarePage</name>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="107"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="127"/>
        <source>Select a version in the list.</source>
        <translation>Select a version in the list.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="129"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="129"/>
        <source>not active</source>
        <translation>not active</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="154"/>
        <source>Select a version to list the units flashed with it.</source>
        <translation>Select a version to list the units flashed with it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="163"/>
        <source>%n unit record(s) at PROC-004 with %1</source>
        <translation>
            <numerusform>%n unit record at PROC-004 with %1</numerusform>
            <numerusform>%n unit records at PROC-004 with %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="177"/>
        <source>Firmware file</source>
        <translation>Firmware file</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="179"/>
        <source>Firmware (*.bin *.hex *.elf *.srec);;All files (*)</source>
        <translation>Firmware (*.bin *.hex *.elf *.srec);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="230"/>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="231"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="263"/>
        <source>Choose the firmware file first.</source>
        <translation>Choose the firmware file first.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="276"/>
        <source>Firmware %1 registered and active (%2, MD5 %3).</source>
        <translation>Firmware %1 registered and active (%2, MD5 %3).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="278"/>
        <source>Firmware %1 registered, not active yet (%2, MD5 %3).</source>
        <translation>Firmware %1 registered, not active yet (%2, MD5 %3).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="306"/>
        <source>Firmware %1 is now the active version of %2.</source>
        <translation>Firmware %1 is now the active version of %2.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_page.py" line="323"/>
        <source>Firmware %1 retired: PROC-004 no longer accepts it.</source>
        <translation>Firmware %1 retired: PROC-004 no longer accepts it.</translation>
    </message>
</context>
<context>
    <name>FirmwareUsesModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="100"/>
        <source>WIP ID</source>
        <translation>WIP ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="101"/>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="102"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="103"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/line_models.py" line="104"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>FirmwareView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="79"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="80"/>
        <source>Reload the list (F5)</source>
        <translation>Reload the list (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="94"/>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="97"/>
        <source>Make it the one active version of its MCU (the one active now is retired).</source>
        <translation>Make it the one active version of its MCU (the one active now is retired).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="99"/>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="107"/>
        <source>Selected version</source>
        <translation>Selected version</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="113"/>
        <source>The firmware file</source>
        <translation>The firmware file</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="114"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="119"/>
        <source>e.g. v1.2.3</source>
        <translation>e.g. v1.2.3</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="122"/>
        <source>e.g. STM32F4</source>
        <translation>e.g. STM32F4</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="125"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="126"/>
        <source>Activate now</source>
        <translation>Activate now</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="128"/>
        <source>Register and activate in one step (the MCU&apos;s active version is retired).</source>
        <translation>Register and activate in one step (the MCU&apos;s active version is retired).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="130"/>
        <source>Register version</source>
        <translation>Register version</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="136"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="137"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="138"/>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="139"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="140"/>
        <source>Target MCU</source>
        <translation>Target MCU</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="141"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/firmware_view.py" line="144"/>
        <source>New version</source>
        <translation>New version</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_view.py" line="69"/>
        <source>First-run checklist</source>
        <translation>First-run checklist</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_view.py" line="73"/>
        <source>What the line still needs before its first LOT; each button opens the screen that sets it up.</source>
        <translation>What the line still needs before its first LOT; each button opens the screen that sets it up.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_view.py" line="79"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/home_view.py" line="80"/>
        <source>Check again (F5)</source>
        <translation>Check again (F5)</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="114"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="115"/>
        <source>Name (Korean)</source>
        <translation>Name (Korean)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="116"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="117"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="118"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="119"/>
        <source>LSL</source>
        <translation>LSL</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="120"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="121"/>
        <source>USL</source>
        <translation>USL</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="122"/>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="137"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="123"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="124"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/criteria_models.py" line="137"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>ReasonField</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/reason.py" line="31"/>
        <source>Reason for the change (required; kept in the audit trail)</source>
        <translation>Reason for the change (required; kept in the audit trail)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/reason.py" line="33"/>
        <source>Why this change is made: every change on this page needs one.</source>
        <translation>Why this change is made: every change on this page needs one.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/reason.py" line="49"/>
        <source>Say why this change is made: the reason is kept in the audit trail.</source>
        <translation>Say why this change is made: the reason is kept in the audit trail.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="128"/>
        <source>Login ID</source>
        <translation>Login ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="129"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="130"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="131"/>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="150"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="132"/>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="133"/>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="134"/>
        <source>Password change</source>
        <translation>Password change</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="139"/>
        <source>%n failed login(s) in a row</source>
        <translation>
            <numerusform>%n failed login in a row</numerusform>
            <numerusform>%n failed logins in a row</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="150"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="155"/>
        <source>Due at next login</source>
        <translation>Due at next login</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="124"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="155"/>
        <source>Select a user in the list.</source>
        <translation>Select a user in the list.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="157"/>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="165"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="159"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="159"/>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="161"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="165"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="221"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="238"/>
        <source>User %1 added: the password must be changed at the first login.</source>
        <translation>User %1 added: the password must be changed at the first login.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="263"/>
        <source>Nothing to save: the name and role are unchanged.</source>
        <translation>Nothing to save: the name and role are unchanged.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="270"/>
        <source>User %1 saved.</source>
        <translation>User %1 saved.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="278"/>
        <source>User %1 deactivated: the login is refused, the records stay.</source>
        <translation>User %1 deactivated: the login is refused, the records stay.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="280"/>
        <source>User %1 reactivated.</source>
        <translation>User %1 reactivated.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="295"/>
        <source>User %1 unlocked.</source>
        <translation>User %1 unlocked.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="307"/>
        <source>Password of %1 reset: it must be changed at the next login.</source>
        <translation>Password of %1 reset: it must be changed at the next login.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="82"/>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="84"/>
        <source>Active and inactive</source>
        <translation>Active and inactive</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="85"/>
        <source>Active only</source>
        <translation>Active only</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="86"/>
        <source>Inactive only</source>
        <translation>Inactive only</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="87"/>
        <source>Locked only</source>
        <translation>Locked only</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="89"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="90"/>
        <source>Reload the list (F5)</source>
        <translation>Reload the list (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="117"/>
        <source>Save name and role</source>
        <translation>Save name and role</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="119"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="120"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="121"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="155"/>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="122"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="156"/>
        <source>The same again</source>
        <translation>The same again</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="124"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="128"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="166"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="129"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="167"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="138"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="139"/>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="169"/>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="141"/>
        <source>Selected user</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="150"/>
        <source>Letters, digits, . _ -</source>
        <translation>Letters, digits, . _ -</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="153"/>
        <source>Shown on screens and reports</source>
        <translation>Shown on screens and reports</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="157"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="160"/>
        <source>The new user must change this password at the first login.</source>
        <translation>The new user must change this password at the first login.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="165"/>
        <source>Login ID</source>
        <translation>Login ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="168"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="172"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
</context>
</TS>
