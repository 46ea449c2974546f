<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>Read Chinese side by side: the original, its Simplified or Traditional conversion, pinyin and an offline English translation.</source>
        <translation>并排阅读中文：原文、简繁转换、拼音和离线英文翻译。</translation>
    </message>
    <message>
        <source>Dictionary: CC-CEDICT, © MDBG, licensed under the Creative Commons Attribution-ShareAlike 4.0 licence (CC BY-SA 4.0).</source>
        <translation>词典：CC-CEDICT，© MDBG，依据知识共享署名-相同方式共享 4.0 许可协议（CC BY-SA 4.0）授权。</translation>
    </message>
    <message>
        <source>Conversion: OpenCC. Pinyin: pypinyin. Word segmentation: jieba. Translation: Argos Translate models on CTranslate2.</source>
        <translation>简繁转换：OpenCC。拼音：pypinyin。分词：jieba。翻译：基于 CTranslate2 的 Argos Translate 模型。</translation>
    </message>
    <message>
        <source>Duizhao is free software under the GNU GPL, version 3 or later.</source>
        <translation>对照是自由软件，依据 GNU GPL 第 3 版或更高版本发布。</translation>
    </message>
    <message>
        <source>About Duizhao</source>
        <translation>关于对照</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Person</source>
        <translation>人名</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>ContentsDock</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>DictionaryCard</name>
    <message>
        <source>HSK %1</source>
        <translation>HSK %1 级</translation>
    </message>
    <message>
        <source>frequency %1 (Zipf)</source>
        <translation>词频 %1（Zipf）</translation>
    </message>
    <message>
        <source>No HSK level</source>
        <translation>不在 HSK 词表中</translation>
    </message>
    <message>
        <source>In this sentence: %1</source>
        <translation>在本句中：%1</translation>
    </message>
    <message>
        <source>%1 · Taiwan %2</source>
        <translation>%1 · 台湾 %2</translation>
    </message>
    <message>
        <source>Not in the dictionary.</source>
        <translation>词典中没有此词。</translation>
    </message>
    <message>
        <source>Add to glossary…</source>
        <translation>加入术语表…</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已掌握</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>在学</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>生词</translation>
    </message>
    <message>
        <source>Mark the word known (K)</source>
        <translation>标为已掌握（K）</translation>
    </message>
    <message>
        <source>Mark the word learning, with this sentence (L)</source>
        <translation>标为在学，并记下这个句子（L）</translation>
    </message>
    <message>
        <source>Mark the word unknown (U)</source>
        <translation>标为生词（U）</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Chinese documents (%1)</source>
        <translation>中文文档（%1）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <source>No recent documents</source>
        <translation>没有最近的文档</translation>
    </message>
