<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>如 16:30，可不填</source>
        <translation>e.g. 16:30; optional</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>活动类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>如 教室、办公室、学生家中</source>
        <translation>e.g. classroom, office, the student&apos;s home</translation>
    </message>
    <message>
        <source>帮扶内容或帮扶心得</source>
        <translation>Content or reflections</translation>
    </message>
    <message>
        <source>做了什么，或帮扶心得</source>
        <translation>What was done, or your reflections</translation>
    </message>
    <message>
        <source>字数</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>时间(&amp;T)</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>类型(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>帮扶对象(&amp;S)</source>
        <translation>&amp;Students</translation>
    </message>
    <message>
        <source>地点(&amp;P)</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>内容(&amp;C)</source>
        <translation>&amp;Content</translation>
    </message>
    <message>
        <source>保存(Ctrl+回车)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>复制为新记录(&amp;N)</source>
        <translation>Copy as &amp;new record</translation>
    </message>
    <message>
        <source>同样的帮扶又做了一次：复制这条记录，日期改为今天</source>
        <translation>Did the same again: copy this record, dated today</translation>
    </message>
    <message>
        <source>新增活动记录</source>
        <translation>New activity record</translation>
    </message>
    <message>
        <source>修改活动记录</source>
        <translation>Edit activity record</translation>
    </message>
    <message>
        <source>{count} / {limit} 字</source>
        <translation>{count} / {limit} characters</translation>
    </message>
    <message>
        <source>无法添加学生</source>
        <translation>Could not add the student</translation>
    </message>
    <message>
        <source>已选择名单中已有的学生{label}。如果是另一名同名的学生，请取下后到“学生”页添加。</source>
        <translation>Chose {label}, who is already on the list. If this is another student of the same name, take them off and add the new student on the &quot;Students&quot; page.</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>放弃这条记录？</source>
        <translation>Drop this record?</translation>
    </message>
    <message>
        <source>这条记录还没有保存。放弃后，刚才填写的内容将不会保留。</source>
        <translation>This record is not saved yet. If you drop it, what you typed is lost.</translation>
    </message>
    <message>
        <source>放弃(&amp;Q)</source>
        <translation>&amp;Drop it</translation>
    </message>
    <message>
        <source>继续填写(&amp;K)</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>谈心</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>家访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>补课辅导</source>
        <translation>Tutoring</translation>
    </message>
    <message>
        <source>生活帮扶</source>
        <translation>Assistance</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>这个记录本正在另一台电脑（{host}）上打开。为了不让两边的修改互相覆盖，一次只能在一处使用。请先在那台电脑上关闭记录本；如果那台电脑上的程序已经关闭或U盘是直接拔下的，请一分钟后再试。</source>
        <translation>This record book is open on another computer ({host}). So that the two do not overwrite each other&apos;s changes, it can be used in only one place at a time. Close the record book on that computer first; if the program there has already closed, or the USB stick was pulled out without closing it, try again in a minute.</translation>
    </message>
    <message>
        <source>这个记录本已经在另一个窗口中打开，但那个窗口没有响应。请先关闭那个窗口（必要时在任务管理器中结束它），一分钟后再试。</source>
        <translation>This record book is already open in another window, but that window does not respond. Close that window first (end it in the Task Manager if need be) and try again in a minute.</translation>
    </message>
    <message>
        <source>记录本已经打开</source>
        <translation>The record book is already open</translation>
    </message>
    <message>
        <source>无法打开记录本</source>
        <translation>Cannot open the record book</translation>
    </message>
    <message>
        <source>记录本启动时出现了意外错误，数据文件没有被改动。
详细信息已写入日志文件：{log}</source>
        <translation>The record book ran into an unexpected error while starting; the data file was not changed.
The details are in the log file: {log}</translation>
    </message>
    <message>
        <source>没有找到记录本</source>
        <translation>No record book found</translation>
    </message>
    <message>
        <source>这个文件夹里还没有记录本：
{folder}

如果记录本在U盘上，请先插好U盘，再打开记录本。
要在这个文件夹里新建一个空的记录本吗？</source>
        <translation>There is no record book in this folder yet:
{folder}

If the record book is on a USB stick, plug the stick in first, then open the record book.
Make a new, empty record book in this folder?</translation>
    </message>
    <message>
        <source>新建记录本</source>
        <translation>Make a new record book</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>无法导出数据包</source>
        <translation>Could not export the data archive</translation>
    </message>
    <message>
        <source>正在导出数据包…</source>
        <translation>Exporting the data archive...</translation>
    </message>
    <message>
        <source>数据包已保存到：
{path}

{book}

在另一台电脑上，用“文件 → 导入数据包”打开它。

数据包里有学生的个人信息：请妥善保管U盘；在别的电脑上导入以后，请把它从那台电脑上删除。</source>
        <translation>The data archive was saved to:
{path}

{book}

On the other computer, open it with &quot;File → Import data archive&quot;.

The data archive holds students&apos; personal information: keep the USB stick safe, and once it has been imported on another computer, delete it from that computer.</translation>
    </message>
    <message>
        <source>数据包已导出</source>
        <translation>Data archive exported</translation>
    </message>
    <message>
        <source>正在检查数据包…</source>
        <translation>Checking the data archive...</translation>
    </message>
    <message>
        <source>无法导入数据包</source>
        <translation>Could not import the data archive</translation>
    </message>
    <message>
        <source>导入这个数据包中的记录本？

{archive}</source>
        <translation>Import the record book in this data archive?

{archive}</translation>
    </message>
    <message>
        <source>导入数据包</source>
        <translation>Import data archive</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在导入数据包…</source>
        <translation>Importing the data archive...</translation>
    </message>
    <message>
        <source>已导入数据包中的记录本：
{archive}</source>
        <translation>The record book in the data archive was imported:
{archive}</translation>
    </message>
    <message>
        <source>原来的记录本已先备份到：
{backup}</source>
        <translation>The record book it replaced was backed up first, to:
{backup}</translation>
    </message>
    <message>
        <source>界面语言将在下次启动记录本时改为“{language}”。</source>
        <translation>The language changes to &quot;{language}&quot; when the program next starts.</translation>
    </message>
    <message>
        <source>数据包里有学生的个人信息：如果它在公用电脑或别人的U盘上，请在导入以后把它删除。</source>
        <translation>The data archive holds students&apos; personal information: if it is on a shared computer or someone else&apos;s USB stick, delete it now that it has been imported.</translation>
    </message>
    <message>
        <source>数据包已导入</source>
        <translation>Data archive imported</translation>
    </message>
</context>
<context>
    <name>ArchiveFiles</name>
    <message>
        <source>记录本数据包 (*.jilu)</source>
        <translation>Record book data archive (*.jilu)</translation>
    </message>
    <message>
        <source>导出数据包</source>
        <translation>Export data archive</translation>
    </message>
    <message>
        <source>选择数据包</source>
        <translation>Choose a data archive</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>学校：{school}</source>
        <translation>School: {school}</translation>
    </message>
    <message>
        <source>最近修改：{time}</source>
        <translation>Last changed: {time}</translation>
    </message>
    <message>
        <source>导出时间：{time}</source>
        <translation>Exported: {time}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>活动日历</source>
        <translation>Activity calendar</translation>
    </message>
    <message>
        <source>所选日期</source>
        <translation>Selected date</translation>
    </message>
    <message>
        <source>当天小结</source>
        <translation>Summary of the day</translation>
    </message>
    <message>
        <source>当天的活动记录</source>
        <translation>Records of the day</translation>
    </message>
    <message>
        <source>这一天没有记录。</source>
        <translation>No records on this day.</translation>
    </message>
    <message>
        <source>在这一天添加记录…</source>
        <translation>Add a record on this day...</translation>
    </message>
    <message>
        <source>在所选日期添加活动记录</source>
        <translation>Add an activity record on the selected date</translation>
    </message>
    <message>
        <source>本月人次</source>
        <translation>Person-times this month</translation>
    </message>
    <message>
        <source>{kind} {count} 条</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{month}：谈心/家访 {talks} 人次，补课辅导 {tutoring} 人次，生活帮扶等 {other} 人次</source>
        <translation>Person-times in {month}: talks/visits {talks}, tutoring {tutoring}, assistance {other}</translation>
    </message>
    <message>
        <source>yyyy年M月d日 dddd</source>
        <translation>dddd, MMMM d, yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n 人次</source>
        <translation>
            <numerusform>%n person-time</numerusform>
            <numerusform>%n person-times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条记录，{person_times}</source>
        <translation>
            <numerusform>%n record, {person_times}</numerusform>
            <numerusform>%n records, {person_times}</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} · {students} · {place}</source>
        <translation>{kind} · {students} · {place}</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>示例数据提示</source>
        <translation>Example data notice</translation>
    </message>
    <message>
        <source>这是示例数据，供您熟悉程序，不是真实的记录。</source>
        <translation>This is example data, for getting to know the program; these are not real records.</translation>
    </message>
    <message>
        <source>清除示例数据，开始使用我的记录本…</source>
        <translation>Clear the example data and start my own record book...</translation>
    </message>
