<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Admin</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/__init__.py" line="22" />
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="28" />
        <source>Administrator (ADMIN)</source>
        <translation>시스템 관리자(ADMIN)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="29" />
        <source>Manager (MANAGER)</source>
        <translation>관리자(MANAGER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="30" />
        <source>Worker (WORKER)</source>
        <translation>작업자(WORKER)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="31" />
        <source>Viewer (VIEWER)</source>
        <translation>조회자(VIEWER)</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="77" />
        <source>Login ID</source>
        <translation>로그인 ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="77" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="77" />
        <source>Role</source>
        <translation>권한</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="77" />
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="103" />
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="78" />
        <source>Locked until</source>
        <translation>잠금 해제 시각</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="78" />
        <source>Last login</source>
        <translation>최근 로그인</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="78" />
        <source>Password change</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="92" />
        <source>%n failed login(s) in a row</source>
        <translation>
            <numerusform>연속 로그인 실패 %n회</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="103" />
        <source>Inactive</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/models.py" line="108" />
        <source>Due at next login</source>
        <translation>다음 로그인 시 필요</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="109" />
        <source>%n user(s)</source>
        <translation>
            <numerusform>사용자 %n명</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="143" />
        <source>Select a user in the list.</source>
        <translation>목록에서 사용자를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="145" />
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="154" />
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="148" />
        <source>active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="148" />
        <source>inactive</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="150" />
        <source>locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="154" />
        <source>Reactivate</source>
        <translation>다시 활성화</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="196" />
        <source>Unexpected error: %1</source>
        <translation>예상하지 못한 오류: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="212" />
        <source>User %1 added: the password must be changed at the first login.</source>
        <translation>사용자 %1을(를) 추가했습니다. 첫 로그인 때 비밀번호를 바꿔야 합니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="227" />
        <source>Nothing to save: the name and role are unchanged.</source>
        <translation>저장할 내용이 없습니다. 이름과 권한이 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="231" />
        <source>User %1 saved.</source>
        <translation>사용자 %1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="237" />
        <source>User %1 deactivated: the login is refused, the records stay.</source>
        <translation>사용자 %1을(를) 비활성화했습니다. 로그인은 거부되고 기록은 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="238" />
        <source>User %1 reactivated.</source>
        <translation>사용자 %1을(를) 다시 활성화했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="246" />
        <source>User %1 unlocked.</source>
        <translation>사용자 %1의 잠금을 해제했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_page.py" line="256" />
        <source>Password of %1 reset: it must be changed at the next login.</source>
        <translation>%1의 비밀번호를 재설정했습니다. 다음 로그인 때 비밀번호를 바꿔야 합니다.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="60" />
        <source>All roles</source>
        <translation>전체 권한</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="62" />
        <source>Active and inactive</source>
        <translation>활성·비활성 전체</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="63" />
        <source>Active only</source>
        <translation>활성만</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="64" />
        <source>Inactive only</source>
        <translation>비활성만</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="65" />
        <source>Locked only</source>
        <translation>잠긴 계정만</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="67" />
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="68" />
        <source>Reload the list (F5)</source>
        <translation>목록 다시 불러오기 (F5)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="95" />
        <source>Save name and role</source>
        <translation>이름·권한 저장</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="98" />
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="100" />
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="102" />
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="135" />
        <source>At least 8 characters</source>
        <translation>8자 이상</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="103" />
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="136" />
        <source>The same again</source>
        <translation>한 번 더 입력</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="104" />
        <source>Reset password</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="109" />
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="145" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="110" />
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="146" />
        <source>Role</source>
        <translation>권한</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="119" />
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="120" />
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="148" />
        <source>Repeat</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="122" />
        <source>Selected user</source>
        <translation>선택한 사용자</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="130" />
        <source>Letters, digits, . _ -</source>
        <translation>영문자, 숫자, . _ -</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="133" />
        <source>Shown on screens and reports</source>
        <translation>화면과 보고서에 표시됩니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="137" />
        <source>Add user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="139" />
        <source>The new user must change this password at the first login.</source>
        <translation>새 사용자는 첫 로그인 때 이 비밀번호를 바꿔야 합니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="144" />
        <source>Login ID</source>
        <translation>로그인 ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="147" />
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/admin/users_view.py" line="151" />
        <source>New user</source>
        <translation>새 사용자</translation>
    </message>
</context>
</TS>
