<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Unknown role {role}: WORKER, MANAGER, ADMIN or VIEWER.</source>
        <translation>Unknown role {role}: WORKER, MANAGER, ADMIN or VIEWER.</translation>
    </message>
    <message>
        <source>Login ID {user}: use 1-50 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (no spaces, no Korean), starting with a letter or digit.</source>
        <translation>Login ID {user}: use 1-50 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (no spaces, no Korean), starting with a letter or digit.</translation>
    </message>
    <message>
        <source>A display name of 1-100 printable characters is required.</source>
        <translation>A display name of 1-100 printable characters is required.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>No password on standard input.</translation>
    </message>
    <message>
        <source>No terminal to type the password on: pipe it with --password-stdin.</source>
        <translation>No terminal to type the password on: pipe it with --password-stdin.</translation>
    </message>
    <message>
        <source>The new password must not contain control characters.</source>
        <translation>The new password must not contain control characters.</translation>
    </message>
    <message>
        <source>A change needs --reason TEXT: why it is made (one line, 1-{limit} characters), for the audit trail. Nothing was changed.</source>
        <translation>A change needs --reason TEXT: why it is made (one line, 1-{limit} characters), for the audit trail. Nothing was changed.</translation>
    </message>
    <message>
        <source>The database cannot be reached: {reason}</source>
        <translation>The database cannot be reached: {reason}</translation>
    </message>
    <message>
        <source>The database is not ready: {reason}</source>
        <translation>The database is not ready: {reason}</translation>
    </message>
    <message>
        <source>No user with login ID {user}.</source>
        <translation>No user with login ID {user}.</translation>
    </message>
    <message>
        <source>No firmware version {version}.</source>
        <translation>No firmware version {version}.</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <source>Criteria file not found: {file}</source>
        <translation>Criteria file not found: {file}</translation>
    </message>
    <message>
        <source>The criteria file cannot be read: {error}</source>
        <translation>The criteria file cannot be read: {error}</translation>
    </message>
    <message>
        <source>Cannot write {file}: the folder does not exist or it is one.</source>
        <translation>Cannot write {file}: the folder does not exist or it is one.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>Cannot write {file}: {error}</translation>
    </message>
    <message>
        <source>No process {process}.</source>
        <translation>No process {process}.</translation>
    </message>
    <message>
        <source>No equipment with code {code}.</source>
        <translation>No equipment with code {code}.</translation>
    </message>
    <message>
        <source>Equipment code {code} already exists ({name}); change it with `admin equipment set-status`.</source>
        <translation>Equipment code {code} already exists ({name}); change it with `admin equipment set-status`.</translation>
    </message>
    <message>
        <source>The criteria of {process} were changed meanwhile (now version {version}); export them again and retry.</source>
        <translation>The criteria of {process} were changed meanwhile (now version {version}); export them again and retry.</translation>
    </message>
    <message>
        <source>This LOT status change is not allowed. ({reason})</source>
        <translation>This LOT status change is not allowed. ({reason})</translation>
    </message>
    <message>
        <source>This step cannot be recorded now: the process order does not allow it. ({reason})</source>
        <translation>This step cannot be recorded now: the process order does not allow it. ({reason})</translation>
    </message>
    <message>
        <source>The result does not match the defects and measurements recorded. ({reason})</source>
        <translation>The result does not match the defects and measurements recorded. ({reason})</translation>
    </message>
    <message>
        <source>This LOT cannot take another unit (it is full or no longer open). ({reason})</source>
        <translation>This LOT cannot take another unit (it is full or no longer open). ({reason})</translation>
    </message>
    <message>
        <source>The rework limit is reached or the unit is scrapped. ({reason})</source>
        <translation>The rework limit is reached or the unit is scrapped. ({reason})</translation>
    </message>
    <message>
        <source>The audit trail cannot be changed or deleted. ({reason})</source>
        <translation>The audit trail cannot be changed or deleted. ({reason})</translation>
    </message>
    <message>
        <source>The LOT could not be moved to in-progress. ({reason})</source>
        <translation>The LOT could not be moved to in-progress. ({reason})</translation>
    </message>
    <message>
        <source>The change time of the record could not be set. ({reason})</source>
        <translation>The change time of the record could not be set. ({reason})</translation>
    </message>
    <message>
        <source>This LOT number already exists.</source>
        <translation>This LOT number already exists.</translation>
    </message>
    <message>
        <source>This serial number already exists.</source>
        <translation>This serial number already exists.</translation>
    </message>
    <message>
        <source>This LOT already has a unit with that number.</source>
        <translation>This LOT already has a unit with that number.</translation>
    </message>
    <message>
        <source>This WIP ID already exists.</source>
        <translation>This WIP ID already exists.</translation>
    </message>
    <message>
        <source>This login ID is already taken.</source>
        <translation>This login ID is already taken.</translation>
    </message>
    <message>
        <source>This e-mail address is already used.</source>
        <translation>This e-mail address is already used.</translation>
    </message>
    <message>
        <source>This firmware version already exists.</source>
        <translation>This firmware version already exists.</translation>
    </message>
    <message>
        <source>This equipment code already exists.</source>
        <translation>This equipment code already exists.</translation>
    </message>
    <message>
        <source>This change needs a reason (one line, up to 500 characters).</source>
        <translation>This change needs a reason (one line, up to 500 characters).</translation>
    </message>
    <message>
        <source>A signed decision needs a reason (up to 500 characters).</source>
        <translation type="vanished">A signed decision needs a reason (up to 500 characters).</translation>
    </message>
    <message>
        <source>The equipment is fit for use: no override is needed.</source>
        <translation>The equipment is fit for use: no override is needed.</translation>
    </message>
    <message>
        <source>The data is locked by another station; try again in a moment.</source>
        <translation>The data is locked by another station; try again in a moment.</translation>
    </message>
    <message>
        <source>The database took too long to answer; try again in a moment.</source>
        <translation>The database took too long to answer; try again in a moment.</translation>
    </message>
    <message>
        <source>Two stations collided (deadlock); try again.</source>
        <translation>Two stations collided (deadlock); try again.</translation>
    </message>
    <message>
        <source>Another station changed the same data at the same time; try again.</source>
        <translation>Another station changed the same data at the same time; try again.</translation>
    </message>
    <message>
        <source>The database server cannot be reached; check the network and try again.</source>
        <translation>The database server cannot be reached; check the network and try again.</translation>
    </message>
    <message>
        <source>The connection dropped while saving; check whether the last action was saved before repeating it.</source>
        <translation>The connection dropped while saving; check whether the last action was saved before repeating it.</translation>
    </message>
    <message>
        <source>Too many connections are open for this account (the database allows a few per person): close NeuroHub on the other PCs where you are logged in, or ask the administrator.</source>
        <translation>Too many connections are open for this account (the database allows a few per person): close NeuroHub on the other PCs where you are logged in, or ask the administrator.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. ({reason})</source>
        <translation>Your account is not allowed to do this. ({reason})</translation>
    </message>
    <message>
        <source>This entry already exists ({reason}).</source>
        <translation>This entry already exists ({reason}).</translation>
    </message>
    <message>
        <source>This entry already exists.</source>
        <translation>This entry already exists.</translation>
    </message>
    <message>
        <source>The entry refers to something that does not exist or is still in use.</source>
        <translation>The entry refers to something that does not exist or is still in use.</translation>
    </message>
    <message>
        <source>The value is not allowed ({constraint}).</source>
        <translation>The value is not allowed ({constraint}).</translation>
    </message>
    <message>
        <source>A required value is missing ({column}).</source>
        <translation>A required value is missing ({column}).</translation>
    </message>
    <message>
        <source>The database refused: {reason}</source>
        <translation>The database refused: {reason}</translation>
    </message>
    <message>
        <source>Unexpected database error: {reason}</source>
        <translation>Unexpected database error: {reason}</translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked until {until}. Try again later or ask the administrator (ADMIN) to unlock it.</source>
        <translation>Too many failed attempts: this account is locked until {until}. Try again later or ask the administrator (ADMIN) to unlock it.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>This account is disabled. Ask the administrator.</translation>
    </message>
    <message>
        <source>Wrong user ID or password.</source>
        <translation>Wrong user ID or password.</translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <source>The new password must have at least {minimum} characters.</source>
        <translation>The new password must have at least {minimum} characters.</translation>
    </message>
    <message>
        <source>The new password must not start or end with spaces.</source>
        <translation>The new password must not start or end with spaces.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>{problems}; and {more} more</source>
        <translation>{problems}; and {more} more</translation>
    </message>
    <message>
        <source>The criteria have {count} problems: {problems}</source>
        <translation>The criteria have {count} problems: {problems}</translation>
    </message>
    <message>
        <source>The criteria cannot be saved.</source>
        <translation>The criteria cannot be saved.</translation>
    </message>
    <message>
        <source>the criteria</source>
        <translation>the criteria</translation>
    </message>
    <message>
        <source>The criteria</source>
        <translation>The criteria</translation>
    </message>
    <message>
        <source>measurement #{n}</source>
        <translation>measurement #{n}</translation>
    </message>
    <message>
        <source>Measurement #{n}</source>
        <translation>Measurement #{n}</translation>
    </message>
    <message>
        <source>measurement {code}</source>
        <translation>measurement {code}</translation>
    </message>
    <message>
        <source>Measurement {code}</source>
        <translation>Measurement {code}</translation>
    </message>
    <message>
        <source>defect code #{n}</source>
        <translation>defect code #{n}</translation>
    </message>
    <message>
        <source>Defect code #{n}</source>
        <translation>Defect code #{n}</translation>
    </message>
    <message>
        <source>defect code {code}</source>
        <translation>defect code {code}</translation>
    </message>
    <message>
        <source>Defect code {code}</source>
        <translation>Defect code {code}</translation>
    </message>
    <message>
        <source>The criteria of {process} were changed meanwhile (now version {version}); nothing was saved. They are loaded again: make the change on them and save.</source>
        <translation>The criteria of {process} were changed meanwhile (now version {version}); nothing was saved. They are loaded again: make the change on them and save.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} bytes: this is not a criteria file.</source>
        <translation>The file is larger than {limit} bytes: this is not a criteria file.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {byte}).</source>
        <translation>The file is not UTF-8 text (byte {byte}).</translation>
    </message>
    <message>
        <source>The file is not JSON: {error} at line {line}, column {column}.</source>
        <translation>The file is not JSON: {error} at line {line}, column {column}.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {error}.</source>
        <translation>The file is not valid JSON: {error}.</translation>
    </message>
    <message>
        <source>The criteria must be a JSON object with &quot;measurements&quot; and &quot;defect_codes&quot;.</source>
        <translation>The criteria must be a JSON object with &quot;measurements&quot; and &quot;defect_codes&quot;.</translation>
    </message>
    <message>
        <source>&quot;reason&quot; must be one line of at most {limit} characters, or null.</source>
        <translation>&quot;reason&quot; must be one line of at most {limit} characters, or null.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a JSON array.</source>
        <translation>&quot;{key}&quot; must be a JSON array.</translation>
    </message>
    <message>
        <source>Measurement code {code} appears more than once.</source>
        <translation>Measurement code {code} appears more than once.</translation>
    </message>
    <message>
        <source>Defect code {code} appears more than once.</source>
        <translation>Defect code {code} appears more than once.</translation>
    </message>
    <message>
        <source>Code {code} is both a measurement item and a defect code: give one of them another code.</source>
        <translation>Code {code} is both a measurement item and a defect code: give one of them another code.</translation>
    </message>
    <message>
        <source>At least one defect code (not retired) is needed: FAIL and REWORK are recorded with one.</source>
        <translation>At least one defect code (not retired) is needed: FAIL and REWORK are recorded with one.</translation>
    </message>
    <message>
        <source>{where}: unknown kind {kind} (number, bool, text or component).</source>
        <translation>{where}: unknown kind {kind} (number, bool, text or component).</translation>
    </message>
    <message>
        <source>{process}&apos;s station records {code} itself: it must stay, as a {kind} item, not retired.</source>
        <translation>{process}&apos;s station records {code} itself: it must stay, as a {kind} item, not retired.</translation>
    </message>
    <message>
        <source>{process}&apos;s station records defect {code} itself: it must stay, not retired.</source>
        <translation>{process}&apos;s station records defect {code} itself: it must stay, not retired.</translation>
    </message>
    <message>
        <source>Measurement {code} is used by stored records and cannot be removed: retire it instead (&quot;retired&quot;: true; stations no longer offer it), or make it optional (&quot;required&quot;: false).</source>
        <translation>Measurement {code} is used by stored records and cannot be removed: retire it instead (&quot;retired&quot;: true; stations no longer offer it), or make it optional (&quot;required&quot;: false).</translation>
    </message>
    <message>
        <source>Defect code {code} is used by stored records and cannot be removed: retire it instead (&quot;retired&quot;: true; stations no longer offer it).</source>
        <translation>Defect code {code} is used by stored records and cannot be removed: retire it instead (&quot;retired&quot;: true; stations no longer offer it).</translation>
    </message>
    <message>
        <source>At least one defect code is needed: FAIL and REWORK are recorded with one.</source>
        <translation type="vanished">At least one defect code is needed: FAIL and REWORK are recorded with one.</translation>
    </message>
    <message>
        <source>{where} must be a JSON object.</source>
        <translation>{where} must be a JSON object.</translation>
    </message>
    <message>
        <source>{where}: &quot;unit&quot; must be text of at most {limit} characters, or null.</source>
        <translation>{where}: &quot;unit&quot; must be text of at most {limit} characters, or null.</translation>
    </message>
    <message>
        <source>{where}: unknown kind {kind} (number, bool or text).</source>
        <translation type="vanished">{where}: unknown kind {kind} (number, bool or text).</translation>
    </message>
    <message>
        <source>{where}: &quot;required&quot; must be true or false.</source>
        <translation>{where}: &quot;required&quot; must be true or false.</translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; must be a number or null, not {value}.</source>
        <translation>{where}: &quot;{key}&quot; must be a number or null, not {value}.</translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; is only for number items, this one is {kind}.</source>
        <translation>{where}: &quot;{key}&quot; is only for number items, this one is {kind}.</translation>
    </message>
    <message>
        <source>{where}: &quot;format&quot; must be a regular expression of at most {limit} characters, or null.</source>
        <translation>{where}: &quot;format&quot; must be a regular expression of at most {limit} characters, or null.</translation>
    </message>
    <message>
        <source>{where}: &quot;format&quot; is only for text items, this one is {kind}.</source>
        <translation>{where}: &quot;format&quot; is only for text items, this one is {kind}.</translation>
    </message>
    <message>
        <source>{where}: &quot;format&quot; {pattern} is not a regular expression ({error}).</source>
        <translation>{where}: &quot;format&quot; {pattern} is not a regular expression ({error}).</translation>
    </message>
    <message>
        <source>{where}: &quot;retired&quot; must be true or false.</source>
        <translation>{where}: &quot;retired&quot; must be true or false.</translation>
    </message>
    <message>
        <source>{where}: &quot;code&quot; {code} must be 1-{limit} capital letters, digits or &apos;_&apos;, starting with a letter.</source>
        <translation>{where}: &quot;code&quot; {code} must be 1-{limit} capital letters, digits or &apos;_&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>{where}: &quot;name&quot; must be its Korean name (1-{limit} characters, with Hangul).</source>
        <translation>{where}: &quot;name&quot; must be its Korean name (1-{limit} characters, with Hangul).</translation>
    </message>
    <message>
        <source>{where}: &quot;name_en&quot; must be its English name (1-{limit} characters, no Hangul).</source>
        <translation>{where}: &quot;name_en&quot; must be its English name (1-{limit} characters, no Hangul).</translation>
    </message>
    <message>
        <source>{where}: {low} {low_value} must be below {high} {high_value}.</source>
        <translation>{where}: {low} {low_value} must be below {high} {high_value}.</translation>
    </message>
    <message>
        <source>{process}&apos;s station records {code} itself: it must stay, as a {kind} item.</source>
        <translation type="vanished">{process}&apos;s station records {code} itself: it must stay, as a {kind} item.</translation>
    </message>
    <message>
        <source>{process}&apos;s station records defect {code} itself: it must stay.</source>
        <translation type="vanished">{process}&apos;s station records defect {code} itself: it must stay.</translation>
    </message>
    <message>
        <source>{process} passes on a scan and records only {codes}: measurement {code} must be optional (&quot;required&quot;: false).</source>
        <translation>{process} passes on a scan and records only {codes}: measurement {code} must be optional (&quot;required&quot;: false).</translation>
    </message>
    <message>
        <source>Measurement {code} is used by stored records and cannot be removed (the criteria have no way to retire it): keep it; it can be made optional (&quot;required&quot;: false).</source>
        <translation type="vanished">Measurement {code} is used by stored records and cannot be removed (the criteria have no way to retire it): keep it; it can be made optional (&quot;required&quot;: false).</translation>
    </message>
    <message>
        <source>Defect code {code} is used by stored records and cannot be removed (the criteria have no way to retire it): keep it.</source>
        <translation type="vanished">Defect code {code} is used by stored records and cannot be removed (the criteria have no way to retire it): keep it.</translation>
    </message>
    <message>
        <source>Measurement {code} is used by stored records as {old}: its kind cannot become {kind} (add a new code instead).</source>
        <translation>Measurement {code} is used by stored records as {old}: its kind cannot become {kind} (add a new code instead).</translation>
    </message>
    <message>
        <source>The reason must be one line of at most {limit} characters.</source>
        <translation>The reason must be one line of at most {limit} characters.</translation>
    </message>
    <message>
        <source>{where}: unknown key(s) {keys} (known: {known}).</source>
        <translation>{where}: unknown key(s) {keys} (known: {known}).</translation>
    </message>
    <message>
        <source>The scan is not text.</source>
        <translation>The scan is not text.</translation>
    </message>
    <message>
        <source>The scan is empty.</source>
        <translation>The scan is empty.</translation>
    </message>
    <message>
        <source>The scan contains non-ASCII characters (check the keyboard layout / IME of the scanner).</source>
        <translation>The scan contains non-ASCII characters (check the keyboard layout / IME of the scanner).</translation>
    </message>
    <message>
        <source>The scan contains a control character.</source>
        <translation>The scan contains a control character.</translation>
    </message>
    <message>
        <source>The scan is longer than {limit} characters.</source>
        <translation>The scan is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>{text} is not a process of this line (PROC-001..PROC-008).</source>
        <translation>{text} is not a process of this line (PROC-001..PROC-008).</translation>
    </message>
    <message>
        <source>{text} is not a LOT, WIP, serial or process ID.</source>
        <translation>{text} is not a LOT, WIP, serial or process ID.</translation>
    </message>
    <message>
        <source>{text} is not a WIP ID (WIP-&lt;LOT&gt;-&lt;NNN&gt;).</source>
        <translation>{text} is not a WIP ID (WIP-&lt;LOT&gt;-&lt;NNN&gt;).</translation>
    </message>
    <message>
        <source>{text}: the LOT part is longer than {limit} characters.</source>
        <translation>{text}: the LOT part is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>{text}: the WIP sequence must be 001..999.</source>
        <translation>{text}: the WIP sequence must be 001..999.</translation>
    </message>
    <message>
        <source>{text} is not a serial number (&lt;LOT&gt;-&lt;NNNN&gt;).</source>
        <translation>{text} is not a serial number (&lt;LOT&gt;-&lt;NNNN&gt;).</translation>
    </message>
    <message>
        <source>{text}: the serial sequence must be 0001..9999.</source>
        <translation>{text}: the serial sequence must be 0001..9999.</translation>
    </message>
    <message>
        <source>{text} is not a LOT number (A-Z, 0-9 and &apos;-&apos;, 3..50 characters).</source>
        <translation>{text} is not a LOT number (A-Z, 0-9 and &apos;-&apos;, 3..50 characters).</translation>
    </message>
    <message>
        <source>LOT {lot} has {length} characters; a LOT that carries WIPs may have at most {limit} (WIP IDs are limited to 19 characters).</source>
        <translation>LOT {lot} has {length} characters; a LOT that carries WIPs may have at most {limit} (WIP IDs are limited to 19 characters).</translation>
    </message>
    <message>
        <source>{name} must be an integer {low}..{high}, got {value}.</source>
        <translation>{name} must be an integer {low}..{high}, got {value}.</translation>
    </message>
    <message>
        <source>{text} is not a LOT number.</source>
        <translation>{text} is not a LOT number.</translation>
    </message>
    <message>
        <source>Model code {model} must be 1..4 upper-case letters/digits starting with a letter.</source>
        <translation>Model code {model} must be 1..4 upper-case letters/digits starting with a letter.</translation>
    </message>
    <message>
        <source>Shift must be D or N, got {shift}.</source>
        <translation>Shift must be D or N, got {shift}.</translation>
    </message>
    <message>
        <source>LOT date must be in 2000..2099, got {date}.</source>
        <translation>LOT date must be in 2000..2099, got {date}.</translation>
    </message>
    <message>
        <source>Serial {serial} is longer than {limit} characters.</source>
        <translation>Serial {serial} is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>All 99 LOT numbers {first}..{last} are used.</source>
        <translation>All 99 LOT numbers {first}..{last} are used.</translation>
    </message>
    <message>
        <source>{text} is not a WIP ID.</source>
        <translation>{text} is not a WIP ID.</translation>
    </message>
    <message>
        <source>Firmware version {version} must look like v1.2.3.</source>
        <translation>Firmware version {version} must look like v1.2.3.</translation>
    </message>
    <message>
        <source>The target MCU must be 1-{limit} printable characters.</source>
        <translation>The target MCU must be 1-{limit} printable characters.</translation>
    </message>
    <message>
        <source>The notes may have at most {limit} characters.</source>
        <translation>The notes may have at most {limit} characters.</translation>
    </message>
    <message>
        <source>Firmware file not found: {file}</source>
        <translation>Firmware file not found: {file}</translation>
    </message>
    <message>
        <source>The firmware file&apos;s name ({name_limit}) or path ({path_limit}) is too long.</source>
        <translation>The firmware file&apos;s name ({name_limit}) or path ({path_limit}) is too long.</translation>
    </message>
    <message>
        <source>The firmware file cannot be read: {error}</source>
        <translation>The firmware file cannot be read: {error}</translation>
    </message>
    <message>
        <source>The firmware file is empty: {file}</source>
        <translation>The firmware file is empty: {file}</translation>
    </message>
    <message>
        <source>Process {process} must look like PROC-003.</source>
        <translation>Process {process} must look like PROC-003.</translation>
    </message>
    <message>
        <source>Equipment code {code}: use 1-50 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (no spaces), starting and ending with a letter or digit.</source>
        <translation>Equipment code {code}: use 1-50 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (no spaces), starting and ending with a letter or digit.</translation>
    </message>
    <message>
        <source>The {what} must be 1-{limit} printable characters.</source>
        <translation>The {what} must be 1-{limit} printable characters.</translation>
    </message>
    <message>
        <source>equipment name</source>
        <translation>equipment name</translation>
    </message>
    <message>
        <source>equipment type</source>
        <translation>equipment type</translation>
    </message>
    <message>
        <source>Unknown equipment status {status}: {allowed}.</source>
        <translation>Unknown equipment status {status}: {allowed}.</translation>
    </message>
    <message>
        <source>Calibration due date {date} must be a date YYYY-MM-DD.</source>
        <translation>Calibration due date {date} must be a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Calibration interval {interval} must be a whole number of days, 1-{limit}.</source>
        <translation>Calibration interval {interval} must be a whole number of days, 1-{limit}.</translation>
    </message>
    <message>
        <source>is not registered</source>
        <translation>is not registered</translation>
    </message>
    <message>
        <source>is deactivated</source>
        <translation>is deactivated</translation>
    </message>
    <message>
        <source>is under maintenance</source>
        <translation>is under maintenance</translation>
    </message>
    <message>
        <source>is out of service</source>
        <translation>is out of service</translation>
    </message>
    <message>
        <source>is retired</source>
        <translation>is retired</translation>
    </message>
    <message>
        <source>is past its calibration date</source>
        <translation>is past its calibration date</translation>
    </message>
    <message>
        <source>Equipment {code} {problem}: a measured PASS needs a manager&apos;s signed override (or the equipment fixed).</source>
        <translation>Equipment {code} {problem}: a measured PASS needs a manager&apos;s signed override (or the equipment fixed).</translation>
    </message>
    <message>
        <source>{field}: the value is not text.</source>
        <translation>{field}: the value is not text.</translation>
    </message>
    <message>
        <source>{field}: the text is longer than {limit} characters.</source>
        <translation>{field}: the text is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>{field}: the text contains a control character.</source>
        <translation>{field}: the text contains a control character.</translation>
    </message>
    <message>
        <source>{result} is not PASS, FAIL or REWORK.</source>
        <translation>{result} is not PASS, FAIL or REWORK.</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>measurement</translation>
    </message>
    <message>
        <source>Measurement {code}: unknown kind {kind} (number, bool or text).</source>
        <translation type="vanished">Measurement {code}: unknown kind {kind} (number, bool or text).</translation>
    </message>
    <message>
        <source>Measurement {code}: unknown kind {kind} (number, bool, text or component).</source>
        <translation>Measurement {code}: unknown kind {kind} (number, bool, text or component).</translation>
    </message>
    <message>
        <source>Measurement {code}: limits are only for numbers.</source>
        <translation>Measurement {code}: limits are only for numbers.</translation>
    </message>
    <message>
        <source>Measurement {code}: lsl {lsl} is above usl {usl}.</source>
        <translation>Measurement {code}: lsl {lsl} is above usl {usl}.</translation>
    </message>
    <message>
        <source>Measurement {code}: required must be true or false.</source>
        <translation>Measurement {code}: required must be true or false.</translation>
    </message>
    <message>
        <source>Measurement {code}: a format is only for text items.</source>
        <translation>Measurement {code}: a format is only for text items.</translation>
    </message>
    <message>
        <source>Measurement {code}: the format is not a usable regular expression.</source>
        <translation>Measurement {code}: the format is not a usable regular expression.</translation>
    </message>
    <message>
        <source>Measurement {code}: a component item needs a format.</source>
        <translation>Measurement {code}: a component item needs a format.</translation>
    </message>
    <message>
        <source>defect code</source>
        <translation>defect code</translation>
    </message>
    <message>
        <source>quality_criteria must be a JSON object.</source>
        <translation>quality_criteria must be a JSON object.</translation>
    </message>
    <message>
        <source>Duplicate measurement codes: {codes}.</source>
        <translation>Duplicate measurement codes: {codes}.</translation>
    </message>
    <message>
        <source>Duplicate defect codes: {codes}.</source>
        <translation>Duplicate defect codes: {codes}.</translation>
    </message>
    <message>
        <source>Each {what} must be a JSON object.</source>
        <translation>Each {what} must be a JSON object.</translation>
    </message>
    <message>
        <source>A {what} has no {key}.</source>
        <translation>A {what} has no {key}.</translation>
    </message>
    <message>
        <source>{code}: {key} must be text.</source>
        <translation>{code}: {key} must be text.</translation>
    </message>
    <message>
        <source>{code}: {key} must be true or false.</source>
        <translation>{code}: {key} must be true or false.</translation>
    </message>
    <message>
        <source>Measurement {code}: {key} must be a finite number.</source>
        <translation>Measurement {code}: {key} must be a finite number.</translation>
    </message>
    <message>
        <source>quality_criteria.{key} must be a list.</source>
        <translation>quality_criteria.{key} must be a list.</translation>
    </message>
    <message>
        <source>The value is not text.</source>
        <translation>The value is not text.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>The number is too long.</translation>
    </message>
    <message>
        <source>No value was entered.</source>
        <translation>No value was entered.</translation>
    </message>
    <message>
        <source>{value}: thousands separators are not accepted; use one decimal separator.</source>
        <translation>{value}: thousands separators are not accepted; use one decimal separator.</translation>
    </message>
    <message>
        <source>{value} is not a finite number.</source>
        <translation>{value} is not a finite number.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} is not a number.</translation>
    </message>
    <message>
        <source>{value} is out of range.</source>
        <translation>{value} is out of range.</translation>
    </message>
    <message>
        <source>{code}: {value} is not a finite number.</source>
        <translation>{code}: {value} is not a finite number.</translation>
    </message>
    <message>
        <source>{code}: {value} is not a number.</source>
        <translation>{code}: {value} is not a number.</translation>
    </message>
    <message>
        <source>{code}: {value} is not yes/no.</source>
        <translation>{code}: {value} is not yes/no.</translation>
    </message>
    <message>
        <source>{code}: {value} does not have the expected format {format}.</source>
        <translation>{code}: {value} does not have the expected format {format}.</translation>
    </message>
    <message>
        <source>{code}: {value} is not text.</source>
        <translation>{code}: {value} is not text.</translation>
    </message>
    <message>
        <source>Unknown measurement(s): {codes}.</source>
        <translation>Unknown measurement(s): {codes}.</translation>
    </message>
    <message>
        <source>Result must be PASS, FAIL or REWORK, not {result}.</source>
        <translation>Result must be PASS, FAIL or REWORK, not {result}.</translation>
    </message>
    <message>
        <source>PASS is not allowed: out of limits: {codes}.</source>
        <translation>PASS is not allowed: out of limits: {codes}.</translation>
    </message>
    <message>
        <source>PASS is not allowed: not entered: {codes}.</source>
        <translation>PASS is not allowed: not entered: {codes}.</translation>
    </message>
    <message>
        <source>PASS is not allowed with defects.</source>
        <translation>PASS is not allowed with defects.</translation>
    </message>
    <message>
        <source>{result} needs at least one defect code.</source>
        <translation>{result} needs at least one defect code.</translation>
    </message>
    <message>
        <source>Unknown defect code(s) for this step: {codes}.</source>
        <translation>Unknown defect code(s) for this step: {codes}.</translation>
    </message>
    <message>
        <source>Ready to start {process}.</source>
        <translation>Ready to start {process}.</translation>
    </message>
    <message>
        <source>{unit} is in progress here: continue.</source>
        <translation>{unit} is in progress here: continue.</translation>
    </message>
    <message>
        <source>{unit} has not passed {previous} yet: it cannot start {process}.</source>
        <translation>{unit} has not passed {previous} yet: it cannot start {process}.</translation>
    </message>
    <message>
        <source>{unit} has already passed {process}.</source>
        <translation>{unit} has already passed {process}.</translation>
    </message>
    <message>
        <source>{unit} is in progress at {current}: finish or cancel it there first.</source>
        <translation>{unit} is in progress at {current}: finish or cancel it there first.</translation>
    </message>
    <message>
        <source>{unit} is FAILED: a manager must reopen or scrap it.</source>
        <translation>{unit} is FAILED: a manager must reopen or scrap it.</translation>
    </message>
    <message>
        <source>{unit} has reached the rework limit ({limit}): it must be scrapped.</source>
        <translation>{unit} has reached the rework limit ({limit}): it must be scrapped.</translation>
    </message>
    <message>
        <source>LOT {lot} is {lot_status}: no more work on its units.</source>
        <translation>LOT {lot} is {lot_status}: no more work on its units.</translation>
    </message>
    <message>
        <source>LOT {lot} already has all {target} units.</source>
        <translation>LOT {lot} already has all {target} units.</translation>
    </message>
    <message>
        <source>{unit} is a {kind}: this station ({process}) expects a {expected}.</source>
        <translation>{unit} is a {kind}: this station ({process}) expects a {expected}.</translation>
    </message>
    <message>
        <source>{unit} is not registered.</source>
        <translation>{unit} is not registered.</translation>
    </message>
    <message>
        <source>{unit} has been scrapped.</source>
        <translation>{unit} has been scrapped.</translation>
    </message>
    <message>
        <source>{unit} has finished this step; it continues as {next}.</source>
        <translation>{unit} has finished this step; it continues as {next}.</translation>
    </message>
    <message>
        <source>LOT</source>
        <translation>LOT</translation>
    </message>
    <message>
        <source>WIP</source>
        <translation>WIP</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>serial</translation>
    </message>
    <message>
        <source>process barcode</source>
        <translation>process barcode</translation>
    </message>
    <message>
        <source>{unit} ({status} at {step})</source>
        <translation>{unit} ({status} at {step})</translation>
    </message>
    <message>
        <source>{unit} ({status}, passed {step})</source>
        <translation>{unit} ({status}, passed {step})</translation>
    </message>
    <message>
        <source>{unit} ({status})</source>
        <translation>{unit} ({status})</translation>
    </message>
    <message>
        <source>There is nothing to print (empty label).</source>
        <translation>There is nothing to print (empty label).</translation>
    </message>
    <message>
        <source>Invalid printer host {host}.</source>
        <translation>Invalid printer host {host}.</translation>
    </message>
    <message>
        <source>Invalid printer port {port}.</source>
        <translation>Invalid printer port {port}.</translation>
    </message>
    <message>
        <source>Printer timeouts must be positive.</source>
        <translation>Printer timeouts must be positive.</translation>
    </message>
    <message>
        <source>Printer address {host} cannot be resolved; check the station settings.</source>
        <translation>Printer address {host} cannot be resolved; check the station settings.</translation>
    </message>
    <message>
        <source>The printer at {printer} did not answer within {seconds} s. Is it switched on and connected?</source>
        <translation>The printer at {printer} did not answer within {seconds} s. Is it switched on and connected?</translation>
    </message>
    <message>
        <source>The printer at {printer} refused the connection (busy, or not a printer port).</source>
        <translation>The printer at {printer} refused the connection (busy, or not a printer port).</translation>
    </message>
    <message>
        <source>Cannot reach the printer at {printer}: {error}.</source>
        <translation>Cannot reach the printer at {printer}: {error}.</translation>
    </message>
    <message>
        <source>Sending the label to {printer} timed out; it may be partly printed. Check the printer before printing again.</source>
        <translation>Sending the label to {printer} timed out; it may be partly printed. Check the printer before printing again.</translation>
    </message>
    <message>
        <source>The connection to {printer} broke while sending the label: {error}.</source>
        <translation>The connection to {printer} broke while sending the label: {error}.</translation>
    </message>
    <message>
        <source>The spool folder {folder} does not exist or is not reachable.</source>
        <translation>The spool folder {folder} does not exist or is not reachable.</translation>
    </message>
    <message>
        <source>Cannot write the label into {folder}: {error}.</source>
        <translation>Cannot write the label into {folder}: {error}.</translation>
    </message>
    <message>
        <source>Printer setting {setting} is not host:port, spool:&lt;folder&gt; or a folder path.</source>
        <translation>Printer setting {setting} is not host:port, spool:&lt;folder&gt; or a folder path.</translation>
    </message>
    <message>
        <source>Cannot print {text}: {reason}</source>
        <translation>Cannot print {text}: {reason}</translation>
    </message>
    <message>
        <source>{text} is not a canonical {kind} ID.</source>
        <translation>{text} is not a canonical {kind} ID.</translation>
    </message>
    <message>
        <source>Label text {text} has a control character.</source>
        <translation>Label text {text} has a control character.</translation>
    </message>
    <message>
        <source>{data} is too long for a Code128 on a 60 mm label.</source>
        <translation>{data} is too long for a Code128 on a 60 mm label.</translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation>{value} is not a date.</translation>
    </message>
    <message>
        <source>Serial {serial} does not belong to LOT {lot}.</source>
        <translation>Serial {serial} does not belong to LOT {lot}.</translation>
    </message>
    <message>
        <source>Quantity must be 1..9999, got {quantity}.</source>
        <translation>Quantity must be 1..9999, got {quantity}.</translation>
    </message>
    <message>
        <source>Another station is working on this unit right now; try again when it is done.</source>
        <translation>Another station is working on this unit right now; try again when it is done.</translation>
    </message>
    <message>
        <source>The database received this too late; nothing was recorded. Send it again.</source>
        <translation>The database received this too late; nothing was recorded. Send it again.</translation>
    </message>
    <message>
        <source>Only an ADMIN manages accounts.</source>
        <translation>Only an ADMIN manages accounts.</translation>
    </message>
    <message>
        <source>Unknown role {role}: ADMIN, MANAGER, WORKER or VIEWER.</source>
        <translation>Unknown role {role}: ADMIN, MANAGER, WORKER or VIEWER.</translation>
    </message>
    <message>
        <source>A display name of 1-{limit} characters is required.</source>
        <translation>A display name of 1-{limit} characters is required.</translation>
    </message>
    <message>
        <source>The login ID {user} is already taken; choose another.</source>
        <translation>The login ID {user} is already taken; choose another.</translation>
    </message>
    <message>
        <source>You cannot demote or deactivate your own account.</source>
        <translation>You cannot demote or deactivate your own account.</translation>
    </message>
    <message>
        <source>There is no user {user}.</source>
        <translation>There is no user {user}.</translation>
    </message>
    <message>
        <source>A database role for {user} already exists and is not NeuroHub&apos;s: ask the database administrator.</source>
        <translation>A database role for {user} already exists and is not NeuroHub&apos;s: ask the database administrator.</translation>
    </message>
    <message>
        <source>A login ID is 1-50 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (no spaces, no Korean).</source>
        <translation>A login ID is 1-50 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (no spaces, no Korean).</translation>
    </message>
    <message>
        <source>Only an ADMIN manages firmware and equipment.</source>
        <translation type="vanished">Only an ADMIN manages firmware and equipment.</translation>
    </message>
    <message>
        <source>Only an ADMIN manages firmware, equipment and process criteria.</source>
        <translation>Only an ADMIN manages firmware, equipment and process criteria.</translation>
    </message>
    <message>
        <source>{subject} is the only active firmware of its MCU and a unit is in progress at PROC-004: activate another version instead.</source>
        <translation>{subject} is the only active firmware of its MCU and a unit is in progress at PROC-004: activate another version instead.</translation>
    </message>
    <message>
        <source>{subject} is not registered.</source>
        <translation>{subject} is not registered.</translation>
    </message>
    <message>
        <source>A firmware file has a size above 0 and a 32-digit MD5.</source>
        <translation>A firmware file has a size above 0 and a 32-digit MD5.</translation>
    </message>
    <message>
        <source>Equipment needs a code (up to 50), a name (up to 255), a type (up to 50) and a known status.</source>
        <translation>Equipment needs a code (up to 50), a name (up to 255), a type (up to 50) and a known status.</translation>
    </message>
    <message>
        <source>The firmware file changed after its size and MD5 were computed: check them again, then register.</source>
        <translation>The firmware file changed after its size and MD5 were computed: check them again, then register.</translation>
    </message>
    <message>
        <source>This firmware version already exists: {version} is registered for {mcu}.</source>
        <translation>This firmware version already exists: {version} is registered for {mcu}.</translation>
    </message>
    <message>
        <source>Firmware {version} is already registered (for {mcu}).</source>
        <translation type="vanished">Firmware {version} is already registered (for {mcu}).</translation>
    </message>
    <message>
        <source>Equipment code {code} already exists ({name}): choose another code, or select it in the list to edit it.</source>
        <translation>Equipment code {code} already exists ({name}): choose another code, or select it in the list to edit it.</translation>
    </message>
    <message>
        <source>Only a MANAGER or ADMIN may do this.</source>
        <translation>Only a MANAGER or ADMIN may do this.</translation>
    </message>
    <message>
        <source>Enter a reason.</source>
        <translation>Enter a reason.</translation>
    </message>
    <message>
        <source>LOT {lot} does not exist.</source>
        <translation>LOT {lot} does not exist.</translation>
    </message>
    <message>
        <source>No label printer is configured for this station.</source>
        <translation>No label printer is configured for this station.</translation>
    </message>
    <message>
        <source>Shift must be D (day) or N (night).</source>
        <translation>Shift must be D (day) or N (night).</translation>
    </message>
    <message>
        <source>Target quantity must be 1..{limit}.</source>
        <translation>Target quantity must be 1..{limit}.</translation>
    </message>
    <message>
        <source>Model {model} does not exist.</source>
        <translation>Model {model} does not exist.</translation>
    </message>
    <message>
        <source>LOT {lot} cannot be completed: {count} unit(s) are not finished — {units}{more}. Finish, reopen or scrap them first.</source>
        <translation>LOT {lot} cannot be completed: {count} unit(s) are not finished — {units}{more}. Finish, reopen or scrap them first.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>Scan a WIP or a serial.</source>
        <translation>Scan a WIP or a serial.</translation>
    </message>
    <message>
        <source>{unit} does not exist.</source>
        <translation>{unit} does not exist.</translation>
    </message>
    <message>
        <source>{unit} is {status}, not FAILED.</source>
        <translation>{unit} is {status}, not FAILED.</translation>
    </message>
    <message>
        <source>{unit} has {count} failed attempts; the limit is {limit}: it can only be scrapped.</source>
        <translation>{unit} has {count} failed attempts; the limit is {limit}: it can only be scrapped.</translation>
    </message>
    <message>
        <source>This station has no equipment set up: there is nothing to override.</source>
        <translation>This station has no equipment set up: there is nothing to override.</translation>
    </message>
    <message>
        <source>{unit} is not a WIP.</source>
        <translation>{unit} is not a WIP.</translation>
    </message>
    <message>
        <source>The scanned label ({scanned}) is not {serial}.</source>
        <translation>The scanned label ({scanned}) is not {serial}.</translation>
    </message>
    <message>
        <source>Start {process} for {unit} first.</source>
        <translation>Start {process} for {unit} first.</translation>
    </message>
    <message>
        <source>This action belongs to {process}.</source>
        <translation>This action belongs to {process}.</translation>
    </message>
    <message>
        <source>Your role cannot record station work.</source>
        <translation>Your role cannot record station work.</translation>
    </message>
    <message>
        <source>No single active firmware version is registered: the version cannot be checked, so PASS is not possible.</source>
        <translation>No single active firmware version is registered: the version cannot be checked, so PASS is not possible.</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>{unit} has no label.</source>
        <translation>{unit} has no label.</translation>
    </message>
    <message>
        <source>{text} is a process, not a LOT, WIP or serial.</source>
        <translation>{text} is a process, not a LOT, WIP or serial.</translation>
    </message>
    <message>
        <source>{text} was not found.</source>
        <translation>{text} was not found.</translation>
    </message>
    <message>
        <source>Type a LOT, WIP or serial ID, a component lot or a firmware version.</source>
        <translation>Type a LOT, WIP or serial ID, a component lot or a firmware version.</translation>
    </message>
    <message>
        <source>Only an ADMIN sees the line&apos;s set-up checklist.</source>
        <translation>Only an ADMIN sees the line&apos;s set-up checklist.</translation>
    </message>
    <message>
        <source>Give a reason for this change (one line, 1-{limit} characters).</source>
        <translation>Give a reason for this change (one line, 1-{limit} characters).</translation>
    </message>
    <message>
        <source>The downgrade drops these tables and their rows:</source>
        <translation>The downgrade drops these tables and their rows:</translation>
    </message>
    <message>
        <source>Type yes to drop them (the backup above keeps them):</source>
        <translation>Type yes to drop them (the backup above keeps them):</translation>
    </message>
    <message>
        <source>The downgrade to {revision} drops the audit trail ({rows} rows in audit_logs): refused unless the database is named with --confirm-database {database}.</source>
        <translation>The downgrade to {revision} drops the audit trail ({rows} rows in audit_logs): refused unless the database is named with --confirm-database {database}.</translation>
    </message>
    <message>
        <source>The downgrade was not confirmed: nothing was changed.</source>
        <translation>The downgrade was not confirmed: nothing was changed.</translation>
    </message>
</context>
</TS>
