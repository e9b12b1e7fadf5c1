<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="227"/>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="236"/>
        <source>%1, you must choose a new password before you continue (at least 8 characters, different from the current one).</source>
        <translation>%1, you must choose a new password before you continue (at least 8 characters, different from the current one).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="252"/>
        <source>Save password</source>
        <translation>Save password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="254"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="258"/>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="259"/>
        <source>&amp;Repeat new password</source>
        <translation>&amp;Repeat new password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="300"/>
        <source>The password could not be changed because of an unexpected error.</source>
        <translation>The password could not be changed because of an unexpected error.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../neurohub_desktop/ui/errors.py" line="83"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>FailedUnitsModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="89"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="90"/>
        <source>Failed at</source>
        <translation>Failed at</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="91"/>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="92"/>
        <source>Reworks</source>
        <translation>Reworks</translation>
    </message>
</context>
<context>
    <name>GateView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="47"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="78"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="83"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="86"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="89"/>
        <source>Cannot reach the database server</source>
        <translation>Cannot reach the database server</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="90"/>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="119"/>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="136"/>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="147"/>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="161"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="91"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="94"/>
        <source>Check the network cable and that the server is running, then press Retry. If it keeps failing, call the administrator.</source>
        <translation>Check the network cable and that the server is running, then press Retry. If it keeps failing, call the administrator.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="98"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="100"/>
        <source>The database is empty</source>
        <translation>The database is empty</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="103"/>
        <source>The database at %1 has no NeuroHub schema (it is empty or not managed by Alembic).</source>
        <translation>The database at %1 has no NeuroHub schema (it is empty or not managed by Alembic).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="109"/>
        <source>Ask the administrator to run `neurohub-desktop db upgrade` on this database.</source>
        <translation>Ask the administrator to run `neurohub-desktop db upgrade` on this database.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="113"/>
        <source>The database must be upgraded</source>
        <translation>The database must be upgraded</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="115"/>
        <source>The database is at revision %1; this program needs revision %2.</source>
        <translation>The database is at revision %1; this program needs revision %2.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="122"/>
        <source>Ask the administrator to run `neurohub-desktop db upgrade`. Stations never upgrade a shared database themselves.</source>
        <translation>Ask the administrator to run `neurohub-desktop db upgrade`. Stations never upgrade a shared database themselves.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="127"/>
        <source>This program is too old for the database</source>
        <translation>This program is too old for the database</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="130"/>
        <source>The database is at revision %1, which this program does not know (it needs %2).</source>
        <translation>The database is at revision %1, which this program does not know (it needs %2).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="138"/>
        <source>Install the newer NeuroHub Desktop on this PC (ask the administrator).</source>
        <translation>Install the newer NeuroHub Desktop on this PC (ask the administrator).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="141"/>
        <source>The database records several revisions</source>
        <translation>The database records several revisions</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="143"/>
        <source>Revisions found: %1 (this program needs %2).</source>
        <translation>Revisions found: %1 (this program needs %2).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="150"/>
        <source>The migration history is inconsistent. Ask the administrator to repair it.</source>
        <translation>The migration history is inconsistent. Ask the administrator to repair it.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="154"/>
        <source>The database is not set up for stations</source>
        <translation>The database is not set up for stations</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="157"/>
        <source>The station&apos;s login to the database was refused: the database has no station roles yet.</source>
        <translation>The station&apos;s login to the database was refused: the database has no station roles yet.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="164"/>
        <source>Ask the administrator to migrate this database (`neurohub-desktop db upgrade`) and to run `neurohub-desktop db setup-roles` (after every upgrade).</source>
        <translation>Ask the administrator to migrate this database (`neurohub-desktop db upgrade`) and to run `neurohub-desktop db setup-roles` (after every upgrade).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="169"/>
        <source>The database is ready</source>
        <translation>The database is ready</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="170"/>
        <source>Revision %1.</source>
        <translation>Revision %1.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../neurohub_desktop/ui/launcher.py" line="182"/>
        <source>Starting the local database… (the first start takes a little longer)</source>
        <translation>Starting the local database… (the first start takes a little longer)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/launcher.py" line="194"/>
        <source>Updating the local database…</source>
        <translation>Updating the local database…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/launcher.py" line="205"/>
        <source>The local database could not be started:
%1</source>
        <translation>The local database could not be started:
%1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/launcher.py" line="212"/>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/launcher.py" line="358"/>
        <source>The language changes when the program is started again.</source>
        <translation>The language changes when the program is started again.</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="60"/>
        <source>NeuroHub Desktop</source>
        <translation>NeuroHub Desktop</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="64"/>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="67"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="69"/>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="143"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="76"/>
        <source>&amp;User ID</source>
        <translation>&amp;User ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="77"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="96"/>
        <source>Recent users:</source>
        <translation>Recent users:</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="143"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="151"/>
        <source>Enter your user ID.</source>
        <translation>Enter your user ID.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="154"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="178"/>
        <source>Login failed because of an unexpected error. Please try again.</source>
        <translation>Login failed because of an unexpected error. Please try again.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="206"/>
        <source>You must choose a new password before you can continue.</source>
        <translation>You must choose a new password before you can continue.</translation>
    </message>
</context>
<context>
    <name>LotDecisions</name>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="116"/>
        <source>Reopen for rework</source>
        <translation>Reopen for rework</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="117"/>
        <source>Scrap</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="118"/>
        <source>Complete LOT</source>
        <translation>Complete LOT</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="119"/>
        <source>Close LOT</source>
        <translation>Close LOT</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="50"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="55"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="59"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="153"/>
        <source>Station setup</source>
        <translation>Station setup</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="156"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="157"/>
        <source>Log out (Ctrl+L)</source>
        <translation>Log out (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="176"/>
        <source>No screens are available for your role yet.</source>
        <translation>No screens are available for your role yet.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="250"/>
        <source>No process set up</source>
        <translation>No process set up</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="251"/>
        <source>(unnamed station)</source>
        <translation>(unnamed station)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="261"/>
        <source>● Database connected</source>
        <translation>● Database connected</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="262"/>
        <source>● Reconnecting to the database…</source>
        <translation>● Reconnecting to the database…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="263"/>
        <source>● Database busy: try again in a moment</source>
        <translation>● Database busy: try again in a moment</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="264"/>
        <source>● Database offline</source>
        <translation>● Database offline</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../neurohub_desktop/ui/qt_strings.py" line="12"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/qt_strings.py" line="13"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../neurohub_desktop/ui/scanner.py" line="263"/>
        <source>Scan a barcode</source>
        <translation>Scan a barcode</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="68"/>
        <source>Station setup</source>
        <translation>Station setup</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="75"/>
        <source>Set up this PC before the first shift.</source>
        <translation>Set up this PC before the first shift.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="77"/>
        <source>Changes apply to this PC only.</source>
        <translation>Changes apply to this PC only.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="82"/>
        <source>e.g. LINE1-ST03</source>
        <translation>e.g. LINE1-ST03</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="84"/>
        <source>Network printer (ZPL over TCP)</source>
        <translation>Network printer (ZPL over TCP)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="85"/>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="136"/>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="231"/>
        <source>Spool folder</source>
        <translation>Spool folder</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="86"/>
        <source>No printer</source>
        <translation>No printer</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="93"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="103"/>
        <source>Record a tester&apos;s PASS without confirmation</source>
        <translation>Record a tester&apos;s PASS without confirmation</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="127"/>
        <source>&amp;Process</source>
        <translation>&amp;Process</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="128"/>
        <source>&amp;Station name</source>
        <translation>&amp;Station name</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="129"/>
        <source>&amp;Equipment</source>
        <translation>&amp;Equipment</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="130"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="131"/>
        <source>Printer address</source>
        <translation>Printer address</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="138"/>
        <source>Tester port</source>
        <translation>Tester port</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="139"/>
        <source>Tester listens on</source>
        <translation>Tester listens on</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="140"/>
        <source>Tester addresses allowed</source>
        <translation>Tester addresses allowed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="142"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="143"/>
        <source>The new language applies after the app is restarted.</source>
        <translation>The new language applies after the app is restarted.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="153"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="155"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="207"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="220"/>
        <source>The list could not be loaded from the database.</source>
        <translation>The list could not be loaded from the database.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="241"/>
        <source>Choose the process of this station.</source>
        <translation>Choose the process of this station.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="244"/>
        <source>Enter the station name.</source>
        <translation>Enter the station name.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="250"/>
        <source>The printer address must look like host:port, e.g. 192.168.0.50:9100.</source>
        <translation>The printer address must look like host:port, e.g. 192.168.0.50:9100.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="255"/>
        <source>Choose the spool folder.</source>
        <translation>Choose the spool folder.</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../../neurohub_desktop/ui/launcher.py" line="114"/>
        <source>NeuroHub Desktop</source>
        <translation>NeuroHub Desktop</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="47"/>
        <source>Rework approved</source>
        <translation>Rework approved</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="48"/>
        <source>Scrapped</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="49"/>
        <source>Released (LOT complete)</source>
        <translation>Released (LOT complete)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="50"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="51"/>
        <source>Equipment override</source>
        <translation>Equipment override</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="62"/>
        <source>%1 goes back to work at the step where it failed; its rework count goes up by one.</source>
        <translation>%1 goes back to work at the step where it failed; its rework count goes up by one.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="66"/>
        <source>%1 is scrapped. This is final: it can never be reopened or recorded again.</source>
        <translation>%1 is scrapped. This is final: it can never be reopened or recorded again.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="70"/>
        <source>LOT %1 is completed: no unit of it can be started or recorded any more. The database refuses while a unit is in progress, waiting or FAILED.</source>
        <translation>LOT %1 is completed: no unit of it can be started or recorded any more. The database refuses while a unit is in progress, waiting or FAILED.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="75"/>
        <source>LOT %1 is closed and leaves the list of open LOTs. This is final.</source>
        <translation>LOT %1 is closed and leaves the list of open LOTs. This is final.</translation>
    </message>
    <message>
        <source>Station may record PASS results on %1 for the next 8 hours.</source>
        <translation type="vanished">Station may record PASS results on %1 for the next 8 hours.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="131"/>
        <source>Meaning of the signature</source>
        <translation>Meaning of the signature</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="134"/>
        <source>Signer login ID</source>
        <translation>Signer login ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="135"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="136"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="141"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="157"/>
        <source>Enter the signer&apos;s login ID and password.</source>
        <translation>Enter the signer&apos;s login ID and password.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="164"/>
        <source>Enter the reason.</source>
        <translation>Enter the reason.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="167"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>StartupView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/launcher.py" line="64"/>
        <source>NeuroHub Desktop</source>
        <translation>NeuroHub Desktop</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/launcher.py" line="73"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/launcher.py" line="76"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>UnsentNotice</name>
    <message>
        <location filename="../../neurohub_desktop/ui/connection.py" line="194"/>
        <source>Sending the %1 record…</source>
        <translation>Sending the %1 record…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/connection.py" line="197"/>
        <source>UNSENT? — the connection dropped while the %1 record was being saved. Submit it again when the connection is back: it is recorded exactly once.</source>
        <translation>UNSENT? — the connection dropped while the %1 record was being saved. Submit it again when the connection is back: it is recorded exactly once.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/connection.py" line="202"/>
        <source>UNSENT — the database is back, but the %1 record is still NOT recorded: submit it again (same button).</source>
        <translation>UNSENT — the database is back, but the %1 record is still NOT recorded: submit it again (same button).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/connection.py" line="206"/>
        <source>UNSENT — the %1 record is NOT recorded yet: the database cannot be reached. Your entries are kept; submit them again when the connection is back.</source>
        <translation>UNSENT — the %1 record is NOT recorded yet: the database cannot be reached. Your entries are kept; submit them again when the connection is back.</translation>
    </message>
</context>
</TS>