</context>
<context>
    <name>DemoStep</name>
    <message>
        <source>示例数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>点“完成”后，记录本中会加入以下示例内容：</source>
        <translation>When you click &quot;Finish&quot;, this example content is added to the record book:</translation>
    </message>
    <message>
        <source>· 示例教师“王丽华”的个人信息
· 12 名学生，其中一名是重点帮扶学生
· {first}学年和{second}学年的志愿书
· 这两个学年中每月的谈心、家访、补课辅导和生活帮扶记录</source>
        <translation>· the profile of an example teacher, &quot;王丽华&quot;
· 12 students, one of them the key mentee
· pledges for school years {first} and {second}
· talks, home visits, tutoring and assistance in every month of those two years</translation>
    </message>
    <message>
        <source>示例数据只供熟悉程序。正式记录时，点窗口上方的“清除示例数据，开始使用我的记录本”即可。</source>
        <translation>The example data is only for getting to know the program. To start your real records, click &quot;Clear the example data and start my own record book&quot; at the top of the window.</translation>
    </message>
</context>
<context>
    <name>Difficulty</name>
    <message>
        <source>学习困难</source>
        <translation>Learning difficulty</translation>
    </message>
    <message>
        <source>家庭经济困难</source>
        <translation>Economic difficulty</translation>
    </message>
    <message>
        <source>心理困难</source>
        <translation>Psychological difficulty</translation>
    </message>
    <message>
        <source>其他困难</source>
        <translation>Other difficulty</translation>
    </message>
    <message>
        <source>学习</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>家庭经济</source>
        <translation>Economic</translation>
    </message>
    <message>
        <source>心理</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>（日志文件不可用）</source>
        <translation>(no log file available)</translation>
    </message>
    <message>
        <source>程序出现了一个意外错误，刚才的操作可能没有完成。
已保存的记录不受影响，您可以继续使用；如果问题反复出现，请把日志文件交给学校信息老师。

错误：{summary}
日志文件：{log}</source>
        <translation>An unexpected error occurred; what you just did may not have been completed.
Saved records are not affected and you can carry on; if the problem keeps coming back, give the log file to the school&apos;s IT teacher.

