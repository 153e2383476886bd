<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 16:30，可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 教室、办公室、学生家中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶内容或帮扶心得</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>做了什么，或帮扶心得</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶对象(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存(Ctrl+回车)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制为新记录(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同样的帮扶又做了一次：复制这条记录，日期改为今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增活动记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改活动记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} / {limit} 字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法添加学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已选择名单中已有的学生{label}。如果是另一名同名的学生，请取下后到“学生”页添加。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放弃这条记录？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这条记录还没有保存。放弃后，刚才填写的内容将不会保留。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放弃(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>继续填写(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>谈心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补课辅导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生活帮扶</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>这个记录本正在另一台电脑（{host}）上打开。为了不让两边的修改互相覆盖，一次只能在一处使用。请先在那台电脑上关闭记录本；如果那台电脑上的程序已经关闭或U盘是直接拔下的，请一分钟后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个记录本已经在另一个窗口中打开，但那个窗口没有响应。请先关闭那个窗口（必要时在任务管理器中结束它），一分钟后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录本已经打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开记录本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录本启动时出现了意外错误，数据文件没有被改动。
详细信息已写入日志文件：{log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到记录本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个文件夹里还没有记录本：
{folder}

如果记录本在U盘上，请先插好U盘，再打开记录本。
要在这个文件夹里新建一个空的记录本吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建记录本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>无法导出数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包已保存到：
{path}

{book}

在另一台电脑上，用“文件 → 导入数据包”打开它。

数据包里有学生的个人信息：请妥善保管U盘；在别的电脑上导入以后，请把它从那台电脑上删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包已导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法导入数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入这个数据包中的记录本？

{archive}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入数据包中的记录本：
{archive}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原来的记录本已先备份到：
{backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言将在下次启动记录本时改为“{language}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包里有学生的个人信息：如果它在公用电脑或别人的U盘上，请在导入以后把它删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包已导入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveFiles</name>
    <message>
        <source>记录本数据包 (*.jilu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学校：{school}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近修改：{time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出时间：{time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>活动日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当天小结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当天的活动记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一天没有记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在这一天添加记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在所选日期添加活动记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {count} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}：谈心/家访 {talks} 人次，补课辅导 {tutoring} 人次，生活帮扶等 {other} 人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy年M月d日 dddd</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n 人次</source>
        <translation>
            <numerusform>%n 人次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条记录，{person_times}</source>
        <translation>
            <numerusform>共 %n 条记录，{person_times}</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} · {students} · {place}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>示例数据提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是示例数据，供您熟悉程序，不是真实的记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除示例数据，开始使用我的记录本…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStep</name>
    <message>
        <source>示例数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点“完成”后，记录本中会加入以下示例内容：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· 示例教师“王丽华”的个人信息
· 12 名学生，其中一名是重点帮扶学生
· {first}学年和{second}学年的志愿书
· 这两个学年中每月的谈心、家访、补课辅导和生活帮扶记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示例数据只供熟悉程序。正式记录时，点窗口上方的“清除示例数据，开始使用我的记录本”即可。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Difficulty</name>
    <message>
        <source>学习困难</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭经济困难</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>心理困难</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他困难</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学习</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭经济</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>心理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>（日志文件不可用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序出现了一个意外错误，刚才的操作可能没有完成。
已保存的记录不受影响，您可以继续使用；如果问题反复出现，请把日志文件交给学校信息老师。

错误：{summary}
日志文件：{log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意外错误</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>导出与打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出什么</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录本(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本学年的志愿书、活动记录和月度汇总，交校工会。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿书(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本学年填好的志愿书，打印后签名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空白志愿书(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空白表格，供手写填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>匿名(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学生姓名换成代称（学生A、学生B……），不印帮扶学生的年龄、班级和困难说明，适合公开交流。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学年(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写个人信息(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为 PDF(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先保存这些修改(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另一个页面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{pages}”页上有还没保存的修改（例如刚写的签名），导出的文件中不会有。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>”、“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{pages}”页没有保存成功。请关闭这个窗口，到那一页看提示。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改已保存，点击“预览”重新生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本学年填好的志愿书；刚写的签名保存后会印在表上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本学年填好的志愿书，签名会印在表上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选项已改变，点击“预览”重新生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成预览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在保存 {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在准备打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法显示预览：文件 {path} 读不出来。</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>预览：共 %n 页。</source>
        <translation>
            <numerusform>预览：共 %n 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已保存：{name}（共 %n 页）</source>
        <translation>
            <numerusform>已保存：{name}（共 %n 页）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已保存到：
{path}

共 %n 页。</source>
        <translation>
            <numerusform>已保存到：
{path}

共 %n 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已发送到打印机：共 %n 页。</source>
        <translation>
            <numerusform>已发送到打印机：共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>请注意：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存个人信息，可以重新导出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人信息已保存，点击“预览”重新生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打印：第 {done} / {total} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停止。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在停止…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出现了意外错误，没有完成。没有留下不完整的文件；详细信息已写入日志。
错误：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有完成。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>在您修改期间，这项内容已在别处被修改（例如在命令行中）。为了不覆盖那次修改，这次没有保存。您写的内容还在这里：请复制需要的文字，取消后重新打开再修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误提示</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>（不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始使用记录本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>使用说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;“168”爱生行动记录本&lt;/h2&gt;&lt;h3&gt;1、6、8 是什么&lt;/h3&gt;&lt;p&gt;&lt;b&gt;1&lt;/b&gt;：结对帮扶一名困难学生（重点帮扶学生，写在每学年的志愿书中）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;6&lt;/b&gt;：每月与任教班级的学生谈心或家访，合计不少于 &lt;b&gt;6 人次&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;&lt;b&gt;8&lt;/b&gt;：每月为困难学生义务补课、辅导，不少于 &lt;b&gt;8 人次&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;&lt;b&gt;人次&lt;/b&gt;：一次活动有几名学生就算几人次。一次辅导三名学生，记 3 人次。生活帮扶等其他帮助也记录在册，但不计入 6 和 8。&lt;/p&gt;&lt;p&gt;寒暑假等月份可以设为&lt;b&gt;免计月份&lt;/b&gt;（默认 7 月和 8 月），免计月份不算未达标。&lt;/p&gt;&lt;h3&gt;怎样记一条记录&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;在任何页面按 &lt;b&gt;Ctrl+N&lt;/b&gt;。日期默认是今天，地点沿用上一条记录。&lt;/li&gt;&lt;li&gt;在“帮扶对象”中输入学生姓名中的字，按回车选中；可以选多名学生。重点帮扶学生排在最前面，也可以按 Alt+M 直接添加。&lt;/li&gt;&lt;li&gt;按 Tab 到“内容”，写下做了什么或帮扶心得。&lt;/li&gt;&lt;li&gt;按 &lt;b&gt;Ctrl+回车&lt;/b&gt; 保存。填写有误时，提示会显示在相应的格子旁边，记录不会保存一半。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;同样的帮扶又做了一次：在“活动记录”中选中那条记录，按 &lt;b&gt;Ctrl+D&lt;/b&gt; 复制为新记录。&lt;/p&gt;&lt;h3&gt;常用按键&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;新增记录&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;查找记录&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;撤销 / 重做（新增、修改、删除都可以撤销）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;导出与打印&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt;、&lt;b&gt;Ctrl+2&lt;/b&gt;……&lt;/td&gt;&lt;td&gt;切换页面&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;回车&lt;/b&gt; / &lt;b&gt;Delete&lt;/b&gt;&lt;/td&gt;&lt;td&gt;在记录表中：修改 / 删除选中的记录&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;刷新（显示刚用 jilu 命令做的修改；窗口也会自己每隔几秒查看）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;打开或关闭本说明&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;数据在哪里&lt;/h3&gt;&lt;p&gt;所有记录只保存在本机（或U盘）的数据文件夹中，不会上传到网络。“帮助 → 关于”中写着数据文件夹的位置。&lt;/p&gt;&lt;h3&gt;换一台电脑&lt;/h3&gt;&lt;p&gt;用“文件 → 导出数据包（换电脑用）”把整个记录本存成一个 .jilu 文件（保存后会自动校验），在另一台电脑上用“文件 → 导入数据包”打开它；新电脑第一次打开记录本时，也可以选“从数据包导入”。那台电脑上原有的记录本会先自动备份。数据包中有学生的个人信息：请妥善保管U盘，导入后把数据包删除。&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportConfirmDialog</name>
    <message>
        <source>导入数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用数据包中的记录本替换这台电脑上的记录本？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包中的记录本（导入后使用这个）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这台电脑上现在的记录本（将被替换）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入会把这台电脑上现在的记录本整个替换掉：个人信息、学生、志愿书、活动记录和设置，都换成数据包中的内容。替换前，现在的记录本会先备份下来，导入完成后会告诉您备份的位置。导入不能用“撤销”撤回。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注意：这台电脑上的记录本比数据包中的更新（这里最近一次修改在 {here}，数据包中是 {there}）。替换后，这些较新的修改只留在备份中。如果不确定，请先点“取消”，看看哪一台电脑上的记录本是最新的。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>替换为数据包中的记录本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportStep</name>
    <message>
        <source>从数据包导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择在另一台电脑上用“文件 → 导出数据包”保存的 .jilu 文件（例如U盘上的）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择数据包(&amp;C)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点“完成”导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这台电脑上的记录本中已经有内容（{current}），导入会替换它；替换前会先备份。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>谈心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补课辅导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生活帮扶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周五</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周六</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}月{day}日 {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy年M月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}学年（{year}.9—{next}.8）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LatestRecords</name>
    <message>
        <source>{date}  {kind}  {students}  （{place}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有记录。按 Ctrl+N 记下第一条。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeavingPage</name>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>“168”爱生行动记录本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>页面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>概览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新读取记录本，显示在别处（例如命令行中）所做的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>后台任务进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy年M月d日 dddd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增记录(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出与打印(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出数据包（换电脑用）(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把整个记录本存成一个文件，带到另一台电脑上导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入数据包(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只读的记录本不能导入数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用另一台电脑导出的数据包替换这里的记录本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重做</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找记录(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用说明(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只读提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法导入数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个记录本是只读的，不能导入数据包（导入会替换记录本中的全部内容）。请关闭U盘的写保护开关，或在可以写入的文件夹中打开记录本后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除示例数据以后，示例教师、学生、志愿书和活动记录都会从记录本中删除（删除前会先备份）。然后您可以填写自己的信息，开始记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注意：示例数据加入以后，您又添加了 {students} 名学生、{records} 条记录、{pledges} 份志愿书，它们也会一起删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始使用我的记录本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除示例数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法清除示例数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已清除示例数据（清除前的记录本已备份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已{action}。按 Ctrl+Z 可撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已撤销：{action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已重做：{action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法撤销或重做，记录没有改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法撤销或重做</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在完成后台任务，完成后自动关闭……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天：{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只读：这个记录本不能写入（U盘有写保护，或文件、文件夹是只读的），现在只能查看、导出和打印。要修改，请关闭U盘的写保护开关、去掉文件的“只读”属性，或把记录本复制到电脑上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“168”爱生行动记录本  版本 {version}

为参加“168”爱生行动的老师记录谈心、家访、补课辅导等帮扶活动。完全离线使用，所有记录只保存在本机（或U盘）上。

数据文件夹：{data_dir}

本程序按 GPL-3.0 或更新版本许可发布；内置字体“文泉驿微米黑”按 Apache-2.0 许可发布。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未知）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于记录本</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteeCard</name>
    <message>
        <source>重点帮扶学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重点帮扶学生姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月帮扶情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本学年还没有填写志愿书。在志愿书中选定重点帮扶学生后，这里会显示他（她）的情况。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {class_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难情况：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶措施：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月已帮扶 {count} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月还没有帮扶记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，最近一次：{date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteeStep</name>
    <message>
        <source>第 2 步：重点帮扶学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您在志愿书中承诺关心帮助的那一名困难学生。其他学生以后在记录中随时添加。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学生姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>班级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：五(1)班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学生性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四位数字，如 2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学习困难</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭经济困难</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>心理困难</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他困难</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：数学基础薄弱，作业常不能按时完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名（必填）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>班级：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生年份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难类别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难情况：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthText</name>
    <message numerus="yes">
        <source>{count} / %n 人次</source>
        <translation>
            <numerusform>{count} / %n 人次</numerusform>
        </translation>
    </message>
    <message>
        <source>本月在参加起始月份之前（未参加），不计达标或未达标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月为免计月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月已达标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月尚未开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>谈心/家访 %n 人次</source>
        <translation>
            <numerusform>谈心/家访 %n 人次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>辅导 %n 人次</source>
        <translation>
            <numerusform>辅导 %n 人次</numerusform>
        </translation>
    </message>
    <message>
        <source>{need}（每周约 {count} 人次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>本月还剩 %n 天：还需{needs}</source>
        <translation>
            <numerusform>本月还剩 %n 天：还需{needs}</numerusform>
        </translation>
    </message>
    <message>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月未达标：还差{needs}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>教师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写个人信息的提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有填写个人信息。您的姓名会印在志愿书和记录本上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写个人信息(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增记录(Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>谈心/家访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补课辅导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生活帮扶人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本学年各月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近的记录(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 老师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月进度（{month}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>生活帮扶等 %n 人次（记录在册，不计入以上两项）</source>
        <translation>
            <numerusform>生活帮扶等 %n 人次（记录在册，不计入以上两项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>页数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点击“预览”，在这里查看导出的效果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法显示预览。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {page} 页 / 共 {pages} 页</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <source>添加学生“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改学生“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除学生“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存{year}学年志愿书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改个人信息</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgePage</name>
    <message>
        <source>如：每周两次午休辅导数学；每月与家长沟通一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他努力方向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学年(&amp;Y)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存志愿书(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存这一学年的志愿书（Ctrl+S）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“168”爱生行动志愿书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>校长室、校工会：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>我自愿参加学校开展的“168”爱生行动。我的基本情况是：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生年月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有填写个人信息。志愿书上半部分来自个人信息，请先填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改个人信息(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>我重点帮扶的一位学生是：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重点帮扶学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入姓名或从名单中选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>班级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>班级：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新学生(&amp;W)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重点帮扶的学生还不在名单中？在这里添加，并选为重点帮扶学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学生的困难情况；默认取自学生信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：关心班上每一位学习困难的学生，做到不让一名学生掉队</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名日期(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难情况(&amp;K)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶措施(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此外，我还将在以下几方面努力(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销刚才的保存（Ctrl+Z）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年{month}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写个人信息(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学校：{school}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单中还没有学生：点“新学生…”添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{class_name}，编号 {id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（编号 {id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{class_name}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存的签名图片无法显示，请重新签名或重新导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一学年还没有志愿书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} 岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（出生年份未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单中有不止一名学生叫“{name}”。请从名单中选择是哪一名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单中没有“{name}”。请从名单中选择，或先在“学生”页添加这名学生。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存{year}学年志愿书。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>志愿书还没有保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}学年的志愿书有未保存的修改。要先保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存个人信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PledgeStep</name>
    <message>
        <source>第 3 步：{year}学年志愿书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>写下您打算怎样帮助这名学生。完成后即可开始记录，志愿书以后也可以修改和导出打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：每周两次午休辅导数学；每月与家长沟通一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：关心班上每一位学习困难的学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他努力方向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如果已经在纸质志愿书上签过名，请填当时的日期。本学年从签名的那个月起计算每月的进度，之前的月份记为“未参加”（可以在“设置”中更改）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学年：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重点帮扶学生：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶措施：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此外，我还将在以下几方面努力：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名日期：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取要打印的文件 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法使用打印机“{name}”。请检查打印机是否已连接、已开机。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生年月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年-月，如 1985-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 小学高级教师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 语文教师、班主任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 书法、朗诵</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 武进区湖塘实验小学</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 五年级组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从教年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四位数字，如 2007</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生年月(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职称(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作岗位(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特长(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学校(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会小组(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从教年份(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名必填；其余各项会印在志愿书和记录本封面上，建议一并填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStep</name>
    <message>
        <source>第 1 步：您的个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这些内容会印在志愿书和记录本的封面上。只有姓名必须填写，其余可以以后再补。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：武进区湖塘实验小学</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：语文教师、班主任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名（必填）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学校：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作岗位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职称：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶内容</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索内容、地点或学生姓名（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录条数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动记录表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有记录时的说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在全部月份中查找(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增记录(Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制为新记录(Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除(Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制为新记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学生(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部月份（{count} 条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}（{count} 条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{class_name}，编号 {id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（编号 {id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{class_name}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n 人次</source>
        <translation>
            <numerusform>%n 人次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条记录，{person_times}</source>
        <translation>
            <numerusform>共 %n 条记录，{person_times}</numerusform>
        </translation>
    </message>
    <message>
        <source>没有符合条件的记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个月还没有记录。按 Ctrl+N 新增一条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} {kind}（{students}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除这条记录？
{what}

删除后可以按 Ctrl+Z 撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除选中的 {count} 条记录？

删除后可以按 Ctrl+Z 撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法删除记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>进度提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>知道了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭进度提醒</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message numerus="yes">
        <source>%n 人次谈心/家访</source>
        <translation>
            <numerusform>%n 人次谈心/家访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 人次辅导</source>
        <translation>
            <numerusform>%n 人次辅导</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>本月还差 {needs}，还剩 %n 天</source>
        <translation>
            <numerusform>本月还差 {needs}，还剩 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“168”爱生行动进度提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“168”爱生行动记录本</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>每学年的目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>谈心/家访每月目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补课辅导每月目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}月免计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>免计月份（如寒暑假）不要求达到目标，也不算未达标。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学年：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>谈心/家访：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补课辅导：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>免计月份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动（第一条记录或志愿书的月份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加起始月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加起始月份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面字号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月进度落后时提醒我</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>磅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面字号：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提醒：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还原</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放弃未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n 人次/月</source>
        <translation>
            <numerusform>%n 人次/月</numerusform>
        </translation>
    </message>
    <message>
        <source>此前的月份为“未参加”，不计达标或未达标。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动：{month}，第一条活动记录的月份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动：{month}，志愿书的月份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动：还没有记录和志愿书，从本月（{month}）算起。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已设定为 {month}（自动将是 {automatic}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置还没有保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置页上有未保存的修改。要先保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}学年的修改还没有保存：请先保存或还原，再换学年。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有保存：您修改的设置在此期间已在别处被修改，见标出的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有保存，请先改正标出的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存。{year}学年：谈心/家访每月 {talks} 人次，补课辅导每月 {tutoring} 人次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言将在下次启动记录本时改为“{language}”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>撤销一笔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去掉最后写的一笔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从图片导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择一张签名的照片或扫描件；白纸部分会自动变为透明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>签名板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用鼠标或手写笔在此处签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按住鼠标左键（或用手写笔）在此处写下您的签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入签名图片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取“{name}”：它不是可以打开的图片。请选择 PNG、JPG 或 BMP 格式的签名照片或扫描件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”中没有找到签名笔迹（图片几乎是空白的）。请选择写有签名的图片。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在此处签名</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>添加学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改学生信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>班级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 五(1)班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>四位数字，如 2015；可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>具体情况，如：数学基础薄弱，作业常不能按时完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>班级(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生年份(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难情况(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今年 {age} 岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仍然添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仍然保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentPicker</name>
    <message>
        <source>输入姓名中的字，按回车选中；可选多名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入学生姓名后按回车；按向下键列出全部学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到学生“{name}”。请检查姓名，或按回车添加为新学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有 {count} 名学生与“{name}”相符，请从列表中选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（编号 {id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{class_name}，编号 {id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{class_name}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 重点帮扶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {name}（重点帮扶，&amp;M）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加重点帮扶学生{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加新学生“{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把“{name}”添加到学生名单，并选为这条记录的帮扶对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加为新学生(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取下{label}（Delete）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已选：{name}，按空格键取下</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>查找学生（姓名或班级）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>班级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学生名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加学生(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加一名帮扶的学生（Alt+N）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改所选学生的信息（Enter 或 F2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选学生（Delete）；有活动记录的学生不能删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学生姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重点帮扶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重点帮扶学生标记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>班级：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生年份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难类别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难情况：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一同帮扶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮扶内容或帮扶心得</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与该学生的全部帮扶记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销刚才的操作（Ctrl+Z）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（编号 {id}，重点帮扶）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（编号 {id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（重点帮扶）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本学年志愿书中的重点帮扶学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到符合条件的学生。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有学生。点“添加学生”，把您帮扶的学生加进来。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年（今年 {age} 岁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与{name}的帮扶记录（共 {count} 条，新的在前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>谈心 {talk} 次、家访 {visit} 次、补课辅导 {tutoring} 次、生活帮扶 {assistance} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有与这名学生的活动记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已添加学生“{name}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存对“{name}”的修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定要删除学生“{name}”吗？
这名学生还没有活动记录；删除后可以撤销（Ctrl+Z）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除学生“{name}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能删除学生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看这些记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetRow</name>
    <message>
        <source>{name}进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}人次</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>无法完成“{action}”：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除 {count} 条记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>操作提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>知道了</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>欢迎使用“168”爱生行动记录本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先花两分钟做好准备：填写您的姓名、重点帮扶学生和本学年的志愿书。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“168”爱生行动：关心帮助 1 名困难学生；每月与学生谈心或家访不少于 6 人次；每月为困难学生义务补课、辅导不少于 8 人次。
记录本帮您记下每一次帮扶，随时看到本月的进度，学年末导出记录本交校工会。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在就开始填写（约两分钟）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先用示例数据看一看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从数据包导入（从另一台电脑带来的记录本）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择在另一台电脑上用“文件 → 导出数据包”保存的 .jilu 文件，不用重新填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录本中已经有学生，不能再加入示例数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示例数据包括一位示例教师、12 名学生和两个学年的活动记录，供您熟悉程序。正式记录时，点窗口上方的“清除示例数据，开始使用我的记录本”即可。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearChart</name>
    <message>
        <source>达标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未达标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>免计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未参加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <comment>a month under a narrow chart: as short as can be read</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓</source>
        <comment>under a month of a narrow chart: a sign</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗</source>
        <comment>under a month of a narrow chart: a sign</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>免</source>
        <comment>under a narrow chart: 免计 in a sign</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <comment>under a narrow chart: 本月 in a sign</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <comment>under a narrow chart: 未参加 in a sign</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未参加</source>
        <comment>under a month of the chart: a word or two</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本学年各月完成情况图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>谈心/家访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补课辅导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>谈心/家访目标 {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>辅导目标 {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标 {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}：谈心/家访 {talks}，辅导 {tutoring}，{state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
