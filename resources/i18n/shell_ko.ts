<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="227"/>
        <source>Choose a new password</source>
        <translation>새 비밀번호 설정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="236"/>
        <source>%1, you must choose a new password before you continue (at least 8 characters, different from the current one).</source>
        <translation>%1 님, 계속하기 전에 새 비밀번호를 설정해야 합니다 (8자 이상, 현재 비밀번호와 달라야 함).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="252"/>
        <source>Save password</source>
        <translation>비밀번호 저장</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="254"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="258"/>
        <source>&amp;New password</source>
        <translation>새 비밀번호(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="259"/>
        <source>&amp;Repeat new password</source>
        <translation>새 비밀번호 확인(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="300"/>
        <source>The password could not be changed because of an unexpected error.</source>
        <translation>예기치 않은 오류로 비밀번호를 변경하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../neurohub_desktop/ui/errors.py" line="83"/>
        <source>Unexpected error: %1</source>
        <translation>예상하지 못한 오류: %1</translation>
    </message>
</context>
<context>
    <name>FailedUnitsModel</name>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="89"/>
        <source>Unit</source>
        <translation>제품</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="90"/>
        <source>Failed at</source>
        <translation>불합격 공정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="91"/>
        <source>Failure</source>
        <translation>불량 내용</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="92"/>
        <source>Reworks</source>
        <translation>재작업 횟수</translation>
    </message>
</context>
<context>
    <name>GateView</name>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="47"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="78"/>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="83"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="86"/>
        <source>Check again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="89"/>
        <source>Cannot reach the database server</source>
        <translation>데이터베이스 서버에 연결할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="90"/>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="119"/>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="136"/>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="147"/>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="161"/>
        <source>Server: %1</source>
        <translation>서버: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="91"/>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="94"/>
        <source>Check the network cable and that the server is running, then press Retry. If it keeps failing, call the administrator.</source>
        <translation>네트워크 케이블과 서버 동작 여부를 확인한 뒤 [다시 시도]를 누르세요. 계속 실패하면 관리자에게 연락하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="98"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="100"/>
        <source>The database is empty</source>
        <translation>데이터베이스가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="103"/>
        <source>The database at %1 has no NeuroHub schema (it is empty or not managed by Alembic).</source>
        <translation>%1 데이터베이스에 NeuroHub 스키마가 없습니다 (비어 있거나 Alembic으로 관리되지 않음).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="109"/>
        <source>Ask the administrator to run `neurohub-desktop db upgrade` on this database.</source>
        <translation>관리자에게 이 데이터베이스에서 `neurohub-desktop db upgrade` 실행을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="113"/>
        <source>The database must be upgraded</source>
        <translation>데이터베이스 업그레이드가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="115"/>
        <source>The database is at revision %1; this program needs revision %2.</source>
        <translation>데이터베이스 리비전은 %1이고, 이 프로그램에는 리비전 %2가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="122"/>
        <source>Ask the administrator to run `neurohub-desktop db upgrade`. Stations never upgrade a shared database themselves.</source>
        <translation>관리자에게 `neurohub-desktop db upgrade` 실행을 요청하세요. 스테이션은 공유 데이터베이스를 직접 업그레이드하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="127"/>
        <source>This program is too old for the database</source>
        <translation>이 프로그램은 데이터베이스보다 오래된 버전입니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="130"/>
        <source>The database is at revision %1, which this program does not know (it needs %2).</source>
        <translation>데이터베이스 리비전 %1은 이 프로그램이 알지 못하는 리비전입니다 (필요한 리비전: %2).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="138"/>
        <source>Install the newer NeuroHub Desktop on this PC (ask the administrator).</source>
        <translation>이 PC에 최신 NeuroHub Desktop을 설치하세요 (관리자에게 문의).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="141"/>
        <source>The database records several revisions</source>
        <translation>데이터베이스에 여러 리비전이 기록되어 있습니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="143"/>
        <source>Revisions found: %1 (this program needs %2).</source>
        <translation>발견된 리비전: %1 (이 프로그램에 필요한 리비전: %2).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="150"/>
        <source>The migration history is inconsistent. Ask the administrator to repair it.</source>
        <translation>마이그레이션 이력이 일관되지 않습니다. 관리자에게 복구를 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="154"/>
        <source>The database is not set up for stations</source>
        <translation>데이터베이스에 스테이션 설정이 되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="157"/>
        <source>The station&apos;s login to the database was refused: the database has no station roles yet.</source>
        <translation>스테이션의 데이터베이스 로그인이 거부되었습니다. 데이터베이스에 아직 스테이션용 역할이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="164"/>
        <source>Ask the administrator to migrate this database (`neurohub-desktop db upgrade`) and to run `neurohub-desktop db setup-roles` (after every upgrade).</source>
        <translation>관리자에게 이 데이터베이스의 마이그레이션(`neurohub-desktop db upgrade`)과 `neurohub-desktop db setup-roles` 실행(업그레이드할 때마다)을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="169"/>
        <source>The database is ready</source>
        <translation>데이터베이스가 준비되었습니다</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/gate_view.py" line="170"/>
        <source>Revision %1.</source>
        <translation>리비전 %1.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../neurohub_desktop/ui/launcher.py" line="182"/>
        <source>Starting the local database… (the first start takes a little longer)</source>
        <translation>로컬 데이터베이스를 시작하는 중… (첫 시작은 조금 더 걸립니다)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/launcher.py" line="194"/>
        <source>Updating the local database…</source>
        <translation>로컬 데이터베이스를 업데이트하는 중…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/launcher.py" line="205"/>
        <source>The local database could not be started:
%1</source>
        <translation>로컬 데이터베이스를 시작하지 못했습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/launcher.py" line="212"/>
        <source>Checking the database…</source>
        <translation>데이터베이스를 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/launcher.py" line="358"/>
        <source>The language changes when the program is started again.</source>
        <translation>언어 변경은 프로그램을 다시 시작하면 적용됩니다.</translation>
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
        <translation>사용자 ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="67"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="69"/>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="143"/>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="76"/>
        <source>&amp;User ID</source>
        <translation>사용자 ID(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="77"/>
        <source>&amp;Password</source>
        <translation>비밀번호(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="96"/>
        <source>Recent users:</source>
        <translation>최근 사용자:</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="143"/>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="151"/>
        <source>Enter your user ID.</source>
        <translation>사용자 ID를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="154"/>
        <source>Enter your password.</source>
        <translation>비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="178"/>
        <source>Login failed because of an unexpected error. Please try again.</source>
        <translation>예기치 않은 오류로 로그인하지 못했습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/login_view.py" line="206"/>
        <source>You must choose a new password before you can continue.</source>
        <translation>계속하려면 새 비밀번호를 설정해야 합니다.</translation>
    </message>
</context>
<context>
    <name>LotDecisions</name>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="116"/>
        <source>Reopen for rework</source>
        <translation>재작업 승인</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="117"/>
        <source>Scrap</source>
        <translation>폐기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="118"/>
        <source>Complete LOT</source>
        <translation>LOT 완료</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/lot_decisions.py" line="119"/>
        <source>Close LOT</source>
        <translation>LOT 마감</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="50"/>
        <source>Station</source>
        <translation>작업 스테이션</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="55"/>
        <source>Supervisor</source>
        <translation>생산 현황</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="59"/>
        <source>Admin</source>
        <translation>시스템 관리</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="153"/>
        <source>Station setup</source>
        <translation>스테이션 설정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="156"/>
        <source>Log out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="157"/>
        <source>Log out (Ctrl+L)</source>
        <translation>로그아웃 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="176"/>
        <source>No screens are available for your role yet.</source>
        <translation>현재 권한으로 사용할 수 있는 화면이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="250"/>
        <source>No process set up</source>
        <translation>공정 미설정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="251"/>
        <source>(unnamed station)</source>
        <translation>(이름 없는 스테이션)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="261"/>
        <source>● Database connected</source>
        <translation>● 데이터베이스 연결됨</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="262"/>
        <source>● Reconnecting to the database…</source>
        <translation>● 데이터베이스에 다시 연결하는 중…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="263"/>
        <source>● Database busy: try again in a moment</source>
        <translation>● 데이터베이스 사용 중: 잠시 후 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/main_window.py" line="264"/>
        <source>● Database offline</source>
        <translation>● 데이터베이스 연결 끊김</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../neurohub_desktop/ui/qt_strings.py" line="12"/>
        <source>&amp;Look in:</source>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/qt_strings.py" line="13"/>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../neurohub_desktop/ui/scanner.py" line="263"/>
        <source>Scan a barcode</source>
        <translation>바코드를 스캔하세요</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="68"/>
        <source>Station setup</source>
        <translation>스테이션 설정</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="75"/>
        <source>Set up this PC before the first shift.</source>
        <translation>첫 작업 전에 이 PC를 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="77"/>
        <source>Changes apply to this PC only.</source>
        <translation>변경 사항은 이 PC에만 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="82"/>
        <source>e.g. LINE1-ST03</source>
        <translation>예: LINE1-ST03</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="84"/>
        <source>Network printer (ZPL over TCP)</source>
        <translation>네트워크 프린터 (TCP로 ZPL 전송)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="85"/>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="136"/>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="231"/>
        <source>Spool folder</source>
        <translation>스풀 폴더</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="86"/>
        <source>No printer</source>
        <translation>프린터 없음</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="93"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="103"/>
        <source>Record a tester&apos;s PASS without confirmation</source>
        <translation>검사기의 PASS 결과를 확인 없이 기록</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="127"/>
        <source>&amp;Process</source>
        <translation>공정(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="128"/>
        <source>&amp;Station name</source>
        <translation>스테이션 이름(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="129"/>
        <source>&amp;Equipment</source>
        <translation>설비(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="130"/>
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="131"/>
        <source>Printer address</source>
        <translation>프린터 주소</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="138"/>
        <source>Tester port</source>
        <translation>검사기 포트</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="139"/>
        <source>Tester listens on</source>
        <translation>검사기 수신 주소</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="140"/>
        <source>Tester addresses allowed</source>
        <translation>허용할 검사기 주소</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="142"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="143"/>
        <source>The new language applies after the app is restarted.</source>
        <translation>새 언어는 프로그램을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="153"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="155"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="207"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="220"/>
        <source>The list could not be loaded from the database.</source>
        <translation>데이터베이스에서 목록을 불러오지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="241"/>
        <source>Choose the process of this station.</source>
        <translation>이 스테이션의 공정을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="244"/>
        <source>Enter the station name.</source>
        <translation>스테이션 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="250"/>
        <source>The printer address must look like host:port, e.g. 192.168.0.50:9100.</source>
        <translation>프린터 주소는 host:port 형식이어야 합니다 (예: 192.168.0.50:9100).</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/setup_dialog.py" line="255"/>
        <source>Choose the spool folder.</source>
        <translation>스풀 폴더를 선택하세요.</translation>
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
        <translation>재작업 승인</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="48"/>
        <source>Scrapped</source>
        <translation>폐기</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="49"/>
        <source>Released (LOT complete)</source>
        <translation>출하 승인 (LOT 완료)</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="50"/>
        <source>Closed</source>
        <translation>마감</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="51"/>
        <source>Equipment override</source>
        <translation>설비 사용 승인</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="62"/>
        <source>%1 goes back to work at the step where it failed; its rework count goes up by one.</source>
        <translation>%1은(는) 불합격한 공정으로 돌아가 다시 작업합니다. 재작업 횟수가 1 늘어납니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="66"/>
        <source>%1 is scrapped. This is final: it can never be reopened or recorded again.</source>
        <translation>%1을(를) 폐기합니다. 되돌릴 수 없으며 다시 열거나 기록할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="70"/>
        <source>LOT %1 is completed: no unit of it can be started or recorded any more. The database refuses while a unit is in progress, waiting or FAILED.</source>
        <translation>LOT %1을(를) 완료합니다. 이후 이 LOT의 어떤 제품도 시작하거나 기록할 수 없습니다. 진행 중·대기 중·불합격 제품이 있으면 데이터베이스가 거부합니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="75"/>
        <source>LOT %1 is closed and leaves the list of open LOTs. This is final.</source>
        <translation>LOT %1을(를) 마감하여 진행 중 LOT 목록에서 뺍니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Station may record PASS results on %1 for the next 8 hours.</source>
        <translation type="vanished">앞으로 8시간 동안 이 스테이션이 %1(으)로 합격을 기록할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="131"/>
        <source>Meaning of the signature</source>
        <translation>서명의 의미</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="134"/>
        <source>Signer login ID</source>
        <translation>서명자 로그인 ID</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="135"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="136"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="141"/>
        <source>Sign</source>
        <translation>서명</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="157"/>
        <source>Enter the signer&apos;s login ID and password.</source>
        <translation>서명자의 로그인 ID와 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="164"/>
        <source>Enter the reason.</source>
        <translation>사유를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/signature.py" line="167"/>
        <source>Checking…</source>
        <translation>확인 중…</translation>
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
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/launcher.py" line="76"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>UnsentNotice</name>
    <message>
        <location filename="../../neurohub_desktop/ui/connection.py" line="194"/>
        <source>Sending the %1 record…</source>
        <translation>%1 기록을 보내는 중…</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/connection.py" line="197"/>
        <source>UNSENT? — the connection dropped while the %1 record was being saved. Submit it again when the connection is back: it is recorded exactly once.</source>
        <translation>전송 확인 필요 — %1 기록을 저장하는 중에 연결이 끊겼습니다. 연결되면 다시 제출하세요. 한 번만 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/connection.py" line="202"/>
        <source>UNSENT — the database is back, but the %1 record is still NOT recorded: submit it again (same button).</source>
        <translation>미전송 — 데이터베이스 연결이 복구되었지만 %1 기록은 아직 저장되지 않았습니다. 같은 버튼으로 다시 제출하세요.</translation>
    </message>
    <message>
        <location filename="../../neurohub_desktop/ui/connection.py" line="206"/>
        <source>UNSENT — the %1 record is NOT recorded yet: the database cannot be reached. Your entries are kept; submit them again when the connection is back.</source>
        <translation>미전송 — %1 기록이 아직 저장되지 않았습니다. 데이터베이스에 연결할 수 없습니다. 입력한 값은 그대로 있으니 연결되면 다시 제출하세요.</translation>
    </message>
</context>
</TS>
