<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="176"/>
        <source>Folder for the journal</source>
        <translation>Тека для щоденника</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="202"/>
        <source>The two passphrases are not the same.</source>
        <translation>Дві парольні фрази не збігаються.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="222"/>
        <source>Creating the journal…</source>
        <translation>Створюємо щоденник…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="264"/>
        <source>Create your journal</source>
        <translation>Створіть свій щоденник</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="265"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="266"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="267"/>
        <source>&amp;Repeat it:</source>
        <translation>Повторіть &amp;її:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="268"/>
        <source>Repeat the passphrase</source>
        <translation>Повторіть парольну фразу</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="269"/>
        <source>&amp;Show passphrase</source>
        <translation>По&amp;казати парольну фразу</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="270"/>
        <source>&amp;Generate a passphrase</source>
        <translation>П&amp;ридумати парольну фразу</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="271"/>
        <source>Six random words; write them down and keep them somewhere safe.</source>
        <translation>Шість випадкових слів; запишіть їх і зберігайте в надійному місці.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="273"/>
        <source>Write these words down and keep them somewhere safe. Without them the journal cannot be opened.</source>
        <translation>Запишіть ці слова і зберігайте в надійному місці. Без них щоденник не відкрити.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="275"/>
        <source>Passphrase strength</source>
        <translation>Надійність парольної фрази</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="276"/>
        <source>&amp;Use this weak passphrase anyway</source>
        <translation>&amp;Все одно використати цю слабку фразу</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="277"/>
        <source>Where the journal is kept:</source>
        <translation>Де зберігається щоденник:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="278"/>
        <source>In the &amp;usual place</source>
        <translation>У &amp;звичайному місці</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="279"/>
        <source>In a folder I &amp;choose (for example on a USB stick)</source>
        <translation>У теці, яку я ви&amp;беру (наприклад, на флешці)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="280"/>
        <source>C&amp;hoose…</source>
        <translation>Вибрат&amp;и…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="281"/>
        <source>Choose a folder</source>
        <translation>Вибрати теку</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="282"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/create_vault.py" line="283"/>
        <source>Create &amp;journal</source>
        <translation>Створити &amp;щоденник</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../journal_app/ui/unlock/first_run.py" line="69"/>
        <source>Welcome</source>
        <translation>Ласкаво просимо</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/first_run.py" line="70"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/first_run.py" line="71"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/first_run.py" line="74"/>
        <source>Everything you write here is encrypted on this computer with your passphrase; without it, nobody can read your journal.</source>
        <translation>Усе, що ви тут пишете, шифрується на цьому комп’ютері вашою парольною фразою; без неї ніхто не зможе прочитати щоденник.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/first_run.py" line="79"/>
        <source>It does not hide that this app is installed, or that a journal exists on this computer.</source>
        <translation>Програма не приховує, що її встановлено і що на цьому комп’ютері є щоденник.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/first_run.py" line="82"/>
        <source>If you forget your passphrase, nobody can recover your journal, not even us.</source>
        <translation>Якщо ви забудете парольну фразу, щоденник не зможе відновити ніхто, навіть ми.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/first_run.py" line="84"/>
        <source>&amp;Continue</source>
        <translation>&amp;Продовжити</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journal_app/ui/main_window.py" line="241"/>
        <source>Your latest changes could not be saved. Quit anyway and lose them?</source>
        <translation>Останні зміни не вдалося зберегти. Все одно вийти і втратити їх?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="76"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="77"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="78"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Оформлення:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="79"/>
        <source>Lock after &amp;idle time:</source>
        <translation>Блокувати після &amp;бездіяльності:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="80"/>
        <source>Clear copied text &amp;after:</source>
        <translation>Прибирати скопійований текст &amp;через:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="81"/>
        <source>Editor &amp;font size:</source>
        <translation>&amp;Розмір шрифту редактора:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="82"/>
        <source>As the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="82"/>
        <source>Light</source>
        <translation>Світле</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="82"/>
        <source>Dark</source>
        <translation>Темне</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="85"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="86"/>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="88"/>
        <source>Never</source>
        <translation>Ніколи</translation>
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
        <translation>Показувати значок у системному &amp;лотку</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="91"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="92"/>
        <source>Theme</source>
        <translation>Оформлення</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="93"/>
        <source>Minutes without use before the journal locks</source>
        <translation>Хвилин без дій до блокування щоденника</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="94"/>
        <source>Seconds before copied text is removed from the clipboard</source>
        <translation>Секунд до видалення скопійованого тексту з буфера обміну</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/settings/settings_dialog.py" line="95"/>
        <source>Editor font size</source>
        <translation>Розмір шрифту редактора</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="129"/>
        <source>&amp;Show</source>
        <translation>&amp;Показати</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../journal_app/ui/unlock/unlock.py" line="93"/>
        <source>Opening the journal…</source>
        <translation>Відкриваємо щоденник…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/unlock.py" line="153"/>
        <source>The journal is locked</source>
        <translation>Щоденник заблоковано</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/unlock.py" line="154"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/unlock.py" line="155"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/unlock.py" line="156"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/unlock.py" line="157"/>
        <source>Caps Lock seems to be on.</source>
        <translation>Схоже, увімкнено Caps Lock.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/unlock.py" line="158"/>
        <source>Create a &amp;new journal…</source>
        <translation>Створити &amp;новий щоденник…</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="17"/>
        <source>The journal is open in another window. Lock or close it there first, then try again.</source>
        <translation>Щоденник відкрито в іншому вікні. Заблокуйте або закрийте його там і спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="21"/>
        <source>That passphrase did not open the journal. Please check it and try again.</source>
        <translation>Ця парольна фраза не відкрила щоденник. Перевірте її і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="25"/>
        <source>The journal files are damaged and cannot be opened. Nothing has been changed. Keep the folder as it is; if you have a backup, you can restore it into another folder.</source>
        <translation>Файли щоденника пошкоджено, відкрити їх не можна. Нічого не змінено. Залиште теку як є; якщо у вас є резервна копія, її можна відновити в іншу теку.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="31"/>
        <source>There is no journal in this folder.</source>
        <translation>У цій теці немає щоденника.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="33"/>
        <source>The journal folder could not be read. Check that the drive is connected and readable.</source>
        <translation>Не вдалося прочитати теку щоденника. Перевірте, що диск під’єднано і він доступний для читання.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="36"/>
        <source>The journal could not be opened.</source>
        <translation>Не вдалося відкрити щоденник.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="41"/>
        <source>There is already a journal in this folder. Unlock it instead, or choose another folder.</source>
        <translation>У цій теці вже є щоденник. Відкрийте його або виберіть іншу теку.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="45"/>
        <source>This place is a file, not a folder. Please choose a folder.</source>
        <translation>Тут файл, а не тека. Виберіть теку.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="49"/>
        <location filename="../../journal_app/ui/unlock/messages.py" line="59"/>
        <source>Please enter a passphrase.</source>
        <translation>Введіть парольну фразу.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="51"/>
        <source>The journal could not be created in this folder. Check that you may write there.</source>
        <translation>Не вдалося створити щоденник у цій теці. Перевірте, що туди можна записувати.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="54"/>
        <source>The journal could not be created.</source>
        <translation>Не вдалося створити щоденник.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="60"/>
        <source>This is one of the passphrases people use most often; it is guessed first.</source>
        <translation>Це одна з найчастіших парольних фраз; її підбирають першою.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="63"/>
        <source>A single word is easy to guess. Use several words.</source>
        <translation>Одне слово легко підібрати. Використайте кілька слів.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="66"/>
        <source>Names and surnames are easy to guess.</source>
        <translation>Імена і прізвища легко підібрати.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="67"/>
        <source>Keys next to each other on the keyboard are easy to guess.</source>
        <translation>Сусідні клавіші на клавіатурі легко підібрати.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="70"/>
        <source>Repeated letters or words are easy to guess.</source>
        <translation>Повторювані літери або слова легко підібрати.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="71"/>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>Послідовності на кшталт «abc» або «6543» легко підібрати.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="72"/>
        <source>Dates and years are easy to guess.</source>
        <translation>Дати і роки легко підібрати.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="73"/>
        <source>Too short or too simple. Add a few more uncommon words.</source>
        <translation>Занадто коротко або просто. Додайте ще кілька рідкісних слів.</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="80"/>
        <source>very weak</source>
        <translation>дуже слабка</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="81"/>
        <source>weak</source>
        <translation>слабка</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="82"/>
        <source>fair</source>
        <translation>середня</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="83"/>
        <source>good</source>
        <translation>добра</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/unlock/messages.py" line="84"/>
        <source>strong</source>
        <translation>надійна</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="74"/>
        <source>&amp;Journal</source>
        <extracomment>The tray tooltip and window title: the app&apos;s neutral name only, never anything from the journal.</extracomment>
        <translation>&amp;Щоденник</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="75"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="76"/>
        <source>Lock the journal (Ctrl+L)</source>
        <translation>Заблокувати щоденник (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="77"/>
        <source>Lock and &amp;hide</source>
        <translation>Заблокувати і &amp;сховати</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="79"/>
        <source>Lock at once, empty the clipboard and hide the window (Ctrl+Shift+Q)</source>
        <translation>Одразу заблокувати, очистити буфер обміну і сховати вікно (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="83"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../../journal_app/ui/window_actions.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вихід</translation>
    </message>
</context>
</TS>