</context>
<context>
    <name>EnglishEditor</name>
    <message>
        <source>Missing glossary names: %1</source>
        <translation>缺少的术语表名称：%1</translation>
    </message>
    <message>
        <source>Enter: keep · Ctrl+Enter: keep and go to the next sentence · Esc: cancel</source>
        <translation>Enter：保存 · Ctrl+Enter：保存并转到下一句 · Esc：取消</translation>
    </message>
    <message>
        <source>memory %1%</source>
        <translation>记忆库 %1%</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>备选译文</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Interlinear (pinyin over each character)</source>
        <translation>行间对照（拼音在每个汉字上方）</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>As in the document</source>
        <translation>与文档相同</translation>
    </message>
    <message>
        <source>Glossary of the terms used, at the end</source>
        <translation>在末尾附上所用术语的术语表</translation>
    </message>
    <message>
        <source>Mark the English you edited</source>
        <translation>标记您编辑过的英文</translation>
    </message>
    <message>
        <source>TMX: machine translations too</source>
        <translation>TMX：也包括机器翻译</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
    <message>
        <source>Main script:</source>
        <translation>主要字体：</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>TMX translation memory</source>
        <translation>TMX 翻译记忆库</translation>
    </message>
    <message>
        <source>Annotated JSON</source>
        <translation>标注 JSON</translation>
    </message>
    <message>
        <source>SubRip subtitles of the English</source>
        <translation>英文 SubRip 字幕</translation>
    </message>
    <message>
        <source>WebVTT subtitles of the English</source>
        <translation>英文 WebVTT 字幕</translation>
    </message>
    <message>
        <source>Subtitles of the English need a subtitle document (opened from .srt or .vtt): this one has no cue times.</source>
        <translation>英文字幕只能从字幕文档（从 .srt 或 .vtt 打开）导出：此文档没有字幕时间。</translation>
    </message>
    <message>
        <source>Human translations (yours, reviewed, from the memory) are written, a model&apos;s only when asked; word-by-word glosses never.</source>
        <translation>写入人工译文（您的、已审校的、来自翻译记忆库的）；模型译文仅在要求时写入；逐词释义从不写入。</translation>
    </message>
    <message>
        <source>The complete annotated document; the options do not apply.</source>
        <translation>完整的标注文档；选项不适用。</translation>
    </message>
    <message>
        <source>Word and LibreOffice show the columns as a table.</source>
        <translation>Word 和 LibreOffice 将各列显示为表格。</translation>
    </message>
    <message>
        <source>One block per sentence.</source>
        <translation>每句一块。</translation>
    </message>
    <message>
        <source>One subtitle per cue, at the times of the subtitle file you opened; the original stands in where a sentence has no English yet.</source>
        <translation>每条字幕一段，时间与所打开的字幕文件相同；尚无英文的句子以原文代替。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{folder} 中已存在 {name}。要替换吗？</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Open a document before exporting it.</source>
        <translation>请先打开文档再导出。</translation>
    </message>
    <message>
        <source>The document is still being annotated; export it when the progress bar is gone.</source>
        <translation>文档仍在标注中；请在进度条消失后再导出。</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>Preview (first sentences)</source>
        <translation>预览（前几句）</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Chinese in either script, pinyin without tones, or English</source>
        <translation>简体或繁体中文、不带声调的拼音或英文</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
</context>
<context>
    <name>GlossaryCard</name>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>Occurrences: %n</source>
        <translation>
            <numerusform>出现 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryEdits</name>
    <message numerus="yes">
        <source>Delete %n entries</source>
        <translation>
            <numerusform>删除 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n entries</source>
        <translation>
            <numerusform>导入 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>请先打开文档。</translation>
    </message>
</context>
<context>
    <name>GlossaryEntryDialog</name>
    <message>
        <source>Type the Traditional or the Simplified form.</source>
        <translation>请输入繁体或简体形式。</translation>
    </message>
    <message>
        <source>Edit Glossary Entry</source>
        <translation>编辑术语条目</translation>
    </message>
    <message>
        <source>Add to Glossary</source>
        <translation>加入术语表</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>filled in from Simplified if empty</source>
        <translation>留空则根据简体填写</translation>
    </message>
    <message>
        <source>filled in from Traditional if empty</source>
        <translation>留空则根据繁体填写</translation>
    </message>
</context>
<context>
    <name>GlossaryFiles</name>
    <message>
        <source>Import Glossary</source>
        <translation>导入术语表</translation>
    </message>
    <message>
        <source>Glossaries (%1)</source>
        <translation>术语表（%1）</translation>
    </message>
    <message>
        <source>Export Glossary</source>
        <translation>导出术语表</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>……还有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Some lines could not be read:
%1

Import the %2 readable entries anyway?</source>
        <translation>有些行无法读取：
%1

