<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="22" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="28" />
        <source>Administrator (ADMIN)</source>
        <translation>Administrator (ADMIN)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="29" />
        <source>Manager (MANAGER)</source>
        <translation>Manager (MANAGER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="30" />
        <source>Worker (WORKER)</source>
        <translation>Worker (WORKER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="31" />
        <source>Viewer (VIEWER)</source>
        <translation>Viewer (VIEWER)</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="77" />
        <source>Login ID</source>
        <translation>Login ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="77" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="77" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="77" />
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="103" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="78" />
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="78" />
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="78" />
        <source>Password change</source>
        <translation>Password change</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="92" />
        <source>%n failed login(s) in a row</source>
        <translation>
            <numerusform>%n failed login in a row</numerusform>
            <numerusform>%n failed logins in a row</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="103" />
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="108" />
        <source>Due at next login</source>
        <translation>Due at next login</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="109" />
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="143" />
        <source>Select a user in the list.</source>
        <translation>Select a user in the list.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="145" />
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="154" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="148" />
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="148" />
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="150" />
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="154" />
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="196" />
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="212" />
        <source>User %1 added: the password must be changed at the first login.</source>
        <translation>User %1 added: the password must be changed at the first login.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="227" />
        <source>Nothing to save: the name and role are unchanged.</source>
        <translation>Nothing to save: the name and role are unchanged.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="231" />
        <source>User %1 saved.</source>
        <translation>User %1 saved.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="237" />
        <source>User %1 deactivated: the login is refused, the records stay.</source>
        <translation>User %1 deactivated: the login is refused, the records stay.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="238" />
        <source>User %1 reactivated.</source>
        <translation>User %1 reactivated.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="246" />
        <source>User %1 unlocked.</source>
        <translation>User %1 unlocked.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="256" />
        <source>Password of %1 reset: it must be changed at the next login.</source>
        <translation>Password of %1 reset: it must be changed at the next login.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="60" />
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="62" />
        <source>Active and inactive</source>
        <translation>Active and inactive</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="63" />
        <source>Active only</source>
        <translation>Active only</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="64" />
        <source>Inactive only</source>
        <translation>Inactive only</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="65" />
        <source>Locked only</source>
        <translation>Locked only</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="67" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="68" />
        <source>Reload the list (F5)</source>
        <translation>Reload the list (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="95" />
        <source>Save name and role</source>
        <translation>Save name and role</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="98" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="100" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="102" />
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="135" />
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="103" />
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="136" />
        <source>The same again</source>
        <translation>The same again</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="104" />
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="109" />
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="145" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="110" />
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="146" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="119" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="120" />
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="148" />
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="122" />
        <source>Selected user</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="130" />
        <source>Letters, digits, . _ -</source>
        <translation>Letters, digits, . _ -</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="133" />
        <source>Shown on screens and reports</source>
        <translation>Shown on screens and reports</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="137" />
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="139" />
        <source>The new user must change this password at the first login.</source>
        <translation>The new user must change this password at the first login.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="144" />
        <source>Login ID</source>
        <translation>Login ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="147" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="151" />
        <source>New user</source>
        <translation>New user</translation>
    </message>
</context>
</TS>
