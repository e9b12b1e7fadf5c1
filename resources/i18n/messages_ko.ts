<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Unknown role {role}: WORKER, MANAGER, ADMIN or VIEWER.</source>
        <translation>알 수 없는 권한입니다({role}): WORKER, MANAGER, ADMIN, VIEWER 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>Login ID {user}: use 1-50 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (no spaces, no Korean), starting with a letter or digit.</source>
        <translation>로그인 ID({user})는 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;로 된 1~50자여야 합니다(공백·한글 불가, 영문자나 숫자로 시작).</translation>
    </message>
    <message>
        <source>A display name of 1-100 printable characters is required.</source>
        <translation>표시 이름은 1~100자의 인쇄 가능한 문자여야 합니다.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>표준 입력에 비밀번호가 없습니다.</translation>
    </message>
    <message>
        <source>No terminal to type the password on: pipe it with --password-stdin.</source>
        <translation>비밀번호를 입력할 터미널이 없습니다. --password-stdin으로 전달하세요.</translation>
    </message>
    <message>
        <source>The new password must not contain control characters.</source>
        <translation>새 비밀번호에 제어 문자를 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>A change needs --reason TEXT: why it is made (one line, 1-{limit} characters), for the audit trail. Nothing was changed.</source>
        <translation>변경에는 --reason TEXT가 필요합니다: 변경 사유(한 줄, 1-{limit}자)는 감사 기록에 남습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The database cannot be reached: {reason}</source>
        <translation>데이터베이스에 연결할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The database is not ready: {reason}</source>
        <translation>데이터베이스가 준비되지 않았습니다. `neurohub-desktop db upgrade`를 먼저 실행하세요: {reason}</translation>
    </message>
    <message>
        <source>No user with login ID {user}.</source>
        <translation>로그인 ID가 {user}인 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>No firmware version {version}.</source>
        <translation>펌웨어 버전 {version}이(가) 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>오류: {message}</translation>
    </message>
    <message>
        <source>Criteria file not found: {file}</source>
        <translation>기준 파일이 없습니다: {file}</translation>
    </message>
    <message>
        <source>The criteria file cannot be read: {error}</source>
        <translation>기준 파일을 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Cannot write {file}: the folder does not exist or it is one.</source>
        <translation>{file}에 쓸 수 없습니다: 폴더가 없거나 폴더 이름입니다.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>{file}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>No process {process}.</source>
        <translation>공정 {process}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No equipment with code {code}.</source>
        <translation>설비 코드 {code}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Equipment code {code} already exists ({name}); change it with `admin equipment set-status`.</source>
        <translation>설비 코드 {code}는 이미 있습니다({name}). `admin equipment set-status`로 바꾸세요.</translation>
    </message>
    <message>
        <source>The criteria of {process} were changed meanwhile (now version {version}); export them again and retry.</source>
        <translation>{process}의 기준이 그사이 변경되었습니다(현재 버전 {version}). 다시 내보낸 뒤 가져오세요.</translation>
    </message>
    <message>
        <source>This LOT status change is not allowed. ({reason})</source>
        <translation>허용되지 않는 LOT 상태 변경입니다. ({reason})</translation>
    </message>
    <message>
        <source>This step cannot be recorded now: the process order does not allow it. ({reason})</source>
        <translation>공정 순서상 지금 이 공정을 진행할 수 없습니다. ({reason})</translation>
    </message>
    <message>
        <source>The result does not match the defects and measurements recorded. ({reason})</source>
        <translation>판정 결과가 기록된 불량·측정값과 맞지 않습니다. ({reason})</translation>
    </message>
    <message>
        <source>This LOT cannot take another unit (it is full or no longer open). ({reason})</source>
        <translation>이 LOT에는 더 이상 제품을 추가할 수 없습니다 (수량 초과 또는 진행 중이 아닌 LOT). ({reason})</translation>
    </message>
    <message>
        <source>The rework limit is reached or the unit is scrapped. ({reason})</source>
        <translation>재작업 한도를 넘었거나 폐기된 제품입니다. ({reason})</translation>
    </message>
    <message>
        <source>The audit trail cannot be changed or deleted. ({reason})</source>
        <translation>감사 로그는 수정하거나 삭제할 수 없습니다. ({reason})</translation>
    </message>
    <message>
        <source>The LOT could not be moved to in-progress. ({reason})</source>
        <translation>LOT을 진행 중 상태로 바꿀 수 없습니다. ({reason})</translation>
    </message>
    <message>
        <source>The change time of the record could not be set. ({reason})</source>
        <translation>레코드의 변경 시각을 기록할 수 없습니다. ({reason})</translation>
    </message>
    <message>
        <source>This LOT number already exists.</source>
        <translation>이미 있는 LOT 번호입니다.</translation>
    </message>
    <message>
        <source>This serial number already exists.</source>
        <translation>이미 있는 시리얼 번호입니다.</translation>
    </message>
    <message>
        <source>This LOT already has a unit with that number.</source>
        <translation>이 LOT에 같은 순번의 제품이 이미 있습니다.</translation>
    </message>
    <message>
        <source>This WIP ID already exists.</source>
        <translation>이미 있는 WIP ID입니다.</translation>
    </message>
    <message>
        <source>This login ID is already taken.</source>
        <translation>이미 사용 중인 로그인 ID입니다.</translation>
    </message>
    <message>
        <source>This e-mail address is already used.</source>
        <translation>이미 사용 중인 이메일입니다.</translation>
    </message>
    <message>
        <source>This firmware version already exists.</source>
        <translation>이미 등록된 펌웨어 버전입니다.</translation>
    </message>
    <message>
        <source>This equipment code already exists.</source>
        <translation>이미 있는 설비 코드입니다.</translation>
    </message>
    <message>
        <source>This change needs a reason (one line, up to 500 characters).</source>
        <translation>이 변경에는 사유가 필요합니다(한 줄, 500자 이내).</translation>
    </message>
    <message>
        <source>A signed decision needs a reason (up to 500 characters).</source>
        <translation type="vanished">서명 승인에는 사유가 필요합니다(500자 이내).</translation>
    </message>
    <message>
        <source>The equipment is fit for use: no override is needed.</source>
        <translation>설비가 사용 가능한 상태여서 승인이 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>The data is locked by another station; try again in a moment.</source>
        <translation>다른 스테이션이 사용 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database took too long to answer; try again in a moment.</source>
        <translation>데이터베이스 응답이 너무 늦습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Two stations collided (deadlock); try again.</source>
        <translation>두 스테이션의 작업이 충돌했습니다(교착). 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Another station changed the same data at the same time; try again.</source>
        <translation>다른 스테이션이 같은 데이터를 동시에 변경했습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database server cannot be reached; check the network and try again.</source>
        <translation>데이터베이스 서버에 연결할 수 없습니다. 네트워크를 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The connection dropped while saving; check whether the last action was saved before repeating it.</source>
        <translation>저장 중 연결이 끊겼습니다. 마지막 작업이 저장되었는지 확인한 뒤 다시 하세요.</translation>
    </message>
    <message>
        <source>Too many connections are open for this account (the database allows a few per person): close NeuroHub on the other PCs where you are logged in, or ask the administrator.</source>
        <translation>이 계정으로 열린 연결이 너무 많습니다(한 사람당 몇 개만 허용됩니다). 다른 PC에서 로그인한 NeuroHub를 닫거나 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. ({reason})</source>
        <translation>현재 계정으로는 이 작업을 할 수 없습니다. ({reason})</translation>
    </message>
    <message>
        <source>This entry already exists ({reason}).</source>
        <translation>이미 있는 항목입니다 ({reason}).</translation>
    </message>
    <message>
        <source>This entry already exists.</source>
        <translation>이미 있는 항목입니다.</translation>
    </message>
    <message>
        <source>The entry refers to something that does not exist or is still in use.</source>
        <translation>참조하는 항목이 없거나 아직 사용 중입니다.</translation>
    </message>
    <message>
        <source>The value is not allowed ({constraint}).</source>
        <translation>허용되지 않는 값입니다 ({constraint}).</translation>
    </message>
    <message>
        <source>A required value is missing ({column}).</source>
        <translation>필수 값이 비어 있습니다 ({column}).</translation>
    </message>
    <message>
        <source>The database refused: {reason}</source>
        <translation>데이터베이스가 거부했습니다: {reason}</translation>
    </message>
    <message>
        <source>Unexpected database error: {reason}</source>
        <translation>예상하지 못한 데이터베이스 오류: {reason}</translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked until {until}. Try again later or ask the administrator (ADMIN) to unlock it.</source>
        <translation>로그인 실패가 너무 많아 계정이 {until}까지 잠겼습니다. 나중에 다시 시도하거나 시스템 관리자(ADMIN)에게 잠금 해제를 요청하세요.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>비활성화된 계정입니다. 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Wrong user ID or password.</source>
        <translation>사용자 ID 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>새 비밀번호가 서로 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>The new password must have at least {minimum} characters.</source>
        <translation>새 비밀번호는 {minimum}자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The new password must not start or end with spaces.</source>
        <translation>새 비밀번호의 앞뒤에 공백을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>새 비밀번호는 현재 비밀번호와 달라야 합니다.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>현재 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>{problems}; and {more} more</source>
        <translation>{problems}; 외 {more}건</translation>
    </message>
    <message>
        <source>The criteria have {count} problems: {problems}</source>
        <translation>기준에 문제가 {count}건 있습니다: {problems}</translation>
    </message>
    <message>
        <source>The criteria cannot be saved.</source>
        <translation>기준을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>the criteria</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>The criteria</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>measurement #{n}</source>
        <translation>측정 항목 #{n}</translation>
    </message>
    <message>
        <source>Measurement #{n}</source>
        <translation>측정 항목 #{n}</translation>
    </message>
    <message>
        <source>measurement {code}</source>
        <translation>측정 항목 {code}</translation>
    </message>
    <message>
        <source>Measurement {code}</source>
        <translation>측정 항목 {code}</translation>
    </message>
    <message>
        <source>defect code #{n}</source>
        <translation>불량 코드 #{n}</translation>
    </message>
    <message>
        <source>Defect code #{n}</source>
        <translation>불량 코드 #{n}</translation>
    </message>
    <message>
        <source>defect code {code}</source>
        <translation>불량 코드 {code}</translation>
    </message>
    <message>
        <source>Defect code {code}</source>
        <translation>불량 코드 {code}</translation>
    </message>
    <message>
        <source>The criteria of {process} were changed meanwhile (now version {version}); nothing was saved. They are loaded again: make the change on them and save.</source>
        <translation>{process}의 기준이 그사이 다른 곳에서 변경되었습니다(현재 버전 {version}). 저장되지 않았습니다. 기준을 다시 불러왔으니 변경 후 다시 저장하세요.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} bytes: this is not a criteria file.</source>
        <translation>파일이 {limit}바이트보다 큽니다. 기준 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {byte}).</source>
        <translation>파일이 UTF-8 텍스트가 아닙니다({byte}번째 바이트).</translation>
    </message>
    <message>
        <source>The file is not JSON: {error} at line {line}, column {column}.</source>
        <translation>JSON 형식이 아닙니다: {line}행 {column}열 ({error}).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {error}.</source>
        <translation>올바른 JSON이 아닙니다: {error}.</translation>
    </message>
    <message>
        <source>The criteria must be a JSON object with &quot;measurements&quot; and &quot;defect_codes&quot;.</source>
        <translation>기준은 &quot;measurements&quot;와 &quot;defect_codes&quot;가 있는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;reason&quot; must be one line of at most {limit} characters, or null.</source>
        <translation>&quot;reason&quot;은 {limit}자 이하의 한 줄 문자열이거나 null이어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a JSON array.</source>
        <translation>&quot;{key}&quot;는 JSON 배열이어야 합니다.</translation>
    </message>
    <message>
        <source>Measurement code {code} appears more than once.</source>
        <translation>측정 항목 코드 {code}가 중복되었습니다.</translation>
    </message>
    <message>
        <source>Defect code {code} appears more than once.</source>
        <translation>불량 코드 {code}가 중복되었습니다.</translation>
    </message>
    <message>
        <source>Code {code} is both a measurement item and a defect code: give one of them another code.</source>
        <translation>코드 {code}가 측정 항목과 불량 코드에 모두 쓰였습니다. 하나의 코드를 바꾸세요.</translation>
    </message>
    <message>
        <source>At least one defect code (not retired) is needed: FAIL and REWORK are recorded with one.</source>
        <translation>사용 중인(폐기되지 않은) 불량 코드가 하나 이상 필요합니다(FAIL과 REWORK는 불량 코드와 함께 기록됩니다).</translation>
    </message>
    <message>
        <source>{where}: unknown kind {kind} (number, bool, text or component).</source>
        <translation>{where}: 알 수 없는 종류 {kind} (number, bool, text, component 중 하나).</translation>
    </message>
    <message>
        <source>{process}&apos;s station records {code} itself: it must stay, as a {kind} item, not retired.</source>
        <translation>{process} 스테이션이 {code}를 직접 기록하므로 폐기하지 않은 {kind} 항목으로 남아 있어야 합니다.</translation>
    </message>
    <message>
        <source>{process}&apos;s station records defect {code} itself: it must stay, not retired.</source>
        <translation>{process} 스테이션이 불량 코드 {code}를 직접 기록하므로 폐기하지 않고 남겨 두어야 합니다.</translation>
    </message>
    <message>
        <source>Measurement {code} is used by stored records and cannot be removed: retire it instead (&quot;retired&quot;: true; stations no longer offer it), or make it optional (&quot;required&quot;: false).</source>
        <translation>측정 항목 {code}는 저장된 기록에서 사용 중이라 삭제할 수 없습니다. 대신 폐기(&quot;retired&quot;: true, 스테이션에 더 이상 표시되지 않음)하거나 선택 항목(&quot;required&quot;: false)으로 바꾸세요.</translation>
    </message>
    <message>
        <source>Defect code {code} is used by stored records and cannot be removed: retire it instead (&quot;retired&quot;: true; stations no longer offer it).</source>
        <translation>불량 코드 {code}는 저장된 기록에서 사용 중이라 삭제할 수 없습니다. 대신 폐기(&quot;retired&quot;: true, 스테이션에 더 이상 표시되지 않음)하세요.</translation>
    </message>
    <message>
        <source>At least one defect code is needed: FAIL and REWORK are recorded with one.</source>
        <translation type="vanished">불량 코드가 하나 이상 필요합니다(FAIL과 REWORK는 불량 코드와 함께 기록됩니다).</translation>
    </message>
    <message>
        <source>{where} must be a JSON object.</source>
        <translation>{where}은(는) JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>{where}: &quot;unit&quot; must be text of at most {limit} characters, or null.</source>
        <translation>{where}: &quot;unit&quot;은 {limit}자 이하의 문자열이거나 null이어야 합니다.</translation>
    </message>
    <message>
        <source>{where}: unknown kind {kind} (number, bool or text).</source>
        <translation type="vanished">{where}: 알 수 없는 종류 {kind} (number, bool, text 중 하나).</translation>
    </message>
    <message>
        <source>{where}: &quot;required&quot; must be true or false.</source>
        <translation>{where}: &quot;required&quot;는 true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; must be a number or null, not {value}.</source>
        <translation>{where}: &quot;{key}&quot;는 숫자나 null이어야 합니다({value}).</translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; is only for number items, this one is {kind}.</source>
        <translation>{where}: &quot;{key}&quot;는 숫자 항목에만 지정합니다({kind} 항목).</translation>
    </message>
    <message>
        <source>{where}: &quot;format&quot; must be a regular expression of at most {limit} characters, or null.</source>
        <translation>{where}: &quot;format&quot;은 {limit}자 이하의 정규식이거나 null이어야 합니다.</translation>
    </message>
    <message>
        <source>{where}: &quot;format&quot; is only for text items, this one is {kind}.</source>
        <translation>{where}: &quot;format&quot;은 텍스트 항목에만 지정합니다({kind} 항목).</translation>
    </message>
    <message>
        <source>{where}: &quot;format&quot; {pattern} is not a regular expression ({error}).</source>
        <translation>{where}: &quot;format&quot; {pattern}이(가) 올바른 정규식이 아닙니다({error}).</translation>
    </message>
    <message>
        <source>{where}: &quot;retired&quot; must be true or false.</source>
        <translation>{where}: &quot;retired&quot;는 true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>{where}: &quot;code&quot; {code} must be 1-{limit} capital letters, digits or &apos;_&apos;, starting with a letter.</source>
        <translation>{where}: &quot;code&quot; {code}는 영문 대문자로 시작하는 대문자·숫자·&apos;_&apos; 1~{limit}자여야 합니다.</translation>
    </message>
    <message>
        <source>{where}: &quot;name&quot; must be its Korean name (1-{limit} characters, with Hangul).</source>
        <translation>{where}: &quot;name&quot;에는 한글 이름(1~{limit}자)이 필요합니다.</translation>
    </message>
    <message>
        <source>{where}: &quot;name_en&quot; must be its English name (1-{limit} characters, no Hangul).</source>
        <translation>{where}: &quot;name_en&quot;에는 영문 이름(1~{limit}자, 한글 없이)이 필요합니다.</translation>
    </message>
    <message>
        <source>{where}: {low} {low_value} must be below {high} {high_value}.</source>
        <translation>{where}: {low} {low_value}이(가) {high} {high_value}보다 작아야 합니다.</translation>
    </message>
    <message>
        <source>{process}&apos;s station records {code} itself: it must stay, as a {kind} item.</source>
        <translation type="vanished">{process} 스테이션이 {code}를 직접 기록하므로 {kind} 항목으로 남아 있어야 합니다.</translation>
    </message>
    <message>
        <source>{process}&apos;s station records defect {code} itself: it must stay.</source>
        <translation type="vanished">{process} 스테이션이 불량 코드 {code}를 직접 기록하므로 남아 있어야 합니다.</translation>
    </message>
    <message>
        <source>{process} passes on a scan and records only {codes}: measurement {code} must be optional (&quot;required&quot;: false).</source>
        <translation>{process}는 스캔으로 합격 처리되어 {codes}만 기록하므로 측정 항목 {code}는 선택 항목(&quot;required&quot;: false)이어야 합니다.</translation>
    </message>
    <message>
        <source>Measurement {code} is used by stored records and cannot be removed (the criteria have no way to retire it): keep it; it can be made optional (&quot;required&quot;: false).</source>
        <translation type="vanished">측정 항목 {code}는 저장된 기록에서 사용 중이라 삭제할 수 없습니다. 항목을 남겨 두고 필요하면 선택 항목(&quot;required&quot;: false)으로 바꾸세요.</translation>
    </message>
    <message>
        <source>Defect code {code} is used by stored records and cannot be removed (the criteria have no way to retire it): keep it.</source>
        <translation type="vanished">불량 코드 {code}는 저장된 기록에서 사용 중이라 삭제할 수 없습니다. 코드를 남겨 두세요.</translation>
    </message>
    <message>
        <source>Measurement {code} is used by stored records as {old}: its kind cannot become {kind} (add a new code instead).</source>
        <translation>측정 항목 {code}는 저장된 기록에서 {old} 종류로 사용 중이라 {kind}(으)로 바꿀 수 없습니다(새 코드를 추가하세요).</translation>
    </message>
    <message>
        <source>The reason must be one line of at most {limit} characters.</source>
        <translation>변경 사유는 {limit}자 이하의 한 줄이어야 합니다.</translation>
    </message>
    <message>
        <source>{where}: unknown key(s) {keys} (known: {known}).</source>
        <translation>{where}: 알 수 없는 키 {keys} (사용 가능: {known}).</translation>
    </message>
    <message>
        <source>The scan is not text.</source>
        <translation>스캔 값이 문자열이 아닙니다.</translation>
    </message>
    <message>
        <source>The scan is empty.</source>
        <translation>스캔 값이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The scan contains non-ASCII characters (check the keyboard layout / IME of the scanner).</source>
        <translation>스캔 값에 영문/숫자가 아닌 문자가 있습니다 (스캐너 입력 언어를 확인하세요).</translation>
    </message>
    <message>
        <source>The scan contains a control character.</source>
        <translation>스캔 값에 제어 문자가 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>The scan is longer than {limit} characters.</source>
        <translation>스캔 값이 {limit}자를 넘습니다.</translation>
    </message>
    <message>
        <source>{text} is not a process of this line (PROC-001..PROC-008).</source>
        <translation>{text}: 이 라인의 공정이 아닙니다 (PROC-001..PROC-008).</translation>
    </message>
    <message>
        <source>{text} is not a LOT, WIP, serial or process ID.</source>
        <translation>{text}: LOT, WIP, 시리얼, 공정 ID 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>{text} is not a WIP ID (WIP-&lt;LOT&gt;-&lt;NNN&gt;).</source>
        <translation>{text}: WIP ID 형식(WIP-&lt;LOT&gt;-&lt;NNN&gt;)이 아닙니다.</translation>
    </message>
    <message>
        <source>{text}: the LOT part is longer than {limit} characters.</source>
        <translation>{text}: LOT 부분이 {limit}자를 넘습니다.</translation>
    </message>
    <message>
        <source>{text}: the WIP sequence must be 001..999.</source>
        <translation>{text}: WIP 순번은 001..999 이어야 합니다.</translation>
    </message>
    <message>
        <source>{text} is not a serial number (&lt;LOT&gt;-&lt;NNNN&gt;).</source>
        <translation>{text}: 시리얼 번호 형식(&lt;LOT&gt;-&lt;NNNN&gt;)이 아닙니다.</translation>
    </message>
    <message>
        <source>{text}: the serial sequence must be 0001..9999.</source>
        <translation>{text}: 시리얼 순번은 0001..9999 이어야 합니다.</translation>
    </message>
    <message>
        <source>{text} is not a LOT number (A-Z, 0-9 and &apos;-&apos;, 3..50 characters).</source>
        <translation>{text}: LOT 번호 형식이 아닙니다 (영문 대문자, 숫자, &apos;-&apos;, 3..50자).</translation>
    </message>
    <message>
        <source>LOT {lot} has {length} characters; a LOT that carries WIPs may have at most {limit} (WIP IDs are limited to 19 characters).</source>
        <translation>LOT {lot}은(는) {length}자입니다. WIP를 발행하는 LOT은 최대 {limit}자까지 가능합니다 (WIP ID 최대 19자).</translation>
    </message>
    <message>
        <source>{name} must be an integer {low}..{high}, got {value}.</source>
        <translation>{name}은(는) {low}..{high} 사이의 정수여야 합니다 ({value}).</translation>
    </message>
    <message>
        <source>{text} is not a LOT number.</source>
        <translation>{text}: LOT 번호 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>Model code {model} must be 1..4 upper-case letters/digits starting with a letter.</source>
        <translation>모델 코드 {model}은(는) 영문 대문자로 시작하는 1..4자의 영문 대문자/숫자여야 합니다.</translation>
    </message>
    <message>
        <source>Shift must be D or N, got {shift}.</source>
        <translation>근무조는 D 또는 N 이어야 합니다 ({shift}).</translation>
    </message>
    <message>
        <source>LOT date must be in 2000..2099, got {date}.</source>
        <translation>LOT 날짜는 2000..2099년이어야 합니다 ({date}).</translation>
    </message>
    <message>
        <source>Serial {serial} is longer than {limit} characters.</source>
        <translation>시리얼 {serial}이(가) {limit}자를 넘습니다.</translation>
    </message>
    <message>
        <source>All 99 LOT numbers {first}..{last} are used.</source>
        <translation>LOT 번호 {first}..{last} 가 모두 사용되었습니다.</translation>
    </message>
    <message>
        <source>{text} is not a WIP ID.</source>
        <translation>{text}: WIP ID가 아닙니다.</translation>
    </message>
    <message>
        <source>Firmware version {version} must look like v1.2.3.</source>
        <translation>펌웨어 버전({version})은 v1.2.3 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>The target MCU must be 1-{limit} printable characters.</source>
        <translation>대상 MCU는 1~{limit}자의 인쇄 가능한 문자여야 합니다.</translation>
    </message>
    <message>
        <source>The notes may have at most {limit} characters.</source>
        <translation>메모는 {limit}자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Firmware file not found: {file}</source>
        <translation>펌웨어 파일이 없습니다: {file}</translation>
    </message>
    <message>
        <source>The firmware file&apos;s name ({name_limit}) or path ({path_limit}) is too long.</source>
        <translation>펌웨어 파일 이름({name_limit}자) 또는 경로({path_limit}자)가 너무 깁니다.</translation>
    </message>
    <message>
        <source>The firmware file cannot be read: {error}</source>
        <translation>펌웨어 파일을 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>The firmware file is empty: {file}</source>
        <translation>펌웨어 파일이 비어 있습니다: {file}</translation>
    </message>
    <message>
        <source>Process {process} must look like PROC-003.</source>
        <translation>공정({process})은 PROC-003 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>Equipment code {code}: use 1-50 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (no spaces), starting and ending with a letter or digit.</source>
        <translation>설비 코드({code})는 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;로 된 1~50자여야 합니다(공백 불가, 영문자나 숫자로 시작하고 끝남).</translation>
    </message>
    <message>
        <source>The {what} must be 1-{limit} printable characters.</source>
        <translation>{what}은(는) 1~{limit}자의 인쇄 가능한 문자여야 합니다.</translation>
    </message>
    <message>
        <source>equipment name</source>
        <translation>설비 이름</translation>
    </message>
    <message>
        <source>equipment type</source>
        <translation>설비 종류</translation>
    </message>
    <message>
        <source>Unknown equipment status {status}: {allowed}.</source>
        <translation>알 수 없는 설비 상태입니다({status}): {allowed} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>Calibration due date {date} must be a date YYYY-MM-DD.</source>
        <translation>교정 예정일({date})은 YYYY-MM-DD 형식의 날짜여야 합니다.</translation>
    </message>
    <message>
        <source>Calibration interval {interval} must be a whole number of days, 1-{limit}.</source>
        <translation>교정 주기({interval})는 1~{limit} 사이의 일수여야 합니다.</translation>
    </message>
    <message>
        <source>is not registered</source>
        <translation>등록되지 않은 설비입니다</translation>
    </message>
    <message>
        <source>is deactivated</source>
        <translation>비활성화된 설비입니다</translation>
    </message>
    <message>
        <source>is under maintenance</source>
        <translation>점검 중인 설비입니다</translation>
    </message>
    <message>
        <source>is out of service</source>
        <translation>사용 중지된 설비입니다</translation>
    </message>
    <message>
        <source>is retired</source>
        <translation>폐기된 설비입니다</translation>
    </message>
    <message>
        <source>is past its calibration date</source>
        <translation>교정 기한이 지난 설비입니다</translation>
    </message>
    <message>
        <source>Equipment {code} {problem}: a measured PASS needs a manager&apos;s signed override (or the equipment fixed).</source>
        <translation>설비 {code}: {problem}. 측정 공정의 합격은 관리자 서명 승인이 있어야 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>{field}: the value is not text.</source>
        <translation>{field}: 문자열이 아닙니다.</translation>
    </message>
    <message>
        <source>{field}: the text is longer than {limit} characters.</source>
        <translation>{field}: {limit}자를 넘습니다.</translation>
    </message>
    <message>
        <source>{field}: the text contains a control character.</source>
        <translation>{field}: 제어 문자가 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>{result} is not PASS, FAIL or REWORK.</source>
        <translation>{result}: PASS, FAIL, REWORK 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>측정 항목</translation>
    </message>
    <message>
        <source>Measurement {code}: unknown kind {kind} (number, bool or text).</source>
        <translation type="vanished">측정 항목 {code}: 알 수 없는 종류 {kind} (number, bool, text 중 하나).</translation>
    </message>
    <message>
        <source>Measurement {code}: unknown kind {kind} (number, bool, text or component).</source>
        <translation>측정 항목 {code}: 알 수 없는 종류 {kind} (number, bool, text 또는 component).</translation>
    </message>
    <message>
        <source>Measurement {code}: limits are only for numbers.</source>
        <translation>측정 항목 {code}: 상/하한은 숫자 항목에만 지정합니다.</translation>
    </message>
    <message>
        <source>Measurement {code}: lsl {lsl} is above usl {usl}.</source>
        <translation>측정 항목 {code}: 하한 {lsl}이(가) 상한 {usl}보다 큽니다.</translation>
    </message>
    <message>
        <source>Measurement {code}: required must be true or false.</source>
        <translation>측정 항목 {code}: required는 true/false 여야 합니다.</translation>
    </message>
    <message>
        <source>Measurement {code}: a format is only for text items.</source>
        <translation>측정 항목 {code}: 형식은 텍스트 항목에만 지정합니다.</translation>
    </message>
    <message>
        <source>Measurement {code}: the format is not a usable regular expression.</source>
        <translation>측정 항목 {code}: 형식이 올바른 정규식이 아닙니다.</translation>
    </message>
    <message>
        <source>Measurement {code}: a component item needs a format.</source>
        <translation>측정 항목 {code}: 부품(component) 항목에는 형식이 필요합니다.</translation>
    </message>
    <message>
        <source>defect code</source>
        <translation>불량 코드</translation>
    </message>
    <message>
        <source>quality_criteria must be a JSON object.</source>
        <translation>quality_criteria는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>Duplicate measurement codes: {codes}.</source>
        <translation>중복된 측정 항목 코드: {codes}.</translation>
    </message>
    <message>
        <source>Duplicate defect codes: {codes}.</source>
        <translation>중복된 불량 코드: {codes}.</translation>
    </message>
    <message>
        <source>Each {what} must be a JSON object.</source>
        <translation>{what} 항목은 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>A {what} has no {key}.</source>
        <translation>{what}에 {key}가 없습니다.</translation>
    </message>
    <message>
        <source>{code}: {key} must be text.</source>
        <translation>{code}: {key}는 문자열이어야 합니다.</translation>
    </message>
    <message>
        <source>{code}: {key} must be true or false.</source>
        <translation>{code}: {key}는 true/false 여야 합니다.</translation>
    </message>
    <message>
        <source>Measurement {code}: {key} must be a finite number.</source>
        <translation>측정 항목 {code}: {key}는 유한한 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>quality_criteria.{key} must be a list.</source>
        <translation>quality_criteria.{key}는 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>The value is not text.</source>
        <translation>값이 문자열이 아닙니다.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>숫자가 너무 깁니다.</translation>
    </message>
    <message>
        <source>No value was entered.</source>
        <translation>값이 입력되지 않았습니다.</translation>
    </message>
    <message>
        <source>{value}: thousands separators are not accepted; use one decimal separator.</source>
        <translation>{value}: 천 단위 구분 기호는 사용할 수 없습니다. 소수점 하나만 사용하세요.</translation>
    </message>
    <message>
        <source>{value} is not a finite number.</source>
        <translation>{value}: 유한한 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value}: 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>{value} is out of range.</source>
        <translation>{value}: 숫자 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>{code}: {value} is not a finite number.</source>
        <translation>{code}: {value}은(는) 유한한 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>{code}: {value} is not a number.</source>
        <translation>{code}: {value}은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>{code}: {value} is not yes/no.</source>
        <translation>{code}: {value}은(는) 예/아니오 값이 아닙니다.</translation>
    </message>
    <message>
        <source>{code}: {value} does not have the expected format {format}.</source>
        <translation>{code}: {value}이(가) 정해진 형식({format})과 맞지 않습니다.</translation>
    </message>
    <message>
        <source>{code}: {value} is not text.</source>
        <translation>{code}: {value}은(는) 문자열이 아닙니다.</translation>
    </message>
    <message>
        <source>Unknown measurement(s): {codes}.</source>
        <translation>알 수 없는 측정 항목: {codes}.</translation>
    </message>
    <message>
        <source>Result must be PASS, FAIL or REWORK, not {result}.</source>
        <translation>판정은 PASS, FAIL, REWORK 중 하나여야 합니다 ({result}).</translation>
    </message>
    <message>
        <source>PASS is not allowed: out of limits: {codes}.</source>
        <translation>합격 처리할 수 없습니다. 불합격 항목: {codes}.</translation>
    </message>
    <message>
        <source>PASS is not allowed: not entered: {codes}.</source>
        <translation>합격 처리할 수 없습니다. 미입력 항목: {codes}.</translation>
    </message>
    <message>
        <source>PASS is not allowed with defects.</source>
        <translation>불량 코드가 있으면 합격 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>{result} needs at least one defect code.</source>
        <translation>{result} 판정에는 불량 코드가 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown defect code(s) for this step: {codes}.</source>
        <translation>이 공정에 없는 불량 코드: {codes}.</translation>
    </message>
    <message>
        <source>Ready to start {process}.</source>
        <translation>{process} 작업을 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>{unit} is in progress here: continue.</source>
        <translation>{unit}은(는) 이 공정에서 작업 중입니다. 계속하세요.</translation>
    </message>
    <message>
        <source>{unit} has not passed {previous} yet: it cannot start {process}.</source>
        <translation>{unit}은(는) 아직 {previous}을(를) 통과하지 않아 {process}을(를) 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>{unit} has already passed {process}.</source>
        <translation>{unit}은(는) 이미 {process}을(를) 통과했습니다.</translation>
    </message>
    <message>
        <source>{unit} is in progress at {current}: finish or cancel it there first.</source>
        <translation>{unit}은(는) {current}에서 작업 중입니다. 그 공정에서 먼저 완료하거나 취소하세요.</translation>
    </message>
    <message>
        <source>{unit} is FAILED: a manager must reopen or scrap it.</source>
        <translation>{unit}은(는) 불합격(FAILED) 상태입니다. 관리자가 재작업 승인 또는 폐기해야 합니다.</translation>
    </message>
    <message>
        <source>{unit} has reached the rework limit ({limit}): it must be scrapped.</source>
        <translation>{unit}은(는) 재작업 한도({limit}회)에 도달했습니다. 폐기해야 합니다.</translation>
    </message>
    <message>
        <source>LOT {lot} is {lot_status}: no more work on its units.</source>
        <translation>LOT {lot}은(는) {lot_status} 상태입니다. 더 이상 작업할 수 없습니다.</translation>
    </message>
    <message>
        <source>LOT {lot} already has all {target} units.</source>
        <translation>LOT {lot}의 목표 수량 {target}개가 모두 발행되었습니다.</translation>
    </message>
    <message>
        <source>{unit} is a {kind}: this station ({process}) expects a {expected}.</source>
        <translation>{unit}은(는) {kind}입니다. 이 공정({process})에서는 {expected}을(를) 스캔하세요.</translation>
    </message>
    <message>
        <source>{unit} is not registered.</source>
        <translation>{unit}은(는) 등록되지 않은 바코드입니다.</translation>
    </message>
    <message>
        <source>{unit} has been scrapped.</source>
        <translation>{unit}은(는) 폐기된 제품입니다.</translation>
    </message>
    <message>
        <source>{unit} has finished this step; it continues as {next}.</source>
        <translation>{unit}은(는) 이 공정을 마쳤습니다. 이후 {next}(으)로 진행합니다.</translation>
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
        <translation>시리얼</translation>
    </message>
    <message>
        <source>process barcode</source>
        <translation>공정 바코드</translation>
    </message>
    <message>
        <source>{unit} ({status} at {step})</source>
        <translation>{unit} ({step}에서 {status})</translation>
    </message>
    <message>
        <source>{unit} ({status}, passed {step})</source>
        <translation>{unit} ({status}, {step} 통과)</translation>
    </message>
    <message>
        <source>{unit} ({status})</source>
        <translation>{unit} (상태 {status})</translation>
    </message>
    <message>
        <source>There is nothing to print (empty label).</source>
        <translation>인쇄할 내용이 없습니다 (빈 라벨).</translation>
    </message>
    <message>
        <source>Invalid printer host {host}.</source>
        <translation>프린터 주소가 올바르지 않습니다: {host}.</translation>
    </message>
    <message>
        <source>Invalid printer port {port}.</source>
        <translation>프린터 포트가 올바르지 않습니다: {port}.</translation>
    </message>
    <message>
        <source>Printer timeouts must be positive.</source>
        <translation>프린터 대기 시간은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>Printer address {host} cannot be resolved; check the station settings.</source>
        <translation>프린터 주소 {host}를 찾을 수 없습니다. 스테이션 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>The printer at {printer} did not answer within {seconds} s. Is it switched on and connected?</source>
        <translation>프린터({printer})가 {seconds}초 안에 응답하지 않았습니다. 전원과 네트워크 연결을 확인하세요.</translation>
    </message>
    <message>
        <source>The printer at {printer} refused the connection (busy, or not a printer port).</source>
        <translation>프린터({printer})가 연결을 거부했습니다 (사용 중이거나 포트가 다릅니다).</translation>
    </message>
    <message>
        <source>Cannot reach the printer at {printer}: {error}.</source>
        <translation>프린터({printer})에 연결할 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>Sending the label to {printer} timed out; it may be partly printed. Check the printer before printing again.</source>
        <translation>프린터({printer})로 전송하는 중 시간이 초과되었습니다. 일부만 인쇄되었을 수 있으니 확인 후 다시 인쇄하세요.</translation>
    </message>
    <message>
        <source>The connection to {printer} broke while sending the label: {error}.</source>
        <translation>라벨 전송 중 프린터({printer}) 연결이 끊어졌습니다: {error}.</translation>
    </message>
    <message>
        <source>The spool folder {folder} does not exist or is not reachable.</source>
        <translation>스풀 폴더 {folder}가 없거나 접근할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write the label into {folder}: {error}.</source>
        <translation>스풀 폴더 {folder}에 라벨을 쓸 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>Printer setting {setting} is not host:port, spool:&lt;folder&gt; or a folder path.</source>
        <translation>프린터 설정 {setting}이(가) 올바르지 않습니다 (host:port, spool:&lt;폴더&gt; 또는 폴더 경로).</translation>
    </message>
    <message>
        <source>Cannot print {text}: {reason}</source>
        <translation>{text}을(를) 인쇄할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{text} is not a canonical {kind} ID.</source>
        <translation>{text}: 올바른 {kind} ID가 아닙니다.</translation>
    </message>
    <message>
        <source>Label text {text} has a control character.</source>
        <translation>라벨 문구 {text}에 제어 문자가 있습니다.</translation>
    </message>
    <message>
        <source>{data} is too long for a Code128 on a 60 mm label.</source>
        <translation>{data}: 60 mm 라벨의 바코드에 담기에는 너무 깁니다.</translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation>{value}: 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>Serial {serial} does not belong to LOT {lot}.</source>
        <translation>시리얼 {serial}은(는) LOT {lot}에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>Quantity must be 1..9999, got {quantity}.</source>
        <translation>수량은 1..9999 이어야 합니다 ({quantity}).</translation>
    </message>
    <message>
        <source>Another station is working on this unit right now; try again when it is done.</source>
        <translation>다른 스테이션에서 지금 이 제품을 처리하고 있습니다. 그쪽 작업이 끝난 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database received this too late; nothing was recorded. Send it again.</source>
        <translation>데이터베이스에 너무 늦게 도착해 아무것도 기록되지 않았습니다. 다시 보내세요.</translation>
    </message>
    <message>
        <source>Only an ADMIN manages accounts.</source>
        <translation>계정 관리는 관리자(ADMIN)만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Unknown role {role}: ADMIN, MANAGER, WORKER or VIEWER.</source>
        <translation>알 수 없는 권한입니다({role}): ADMIN, MANAGER, WORKER, VIEWER 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>A display name of 1-{limit} characters is required.</source>
        <translation>표시 이름은 1~{limit}자로 입력해야 합니다.</translation>
    </message>
    <message>
        <source>The login ID {user} is already taken; choose another.</source>
        <translation>로그인 ID &apos;{user}&apos;은(는) 이미 사용 중입니다. 다른 ID를 입력하세요.</translation>
    </message>
    <message>
        <source>You cannot demote or deactivate your own account.</source>
        <translation>자신의 계정은 권한을 낮추거나 비활성화할 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no user {user}.</source>
        <translation>사용자 &apos;{user}&apos;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>A database role for {user} already exists and is not NeuroHub&apos;s: ask the database administrator.</source>
        <translation>&apos;{user}&apos;의 데이터베이스 역할이 이미 있으며 NeuroHub의 것이 아닙니다. 데이터베이스 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>A login ID is 1-50 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (no spaces, no Korean).</source>
        <translation>로그인 ID는 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;로 된 1~50자여야 합니다(공백·한글 불가).</translation>
    </message>
    <message>
        <source>Only an ADMIN manages firmware and equipment.</source>
        <translation type="vanished">펌웨어와 설비 관리는 시스템 관리자(ADMIN)만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only an ADMIN manages firmware, equipment and process criteria.</source>
        <translation>펌웨어, 설비와 공정 기준 관리는 시스템 관리자(ADMIN)만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>{subject} is the only active firmware of its MCU and a unit is in progress at PROC-004: activate another version instead.</source>
        <translation>{subject}은(는) 해당 MCU의 유일한 활성 펌웨어이고 PROC-004에서 작업 중인 제품이 있습니다. 다른 버전을 활성화하세요.</translation>
    </message>
    <message>
        <source>{subject} is not registered.</source>
        <translation>{subject}이(가) 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>A firmware file has a size above 0 and a 32-digit MD5.</source>
        <translation>펌웨어 파일은 크기가 0보다 크고 32자리 MD5가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Equipment needs a code (up to 50), a name (up to 255), a type (up to 50) and a known status.</source>
        <translation>설비에는 코드(50자까지), 이름(255자까지), 종류(50자까지)와 올바른 상태가 있어야 합니다.</translation>
    </message>
    <message>
        <source>The firmware file changed after its size and MD5 were computed: check them again, then register.</source>
        <translation>펌웨어 파일이 크기와 MD5를 계산한 뒤에 바뀌었습니다. 다시 확인한 뒤 등록하세요.</translation>
    </message>
    <message>
        <source>This firmware version already exists: {version} is registered for {mcu}.</source>
        <translation>이미 있는 펌웨어 버전입니다: {version}은(는) {mcu}용으로 등록되어 있습니다.</translation>
    </message>
    <message>
        <source>Firmware {version} is already registered (for {mcu}).</source>
        <translation type="vanished">펌웨어 {version}은(는) 이미 등록되어 있습니다({mcu}).</translation>
    </message>
    <message>
        <source>Equipment code {code} already exists ({name}): choose another code, or select it in the list to edit it.</source>
        <translation>설비 코드 {code}는 이미 있습니다({name}). 다른 코드를 입력하거나 목록에서 선택해 수정하세요.</translation>
    </message>
    <message>
        <source>Only a MANAGER or ADMIN may do this.</source>
        <translation>관리자(MANAGER/ADMIN)만 할 수 있는 작업입니다.</translation>
    </message>
    <message>
        <source>Enter a reason.</source>
        <translation>사유를 입력하세요.</translation>
    </message>
    <message>
        <source>LOT {lot} does not exist.</source>
        <translation>LOT {lot}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No label printer is configured for this station.</source>
        <translation>이 스테이션에 라벨 프린터가 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Shift must be D (day) or N (night).</source>
        <translation>근무조는 D(주간) 또는 N(야간)이어야 합니다.</translation>
    </message>
    <message>
        <source>Target quantity must be 1..{limit}.</source>
        <translation>목표 수량은 1..{limit} 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Model {model} does not exist.</source>
        <translation>모델 {model}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>LOT {lot} cannot be completed: {count} unit(s) are not finished — {units}{more}. Finish, reopen or scrap them first.</source>
        <translation>LOT {lot}을(를) 완료할 수 없습니다: 끝나지 않은 제품 {count}개 — {units}{more}. 먼저 작업을 마치거나, 재작업 승인 또는 폐기하세요.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> 외 {n}개</translation>
    </message>
    <message>
        <source>Scan a WIP or a serial.</source>
        <translation>WIP 또는 시리얼을 스캔하세요.</translation>
    </message>
    <message>
        <source>{unit} does not exist.</source>
        <translation>{unit}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{unit} is {status}, not FAILED.</source>
        <translation>{unit}은(는) 불합격(FAILED) 상태가 아닙니다 ({status}).</translation>
    </message>
    <message>
        <source>{unit} has {count} failed attempts; the limit is {limit}: it can only be scrapped.</source>
        <translation>{unit}은(는) 불합격/재작업이 {count}회로 한도({limit}회)를 넘었습니다. 폐기만 가능합니다.</translation>
    </message>
    <message>
        <source>This station has no equipment set up: there is nothing to override.</source>
        <translation>이 스테이션에는 설정된 설비가 없어 승인할 대상이 없습니다.</translation>
    </message>
    <message>
        <source>{unit} is not a WIP.</source>
        <translation>{unit}은(는) WIP가 아닙니다.</translation>
    </message>
    <message>
        <source>The scanned label ({scanned}) is not {serial}.</source>
        <translation>스캔한 라벨({scanned})이 {serial}과(와) 다릅니다.</translation>
    </message>
    <message>
        <source>Start {process} for {unit} first.</source>
        <translation>먼저 {unit}의 {process} 작업을 시작하세요.</translation>
    </message>
    <message>
        <source>This action belongs to {process}.</source>
        <translation>이 작업은 {process} 공정에서만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Your role cannot record station work.</source>
        <translation>현재 권한으로는 공정 작업을 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>No single active firmware version is registered: the version cannot be checked, so PASS is not possible.</source>
        <translation>활성 펌웨어 버전이 하나로 등록되어 있지 않아 버전을 확인할 수 없으므로 합격 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>{unit} has no label.</source>
        <translation>{unit}에는 라벨이 없습니다.</translation>
    </message>
    <message>
        <source>{text} is a process, not a LOT, WIP or serial.</source>
        <translation>{text}: 공정 ID입니다. LOT, WIP, 시리얼 ID를 입력하세요.</translation>
    </message>
    <message>
        <source>{text} was not found.</source>
        <translation>{text}: 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Type a LOT, WIP or serial ID, a component lot or a firmware version.</source>
        <translation>LOT·WIP·시리얼 ID, 부품 LOT 또는 펌웨어 버전을 입력하세요.</translation>
    </message>
    <message>
        <source>Only an ADMIN sees the line&apos;s set-up checklist.</source>
        <translation>라인 설정 점검표는 시스템 관리자(ADMIN)만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Give a reason for this change (one line, 1-{limit} characters).</source>
        <translation>변경 사유를 입력하세요(한 줄, 1-{limit}자).</translation>
    </message>
    <message>
        <source>The downgrade drops these tables and their rows:</source>
        <translation>다운그레이드는 다음 테이블과 그 행을 삭제합니다:</translation>
    </message>
    <message>
        <source>Type yes to drop them (the backup above keeps them):</source>
        <translation>삭제하려면 yes를 입력하세요(위의 백업에 보관됩니다):</translation>
    </message>
    <message>
        <source>The downgrade to {revision} drops the audit trail ({rows} rows in audit_logs): refused unless the database is named with --confirm-database {database}.</source>
        <translation>{revision}(으)로의 다운그레이드는 감사 기록(audit_logs {rows}행)을 삭제합니다: --confirm-database {database}로 데이터베이스 이름을 입력하지 않으면 거부됩니다.</translation>
    </message>
    <message>
        <source>The downgrade was not confirmed: nothing was changed.</source>
        <translation>다운그레이드가 확인되지 않았습니다: 아무것도 변경되지 않았습니다.</translation>
    </message>
</context>
</TS>