Error: {summary}
Log file: {log}</translation>
    </message>
    <message>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>导出与打印</source>
        <translation>Export and print</translation>
    </message>
    <message>
        <source>导出什么</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>记录本(&amp;B)</source>
        <translation>Record &amp;book</translation>
    </message>
    <message>
        <source>本学年的志愿书、活动记录和月度汇总，交校工会。</source>
        <translation>This school year&apos;s pledge, activity records and monthly summary, for the school union.</translation>
    </message>
    <message>
        <source>志愿书(&amp;L)</source>
        <translation>P&amp;ledge</translation>
    </message>
    <message>
        <source>本学年填好的志愿书，打印后签名。</source>
        <translation>This school year&apos;s pledge, filled in, to print and sign.</translation>
    </message>
    <message>
        <source>空白志愿书(&amp;K)</source>
        <translation>Blan&amp;k pledge form</translation>
    </message>
    <message>
        <source>空白表格，供手写填写。</source>
        <translation>An empty form to fill in by hand.</translation>
    </message>
    <message>
        <source>学年</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>匿名(&amp;A)</source>
        <translation>&amp;Anonymous</translation>
    </message>
    <message>
        <source>学生姓名换成代称（学生A、学生B……），不印帮扶学生的年龄、班级和困难说明，适合公开交流。</source>
        <translation>Students&apos; names become code names (Student A, Student B...); the mentee&apos;s age, class and difficulties are left out. For sharing in public.</translation>
    </message>
    <message>
        <source>学年(&amp;Y)</source>
        <translation>School &amp;year</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>停止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>填写个人信息(&amp;I)…</source>
        <translation>Fill &amp;in the profile...</translation>
    </message>
    <message>
        <source>预览(&amp;V)</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>保存为 PDF(&amp;S)…</source>
        <translation>&amp;Save as PDF...</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>先保存这些修改(&amp;U)</source>
        <translation>Save them &amp;first</translation>
    </message>
    <message>
        <source>另一个页面</source>
        <translation>another page</translation>
    </message>
    <message>
        <source>“{pages}”页上有还没保存的修改（例如刚写的签名），导出的文件中不会有。</source>
        <translation>Changes not yet saved on the &quot;{pages}&quot; page (a signature just drawn, say) will not be in the exported file.</translation>
    </message>
    <message>
        <source>”、“</source>
        <translation>&quot;, &quot;</translation>
    </message>
    <message>
        <source>“{pages}”页没有保存成功。请关闭这个窗口，到那一页看提示。</source>
        <translation>The &quot;{pages}&quot; page could not be saved. Close this window and see what that page says.</translation>
    </message>
    <message>
        <source>修改已保存，点击“预览”重新生成。</source>
        <translation>The changes are saved. Click &quot;Preview&quot; to make it again.</translation>
    </message>
    <message>
        <source>本学年填好的志愿书；刚写的签名保存后会印在表上。</source>
        <translation>This school year&apos;s pledge, filled in; the signature just written is printed on it once saved.</translation>
    </message>
    <message>
        <source>本学年填好的志愿书，签名会印在表上。</source>
        <translation>This school year&apos;s pledge, filled in, with your signature printed on it.</translation>
    </message>
    <message>
        <source>选项已改变，点击“预览”重新生成。</source>
        <translation>The options have changed; click &quot;Preview&quot; to make it again.</translation>
    </message>
    <message>
        <source>正在生成预览…</source>
        <translation>Making the preview...</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>正在保存 {name}…</source>
        <translation>Saving {name}...</translation>
    </message>
    <message>
        <source>正在准备打印…</source>
        <translation>Getting ready to print...</translation>
    </message>
    <message>
        <source>无法显示预览：文件 {path} 读不出来。</source>
        <translation>Cannot show the preview: the file {path} cannot be read.</translation>
    </message>
    <message numerus="yes">
        <source>预览：共 %n 页。</source>
        <translation>
            <numerusform>Preview: %n page.</numerusform>
            <numerusform>Preview: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已保存：{name}（共 %n 页）</source>
        <translation>
            <numerusform>Saved: {name} (%n page)</numerusform>
            <numerusform>Saved: {name} (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已保存到：
{path}

共 %n 页。</source>
        <translation>
            <numerusform>Saved to:
{path}

%n page.</numerusform>
            <numerusform>Saved to:
{path}

%n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已发送到打印机：共 %n 页。</source>
        <translation>
            <numerusform>Sent to the printer: %n page.</numerusform>
            <numerusform>Sent to the printer: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>请注意：</source>
        <translation>Please note:</translation>
    </message>
    <message>
        <source>已保存个人信息，可以重新导出。</source>
        <translation>Profile saved. You can export again.</translation>
    </message>
    <message>
        <source>个人信息已保存，点击“预览”重新生成。</source>
        <translation>The profile is saved. Click &quot;Preview&quot; to make it again.</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <source>没有打印。</source>
        <translation>Nothing was printed.</translation>
    </message>
    <message>
        <source>正在打印：第 {done} / {total} 页</source>
        <translation>Printing page {done} of {total}</translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation>Printing...</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>已停止。</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>正在停止…</source>
        <translation>Stopping...</translation>
    </message>
    <message>
        <source>出现了意外错误，没有完成。没有留下不完整的文件；详细信息已写入日志。
错误：{error}</source>
        <translation>An unexpected error stopped it. No partial file was left behind; the details are in the log.
Error: {error}</translation>
    </message>
    <message>
        <source>没有完成。</source>
        <translation>Not finished.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>在您修改期间，这项内容已在别处被修改（例如在命令行中）。为了不覆盖那次修改，这次没有保存。您写的内容还在这里：请复制需要的文字，取消后重新打开再修改。</source>
        <translation>While you were editing, this was changed elsewhere (for example with the jilu command). So as not to overwrite that change, nothing was saved. What you wrote is still here: copy the text you need, cancel, and open it again to edit.</translation>
    </message>
    <message>
        <source>错误提示</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>（不填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>开始使用记录本</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>使用说明</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&lt;h2&gt;“168”爱生行动记录本&lt;/h2&gt;&lt;h3&gt;1、6、8 是什么&lt;/h3&gt;&lt;p&gt;&lt;b&gt;1&lt;/b&gt;：结对帮扶一名困难学生（重点帮扶学生，写在每学年的志愿书中）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;6&lt;/b&gt;：每月与任教班级的学生谈心或家访，合计不少于 &lt;b&gt;6 人次&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;&lt;b&gt;8&lt;/b&gt;：每月为困难学生义务补课、辅导，不少于 &lt;b&gt;8 人次&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;&lt;b&gt;人次&lt;/b&gt;：一次活动有几名学生就算几人次。一次辅导三名学生，记 3 人次。生活帮扶等其他帮助也记录在册，但不计入 6 和 8。&lt;/p&gt;&lt;p&gt;寒暑假等月份可以设为&lt;b&gt;免计月份&lt;/b&gt;（默认 7 月和 8 月），免计月份不算未达标。&lt;/p&gt;&lt;h3&gt;怎样记一条记录&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;在任何页面按 &lt;b&gt;Ctrl+N&lt;/b&gt;。日期默认是今天，地点沿用上一条记录。&lt;/li&gt;&lt;li&gt;在“帮扶对象”中输入学生姓名中的字，按回车选中；可以选多名学生。重点帮扶学生排在最前面，也可以按 Alt+M 直接添加。&lt;/li&gt;&lt;li&gt;按 Tab 到“内容”，写下做了什么或帮扶心得。&lt;/li&gt;&lt;li&gt;按 &lt;b&gt;Ctrl+回车&lt;/b&gt; 保存。填写有误时，提示会显示在相应的格子旁边，记录不会保存一半。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;同样的帮扶又做了一次：在“活动记录”中选中那条记录，按 &lt;b&gt;Ctrl+D&lt;/b&gt; 复制为新记录。&lt;/p&gt;&lt;h3&gt;常用按键&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;新增记录&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;查找记录&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;撤销 / 重做（新增、修改、删除都可以撤销）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;导出与打印&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt;、&lt;b&gt;Ctrl+2&lt;/b&gt;……&lt;/td&gt;&lt;td&gt;切换页面&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;回车&lt;/b&gt; / &lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;在记录表中：修改 / 删除选中的记录&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;刷新（显示刚用 jilu 命令做的修改；窗口也会自己每隔几秒查看）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;打开或关闭本说明&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;数据在哪里&lt;/h3&gt;&lt;p&gt;所有记录只保存在本机（或U盘）的数据文件夹中，不会上传到网络。“帮助 → 关于”中写着数据文件夹的位置。&lt;/p&gt;&lt;h3&gt;换一台电脑&lt;/h3&gt;&lt;p&gt;用“文件 → 导出数据包（换电脑用）”把整个记录本存成一个 .jilu 文件（保存后会自动校验），在另一台电脑上用“文件 → 导入数据包”打开它；新电脑第一次打开记录本时，也可以选“从数据包导入”。那台电脑上原有的记录本会先自动备份。数据包中有学生的个人信息：请妥善保管U盘，导入后把数据包删除。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;&quot;168&quot; Love-Students Record Book&lt;/h2&gt;&lt;h3&gt;What 1, 6 and 8 mean&lt;/h3&gt;&lt;p&gt;&lt;b&gt;1&lt;/b&gt;: help one struggling student (the key mentee, named in each school year&apos;s pledge).&lt;/p&gt;&lt;p&gt;&lt;b&gt;6&lt;/b&gt;: every month, talks with or home visits to students of the classes you teach: at least &lt;b&gt;6 person-times&lt;/b&gt; together.&lt;/p&gt;&lt;p&gt;&lt;b&gt;8&lt;/b&gt;: every month, free make-up lessons or tutoring for struggling students: at least &lt;b&gt;8 person-times&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Person-times&lt;/b&gt;: an activity counts once for each student in it. Tutoring three students at once counts 3. Assistance and other help is recorded too, but counts toward neither 6 nor 8.&lt;/p&gt;&lt;p&gt;Vacation months can be made &lt;b&gt;exempt&lt;/b&gt; (July and August by default); an exempt month never counts as missed.&lt;/p&gt;&lt;h3&gt;How to log a record&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; on any page. The date is today; the place is the last record&apos;s.&lt;/li&gt;&lt;li&gt;In &quot;Students&quot;, type some characters of a name and press Enter to choose; several students can be chosen. The key mentee comes first, or press Alt+M to add them at once.&lt;/li&gt;&lt;li&gt;Press Tab to go to &quot;Content&quot; and write what was done or your reflections.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Ctrl+Enter&lt;/b&gt; to save. If something is wrong, the message appears beside that field and nothing is saved half-way.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Did the same again? Select that record in &quot;Records&quot; and press &lt;b&gt;Ctrl+D&lt;/b&gt; to copy it as a new one.&lt;/p&gt;&lt;h3&gt;Keys&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New record&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Find records&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo / redo (adding, editing and deleting can all be undone)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Export and print&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt;, &lt;b&gt;Ctrl+2&lt;/b&gt;...&lt;/td&gt;&lt;td&gt;Switch pages&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; / &lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;In the records table: edit / delete the selected records&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh (shows changes just made with the jilu command; the window also looks by itself every few seconds)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open or close this help&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Where the data is&lt;/h3&gt;&lt;p&gt;Every record stays in the data folder on this computer (or USB stick) and is never sent over the network. &quot;Help → About&quot; shows where the data folder is.&lt;/p&gt;&lt;h3&gt;Moving to another computer&lt;/h3&gt;&lt;p&gt;&quot;File → Export data archive (to move computers)&quot; saves the whole record book as one .jilu file (checked once saved); on the other computer, open it with &quot;File → Import data archive&quot;, or choose &quot;Import a data archive&quot; when the record book is first opened there. The record book already on that computer is backed up first. The archive holds the students&apos; private information: keep the USB stick safe, and delete the archive once it is imported.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportConfirmDialog</name>
    <message>
        <source>导入数据包</source>
        <translation>Import data archive</translation>
    </message>
    <message>
        <source>用数据包中的记录本替换这台电脑上的记录本？</source>
        <translation>Replace the record book on this computer with the one in the data archive?</translation>
    </message>
    <message>
        <source>数据包中的记录本（导入后使用这个）</source>
        <translation>In the data archive (used from now on)</translation>
    </message>
    <message>
        <source>这台电脑上现在的记录本（将被替换）</source>
        <translation>On this computer now (to be replaced)</translation>
    </message>
    <message>
        <source>导入会把这台电脑上现在的记录本整个替换掉：个人信息、学生、志愿书、活动记录和设置，都换成数据包中的内容。替换前，现在的记录本会先备份下来，导入完成后会告诉您备份的位置。导入不能用“撤销”撤回。</source>
        <translation>Importing replaces the whole record book on this computer: the profile, students, pledges, records and settings all become those in the data archive. The present record book is backed up first, and you are told where once the import is done. An import cannot be taken back with &quot;Undo&quot;.</translation>
    </message>
    <message>
        <source>注意：这台电脑上的记录本比数据包中的更新（这里最近一次修改在 {here}，数据包中是 {there}）。替换后，这些较新的修改只留在备份中。如果不确定，请先点“取消”，看看哪一台电脑上的记录本是最新的。</source>
        <translation>Note: the record book on this computer is newer than the one in the archive (last changed here {here}, in the archive {there}). Once it is replaced, those newer changes are only in the backup. If unsure, click &quot;Cancel&quot; first and find out which computer has the latest record book.</translation>
    </message>
    <message>
        <source>替换为数据包中的记录本</source>
        <translation>Replace with the archive&apos;s record book</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportStep</name>
    <message>
        <source>从数据包导入</source>
        <translation>Import from a data archive</translation>
    </message>
    <message>
        <source>选择在另一台电脑上用“文件 → 导出数据包”保存的 .jilu 文件（例如U盘上的）。</source>
        <translation>Choose the .jilu file saved with &quot;File → Export data archive&quot; on the other computer (on a USB stick, say).</translation>
    </message>
    <message>
        <source>选择数据包(&amp;C)…</source>
        <translation>&amp;Choose data archive...</translation>
    </message>
    <message>
        <source>点“完成”导入。</source>
        <translation>Click &quot;Finish&quot; to import it.</translation>
    </message>
    <message>
        <source>这台电脑上的记录本中已经有内容（{current}），导入会替换它；替换前会先备份。</source>
        <translation>The record book on this computer already holds something ({current}); importing replaces it, after backing it up.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>谈心</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>家访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>补课辅导</source>
        <translation>Tutoring</translation>
    </message>
    <message>
        <source>生活帮扶</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{month}月{day}日 {weekday}</source>
        <translation>{weekday} {month}/{day}</translation>
    </message>
    <message>
        <source>yyyy年M月</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>{year}学年（{year}.9—{next}.8）</source>
        <translation>{year}/{next} ({year}-09 to {next}-08)</translation>
    </message>
</context>
<context>
    <name>LatestRecords</name>
    <message>
        <source>{date}  {kind}  {students}  （{place}）</source>
        <translation>{date}  {kind}  {students}  ({place})</translation>
    </message>
    <message>
        <source>最近的记录</source>
        <translation>Latest records</translation>
    </message>
    <message>
        <source>还没有记录。按 Ctrl+N 记下第一条。</source>
        <translation>No records yet. Press Ctrl+N to add the first one.</translation>
    </message>
</context>
<context>
    <name>LeavingPage</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>不保存</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>“168”爱生行动记录本</source>
        <translation>&quot;168&quot; Love-Students Record Book</translation>
    </message>
    <message>
        <source>页面</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>活动记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>学生</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>志愿书</source>
        <translation>Pledge</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>重新读取记录本，显示在别处（例如命令行中）所做的修改</source>
        <translation>Read the record book again, to show changes made elsewhere (for example with the jilu command)</translation>
    </message>
    <message>
        <source>今天的日期</source>
        <translation>Today&apos;s date</translation>
    </message>
    <message>
        <source>后台任务进度</source>
        <translation>Background work</translation>
    </message>
    <message>
        <source>yyyy年M月d日 dddd</source>
        <translation>dddd, MMMM d, yyyy</translation>
    </message>
    <message>
        <source>已刷新</source>
        <translation>Refreshed</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新增记录(&amp;N)…</source>
        <translation>&amp;New record...</translation>
    </message>
    <message>
        <source>导出与打印(&amp;P)…</source>
        <translation>Export and &amp;print...</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>导出数据包（换电脑用）(&amp;D)…</source>
        <translation>Export &amp;data archive (to move computers)...</translation>
    </message>
    <message>
        <source>把整个记录本存成一个文件，带到另一台电脑上导入</source>
        <translation>Save the whole record book as one file, to import on another computer</translation>
    </message>
    <message>
        <source>导入数据包(&amp;I)…</source>
        <translation>&amp;Import data archive...</translation>
    </message>
    <message>
        <source>只读的记录本不能导入数据包</source>
        <translation>A read-only record book cannot import a data archive</translation>
    </message>
    <message>
        <source>用另一台电脑导出的数据包替换这里的记录本</source>
        <translation>Replace this record book with a data archive exported on another computer</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>查找记录(&amp;F)</source>
        <translation>&amp;Find records</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>使用说明(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>只读提示</source>
        <translation>Read-only notice</translation>
    </message>
    <message>
        <source>无法导入数据包</source>
        <translation>Could not import the data archive</translation>
    </message>
    <message>
        <source>这个记录本是只读的，不能导入数据包（导入会替换记录本中的全部内容）。请关闭U盘的写保护开关，或在可以写入的文件夹中打开记录本后再导入。</source>
        <translation>This record book is read-only, so no data archive can be imported into it (importing replaces everything in the record book). Switch off the USB stick&apos;s write protection, or open the record book in a folder that can be written to, and import again.</translation>
    </message>
    <message>
        <source>已导入数据包</source>
        <translation>Data archive imported</translation>
    </message>
    <message>
        <source>清除示例数据以后，示例教师、学生、志愿书和活动记录都会从记录本中删除（删除前会先备份）。然后您可以填写自己的信息，开始记录。</source>
        <translation>Clearing the example data deletes the example teacher, students, pledges and activity records from the record book (a backup is made first). Then you can fill in your own details and start recording.</translation>
    </message>
    <message>
        <source>注意：示例数据加入以后，您又添加了 {students} 名学生、{records} 条记录、{pledges} 份志愿书，它们也会一起删除。</source>
        <translation>Note: since the example data was added you have added {students} students, {records} records and {pledges} pledges yourself; they will be deleted too.</translation>
    </message>
    <message>
        <source>开始使用我的记录本</source>
        <translation>Start my own record book</translation>
    </message>
    <message>
        <source>清除示例数据</source>
        <translation>Clear the example data</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>无法清除示例数据</source>
        <translation>Could not clear the example data</translation>
    </message>
    <message>
        <source>已清除示例数据（清除前的记录本已备份）</source>
        <translation>Example data cleared (the record book was backed up first)</translation>
    </message>
    <message>
        <source>已{action}。按 Ctrl+Z 可撤销</source>
        <translation>Done: {action}. Ctrl+Z undoes it</translation>
    </message>
    <message>
        <source>已撤销：{action}</source>
        <translation>Undone: {action}</translation>
    </message>
    <message>
        <source>已重做：{action}</source>
        <translation>Redone: {action}</translation>
    </message>
    <message>
        <source>无法撤销或重做，记录没有改动</source>
        <translation>Could not undo or redo; nothing was changed</translation>
    </message>
    <message>
        <source>无法撤销或重做</source>
        <translation>Cannot undo or redo</translation>
    </message>
    <message>
        <source>正在完成后台任务，完成后自动关闭……</source>
        <translation>Finishing background work; the window closes when it is done...</translation>
    </message>
    <message>
        <source>今天：{date}</source>
        <translation>Today: {date}</translation>
    </message>
    <message>
        <source>无法读取记录</source>
        <translation>Cannot read the records</translation>
    </message>
    <message>
        <source>只读：这个记录本不能写入（U盘有写保护，或文件、文件夹是只读的），现在只能查看、导出和打印。要修改，请关闭U盘的写保护开关、去掉文件的“只读”属性，或把记录本复制到电脑上。</source>
        <translation>Read-only: this record book cannot be written to (the USB stick is write-protected, or the file or folder is read-only), so it can only be viewed, exported and printed. To make changes, switch off the USB stick&apos;s write protection, clear the file&apos;s &quot;read-only&quot; attribute, or copy the record book to the computer.</translation>
    </message>
    <message>
        <source>“168”爱生行动记录本  版本 {version}

为参加“168”爱生行动的老师记录谈心、家访、补课辅导等帮扶活动。完全离线使用，所有记录只保存在本机（或U盘）上。

数据文件夹：{data_dir}

本程序按 GPL-3.0 或更新版本许可发布；内置字体“文泉驿微米黑”按 Apache-2.0 许可发布。</source>
        <translation>&quot;168&quot; Love-Students Record Book  version {version}

For teachers in the &quot;168&quot; love-students campaign to record talks, home visits, tutoring and other help. It works entirely offline; every record stays on this computer (or USB stick).

Data folder: {data_dir}

Released under GPL-3.0 or later; the bundled font WenQuanYi Micro Hei is released under Apache-2.0.</translation>
    </message>
    <message>
        <source>（未知）</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>关于记录本</source>
        <translation>About the Record Book</translation>
    </message>
</context>
<context>
    <name>MenteeCard</name>
    <message>
        <source>重点帮扶学生</source>
        <translation>Key mentee</translation>
    </message>
    <message>
        <source>重点帮扶学生姓名</source>
        <translation>Key mentee&apos;s name</translation>
    </message>
    <message>
        <source>困难情况</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>帮扶措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>本月帮扶情况</source>
        <translation>Help this month</translation>
    </message>
    <message>
        <source>本学年还没有填写志愿书。在志愿书中选定重点帮扶学生后，这里会显示他（她）的情况。</source>
        <translation>No pledge has been filled in for this school year yet. Once you choose your key mentee in the pledge, how they are doing is shown here.</translation>
    </message>
    <message>
        <source>{name} · {class_name}</source>
        <translation>{name} · {class_name}</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>困难情况：{text}</source>
        <translation>Difficulties: {text}</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>帮扶措施：{text}</source>
        <translation>Measures: {text}</translation>
    </message>
    <message>
        <source>本月已帮扶 {count} 次</source>
        <translation>Sessions this month: {count}</translation>
    </message>
    <message>
        <source>本月还没有帮扶记录</source>
        <translation>No sessions this month yet</translation>
    </message>
    <message>
        <source>，最近一次：{date}</source>
        <translation>; the latest: {date}</translation>
    </message>
</context>
<context>
    <name>MenteeStep</name>
    <message>
        <source>第 2 步：重点帮扶学生</source>
        <translation>Step 2: your key mentee</translation>
    </message>
    <message>
        <source>您在志愿书中承诺关心帮助的那一名困难学生。其他学生以后在记录中随时添加。</source>
        <translation>The one struggling student your pledge promises to help. Other students can be added with your records.</translation>
    </message>
    <message>
        <source>学生姓名</source>
        <translation>Student&apos;s name</translation>
    </message>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>如：五(1)班</source>
        <translation>e.g. Class 5(1)</translation>
    </message>
    <message>
        <source>学生性别</source>
        <translation>Student&apos;s gender</translation>
    </message>
    <message>
        <source>出生年份</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>四位数字，如 2015</source>
        <translation>four digits, e.g. 2015</translation>
    </message>
    <message>
        <source>学习困难</source>
        <translation>Learning difficulty</translation>
    </message>
    <message>
        <source>家庭经济困难</source>
        <translation>Economic difficulty</translation>
    </message>
    <message>
        <source>心理困难</source>
        <translation>Psychological difficulty</translation>
    </message>
    <message>
        <source>其他困难</source>
        <translation>Other difficulty</translation>
    </message>
    <message>
        <source>如：数学基础薄弱，作业常不能按时完成</source>
        <translation>e.g. weak in maths, often late with homework</translation>
    </message>
    <message>
        <source>困难情况</source>
        <translation>Difficulty detail</translation>
    </message>
    <message>
        <source>姓名（必填）：</source>
        <translation>Name (required):</translation>
    </message>
    <message>
        <source>班级：</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>性别：</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>出生年份：</source>
        <translation>Year of birth:</translation>
    </message>
    <message>
        <source>困难类别：</source>
        <translation>Difficulties:</translation>
    </message>
    <message>
        <source>困难情况：</source>
        <translation>Difficulty detail:</translation>
    </message>
</context>
<context>
    <name>MonthText</name>
    <message numerus="yes">
        <source>{count} / %n 人次</source>
        <translation>
            <numerusform>{count} / %n person-time</numerusform>
            <numerusform>{count} / %n person-times</numerusform>
        </translation>
    </message>
    <message>
        <source>本月在参加起始月份之前（未参加），不计达标或未达标</source>
        <translation>This month is before you began taking part: it counts as neither met nor short</translation>
    </message>
    <message>
        <source>本月为免计月份</source>
        <translation>This month is exempt</translation>
    </message>
    <message>
        <source>本月已达标</source>
        <translation>This month&apos;s targets are met</translation>
    </message>
    <message>
        <source>本月尚未开始</source>
        <translation>This month has not begun yet</translation>
    </message>
    <message numerus="yes">
        <source>谈心/家访 %n 人次</source>
        <translation>
            <numerusform>%n talk/visit</numerusform>
            <numerusform>%n talks/visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>辅导 %n 人次</source>
        <translation>
            <numerusform>%n tutoring session</numerusform>
            <numerusform>%n tutoring sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>{need}（每周约 {count} 人次）</source>
        <translation>{need} (about {count} a week)</translation>
    </message>
    <message numerus="yes">
        <source>本月还剩 %n 天：还需{needs}</source>
        <translation>
            <numerusform>%n day left this month. Still to do: {needs}</numerusform>
            <numerusform>%n days left this month. Still to do: {needs}</numerusform>
        </translation>
    </message>
    <message>
        <source>、</source>
        <translation> and </translation>
    </message>
    <message>
        <source>本月未达标：还差{needs}</source>
        <translation>This month missed its targets by {needs}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>教师</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>填写个人信息的提示</source>
        <translation>Prompt to fill in the profile</translation>
    </message>
    <message>
        <source>还没有填写个人信息。您的姓名会印在志愿书和记录本上。</source>
        <translation>Your profile is not filled in yet. Your name goes on the pledge and the record book.</translation>
    </message>
    <message>
        <source>填写个人信息(&amp;P)…</source>
        <translation>Fill in the &amp;profile...</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>学年</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>新增记录(Ctrl+N)</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <source>谈心/家访</source>
        <translation>Talks/visits</translation>
    </message>
    <message>
        <source>补课辅导</source>
        <translation>Tutoring</translation>
    </message>
    <message>
        <source>生活帮扶人次</source>
        <translation>Assistance person-times</translation>
    </message>
    <message>
        <source>本月情况</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>本学年各月</source>
        <translation>Months of this school year</translation>
    </message>
    <message>
        <source>最近的记录(&amp;L)</source>
        <translation>&amp;Latest records</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <source>{name} 老师</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>本月进度（{month}）</source>
        <translation>This month ({month})</translation>
    </message>
    <message numerus="yes">
        <source>生活帮扶等 %n 人次（记录在册，不计入以上两项）</source>
        <translation>
            <numerusform>Assistance and other help: %n person-time (recorded, not counted above)</numerusform>
            <numerusform>Assistance and other help: %n person-times (recorded, not counted above)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>点击“预览”，在这里查看导出的效果。</source>
        <translation>Click &quot;Preview&quot; to see here what will be exported.</translation>
    </message>
    <message>
        <source>无法显示预览。</source>
        <translation>Cannot show the preview.</translation>
    </message>
    <message>
        <source>第 {page} 页 / 共 {pages} 页</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <source>添加学生“{name}”</source>
        <translation>new student &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>修改学生“{name}”</source>
        <translation>changes to student &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>删除学生“{name}”</source>
        <translation>deletion of student &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>保存{year}学年志愿书</source>
        <translation>saved pledge for school year {year}</translation>
    </message>
    <message>
        <source>修改个人信息</source>
        <translation>changes to the profile</translation>
    </message>
</context>
<context>
    <name>PledgePage</name>
    <message>
        <source>如：每周两次午休辅导数学；每月与家长沟通一次</source>
        <translation>e.g. maths tutoring twice a week at noon; talk with the parents monthly</translation>
    </message>
    <message>
        <source>帮扶措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>其他努力方向</source>
        <translation>Further commitments</translation>
    </message>
    <message>
        <source>签名日期</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <source>学年</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>学年(&amp;Y)：</source>
        <translation>School &amp;year:</translation>
    </message>
    <message>
        <source>保存志愿书(&amp;S)</source>
        <translation>&amp;Save pledge</translation>
    </message>
    <message>
        <source>保存这一学年的志愿书（Ctrl+S）</source>
        <translation>Save this school year&apos;s pledge (Ctrl+S)</translation>
    </message>
    <message>
        <source>保存状态</source>
        <translation>Save state</translation>
    </message>
    <message>
        <source>“168”爱生行动志愿书</source>
        <translation>&quot;168&quot; Love-Students Campaign Pledge</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>校长室、校工会：</source>
        <translation>To the principal&apos;s office and the school union:</translation>
    </message>
    <message>
        <source>我自愿参加学校开展的“168”爱生行动。我的基本情况是：</source>
        <translation>I volunteer for the school&apos;s &quot;168&quot; love-students campaign. About me:</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>出生年月</source>
        <translation>Birth month</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>工作岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>特长</source>
        <translation>Specialties</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>还没有填写个人信息。志愿书上半部分来自个人信息，请先填写。</source>
        <translation>The profile is not filled in yet. The top of the pledge comes from the profile; please fill it in first.</translation>
    </message>
    <message>
        <source>修改个人信息(&amp;P)…</source>
        <translation>Edit &amp;profile...</translation>
    </message>
    <message>
        <source>我重点帮扶的一位学生是：</source>
        <translation>The student I will especially help:</translation>
    </message>
    <message>
        <source>重点帮扶学生</source>
        <translation>Key mentee</translation>
    </message>
    <message>
        <source>输入姓名或从名单中选择</source>
        <translation>Type a name or choose from the list</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>年龄：</source>
        <translation>Age:</translation>
    </message>
    <message>
        <source>班级：</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>新学生(&amp;W)…</source>
        <translation>Ne&amp;w student...</translation>
    </message>
    <message>
        <source>重点帮扶的学生还不在名单中？在这里添加，并选为重点帮扶学生</source>
        <translation>Is the key mentee not on the list yet? Add the student here and choose them as the key mentee</translation>
    </message>
    <message>
        <source>困难情况</source>
        <translation>Difficulty detail</translation>
    </message>
    <message>
        <source>学生的困难情况；默认取自学生信息</source>
        <translation>The student&apos;s difficulties; taken from the student&apos;s details unless you write them</translation>
    </message>
    <message>
        <source>如：关心班上每一位学习困难的学生，做到不让一名学生掉队</source>
        <translation>e.g. care for every struggling student in my class, and leave no one behind</translation>
    </message>
    <message>
        <source>签名日期(&amp;D)：</source>
        <translation>Signing &amp;date:</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>MMMM d, yyyy</translation>
    </message>
    <message>
        <source>困难情况(&amp;K)：</source>
        <translation>Difficulty detail (&amp;K):</translation>
    </message>
    <message>
        <source>帮扶措施(&amp;M)：</source>
        <translation>&amp;Measures:</translation>
    </message>
    <message>
        <source>此外，我还将在以下几方面努力(&amp;F)：</source>
        <translation>&amp;Further commitments:</translation>
    </message>
    <message>
        <source>签名：</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>撤销刚才的保存（Ctrl+Z）</source>
        <translation>Undo the save just made (Ctrl+Z)</translation>
    </message>
    <message>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>填写个人信息(&amp;P)…</source>
        <translation>Fill in the &amp;profile...</translation>
    </message>
    <message>
        <source>学校：{school}</source>
        <translation>School: {school}</translation>
    </message>
    <message>
        <source>名单中还没有学生：点“新学生…”添加</source>
        <translation>No students on the list yet: click &quot;New student...&quot; to add one</translation>
    </message>
    <message>
        <source>{name}（{class_name}，编号 {id}）</source>
        <translation>{name} ({class_name}, id {id})</translation>
    </message>
    <message>
        <source>{name}（编号 {id}）</source>
        <translation>{name} (id {id})</translation>
    </message>
    <message>
        <source>{name}（{class_name}）</source>
        <translation>{name} ({class_name})</translation>
    </message>
    <message>
        <source>已填写</source>
        <translation>Filled in</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>保存的签名图片无法显示，请重新签名或重新导入。</source>
        <translation>The saved signature cannot be shown; sign again or import it again.</translation>
    </message>
    <message>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>这一学年还没有志愿书</source>
        <translation>No pledge for this school year yet</translation>
    </message>
    <message>
        <source>{age} 岁</source>
        <translation>{age}</translation>
    </message>
    <message>
        <source>（出生年份未填）</source>
        <translation>(year of birth not given)</translation>
    </message>
    <message>
        <source>名单中有不止一名学生叫“{name}”。请从名单中选择是哪一名。</source>
        <translation>More than one student on the list is called &quot;{name}&quot;. Choose which one from the list.</translation>
    </message>
    <message>
        <source>名单中没有“{name}”。请从名单中选择，或先在“学生”页添加这名学生。</source>
        <translation>&quot;{name}&quot; is not on the list. Choose from the list, or add the student on the &quot;Students&quot; page first.</translation>
    </message>
    <message>
        <source>已保存{year}学年志愿书。</source>
        <translation>The pledge for school year {year} is saved.</translation>
    </message>
    <message>
        <source>志愿书还没有保存</source>
        <translation>The pledge is not saved</translation>
    </message>
    <message>
        <source>{year}学年的志愿书有未保存的修改。要先保存吗？</source>
        <translation>The pledge for school year {year} has unsaved changes. Save them first?</translation>
    </message>
    <message>
        <source>已保存个人信息。</source>
        <translation>Profile saved.</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>Could not do that</translation>
    </message>
</context>
<context>
    <name>PledgeStep</name>
    <message>
        <source>第 3 步：{year}学年志愿书</source>
        <translation>Step 3: pledge for school year {year}</translation>
    </message>
    <message>
        <source>写下您打算怎样帮助这名学生。完成后即可开始记录，志愿书以后也可以修改和导出打印。</source>
        <translation>Write how you mean to help this student. Then you can start recording; the pledge can be changed and printed later.</translation>
    </message>
    <message>
        <source>如：每周两次午休辅导数学；每月与家长沟通一次</source>
        <translation>e.g. maths tutoring twice a week at noon; talk with the parents monthly</translation>
    </message>
    <message>
        <source>帮扶措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>如：关心班上每一位学习困难的学生</source>
        <translation>e.g. care for every struggling student in my class</translation>
    </message>
    <message>
        <source>其他努力方向</source>
        <translation>Further commitments</translation>
    </message>
    <message>
        <source>签名日期</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <source>如果已经在纸质志愿书上签过名，请填当时的日期。本学年从签名的那个月起计算每月的进度，之前的月份记为“未参加”（可以在“设置”中更改）。</source>
        <translation>If you have already signed a paper pledge, enter the date you signed it. The months of this school year count from the month of signing; the months before it read &quot;Not yet taking part&quot; (this can be changed in Settings).</translation>
    </message>
    <message>
        <source>学年：</source>
        <translation>School year:</translation>
    </message>
    <message>
        <source>重点帮扶学生：</source>
        <translation>Key mentee:</translation>
    </message>
    <message>
        <source>帮扶措施：</source>
        <translation>Measures:</translation>
    </message>
    <message>
        <source>此外，我还将在以下几方面努力：</source>
        <translation>Further commitments:</translation>
    </message>
    <message>
        <source>签名日期：</source>
        <translation>Signing date:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>无法读取要打印的文件 {path}</source>
        <translation>Cannot read the file to print, {path}</translation>
    </message>
    <message>
        <source>无法使用打印机“{name}”。请检查打印机是否已连接、已开机。</source>
        <translation>Cannot use the printer &quot;{name}&quot;. Check that it is connected and switched on.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>个人信息</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>（不填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>出生年月</source>
        <translation>Birth month</translation>
    </message>
    <message>
        <source>年-月，如 1985-03</source>
        <translation>year-month, e.g. 1985-03</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>如 小学高级教师</source>
        <translation>e.g. senior primary teacher</translation>
    </message>
    <message>
        <source>工作岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>如 语文教师、班主任</source>
        <translation>e.g. Chinese teacher, class teacher</translation>
    </message>
    <message>
        <source>特长</source>
        <translation>Specialties</translation>
    </message>
    <message>
        <source>如 书法、朗诵</source>
        <translation>e.g. calligraphy, recitation</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>如 武进区湖塘实验小学</source>
        <translation>e.g. Hutang Experimental Primary School</translation>
    </message>
    <message>
        <source>工会小组</source>
        <translation>Union group</translation>
    </message>
    <message>
        <source>如 五年级组</source>
        <translation>e.g. Grade 5 group</translation>
    </message>
    <message>
        <source>从教年份</source>
        <translation>Teaching since</translation>
    </message>
    <message>
        <source>四位数字，如 2007</source>
        <translation>four digits, e.g. 2007</translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>性别(&amp;G)</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>出生年月(&amp;B)</source>
        <translation>&amp;Birth month</translation>
    </message>
    <message>
        <source>职称(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>工作岗位(&amp;P)</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <source>特长(&amp;S)</source>
        <translation>&amp;Specialties</translation>
    </message>
    <message>
        <source>学校(&amp;L)</source>
        <translation>Schoo&amp;l</translation>
    </message>
    <message>
        <source>工会小组(&amp;U)</source>
        <translation>&amp;Union group</translation>
    </message>
    <message>
        <source>从教年份(&amp;Y)</source>
        <translation>Teaching since (&amp;Y)</translation>
    </message>
    <message>
        <source>姓名必填；其余各项会印在志愿书和记录本封面上，建议一并填写。</source>
        <translation>The name is required; the rest is printed on the pledge and the record book&apos;s cover, so fill it in too.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProfileStep</name>
    <message>
        <source>第 1 步：您的个人信息</source>
        <translation>Step 1: about you</translation>
    </message>
    <message>
        <source>这些内容会印在志愿书和记录本的封面上。只有姓名必须填写，其余可以以后再补。</source>
        <translation>This is printed on the pledge and the record book&apos;s cover. Only the name is required; the rest can wait.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>如：武进区湖塘实验小学</source>
        <translation>e.g. Hutang Experimental Primary School</translation>
    </message>
    <message>
        <source>工作岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>如：语文教师、班主任</source>
        <translation>e.g. Chinese teacher, class teacher</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>姓名（必填）：</source>
        <translation>Name (required):</translation>
    </message>
    <message>
        <source>性别：</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>学校：</source>
        <translation>School:</translation>
    </message>
    <message>
        <source>工作岗位：</source>
        <translation>Post:</translation>
    </message>
    <message>
        <source>职称：</source>
        <translation>Title:</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>帮扶对象</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>帮扶内容</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>活动类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>学生</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>搜索内容、地点或学生姓名（Ctrl+F）</source>
        <translation>Search content, places, names (Ctrl+F)</translation>
    </message>
    <message>
        <source>搜索记录</source>
        <translation>Search records</translation>
    </message>
    <message>
        <source>记录条数</source>
        <translation>Number of records</translation>
    </message>
    <message>
        <source>活动记录表</source>
        <translation>Records table</translation>
    </message>
    <message>
        <source>没有记录时的说明</source>
        <translation>Note when there are no records</translation>
    </message>
    <message>
        <source>在全部月份中查找(&amp;A)</source>
        <translation>Search &amp;all months</translation>
    </message>
    <message>
        <source>新增记录(Ctrl+N)</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <source>修改(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>复制为新记录(Ctrl+D)</source>
        <translation>Copy as new record (Ctrl+D)</translation>
    </message>
    <message>
        <source>删除(Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>复制为新记录</source>
        <translation>Copy as new record</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>月份(&amp;M)</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>类型(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>学生(&amp;U)</source>
        <translation>St&amp;udent</translation>
    </message>
    <message>
        <source>全部月份（{count} 条）</source>
        <translation>All months ({count})</translation>
    </message>
    <message>
        <source>{month}（{count} 条）</source>
        <translation>{month} ({count})</translation>
    </message>
    <message>
        <source>全部学生</source>
        <translation>All students</translation>
    </message>
    <message>
        <source>{name}（{class_name}，编号 {id}）</source>
        <translation>{name} ({class_name}, id {id})</translation>
    </message>
    <message>
        <source>{name}（编号 {id}）</source>
        <translation>{name} (id {id})</translation>
    </message>
    <message>
        <source>{name}（{class_name}）</source>
        <translation>{name} ({class_name})</translation>
    </message>
    <message numerus="yes">
        <source>%n 人次</source>
        <translation>
            <numerusform>%n person-time</numerusform>
            <numerusform>%n person-times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条记录，{person_times}</source>
        <translation>
            <numerusform>%n record, {person_times}</numerusform>
            <numerusform>%n records, {person_times}</numerusform>
        </translation>
    </message>
    <message>
        <source>没有符合条件的记录。</source>
        <translation>No records match.</translation>
    </message>
    <message>
        <source>这个月还没有记录。按 Ctrl+N 新增一条。</source>
        <translation>No records this month yet. Press Ctrl+N to add one.</translation>
    </message>
    <message>
        <source>{date} {kind}（{students}）</source>
        <translation>{date} {kind} ({students})</translation>
    </message>
    <message>
        <source>删除这条记录？
{what}

删除后可以按 Ctrl+Z 撤销。</source>
        <translation>Delete this record?
{what}

Ctrl+Z undoes the deletion.</translation>
    </message>
    <message>
        <source>删除选中的 {count} 条记录？

删除后可以按 Ctrl+Z 撤销。</source>
        <translation>Delete the {count} selected records?

Ctrl+Z undoes the deletion.</translation>
    </message>
    <message>
        <source>删除记录</source>
        <translation>Delete records</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>无法删除记录</source>
        <translation>Cannot delete the records</translation>
    </message>
    <message>
        <source>无法读取记录</source>
        <translation>Cannot read the records</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not do that</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>进度提醒</source>
        <translation>Progress reminder</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>关闭进度提醒</source>
        <translation>Close the progress reminder</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message numerus="yes">
        <source>%n 人次谈心/家访</source>
        <translation>
            <numerusform>%n talk/visit</numerusform>
            <numerusform>%n talks/visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 人次辅导</source>
        <translation>
            <numerusform>%n tutoring session</numerusform>
            <numerusform>%n tutoring sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>本月还差 {needs}，还剩 %n 天</source>
        <translation>
            <numerusform>This month still needs {needs}; %n day left</numerusform>
            <numerusform>This month still needs {needs}; %n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>“168”爱生行动进度提醒</source>
        <translation>&quot;168&quot; progress reminder</translation>
    </message>
    <message>
        <source>“168”爱生行动记录本</source>
        <translation>&quot;168&quot; Love-Students Record Book</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>每学年的目标</source>
        <translation>Targets of each school year</translation>
    </message>
    <message>
        <source>学年</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>谈心/家访每月目标</source>
        <translation>Monthly target for talks and visits</translation>
    </message>
    <message>
        <source>补课辅导每月目标</source>
        <translation>Monthly target for tutoring</translation>
    </message>
    <message>
        <source>{month}月免计</source>
        <translation>{month} exempt</translation>
    </message>
    <message>
        <source>免计月份（如寒暑假）不要求达到目标，也不算未达标。</source>
        <translation>Exempt months (such as vacations) have no target and never count as missed.</translation>
    </message>
    <message>
        <source>学年：</source>
        <translation>School year:</translation>
    </message>
    <message>
        <source>谈心/家访：</source>
        <translation>Talks/visits:</translation>
    </message>
    <message>
        <source>补课辅导：</source>
        <translation>Tutoring:</translation>
    </message>
    <message>
        <source>免计月份：</source>
        <translation>Exempt months:</translation>
    </message>
    <message>
        <source>参加情况</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <source>自动（第一条记录或志愿书的月份）</source>
        <translation>Automatic (the month of the first record or pledge)</translation>
    </message>
    <message>
        <source>参加起始月份</source>
        <translation>Month you began taking part</translation>
    </message>
    <message>
        <source>参加起始月份：</source>
        <translation>Taking part since:</translation>
    </message>
    <message>
        <source>程序设置</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>界面字号</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>本月进度落后时提醒我</source>
        <translation>Remind me when the month falls behind</translation>
    </message>
    <message>
        <source>界面语言：</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>磅</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>界面字号：</source>
        <translation>Font size:</translation>
    </message>
    <message>
        <source>提醒：</source>
        <translation>Reminders:</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>放弃未保存的修改</source>
        <translation>Drop the changes not yet saved</translation>
    </message>
    <message>
        <source>保存结果</source>
        <translation>Save result</translation>
    </message>
    <message numerus="yes">
        <source>%n 人次/月</source>
        <translation>
            <numerusform>%n person-time a month</numerusform>
            <numerusform>%n person-times a month</numerusform>
        </translation>
    </message>
    <message>
        <source>此前的月份为“未参加”，不计达标或未达标。</source>
        <translation>Earlier months count as not yet taking part: neither met nor short. </translation>
    </message>
    <message>
        <source>自动：{month}，第一条活动记录的月份。</source>
        <translation>Automatic: {month}, the month of the first record.</translation>
    </message>
    <message>
        <source>自动：{month}，志愿书的月份。</source>
        <translation>Automatic: {month}, the month of the pledge.</translation>
    </message>
    <message>
        <source>自动：还没有记录和志愿书，从本月（{month}）算起。</source>
        <translation>Automatic: no record or pledge yet, so from this month ({month}).</translation>
    </message>
    <message>
        <source>已设定为 {month}（自动将是 {automatic}）。</source>
        <translation>Set to {month} (automatic would be {automatic}).</translation>
    </message>
    <message>
        <source>设置还没有保存</source>
        <translation>The settings are not saved</translation>
    </message>
    <message>
        <source>设置页上有未保存的修改。要先保存吗？</source>
        <translation>The settings page has unsaved changes. Save them first?</translation>
    </message>
    <message>
        <source>{year}学年的修改还没有保存：请先保存或还原，再换学年。</source>
        <translation>The changes to {year} are not saved yet: save or revert them before choosing another school year.</translation>
    </message>
    <message>
        <source>没有保存：您修改的设置在此期间已在别处被修改，见标出的内容。</source>
        <translation>Not saved: a setting you changed was changed elsewhere meanwhile; see the marked field.</translation>
    </message>
    <message>
        <source>没有保存，请先改正标出的内容。</source>
        <translation>Nothing was saved; correct what is marked first.</translation>
    </message>
    <message>
        <source>已保存。{year}学年：谈心/家访每月 {talks} 人次，补课辅导每月 {tutoring} 人次。</source>
        <translation>Saved. Monthly targets for school year {year}: talks/visits {talks}, tutoring {tutoring}.</translation>
    </message>
    <message>
        <source>界面语言将在下次启动记录本时改为“{language}”。</source>
        <translation>The language changes to &quot;{language}&quot; when the program next starts.</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>撤销一笔</source>
        <translation>Undo stroke</translation>
    </message>
    <message>
        <source>去掉最后写的一笔</source>
        <translation>Take away the last stroke</translation>
    </message>
    <message>
        <source>清除签名</source>
        <translation>Clear signature</translation>
    </message>
    <message>
        <source>从图片导入…</source>
        <translation>Import from a picture...</translation>
    </message>
    <message>
        <source>选择一张签名的照片或扫描件；白纸部分会自动变为透明</source>
        <translation>Choose a photo or scan of your signature; the white paper becomes transparent</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>签名板</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <source>用鼠标或手写笔在此处签名</source>
        <translation>Sign here with the mouse or a pen</translation>
    </message>
    <message>
        <source>按住鼠标左键（或用手写笔）在此处写下您的签名</source>
        <translation>Hold the left mouse button (or use a pen) and write your signature here</translation>
    </message>
    <message>
        <source>导入签名图片</source>
        <translation>Import a signature picture</translation>
    </message>
    <message>
        <source>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;所有文件 (*)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>无法读取“{name}”：它不是可以打开的图片。请选择 PNG、JPG 或 BMP 格式的签名照片或扫描件。</source>
        <translation>Cannot read &quot;{name}&quot;: it is not a picture that can be opened. Choose a PNG, JPG or BMP photo or scan of your signature.</translation>
    </message>
    <message>
        <source>“{name}”中没有找到签名笔迹（图片几乎是空白的）。请选择写有签名的图片。</source>
        <translation>No signature was found in &quot;{name}&quot; (the picture is almost blank). Choose a picture with your signature.</translation>
    </message>
    <message>
        <source>请在此处签名</source>
        <translation>Please sign here</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>添加学生</source>
        <translation>Add a student</translation>
    </message>
    <message>
        <source>修改学生信息</source>
        <translation>Edit student</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>如 五(1)班</source>
        <translation>e.g. Class 5(1)</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>（不填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>出生年份</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>四位数字，如 2015；可不填</source>
        <translation>four digits, e.g. 2015; optional</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>困难情况</source>
        <translation>Difficulty detail</translation>
    </message>
    <message>
        <source>具体情况，如：数学基础薄弱，作业常不能按时完成</source>
        <translation>details, e.g. weak in maths, often late with homework</translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>班级(&amp;C)</source>
        <translation>&amp;Class</translation>
    </message>
    <message>
        <source>性别(&amp;G)</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>出生年份(&amp;Y)</source>
        <translation>&amp;Year of birth</translation>
    </message>
    <message>
        <source>困难类别</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>困难情况(&amp;D)</source>
        <translation>&amp;Difficulty detail</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>今年 {age} 岁</source>
        <translation>{age} this year</translation>
    </message>
    <message>
        <source>仍然添加</source>
        <translation>Add anyway</translation>
    </message>
    <message>
        <source>仍然保存</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>输入姓名中的字，按回车选中；可选多名</source>
        <translation>Type part of a name and press Enter; several may be chosen</translation>
    </message>
    <message>
        <source>帮扶对象</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>输入学生姓名后按回车；按向下键列出全部学生</source>
        <translation>Type a student&apos;s name and press Enter; press Down to list every student</translation>
    </message>
    <message>
        <source>没有找到学生“{name}”。请检查姓名，或按回车添加为新学生</source>
        <translation>No student &quot;{name}&quot; was found. Check the name, or press Enter to add them as a new student</translation>
    </message>
    <message>
        <source>有 {count} 名学生与“{name}”相符，请从列表中选择</source>
        <translation>{count} students match &quot;{name}&quot;; choose one from the list</translation>
    </message>
    <message>
        <source>{name}（编号 {id}）</source>
        <translation>{name} (id {id})</translation>
    </message>
    <message>
        <source>{name}（{class_name}，编号 {id}）</source>
        <translation>{name} ({class_name}, id {id})</translation>
    </message>
    <message>
        <source>{name}（{class_name}）</source>
        <translation>{name} ({class_name})</translation>
    </message>
    <message>
        <source> · 重点帮扶</source>
        <translation> · key mentee</translation>
    </message>
    <message>
        <source>+ {name}（重点帮扶，&amp;M）</source>
        <translation>+ {name} (key &amp;mentee)</translation>
    </message>
    <message>
        <source>添加重点帮扶学生{name}</source>
        <translation>Add the key mentee, {name}</translation>
    </message>
    <message>
        <source>添加新学生“{name}”…</source>
        <translation>Add new student &quot;{name}&quot;...</translation>
    </message>
    <message>
        <source>把“{name}”添加到学生名单，并选为这条记录的帮扶对象</source>
        <translation>Add &quot;{name}&quot; to the students and choose them for this record</translation>
    </message>
    <message>
        <source>添加为新学生(&amp;A)…</source>
        <translation>&amp;Add as a new student...</translation>
    </message>
    <message>
        <source>{name} ✕</source>
        <translation>{name} ✕</translation>
    </message>
    <message>
        <source>取下{label}（Delete）</source>
        <translation>Remove {label} (Delete)</translation>
    </message>
    <message>
        <source>已选：{name}，按空格键取下</source>
        <translation>Chosen: {name}; press Space to remove</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>查找学生（姓名或班级）</source>
        <translation>Find a student (name or class)</translation>
    </message>
    <message>
        <source>查找学生</source>
        <translation>Find a student</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>困难</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>学生名单</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>添加学生(&amp;N)</source>
        <translation>&amp;New student</translation>
    </message>
    <message>
        <source>修改(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>添加一名帮扶的学生（Alt+N）</source>
        <translation>Add a student you help (Alt+N)</translation>
    </message>
    <message>
        <source>修改所选学生的信息（Enter 或 F2）</source>
        <translation>Edit the selected student (Enter or F2)</translation>
    </message>
    <message>
        <source>删除所选学生（Delete）；有活动记录的学生不能删除</source>
        <translation>Delete the selected student (Delete); a student with records cannot be deleted</translation>
    </message>
    <message>
        <source>学生姓名</source>
        <translation>Student&apos;s name</translation>
    </message>
    <message>
        <source>重点帮扶</source>
        <translation>Key mentee</translation>
    </message>
    <message>
        <source>重点帮扶学生标记</source>
        <translation>Key mentee mark</translation>
    </message>
    <message>
        <source>班级：</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>性别：</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>出生年份：</source>
        <translation>Year of birth:</translation>
    </message>
    <message>
        <source>困难类别：</source>
        <translation>Difficulties:</translation>
    </message>
    <message>
        <source>困难情况：</source>
        <translation>Difficulty detail:</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>一同帮扶</source>
        <translation>Together with</translation>
    </message>
    <message>
        <source>帮扶内容或帮扶心得</source>
        <translation>Content or reflections</translation>
    </message>
    <message>
        <source>与该学生的全部帮扶记录</source>
        <translation>All records with this student</translation>
    </message>
    <message>
        <source>撤销刚才的操作（Ctrl+Z）</source>
        <translation>Undo what was just done (Ctrl+Z)</translation>
    </message>
    <message>
        <source>{name}（编号 {id}，重点帮扶）</source>
        <translation>{name} (id {id}, key mentee)</translation>
    </message>
    <message>
        <source>{name}（编号 {id}）</source>
        <translation>{name} (id {id})</translation>
    </message>
    <message>
        <source>{name}（重点帮扶）</source>
        <translation>{name} (key mentee)</translation>
    </message>
    <message>
        <source>本学年志愿书中的重点帮扶学生</source>
        <translation>The key mentee of this school year&apos;s pledge</translation>
    </message>
    <message>
        <source>没有找到符合条件的学生。</source>
        <translation>No student matches.</translation>
    </message>
    <message>
        <source>还没有学生。点“添加学生”，把您帮扶的学生加进来。</source>
        <translation>No students yet. Click &quot;New student&quot; to add the students you help.</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>{year}年（今年 {age} 岁）</source>
        <translation>{year} ({age} this year)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>与{name}的帮扶记录（共 {count} 条，新的在前）</source>
        <translation>Records with {name} ({count}, newest first)</translation>
    </message>
    <message>
        <source>谈心 {talk} 次、家访 {visit} 次、补课辅导 {tutoring} 次、生活帮扶 {assistance} 次</source>
        <translation>Talks: {talk}, home visits: {visit}, tutoring: {tutoring}, assistance: {assistance}</translation>
    </message>
    <message>
        <source>还没有与这名学生的活动记录。</source>
        <translation>No records with this student yet.</translation>
    </message>
    <message>
        <source>已添加学生“{name}”。</source>
        <translation>Student &quot;{name}&quot; added.</translation>
    </message>
    <message>
        <source>已保存对“{name}”的修改。</source>
        <translation>Changes to &quot;{name}&quot; saved.</translation>
    </message>
    <message>
        <source>删除学生</source>
        <translation>Delete student</translation>
    </message>
    <message>
        <source>确定要删除学生“{name}”吗？
这名学生还没有活动记录；删除后可以撤销（Ctrl+Z）。</source>
        <translation>Delete the student &quot;{name}&quot;?
This student has no records yet; the deletion can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已删除学生“{name}”。</source>
        <translation>Student &quot;{name}&quot; deleted.</translation>
    </message>
    <message>
        <source>不能删除学生</source>
        <translation>Cannot delete the student</translation>
    </message>
    <message>
        <source>查看这些记录</source>
        <translation>Show those records</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>Could not do that</translation>
    </message>
</context>
<context>
    <name>TargetRow</name>
    <message>
        <source>{name}进度</source>
        <translation>{name} progress</translation>
    </message>
    <message>
        <source>{name}人次</source>
        <translation>{name} person-times</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>无法完成“{action}”：{reason}</source>
        <translation>Could not complete &quot;{action}&quot;: {reason}</translation>
    </message>
    <message>
        <source>新增记录</source>
        <translation>new record</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>changes to a record</translation>
    </message>
    <message>
        <source>删除记录</source>
        <translation>deletion of a record</translation>
    </message>
    <message>
        <source>删除 {count} 条记录</source>
        <translation>deletion of {count} records</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>操作提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>欢迎使用“168”爱生行动记录本</source>
        <translation>Welcome to the &quot;168&quot; Record Book</translation>
    </message>
    <message>
        <source>先花两分钟做好准备：填写您的姓名、重点帮扶学生和本学年的志愿书。</source>
        <translation>Two minutes to get ready: your name, your key mentee and this school year&apos;s pledge.</translation>
    </message>
    <message>
        <source>“168”爱生行动：关心帮助 1 名困难学生；每月与学生谈心或家访不少于 6 人次；每月为困难学生义务补课、辅导不少于 8 人次。
记录本帮您记下每一次帮扶，随时看到本月的进度，学年末导出记录本交校工会。</source>
        <translation>The &quot;168&quot; campaign: care for 1 struggling student; at least 6 talks or home visits with students a month; at least 8 free tutoring sessions for struggling students a month.
The record book keeps every session, shows how the month stands, and exports the book for the school union at the end of the year.</translation>
    </message>
    <message>
        <source>现在就开始填写（约两分钟）</source>
        <translation>Fill it in now (about two minutes)</translation>
    </message>
    <message>
        <source>先用示例数据看一看</source>
        <translation>Look around with demo data first</translation>
    </message>
    <message>
        <source>从数据包导入（从另一台电脑带来的记录本）</source>
        <translation>Import a data archive (a record book brought from another computer)</translation>
    </message>
    <message>
        <source>选择在另一台电脑上用“文件 → 导出数据包”保存的 .jilu 文件，不用重新填写。</source>
        <translation>Choose the .jilu file saved with &quot;File → Export data archive&quot; on the other computer: nothing has to be filled in again.</translation>
    </message>
    <message>
        <source>记录本中已经有学生，不能再加入示例数据。</source>
        <translation>The record book already has students, so demo data cannot be added.</translation>
    </message>
    <message>
        <source>示例数据包括一位示例教师、12 名学生和两个学年的活动记录，供您熟悉程序。正式记录时，点窗口上方的“清除示例数据，开始使用我的记录本”即可。</source>
        <translation>The example data holds an example teacher, 12 students and two school years of activity records, for getting to know the program. To start your real records, click &quot;Clear the example data and start my own record book&quot; at the top of the window.</translation>
    </message>
</context>
<context>
    <name>YearChart</name>
    <message>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>免计</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>未参加</source>
        <translation>Not yet taking part</translation>
    </message>
    <message>
        <source>M</source>
        <comment>a month under a narrow chart: as short as can be read</comment>
        <translation>MMM</translation>
    </message>
    <message>
        <source>M月</source>
        <translation>MMM</translation>
    </message>
    <message>
        <source>✓</source>
        <comment>under a month of a narrow chart: a sign</comment>
        <translation>✓</translation>
    </message>
    <message>
        <source>✗</source>
        <comment>under a month of a narrow chart: a sign</comment>
        <translation>✗</translation>
    </message>
    <message>
        <source>免</source>
        <comment>under a narrow chart: 免计 in a sign</comment>
        <translation>Off</translation>
    </message>
    <message>
        <source>…</source>
        <comment>under a narrow chart: 本月 in a sign</comment>
        <translation>Now</translation>
    </message>
    <message>
        <source>–</source>
        <comment>under a narrow chart: 未参加 in a sign</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>未参加</source>
        <comment>under a month of the chart: a word or two</comment>
        <translation>Not&lt;br&gt;yet</translation>
    </message>
    <message>
        <source>本学年各月完成情况图</source>
        <translation>Chart of the months of this school year</translation>
    </message>
    <message>
        <source>谈心/家访</source>
        <translation>Talks/visits</translation>
    </message>
    <message>
        <source>补课辅导</source>
        <translation>Tutoring</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>Person-times</translation>
    </message>
    <message>
        <source>谈心/家访目标 {target}</source>
        <translation>Talks/visits target {target}</translation>
    </message>
    <message>
        <source>辅导目标 {target}</source>
        <translation>Tutoring target {target}</translation>
    </message>
    <message>
        <source>目标 {target}</source>
        <translation>Target {target}</translation>
    </message>
    <message>
        <source>{month}：谈心/家访 {talks}，辅导 {tutoring}，{state}</source>
        <translation>{month}: talks/visits {talks}, tutoring {tutoring}, {state}</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>not begun</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
</TS>