仍然导入可读取的 %2 个条目吗？</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>没有导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation>
            <numerusform>已导入 %n 个条目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已将 %n 个条目导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Hidden in this document: its own glossary defines the same characters.</source>
        <translation>在本文档中被隐藏：文档自己的术语表定义了相同的字词。</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>本文档</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Not used in this document: the document&apos;s own glossary defines the same characters.</source>
        <translation>本文档中未使用：文档自己的术语表定义了相同的字词。</translation>
    </message>
    <message>
        <source>Select a name or word in the Chinese text first.</source>
        <translation>请先在中文文本中选择一个名称或词语。</translation>
    </message>
    <message>
        <source>Search: characters (either script), pinyin without tones, English</source>
        <translation>搜索：汉字（简繁皆可）、不带声调的拼音、英文</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>New entries go to:</source>
        <translation>新条目保存到：</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add Selection…</source>
        <translation>添加所选…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Suggest Names…</source>
        <translation>推荐名称…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>From this document&apos;s glossary (%1).</source>
        <translation>来自本文档的术语表（%1）。</translation>
    </message>
    <message>
        <source>It takes precedence over your personal entry for %1.</source>
        <translation>它优先于你的个人术语表中 %1 的条目。</translation>
    </message>
    <message>
        <source>From your personal glossary (%1).</source>
        <translation>来自你的个人术语表（%1）。</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Glossary colours</source>
        <translation>术语颜色</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The saved edits of this document were damaged; the file is kept as %1 and the previous save is used.</source>
        <translation>本文档保存的修改已损坏；该文件保留为 %1，并使用上一次保存的内容。</translation>
    </message>
    <message>
        <source>The saved edits of this document could not be read; the file is kept as %1 and the document opens without them.</source>
        <translation>无法读取本文档保存的修改；该文件保留为 %1，文档将在没有这些修改的情况下打开。</translation>
    </message>
    <message numerus="yes">
        <source>%n edited sentence(s) are no longer in the document; their English is kept (File › Export Workspace lists them).</source>
        <translation>
            <numerusform>%n 个已编辑的句子已不在文档中；其英文仍被保留（“文件 › 导出工作区”会列出它们）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Reading the pasted text…</source>
        <translation>正在读取粘贴的文本…</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n 个句子</numerusform>
        </translation>
    </message>
    <message>
        <source>Translation cancelled.</source>
        <translation>翻译已取消。</translation>
    </message>
    <message>
        <source>Duizhao</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste as New Document</source>
        <translation>粘贴为新文档(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Original Pane</source>
        <translation>原文栏(&amp;O)</translation>
    </message>
    <message>
        <source>%1 Pane</source>
        <translation>%1栏</translation>
    </message>
    <message>
        <source>P&amp;inyin Pane</source>
        <translation>拼音栏(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;English Pane</source>
        <translation>英文栏(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Interlinear View</source>
        <translation>行间对照视图(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Tone Colours</source>
        <translation>声调颜色(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Side Panel</source>
        <translation>侧边栏(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Translate Again</source>
        <translation>重新翻译(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>术语表(&amp;G)…</translation>
    </message>
    <message>
        <source>Translation &amp;Models…</source>
        <translation>翻译模型(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Read Aloud</source>
        <translation>朗读(&amp;R)</translation>
    </message>
    <message>
        <source>Read &amp;Sentence</source>
        <translation>朗读本句(&amp;S)</translation>
    </message>
    <message>
        <source>Read &amp;On From Here</source>
        <translation>从这里读下去(&amp;O)</translation>
    </message>
    <message>
        <source>Read the &amp;English</source>
        <translation>朗读英文(&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;low</source>
        <translation>慢速(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Normal Speed</source>
        <translation>正常速度(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>快速(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Word Colours</source>
        <translation>词语着色(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>无(&amp;N)</translation>
    </message>
    <message>
        <source>New Words by HSK &amp;Level</source>
        <translation>生词按 HSK 等级着色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Underline Unknown Words</source>
        <translation>给生词加下划线(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Vocabulary…</source>
        <translation>词汇(&amp;V)…</translation>
    </message>
    <message>
        <source>Mark Word &amp;Known</source>
        <translation>标为已掌握(&amp;K)</translation>
    </message>
    <message>
        <source>Mark Word &amp;Learning</source>
        <translation>标为在学(&amp;L)</translation>
    </message>
    <message>
        <source>Mark Word &amp;Unknown</source>
        <translation>标为生词(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo Translation Edit</source>
        <translation>撤销译文编辑(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo Translation Edit</source>
        <translation>重做译文编辑(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit Translation</source>
        <translation>编辑译文(&amp;E)</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed / Not Reviewed</source>
        <translation>标记为已审校 / 未审校(&amp;R)</translation>
    </message>
    <message>
        <source>Next &amp;Not Reviewed</source>
        <translation>下一个未审校(&amp;N)</translation>
    </message>
    <message>
        <source>Export &amp;Workspace…</source>
        <translation>导出工作区(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>导入工作区(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;About Duizhao</source>
        <translation>关于对照(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Add &amp;Selection to Glossary…</source>
        <translation>将所选内容加入术语表(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ModelBanner</name>
    <message>
        <source>No translation model is installed: the English pane shows a word-by-word gloss. The Chinese→English model is about 100 MB.</source>
        <translation>未安装翻译模型：英文栏显示逐词释义。中→英模型约 100 MB。</translation>
    </message>
    <message>
        <source>Get a Model…</source>
        <translation>获取模型…</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <source>Translation Models</source>
        <translation>翻译模型</translation>
    </message>
    <message>
        <source>Download Chinese→English…</source>
        <translation>下载中→英模型…</translation>
    </message>
    <message>
        <source>Install from File…</source>
        <translation>从文件安装…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Installed models:</source>
        <translation>已安装的模型：</translation>
    </message>
    <message>
        <source>No model is installed. Without one, the English pane shows a word-by-word gloss from the dictionary.</source>
        <translation>未安装模型。没有模型时，英文栏显示来自词典的逐词释义。</translation>
    </message>
    <message>
        <source>Install Model</source>
        <translation>安装模型</translation>
    </message>
    <message>
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>Argos 模型 (*.argosmodel);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>正在安装 %1…</translation>
    </message>
    <message>
        <source>Downloading the Chinese→English model…</source>
        <translation>正在下载中→英模型…</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Remove %1? Translations already made stay in the cache.</source>
        <translation>删除 %1？已完成的翻译仍保留在缓存中。</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>PaneGroup</name>
    <message>
        <source>Hide this pane</source>
        <translation>隐藏此栏</translation>
    </message>
    <message>
        <source>Original (Traditional)</source>
        <translation>原文（繁体）</translation>
    </message>
    <message>
        <source>Original (Simplified)</source>
        <translation>原文（简体）</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>English (word-by-word gloss)</source>
        <translation>英文（逐词释义）</translation>
    </message>
    <message>
        <source>English (machine translation)</source>
        <translation>英文（机器翻译）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste as New Document</source>
        <translation>粘贴为新文档</translation>
    </message>
    <message>
        <source>Chinese text to read (the clipboard is pasted here):</source>
        <translation>要阅读的中文文本（剪贴板内容已粘贴到此处）：</translation>
    </message>
</context>
<context>
    <name>PinyinStyle</name>
    <message>
        <source>Tone marks (lìshí)</source>
        <translation>声调符号（lìshí）</translation>
    </message>
    <message>
        <source>Tone numbers (li4shi2)</source>
        <translation>数字声调（li4shi2）</translation>
    </message>
    <message>
        <source>No tones (lishi)</source>
        <translation>不带声调（lishi）</translation>
    </message>
    <message>
        <source>Zhuyin (ㄌㄧˋ ㄕˊ)</source>
        <translation>注音（ㄌㄧˋ ㄕˊ）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Colour pinyin by tone</source>
        <translation>按声调为拼音着色</translation>
    </message>
    <message>
        <source>Show 一 and 不 as spoken (tone sandhi: búshì, yígè)</source>
        <translation>按实际读音显示“一”“不”（变调：búshì、yígè）</translation>
    </message>
    <message>
        <source>Automatic (from the document)</source>
        <translation>自动（根据文档）</translation>
    </message>
    <message>
        <source>Standard (OpenCC)</source>
        <translation>标准（OpenCC）</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>With the Taiwan conversion</source>
        <translation>随台湾转换</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>始终</translation>
    </message>
    <message>
        <source>Never (mainland readings)</source>
        <translation>从不（大陆读音）</translation>
    </message>
    <message>
        <source>Where CC-CEDICT gives Taiwan&apos;s reading of a word, show it: 垃圾 lèsè, 星期 xīngqí</source>
        <translation>CC-CEDICT 注有台湾读音的词，显示台湾读音：垃圾 lèsè，星期 xīngqí</translation>
    </message>
    <message>
        <source>HSK 3.0, 2025 examination syllabus</source>
        <translation>HSK 3.0，2025 年考试大纲</translation>
    </message>
    <message>
        <source>HSK 3.0, GF0025-2021 standard</source>
        <translation>HSK 3.0，GF0025-2021 标准</translation>
    </message>
    <message>
        <source>HSK 2.0 (levels 1-6)</source>
        <translation>HSK 2.0（1–6 级）</translation>
    </message>
    <message>
        <source>Panes shown</source>
        <translation>显示的栏</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>转换文本</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Interlinear view (pinyin above the characters)</source>
        <translation>行间对照视图（拼音在汉字上方）</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Pinyin:</source>
        <translation>拼音：</translation>
    </message>
    <message>
        <source>Conversion:</source>
        <translation>简繁转换：</translation>
    </message>
    <message>
        <source>Taiwan readings:</source>
        <translation>台湾读音：</translation>
    </message>
    <message>
        <source>HSK levels:</source>
        <translation>HSK 等级：</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>字体：</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Click a highlighted name for its glossary card, or any other word for its dictionary entry.</source>
        <translation>点击高亮的名称查看术语卡片，点击其他词语查看词典释义。</translation>
    </message>
</context>
<context>
    <name>SuggestNamesDialog</name>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Suggest Names</source>
        <translation>推荐名称</translation>
    </message>
    <message>
        <source>These look like transliterated names and are in neither the dictionary nor the glossary. Add the ones you want; you can edit them later.</source>
        <translation>这些看起来是音译名称，既不在词典中也不在术语表中。添加你需要的，之后还可以编辑。</translation>
    </message>
    <message>
        <source>No new names found: every name-like word of this document is in the dictionary or the glossary.</source>
        <translation>没有发现新名称：本文档中所有类似名称的词都已在词典或术语表中。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>TranslationEdits</name>
    <message>
        <source>Edit Translation</source>
        <translation>编辑译文</translation>
    </message>
    <message>
        <source>Mark Reviewed</source>
        <translation>标记为已审校</translation>
    </message>
    <message>
        <source>Mark Not Reviewed</source>
        <translation>标记为未审校</translation>
    </message>
</context>
<context>
    <name>VocabularyPanel</name>
    <message>
        <source>Counting the words…</source>
        <translation>正在统计词语…</translation>
    </message>
    <message>
        <source>You know %1 of the %2 words of this document, and %3 of its %4 distinct words.</source>
        <translation>本文共 %2 个词，你掌握了 %1；在 %4 个不同的词中，你掌握了 %3。</translation>
    </message>
    <message>
        <source>HSK 1–%1: %2 words newly marked known.</source>
        <translation>HSK 1–%1 级：新标为已掌握 %2 个词。</translation>
    </message>
    <message>
        <source>Import Known Words</source>
        <translation>导入已掌握的词</translation>
    </message>
    <message>
        <source>Word lists (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>词表 (*.txt *.tsv *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1

Import the readable lines anyway?</source>
        <translation>%1

仍然导入可读的行吗？</translation>
    </message>
    <message>
        <source>%1 words read, %2 newly marked known.</source>
        <translation>读取了 %1 个词，新标为已掌握 %2 个。</translation>
    </message>
    <message>
        <source>Export Learning Words</source>
        <translation>导出在学的词</translation>
    </message>
    <message>
        <source>Anki deck (*.apkg);;CSV (*.csv)</source>
        <translation>Anki 卡组 (*.apkg);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 words written to %2.</source>
        <translation>已将 %1 个词写入 %2。</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>HSK</source>
        <translation>HSK</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>释义</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Mark HSK 1 to this level known:</source>
        <translation>将 HSK 1 级至此级标为已掌握：</translation>
    </message>
    <message>
        <source>Import Known Words…</source>
        <translation>导入已掌握的词…</translation>
    </message>
    <message>
        <source>Export Learning Words…</source>
        <translation>导出在学的词…</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>词汇</translation>
    </message>
</context>
<context>
    <name>WorkStatus</name>
    <message>
        <source>%1 / %2 reviewed</source>
        <translation>已审校 %1 / %2</translation>
    </message>
    <message>
        <source>Annotating</source>
        <translation>正在标注</translation>
    </message>
    <message>
        <source>Translating</source>
        <translation>正在翻译</translation>
    </message>
    <message>
        <source>Reading aloud (Esc stops).</source>
        <translation>正在朗读（按 Esc 停止）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>Duizhao workspace (*.duizhao)</source>
        <translation>Duizhao 工作区 (*.duizhao)</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>导出工作区</translation>
    </message>
    <message>
        <source>Workspace exported to %1.</source>
        <translation>工作区已导出到 %1。</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>导入工作区</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) took their English from %1.</source>
        <translation>
            <numerusform>%n 个句子采用了 %1 中的英文。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited sentence(s) are not in this document; they are kept in its workspace.</source>
        <translation>
            <numerusform>%n 个已编辑的句子不在本文档中；它们保留在其工作区中。</numerusform>
        </translation>
    </message>
</context>
</TS>
