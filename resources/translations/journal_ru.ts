<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="176"/>
        <source>Folder for the journal</source>
        <translation>Папка для дневника</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="202"/>
        <source>The two passphrases are not the same.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="222"/>
        <source>Creating the journal…</source>
        <translation>Создаём дневник…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="264"/>
        <source>Create your journal</source>
        <translation>Создайте свой дневник</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="265"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="266"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="267"/>
        <source>&amp;Repeat it:</source>
        <translation>Повторите &amp;её:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="268"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="269"/>
        <source>&amp;Show passphrase</source>
        <translation>По&amp;казать парольную фразу</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="270"/>
        <source>&amp;Generate a passphrase</source>
        <translation>П&amp;ридумать парольную фразу</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="271"/>
        <source>Six random words; write them down and keep them somewhere safe.</source>
        <translation>Шесть случайных слов; запишите их и храните в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="273"/>
        <source>Write these words down and keep them somewhere safe. Without them the journal cannot be opened.</source>
        <translation>Запишите эти слова и храните в надёжном месте. Без них дневник не открыть.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="275"/>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="276"/>
        <source>&amp;Use this weak passphrase anyway</source>
        <translation>&amp;Всё равно использовать эту слабую фразу</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="277"/>
        <source>Where the journal is kept:</source>
        <translation>Где хранится дневник:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="278"/>
        <source>In the &amp;usual place</source>
        <translation>В &amp;обычном месте</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="279"/>
        <source>In a folder I &amp;choose (for example on a USB stick)</source>
        <translation>В папке, которую я в&amp;ыберу (например, на флешке)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="280"/>
        <source>C&amp;hoose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="281"/>
        <source>Choose a folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="282"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="283"/>
        <source>Create &amp;journal</source>
        <translation>Создать &amp;дневник</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../journal_app/ui/unlock/first_run.py" line="69"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/first_run.py" line="70"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/first_run.py" line="71"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/first_run.py" line="74"/>
        <source>Everything you write here is encrypted on this computer with your passphrase; without it, nobody can read your journal.</source>
        <translation>Всё, что вы здесь пишете, шифруется на этом компьютере вашей парольной фразой; без неё никто не сможет прочитать дневник.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/first_run.py" line="79"/>
        <source>It does not hide that this app is installed, or that a journal exists on this computer.</source>
        <translation>Программа не скрывает, что она установлена и что на этом компьютере есть дневник.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/first_run.py" line="82"/>
        <source>If you forget your passphrase, nobody can recover your journal, not even us.</source>
        <translation>Если вы забудете парольную фразу, дневник не сможет восстановить никто, даже мы.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/first_run.py" line="84"/>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journal_app/ui/main_window.py" line="241"/>
        <source>Your latest changes could not be saved. Quit anyway and lose them?</source>
        <translation>Последние изменения не удалось сохранить. Всё равно выйти и потерять их?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="76"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="77"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="78"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Оформление:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="79"/>
        <source>Lock after &amp;idle time:</source>
        <translation>Блокировать после &amp;бездействия:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="80"/>
        <source>Clear copied text &amp;after:</source>
        <translation>Убирать скопированный текст &amp;через:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="81"/>
        <source>Editor &amp;font size:</source>
        <translation>&amp;Размер шрифта редактора:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="82"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="82"/>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="82"/>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="85"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="86"/>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="88"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="87"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="89"/>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="90"/>
        <source>Show an icon in the system &amp;tray</source>
        <translation>Показывать значок в системном &amp;лотке</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="91"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="92"/>
        <source>Theme</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="93"/>
        <source>Minutes without use before the journal locks</source>
        <translation>Минут без действий до блокировки дневника</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="94"/>
        <source>Seconds before copied text is removed from the clipboard</source>
        <translation>Секунд до удаления скопированного текста из буфера обмена</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="95"/>
        <source>Editor font size</source>
        <translation>Размер шрифта редактора</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="129"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../journal_app/ui/unlock/unlock.py" line="93"/>
        <source>Opening the journal…</source>
        <translation>Открываем дневник…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/unlock.py" line="153"/>
        <source>The journal is locked</source>
        <translation>Дневник заблокирован</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/unlock.py" line="154"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/unlock.py" line="155"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/unlock.py" line="156"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/unlock.py" line="157"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Похоже, включён Caps Lock.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/unlock.py" line="158"/>
        <source>Create a &amp;new journal…</source>
        <translation>Создать &amp;новый дневник…</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="17"/>
        <source>The journal is open in another window. Lock or close it there first, then try again.</source>
        <translation>Дневник открыт в другом окне. Заблокируйте или закройте его там и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="21"/>
        <source>That passphrase did not open the journal. Please check it and try again.</source>
        <translation>Эта парольная фраза не открыла дневник. Проверьте её и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="25"/>
        <source>The journal files are damaged and cannot be opened. Nothing has been changed. Keep the folder as it is; if you have a backup, you can restore it into another folder.</source>
        <translation>Файлы дневника повреждены, открыть их нельзя. Ничего не изменено. Оставьте папку как есть; если у вас есть резервная копия, её можно восстановить в другую папку.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="31"/>
        <source>There is no journal in this folder.</source>
        <translation>В этой папке нет дневника.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="33"/>
        <source>The journal folder could not be read. Check that the drive is connected and readable.</source>
        <translation>Не удалось прочитать папку дневника. Проверьте, что диск подключён и доступен для чтения.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="36"/>
        <source>The journal could not be opened.</source>
        <translation>Не удалось открыть дневник.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="41"/>
        <source>There is already a journal in this folder. Unlock it instead, or choose another folder.</source>
        <translation>В этой папке уже есть дневник. Откройте его или выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="45"/>
        <source>This place is a file, not a folder. Please choose a folder.</source>
        <translation>Здесь файл, а не папка. Выберите папку.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="49"/>
        <location filename="../../journal_app/ui/unlock/messages.py" line="59"/>
        <source>Please enter a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="51"/>
        <source>The journal could not be created in this folder. Check that you may write there.</source>
        <translation>Не удалось создать дневник в этой папке. Проверьте, что туда можно записывать.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="54"/>
        <source>The journal could not be created.</source>
        <translation>Не удалось создать дневник.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="60"/>
        <source>This is one of the passphrases people use most often; it is guessed first.</source>
        <translation>Это одна из самых частых парольных фраз; её подбирают первой.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="63"/>
        <source>A single word is easy to guess. Use several words.</source>
        <translation>Одно слово легко подобрать. Используйте несколько слов.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="66"/>
        <source>Names and surnames are easy to guess.</source>
        <translation>Имена и фамилии легко подобрать.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="67"/>
        <source>Keys next to each other on the keyboard are easy to guess.</source>
        <translation>Соседние клавиши на клавиатуре легко подобрать.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="70"/>
        <source>Repeated letters or words are easy to guess.</source>
        <translation>Повторяющиеся буквы или слова легко подобрать.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="71"/>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>Последовательности вроде «abc» или «6543» легко подобрать.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="72"/>
        <source>Dates and years are easy to guess.</source>
        <translation>Даты и годы легко подобрать.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="73"/>
        <source>Too short or too simple. Add a few more uncommon words.</source>
        <translation>Слишком коротко или просто. Добавьте ещё несколько редких слов.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="80"/>
        <source>very weak</source>
        <translation>очень слабая</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="81"/>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="82"/>
        <source>fair</source>
        <translation>средняя</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="83"/>
        <source>good</source>
        <translation>хорошая</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="84"/>
        <source>strong</source>
        <translation>надёжная</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="74"/>
        <source>&amp;Journal</source>
        <extracomment>The tray tooltip and window title: the app&apos;s neutral name only, never anything from the journal.</extracomment>
        <translation>&amp;Дневник</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="75"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="76"/>
        <source>Lock the journal (Ctrl+L)</source>
        <translation>Заблокировать дневник (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="77"/>
        <source>Lock and &amp;hide</source>
        <translation>Заблокировать и &amp;скрыть</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="79"/>
        <source>Lock at once, empty the clipboard and hide the window (Ctrl+Shift+Q)</source>
        <translation>Сразу заблокировать, очистить буфер обмена и скрыть окно (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="83"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
</context>
</TS>
